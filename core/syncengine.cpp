// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "syncworker.h"

namespace hearth {

SyncEngine::SyncEngine(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(workspacePath))
{
    qRegisterMetaType<hearth::SendResult>();
    m_thread.setObjectName(QStringLiteral("hearth-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stored, this, &SyncEngine::stored);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncEngine::stateChanged);
    connect(m_worker, &SyncWorker::failed, this, &SyncEngine::failed);
    connect(m_worker, &SyncWorker::sent, this, &SyncEngine::sent);
    connect(m_worker, &SyncWorker::moderationCarriedOut, this, &SyncEngine::moderationCarriedOut);
}

SyncEngine::~SyncEngine()
{
    if (m_thread.isRunning()) {
        // The worker closes its connection on its own thread, then the thread ends.
        QMetaObject::invokeMethod(m_worker, &SyncWorker::shutDown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void SyncEngine::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

void SyncEngine::reload()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::reload, Qt::QueuedConnection);
}

void SyncEngine::send(qint64 token, qint64 conversationId, bool privately, const QString &text)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, conversationId, privately, text] {
            worker->send(token, conversationId, privately, text);
        },
        Qt::QueuedConnection);
}

void SyncEngine::carryOutModeration()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::carryOutModeration, Qt::QueuedConnection);
}

void SyncEngine::restart(qint64 accountId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, accountId] { worker->restart(accountId); }, Qt::QueuedConnection);
}

void SyncEngine::syncNow(qint64 accountId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, accountId] { worker->syncNow(accountId); }, Qt::QueuedConnection);
}

} // namespace hearth
