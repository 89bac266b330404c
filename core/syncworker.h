// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

class AccountSync;
struct SendResult;
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
    // Sends a reply through its conversation's account; ends in `sent` with the same token,
    // the reply's outbox id.
    void send(qint64 token, qint64 conversationId, bool privately, const QString &text);
    // Hands the pending moderation actions of every account that syncs to its connector.
    void carryOutModeration();

signals:
    void stored(qint64 accountId, int inserted);
    void stateChanged(qint64 accountId);
    void failed(const QString &error);
    void sent(qint64 token, const hearth::SendResult &result);
    void moderationCarriedOut(qint64 actionId, bool ok);

private:
    void onSent(qint64 token, const SendResult &result);
    void onModerated(qint64 actionId, const SendResult &result);
    void stopSync(qint64 accountId);
    SendResult cannotSend(qint64 accountId) const;
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
    QHash<qint64, QString> m_notSyncing; // why an account has no connector, in a sentence
    QHash<qint64, qint64> m_sending; // replies handed to a connector, by token: their account
    QHash<qint64, qint64> m_moderating; // actions handed to a connector, not answered yet: their account
    QTimer m_moderationTimer;
    CredentialStore *m_credentials = nullptr;
    // Counts reloads: a secret that arrives after a later reload began is that reload's to use.
    quint64 m_generation = 0;
};

} // namespace hearth
