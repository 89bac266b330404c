// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"
#include "circuitbreaker.h"
#include "syncbackoff.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace hearth {

class Workspace;

// Syncs one channel account: asks its connector for what came after the stored cursor,
// stores each page with the cursor in one transaction, and plans the next sync: at once
// while pages wait, after the poll interval when it is up to date, after a jittered
// backoff (or the server's Retry-After, whichever is longer) when it failed, and not before
// an hour once the circuit breaker opened. Failures that waiting cannot fix (sign-in
// refused, nothing set up) stop it until its settings change. Lives on the thread of its
// workspace connection.
class AccountSync : public QObject
{
    Q_OBJECT

public:
    AccountSync(const Workspace &workspace, qint64 accountId, std::unique_ptr<ChannelConnector> connector,
        QObject *parent = nullptr);
    ~AccountSync() override;

    qint64 accountId() const { return m_accountId; }
    // The account's connection, which also sends its replies and carries out its moderation.
    ChannelConnector *connector() const { return m_connector.get(); }

    // Keeps the account in sync from now on, starting when its stored schedule says.
    void start();
    // Syncs now, to the last page, then stops: `finished` says how it went.
    void runOnce();
    // A person asked: syncs at once and keeps syncing after; one try even while the breaker
    // is open or after sign-in was refused.
    void syncNow();
    void stop();

signals:
    // A page was stored; `inserted` new messages.
    void stored(qint64 accountId, int inserted);
    // The account's state in the workspace changed (last sync, next sync, error).
    void stateChanged(qint64 accountId);
    // runOnce() is over: ok, or the error that ended it.
    void finished(qint64 accountId, bool ok, const QString &error);

private:
    void fetchNext();
    void onFetched(const FetchBatch &batch);
    void onFailed(const SyncError &error);
    bool store(const FetchBatch &batch, int *inserted, QString *error);
    void scheduleIn(qint64 ms);
    void endRun(bool ok, const QString &error);

    const Workspace &m_workspace;
    qint64 m_accountId;
    std::unique_ptr<ChannelConnector> m_connector;
    SyncBackoff m_backoff;
    CircuitBreaker m_breaker;
    QTimer m_timer;
    bool m_busy = false;
    bool m_once = false;
    bool m_asked = false; // syncNow() wants one try whatever the breaker says
    bool m_stopped = true;
};

} // namespace hearth
