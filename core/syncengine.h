// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QObject>
#include <QThread>

namespace hearth {

class SyncWorker;

// Keeps a workspace's channel accounts in sync off the UI thread: a thread of its own with
// its own workspace connection (SyncWorker) and one AccountSync per account. The window
// hears of new messages and changed account states by these signals, delivered on its
// own thread; the inbox itself follows the workspace file.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(const QString &workspacePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    // Accounts were added, changed, paused or removed.
    void reload();
    // Sends a reply through its conversation's account on the sync thread; ends in `sent`
    // with the same token, the reply's outbox id.
    void send(qint64 token, qint64 conversationId, bool privately, const QString &text);
    // Moderation was taken: the platforms are told now rather than at the next look.
    void carryOutModeration();
    // The account's secret changed in the keychain: its sync starts again with the new one.
    void restart(qint64 accountId);
    // A person asked to sync the account now (the Channels panel's "Sync now").
    void syncNow(qint64 accountId);

signals:
    void stored(qint64 accountId, int inserted);
    void stateChanged(qint64 accountId);
    void failed(const QString &error);
    void sent(qint64 token, const hearth::SendResult &result);
    void moderationCarriedOut(qint64 actionId, bool ok);

private:
    QThread m_thread;
    SyncWorker *m_worker;
};

} // namespace hearth
