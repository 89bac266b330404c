// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "corelog.h"
#include "credentialstore.h"
#include "deliverytargets.h"
#include "moderationqueue.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace hearth {

namespace {
// Moderation taken in another window or by hearth-cli reaches its platform this soon; the
// window that took it asks at once.
constexpr int moderationPollMs = 30 * 1000;

SendResult failure(SyncError::Kind kind, const QString &message)
{
    return SendResult {false, QString(), SyncError {kind, message, std::nullopt}};
}
} // namespace

SyncWorker::SyncWorker(const QString &workspacePath)
    : m_path(workspacePath)
    , m_moderationTimer(this) // a child, so it moves to the sync thread with the worker
{
    m_moderationTimer.setInterval(moderationPollMs);
    connect(&m_moderationTimer, &QTimer::timeout, this, &SyncWorker::carryOutModeration);
}

SyncWorker::~SyncWorker()
{
    shutDown();
}

bool SyncWorker::open()
{
    if (!m_workspace.open(m_path, Workspace::OpenMode::ExistingOnly)) {
        emit failed(m_workspace.errorString());
        return false;
    }
    m_network = new QNetworkAccessManager(this);
    m_credentials = new CredentialStore(m_workspace, this);
    reload();
    m_moderationTimer.start();
    return true;
}

void SyncWorker::reload()
{
    if (!m_workspace.isOpen())
        return;
    const quint64 generation = ++m_generation;
    QSet<qint64> wanted;
    m_notSyncing.clear();
    for (const SyncAccount &account : AccountStore(m_workspace).accounts()) {
        if (account.demo || account.paused)
            continue;
        wanted.insert(account.id);
        auto running = m_syncs.constFind(account.id);
        if (running != m_syncs.cend() && running->address == account.address && running->settings == account.settings)
            continue;
        if (running != m_syncs.cend())
            stopSync(account.id);
        if (!AccountStore::needsSecret(account.kind)) {
            startSync(account, QString());
            continue;
        }
        // The connector is made once the keychain answered, with the secret it holds.
        m_credentials->read(account.id, [this, account, generation](const CredentialResult &result) {
            if (generation != m_generation || m_syncs.contains(account.id))
                return;
            if (result.ok)
                startSync(account, result.secret);
            else
                recordUnreadableSecret(account, result.error);
        });
    }
    for (const qint64 id : m_syncs.keys()) {
        if (!wanted.contains(id))
            stopSync(id);
    }
}

void SyncWorker::send(qint64 token, qint64 conversationId, bool privately, const QString &text)
{
    if (!m_workspace.isOpen()) {
        emit sent(token, failure(SyncError::Kind::Storage, tr("The workspace could not be opened for sending.")));
        return;
    }
    DeliveryTargets targets(m_workspace);
    qint64 accountId = 0;
    const std::optional<DeliveryTarget> target = targets.forReply(conversationId, token, &accountId);
    if (!target) {
        emit sent(token, failure(SyncError::Kind::Storage, targets.errorString()));
        return;
    }
    const auto running = m_syncs.constFind(accountId);
    if (running == m_syncs.cend()) {
        emit sent(token, cannotSend(accountId));
        return;
    }
    m_sending.insert(token, accountId);
    running->sync->connector()->send(token, *target, text, privately);
}

void SyncWorker::onSent(qint64 token, const SendResult &result)
{
    m_sending.remove(token);
    emit sent(token, result);
}

// An account's connection ends (its settings changed, it was paused or removed): what it was
// still sending is told as failed, for the agent to check, rather than left sending forever.
void SyncWorker::stopSync(qint64 accountId)
{
    delete m_syncs.take(accountId).sync;
    // Its moderation in flight is asked again at the next look (it stayed pending).
    for (auto moderating = m_moderating.begin(); moderating != m_moderating.end();)
        moderating = moderating.value() == accountId ? m_moderating.erase(moderating) : std::next(moderating);
    for (auto sending = m_sending.begin(); sending != m_sending.end();) {
        if (sending.value() != accountId) {
            ++sending;
            continue;
        }
        const qint64 token = sending.key();
        sending = m_sending.erase(sending);
        emit sent(token, failure(SyncError::Kind::Timeout,
            tr("The account's connection was restarted before the channel answered.")));
    }
}

SendResult SyncWorker::cannotSend(qint64 accountId) const
{
    const std::optional<SyncAccount> account = AccountStore(m_workspace).account(accountId);
    if (!account)
        return failure(SyncError::Kind::Setup, tr("The account of this conversation is no longer in the workspace."));
    // A paused account keeps its replies until it is resumed: waiting helps.
    if (account->paused)
        return failure(SyncError::Kind::Network,
            tr("“%1” is paused. The reply waits in the outbox until the account is resumed.").arg(account->name));
    const QString why = m_notSyncing.value(accountId);
    // No reason yet: its connection is still being made (the keychain has not answered).
    if (why.isEmpty())
        return failure(SyncError::Kind::Network,
            tr("“%1” is still connecting. The reply waits in the outbox.").arg(account->name));
    return failure(SyncError::Kind::Setup, tr("“%1” is not connected: %2").arg(account->name, why));
}

void SyncWorker::carryOutModeration()
{
    if (!m_workspace.isOpen())
        return;
    ModerationQueue queue(m_workspace);
    for (auto running = m_syncs.cbegin(); running != m_syncs.cend(); ++running) {
        for (const qint64 actionId : queue.pending(running.key())) {
            if (m_moderating.contains(actionId))
                continue;
            DeliveryTargets targets(m_workspace);
            qint64 accountId = 0;
            QString action;
            const std::optional<DeliveryTarget> target = targets.forModeration(actionId, &accountId, &action);
            m_moderating.insert(actionId, running.key());
            if (!target) {
                onModerated(actionId, failure(SyncError::Kind::Storage, targets.errorString()));
                continue;
            }
            running->sync->connector()->moderate(actionId, action, *target);
        }
    }
}

void SyncWorker::onModerated(qint64 actionId, const SendResult &result)
{
    m_moderating.remove(actionId);
    const SyncError::Kind kind = result.error.kind;
    if (!result.ok
        && (kind == SyncError::Kind::Network || kind == SyncError::Kind::Server
            || kind == SyncError::Kind::RateLimited)) {
        // The platform never took it: it stays pending and goes out at the next look, once
        // the network or the platform is back.
        qCInfo(lcCore).noquote() << "Moderation" << actionId << "waits:" << result.error.message;
        return;
    }
    ModerationQueue queue(m_workspace);
    if (!queue.record(actionId, result)) {
        qCWarning(lcCore).noquote() << "Moderation" << actionId << "was not recorded:" << queue.errorString();
        return;
    }
    emit moderationCarriedOut(actionId, result.ok);
}

void SyncWorker::startSync(const SyncAccount &account, const QString &secret)
{
    QString why;
    std::unique_ptr<ChannelConnector> connector = ConnectorFactory::create(account, m_network, &why, secret);
    if (!connector) {
        qCInfo(lcCore).noquote() << "Account" << account.name << "does not sync:" << why;
        m_notSyncing.insert(account.id, why);
        return;
    }
    connect(connector.get(), &ChannelConnector::sent, this, &SyncWorker::onSent);
    connect(connector.get(), &ChannelConnector::moderated, this, &SyncWorker::onModerated);
    auto *sync = new AccountSync(m_workspace, account.id, std::move(connector), this);
    connect(sync, &AccountSync::stored, this, &SyncWorker::stored);
    connect(sync, &AccountSync::stateChanged, this, &SyncWorker::stateChanged);
    m_syncs.insert(account.id, {sync, account.address, account.settings});
    sync->start();
    carryOutModeration(); // what waited for this account's connector
}

// Without its secret the account cannot sign in: it says why in the Channels panel and waits
// for a person (a new secret, an unlocked keychain, "Sync now") rather than retrying alone.
void SyncWorker::recordUnreadableSecret(const SyncAccount &account, const QString &error)
{
    qCInfo(lcCore).noquote() << "Account" << account.name << "does not sync:" << error;
    m_notSyncing.insert(account.id, error);
    if (!AccountStore(m_workspace)
             .recordFailure(account.id, QDateTime::currentMSecsSinceEpoch(), account.state.failures + 1, error, std::nullopt))
        qCWarning(lcCore).noquote() << "The sync state of account" << account.id << "was not saved.";
    emit stateChanged(account.id);
}

void SyncWorker::restart(qint64 accountId)
{
    if (m_syncs.contains(accountId))
        stopSync(accountId);
    reload();
}

void SyncWorker::syncNow(qint64 accountId)
{
    const auto running = m_syncs.constFind(accountId);
    if (running != m_syncs.cend())
        running->sync->syncNow();
    else
        reload(); // an account whose secret could not be read asks the keychain again
}

void SyncWorker::shutDown()
{
    m_moderationTimer.stop();
    for (const Running &running : std::as_const(m_syncs))
        delete running.sync;
    m_syncs.clear();
    delete m_network;
    m_network = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
    m_workspace.close();
}

} // namespace hearth
