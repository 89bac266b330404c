// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodelivery.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>

namespace hearth {

DemoDelivery::DemoDelivery(const Workspace &workspace)
    : m_workspace(workspace)
{ }

DeliveryResult DemoDelivery::deliver(const OutboxItem &item)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT a.is_demo, a.name FROM conversations c "
                       "JOIN accounts a ON a.id = c.account_id WHERE c.id = ?"));
    query.addBindValue(item.conversationId);
    if (!sql::exec(query))
        return DeliveryResult::failed(tr("The reply's account could not be read: %1").arg(sql::lastError(query)));
    if (!query.next())
        return DeliveryResult::failed(tr("The conversation of this reply is no longer in the workspace."), false);
    if (query.value(0).toInt() == 1)
        return DeliveryResult::delivered(QStringLiteral("demo-out-%1").arg(item.id));
    return DeliveryResult::failed(tr("The reply could not be sent: the connection to the channel of “%1” is not set "
                                     "up yet. It waits in the outbox.")
                                      .arg(query.value(1).toString()),
        false);
}

} // namespace hearth
