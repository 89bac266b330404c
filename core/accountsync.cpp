// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsync.h"

#include "accountstore.h"
#include "corelog.h"
#include "keywordalerts.h"
#include "messagestore.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>

#include <algorithm>

namespace hearth {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

AccountSync::AccountSync(
    const Workspace &workspace, qint64 accountId, std::unique_ptr<ChannelConnector> connector, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accountId(accountId)
    , m_connector(std::move(connector))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AccountSync::fetchNext);
    connect(m_connector.get(), &ChannelConnector::fetched, this, &AccountSync::onFetched);
    connect(m_connector.get(), &ChannelConnector::failed, this, &AccountSync::onFailed);
}

AccountSync::~AccountSync() = default;

void AccountSync::start()
{
    m_stopped = false;
    m_once = false;
    const std::optional<SyncAccount> account = AccountStore(m_workspace).account(m_accountId);
    if (!account)
        return;
    m_breaker.restore(account->state.failures, account->state.lastAttemptAt.value_or(0));
    const qint64 due = account->state.nextSyncAt.value_or(0);
    scheduleIn(std::max<qint64>(0, due - now()));
}

void AccountSync::runOnce()
{
    m_stopped = false;
    m_once = true;
    const std::optional<SyncAccount> account = AccountStore(m_workspace).account(m_accountId);
    if (account)
        m_breaker.restore(account->state.failures, account->state.lastAttemptAt.value_or(0));
    scheduleIn(0);
}

void AccountSync::syncNow()
{
    m_stopped = false;
    m_asked = true;
    scheduleIn(0);
}

void AccountSync::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void AccountSync::scheduleIn(qint64 ms)
{
    if (m_stopped)
        return;
    // QTimer counts in int milliseconds; the longest wait (an hour) fits.
    m_timer.start(int(std::clamp<qint64>(ms, 0, CircuitBreaker::openMs)));
}

void AccountSync::fetchNext()
{
    if (m_busy || m_stopped)
        return;
    // A run asked for by a person or a schedule (runOnce, syncNow) is one honest try even
    // while the breaker is open; the background loop waits.
    if (!m_once && !m_asked && m_breaker.isOpen(now())) {
        scheduleIn(m_breaker.reopensAt() - now());
        return;
    }
    m_asked = false;
    m_busy = true;
    m_connector->fetch(MessageStore(m_workspace).cursor(m_accountId));
}

void AccountSync::onFetched(const FetchBatch &batch)
{
    m_busy = false;
    for (const QString &problem : batch.problems)
        qCWarning(lcCore).noquote() << "Account" << m_accountId << "skipped an item:" << problem;
    int inserted = 0;
    QString error;
    if (!store(batch, &inserted, &error)) {
        onFailed({SyncError::Kind::Storage, error, std::nullopt}); // retried: nothing was stored
        return;
    }
    m_breaker.recordSuccess();
    // A single run (hearth-cli sync) plans nothing: the app's engine starts from "due now".
    const qint64 wait = batch.more ? 0 : m_connector->pollIntervalMs();
    const std::optional<qint64> next = m_once ? std::nullopt : std::optional<qint64>(now() + wait);
    if (!AccountStore(m_workspace).recordSuccess(m_accountId, now(), inserted, next))
        qCWarning(lcCore).noquote() << "The sync state of account" << m_accountId << "was not saved.";
    if (inserted > 0)
        emit stored(m_accountId, inserted);
    emit stateChanged(m_accountId);
    if (m_once && !batch.more)
        endRun(true, QString());
    else
        scheduleIn(wait);
}

bool AccountSync::store(const FetchBatch &batch, int *inserted, QString *error)
{
    KeywordAlerts alerts(m_workspace);
    Transaction transaction(m_workspace.database());
    const auto matches = alerts.matchNew(m_accountId, batch.messages);
    const IngestResult result = MessageStore(m_workspace).ingest(m_accountId, batch.messages, batch.cursor);
    for (const QString &problem : result.problems)
        qCWarning(lcCore).noquote() << "Account" << m_accountId << "could not store an item:" << problem;
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    if (!alerts.apply(m_accountId, matches)) {
        *error = alerts.errorString();
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("The fetched messages could not be saved.");
        return false;
    }
    *inserted = result.inserted;
    return true;
}

void AccountSync::onFailed(const SyncError &error)
{
    m_busy = false;
    m_breaker.recordFailure(now());
    const int failures = m_breaker.failures();
    std::optional<qint64> next;
    if (error.isRetryable()) {
        const qint64 wait = std::max(m_backoff.delayMs(failures), error.retryAfterMs.value_or(0));
        next = m_breaker.isOpen(now()) ? m_breaker.reopensAt() : now() + wait;
    }
    qCInfo(lcCore).noquote() << "Account" << m_accountId << "failed to sync:" << error.message;
    if (!AccountStore(m_workspace).recordFailure(m_accountId, now(), failures, error.message, m_once ? std::nullopt : next))
        qCWarning(lcCore).noquote() << "The sync state of account" << m_accountId << "was not saved.";
    emit stateChanged(m_accountId);
    if (m_once)
        endRun(false, error.message);
    else if (next)
        scheduleIn(*next - now());
}

void AccountSync::endRun(bool ok, const QString &error)
{
    m_stopped = true;
    emit finished(m_accountId, ok, error);
}

} // namespace hearth
