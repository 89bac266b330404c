// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channeldelivery.h"

#include "channelconnector.h"
#include "sql.h"
#include "syncengine.h"
#include "workspace.h"

#include <QSqlQuery>

namespace hearth {

ChannelDelivery::ChannelDelivery(const Workspace &workspace, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_engine(engine)
{
    if (engine)
        connect(engine, &SyncEngine::sent, this, &ChannelDelivery::onSent);
}

void ChannelDelivery::deliver(const OutboxItem &item, const Done &done)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT a.is_demo, a.name FROM conversations c "
                       "JOIN accounts a ON a.id = c.account_id WHERE c.id = ?"));
    query.addBindValue(item.conversationId);
    if (!sql::exec(query)) {
        done(DeliveryResult::failed(tr("The reply's account could not be read: %1").arg(sql::lastError(query))));
        return;
    }
    if (!query.next()) {
        done(DeliveryResult::failed(tr("The conversation of this reply is no longer in the workspace."), false));
        return;
    }
    if (query.value(0).toInt() == 1) {
        done(DeliveryResult::delivered(QStringLiteral("demo-out-%1").arg(item.id)));
        return;
    }
    if (!m_engine) {
        done(DeliveryResult::failed(tr("The reply could not be sent: the connection to the channel of “%1” is not "
                                       "set up yet. It waits in the outbox.")
                                        .arg(query.value(1).toString()),
            false));
        return;
    }
    m_waiting.insert(item.id, done);
    m_engine->send(item.id, item.conversationId, item.isPrivate(), item.body);
}

DeliveryResult ChannelDelivery::toDeliveryResult(const SendResult &result)
{
    if (result.ok)
        return DeliveryResult::delivered(result.remoteId);
    switch (result.error.kind) {
    case SyncError::Kind::Timeout:
    case SyncError::Kind::Malformed:
        return DeliveryResult::failed(tr("%1 The reply may have arrived all the same: check the conversation on the "
                                         "channel before retrying.")
                                          .arg(result.error.message),
            false);
    default:
        return DeliveryResult::failed(result.error.message, result.error.isRetryable());
    }
}

void ChannelDelivery::onSent(qint64 token, const SendResult &result)
{
    const Done done = m_waiting.take(token);
    if (done)
        done(toDeliveryResult(result));
}

} // namespace hearth
