// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxdispatcher.h"

#include "corelog.h"
#include "messagedelivery.h"
#include "outbox.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

namespace hearth {

OutboxDispatcher::OutboxDispatcher(
    const Workspace &workspace, std::unique_ptr<MessageDelivery> delivery, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_delivery(std::move(delivery))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxDispatcher::dispatchPending);
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::setDelivery(std::unique_ptr<MessageDelivery> delivery)
{
    m_delivery = std::move(delivery);
}

int OutboxDispatcher::recoverInterrupted()
{
    Outbox outbox(m_workspace);
    const int recovered = outbox.recoverInterrupted();
    if (recovered < 0)
        qCWarning(lcCore).noquote() << "Outbox recovery failed:" << outbox.errorString();
    return recovered;
}

int OutboxDispatcher::dispatchPending()
{
    // A delivery that spins the event loop may bring us back here: the outer call goes
    // round once more instead.
    if (m_dispatching) {
        m_dispatchAgain = true;
        return 0;
    }
    m_dispatching = true;
    const int sentBefore = m_sent;
    do {
        m_dispatchAgain = false;
        dispatchOnce();
    } while (m_dispatchAgain);
    m_dispatching = false;
    scheduleRetry();
    return m_sent - sentBefore;
}

void OutboxDispatcher::dispatchOnce()
{
    if (!m_delivery)
        return;
    Outbox outbox(m_workspace);
    const QList<OutboxItem> due = outbox.pending();
    for (const OutboxItem &item : due) {
        if (!outbox.markSending(item.id))
            continue; // someone else took it, or it changed meanwhile
        // The answer may come after this dispatcher is gone (Hearth closing): the reply then
        // stays claimed until the next start says it needs checking.
        m_delivery->deliver(item, [self = QPointer<OutboxDispatcher>(this), item](const DeliveryResult &result) {
            if (self)
                self->finish(item, result);
        });
    }
}

void OutboxDispatcher::finish(const OutboxItem &item, const DeliveryResult &result)
{
    Outbox outbox(m_workspace);
    if (result.ok) {
        if (outbox.markSent(item.id, result.remoteId)) {
            ++m_sent;
            emit itemFinished(item.conversationId, true, QString());
            return;
        }
        // Delivered but not recorded: it stays 'sending', so it is not sent again; at the next
        // start it becomes failed, asking the agent to check.
        qCWarning(lcCore).noquote() << "Reply" << item.id << "was sent but not recorded:" << outbox.errorString();
        emit itemFinished(item.conversationId, false,
            tr("The reply was sent, but Hearth could not record it: %1").arg(outbox.errorString()));
        return;
    }
    qCInfo(lcCore).noquote() << "Reply" << item.id << "failed:" << result.error;
    if (!outbox.markFailed(item.id, result.error, result.retryable))
        qCWarning(lcCore).noquote() << "Reply" << item.id << "failed and was not recorded:" << outbox.errorString();
    emit itemFinished(item.conversationId, false, result.error);
    if (!m_dispatching)
        scheduleRetry();
}

void OutboxDispatcher::scheduleRetry()
{
    const std::optional<qint64> next = Outbox(m_workspace).nextRetryAt();
    if (!next) {
        m_retryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - QDateTime::currentMSecsSinceEpoch(), 0, Outbox::backoffCapMs);
    m_retryTimer.start(int(wait));
}

} // namespace hearth
