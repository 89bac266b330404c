// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace hearth {

class MessageDelivery;
class Workspace;
struct DeliveryResult;
struct OutboxItem;

// Hands the outbox's replies to their channels: each due reply is claimed, delivered and
// recorded as sent or failed when its channel answers. Failed replies that may succeed later
// come back by a timer when their backoff is over. A reply whose answer never comes (Hearth
// closed meanwhile) stays claimed, and recoverInterrupted() makes it failed at the next
// start. Lives on the thread of its workspace connection.
class OutboxDispatcher : public QObject
{
    Q_OBJECT

public:
    OutboxDispatcher(const Workspace &workspace, std::unique_ptr<MessageDelivery> delivery, QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // Tests put a failing or a succeeding delivery here; the sync engine its connectors.
    void setDelivery(std::unique_ptr<MessageDelivery> delivery);
    MessageDelivery *delivery() const { return m_delivery.get(); }

    // At start-up, before anything is sent: see Outbox::recoverInterrupted().
    int recoverInterrupted();
    // Hands every reply that is due now to its channel; returns how many were sent before it
    // returned (a channel that answers later reports by itemFinished).
    int dispatchPending();

signals:
    // One reply was handed over (sent) or refused (error says why).
    void itemFinished(qint64 conversationId, bool sent, const QString &error);

private:
    void dispatchOnce();
    void finish(const OutboxItem &item, const DeliveryResult &result);
    void scheduleRetry();

    const Workspace &m_workspace;
    std::unique_ptr<MessageDelivery> m_delivery;
    QTimer m_retryTimer;
    bool m_dispatching = false;
    bool m_dispatchAgain = false;
    int m_sent = 0; // replies recorded as sent, ever: dispatchPending() counts its own
};

} // namespace hearth
