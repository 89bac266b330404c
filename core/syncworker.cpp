// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "corelog.h"

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
    reload();
    return true;
}

void SyncWorker::reload()
{
    if (!m_workspace.isOpen())
        return;
    QSet<qint64> wanted;
    for (const SyncAccount &account : AccountStore(m_workspace).accounts()) {
        if (account.demo || account.paused)
            continue;
        auto running = m_syncs.constFind(account.id);
        if (running != m_syncs.cend() && running->address == account.address && running->settings == account.settings) {
            wanted.insert(account.id);
            continue;
        }
        if (running != m_syncs.cend())
            delete m_syncs.take(account.id).sync;
        QString why;
        std::unique_ptr<ChannelConnector> connector = ConnectorFactory::create(account, m_network, &why);
        if (!connector) {
            qCInfo(lcCore).noquote() << "Account" << account.name << "does not sync:" << why;
            continue;
        }
        auto *sync = new AccountSync(m_workspace, account.id, std::move(connector), this);
        connect(sync, &AccountSync::stored, this, &SyncWorker::stored);
        connect(sync, &AccountSync::stateChanged, this, &SyncWorker::stateChanged);
        m_syncs.insert(account.id, {sync, account.address, account.settings});
        wanted.insert(account.id);
        sync->start();
    }
    for (const qint64 id : m_syncs.keys()) {
        if (!wanted.contains(id))
            delete m_syncs.take(id).sync;
    }
}

void SyncWorker::shutDown()
{
    for (const Running &running : std::as_const(m_syncs))
        delete running.sync;
    m_syncs.clear();
    delete m_network;
    m_network = nullptr;
    m_workspace.close();
}

} // namespace hearth
