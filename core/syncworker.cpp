// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "corelog.h"
#include "credentialstore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>

namespace hearth {

SyncWorker::SyncWorker(const QString &workspacePath)
    : m_path(workspacePath)
{
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
    return true;
}

void SyncWorker::reload()
{
    if (!m_workspace.isOpen())
        return;
    const quint64 generation = ++m_generation;
    QSet<qint64> wanted;
    for (const SyncAccount &account : AccountStore(m_workspace).accounts()) {
        if (account.demo || account.paused)
            continue;
        wanted.insert(account.id);
        auto running = m_syncs.constFind(account.id);
        if (running != m_syncs.cend() && running->address == account.address && running->settings == account.settings)
            continue;
        if (running != m_syncs.cend())
            delete m_syncs.take(account.id).sync;
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
            delete m_syncs.take(id).sync;
    }
}

void SyncWorker::startSync(const SyncAccount &account, const QString &secret)
{
    QString why;
    std::unique_ptr<ChannelConnector> connector = ConnectorFactory::create(account, m_network, &why, secret);
    if (!connector) {
        qCInfo(lcCore).noquote() << "Account" << account.name << "does not sync:" << why;
        return;
    }
    auto *sync = new AccountSync(m_workspace, account.id, std::move(connector), this);
    connect(sync, &AccountSync::stored, this, &SyncWorker::stored);
    connect(sync, &AccountSync::stateChanged, this, &SyncWorker::stateChanged);
    m_syncs.insert(account.id, {sync, account.address, account.settings});
    sync->start();
}

// Without its secret the account cannot sign in: it says why in the Channels panel and waits
// for a person (a new secret, an unlocked keychain, "Sync now") rather than retrying alone.
void SyncWorker::recordUnreadableSecret(const SyncAccount &account, const QString &error)
{
    qCInfo(lcCore).noquote() << "Account" << account.name << "does not sync:" << error;
    if (!AccountStore(m_workspace)
             .recordFailure(account.id, QDateTime::currentMSecsSinceEpoch(), account.state.failures + 1, error, std::nullopt))
        qCWarning(lcCore).noquote() << "The sync state of account" << account.id << "was not saved.";
    emit stateChanged(account.id);
}

void SyncWorker::restart(qint64 accountId)
{
    if (m_syncs.contains(accountId))
        delete m_syncs.take(accountId).sync;
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
