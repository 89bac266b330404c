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

// Hands the outbox's replies to their channels: each due reply is claimed, delivered and
// recorded as sent or failed. Failed replies that may succeed later come back by a timer
// when their backoff is over. Lives on the thread of its workspace connection.
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
    // Sends every reply that is due now; returns how many were sent.
    int dispatchPending();

signals:
    // One reply was handed over (sent) or refused (error says why).
    void itemFinished(qint64 conversationId, bool sent, const QString &error);

private:
    int dispatchOnce();
    void scheduleRetry();

    const Workspace &m_workspace;
    std::unique_ptr<MessageDelivery> m_delivery;
    QTimer m_retryTimer;
    bool m_dispatching = false;
    bool m_dispatchAgain = false;
};

} // namespace hearth
