// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagedelivery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace hearth {

class SyncEngine;
class Workspace;
struct SendResult;

// Hands the outbox's replies to their channels. A demo account's reply is "sent" on the spot
// without any network. A real account's reply goes to the sync engine, whose thread holds the
// account's connector, and is done when the connector answers. Without a sync engine (a
// workspace opened only to be read, tests) a real account's reply fails with a clear word
// that its channel is not connected, and stays in the outbox.
class ChannelDelivery : public QObject, public MessageDelivery
{
    Q_OBJECT

public:
    ChannelDelivery(const Workspace &workspace, SyncEngine *engine, QObject *parent = nullptr);

    void deliver(const OutboxItem &item, const Done &done) override;

    // What a connector's answer means for the outbox: which failures may be retried by
    // themselves. A request that timed out or got an unreadable answer may have been carried
    // out all the same, so it waits for the agent to check instead of being sent twice.
    static DeliveryResult toDeliveryResult(const SendResult &result);

private:
    void onSent(qint64 token, const SendResult &result);

    const Workspace &m_workspace;
    QPointer<SyncEngine> m_engine;
    QHash<qint64, Done> m_waiting; // by outbox item id, the token of its send
};

} // namespace hearth
