// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxalerts.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace hearth {

namespace {

// Open for the team and either nobody's or this person's (the views "Unassigned" and "Mine").
const QString inMyViews = QStringLiteral(
    "c.status IN ('new', 'open') AND ((c.assignee_id IS NULL AND c.department_id IS NULL) OR c.assignee_id = ?)");

QList<InboxAlert> readAlerts(QSqlQuery &query)
{
    QList<InboxAlert> alerts;
    while (query.next()) {
        alerts << InboxAlert{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toLongLong()};
    }
    return alerts;
}

} // namespace

InboxAlerts::InboxAlerts(const Workspace &workspace)
    : m_workspace(workspace)
{
}

std::optional<qint64> InboxAlerts::newestMessageId() const
{
    QSqlQuery query(m_workspace.database());
    if (!sql::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<InboxAlert> InboxAlerts::newMessages(qint64 afterMessageId, qint64 userId) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT c.id, c.subject, c.author_name, max(m.created_at) "
                                       "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                       "WHERE m.id > ? AND m.direction = 'in' AND ")
                            + inMyViews
                            + QStringLiteral(" GROUP BY c.id, c.subject, c.author_name "
                                             "ORDER BY max(m.created_at) DESC LIMIT ?"));
    query.addBindValue(afterMessageId);
    query.addBindValue(userId);
    query.addBindValue(maxAlerts);
    return sql::exec(query) ? readAlerts(query) : QList<InboxAlert>();
}

QList<InboxAlert> InboxAlerts::dueBefore(qint64 until, qint64 userId) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT c.id, c.subject, c.author_name, c.first_response_due "
                                       "FROM conversations c "
                                       "WHERE c.first_response_due IS NOT NULL AND c.first_response_due < ? AND ")
                            + inMyViews + QStringLiteral(" ORDER BY c.first_response_due LIMIT ?"));
    query.addBindValue(until);
    query.addBindValue(userId);
    query.addBindValue(maxAlerts);
    return sql::exec(query) ? readAlerts(query) : QList<InboxAlert>();
}

} // namespace hearth
