// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

class AccountSync;
class CredentialStore;
struct SyncAccount;

// The sync engine's side of its thread: its own workspace connection, its own network
// access, and one AccountSync per account that can sync. Everything here runs on that
// thread; the SyncEngine calls in by queued invocations and hears back by signals.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(const QString &workspacePath);
    ~SyncWorker() override;

    // Opens the workspace and starts every account; false (and `failed`) when it cannot open.
    bool open();
    // Accounts were added, changed, paused or removed: syncs follow the workspace.
    void reload();
    // The account's secret may have changed: its sync starts again with what the keychain holds.
    void restart(qint64 accountId);
    // Syncs the account at once; one honest try even when waiting or stopped.
    void syncNow(qint64 accountId);
    void shutDown();

signals:
    void stored(qint64 accountId, int inserted);
    void stateChanged(qint64 accountId);
    void failed(const QString &error);

private:
    void startSync(const SyncAccount &account, const QString &secret);
    void recordUnreadableSecret(const SyncAccount &account, const QString &error);

    QString m_path;
    Workspace m_workspace;
    QNetworkAccessManager *m_network = nullptr;
    struct Running
    {
        AccountSync *sync;
        QString address;
        QJsonObject settings;
    };
    QHash<qint64, Running> m_syncs;
    CredentialStore *m_credentials = nullptr;
    // Counts reloads: a secret that arrives after a later reload began is that reload's to use.
    quint64 m_generation = 0;
};

} // namespace hearth
