// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

class ChannelConnector;
struct SyncAccount;

// Tries an account's connection before it is saved (the account dialog's "Test"): makes the
// connector for the settings and secret as typed, fetches once from the start, and throws
// what came away: nothing is stored, no cursor moves. Ends in exactly one `finished`.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void run(const SyncAccount &account, const QString &secret);

signals:
    // `message` is a whole sentence: what worked, or why it did not.
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_network;
    std::unique_ptr<ChannelConnector> m_connector;
};

} // namespace hearth
