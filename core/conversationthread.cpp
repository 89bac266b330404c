// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationthread.h"

#include "sql.h"
#include "workspace.h"

#include <QVariant>

namespace hearth {

namespace {
std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}
} // namespace

bool ConversationThread::load(const Workspace &workspace, qint64 conversationId, ConversationThread *thread)
{
    ConversationThread result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QLatin1String("SELECT ") + InboxQuery::rowColumns(QStringLiteral("c"))
                            + QLatin1String(", a.name, a.kind, u.name, c.department_id, d.name, c.author_id, "
                                            "  c.snoozed_until, c.follow_up_at, c.escalated_at, e.name, "
                                            "  c.escalation_reason "
                                            "FROM conversations c JOIN accounts a ON a.id = c.account_id "
                                            "LEFT JOIN users u ON u.id = c.assignee_id "
                                            "LEFT JOIN departments d ON d.id = c.department_id "
                                            "LEFT JOIN users e ON e.id = c.escalated_by "
                                            "WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query) || !query.next())
        return false;
    result.conversation = InboxQuery::readRow(query);
    result.accountName = query.value(12).toString();
    result.channelKind = query.value(13).toString();
    result.assigneeName = query.value(14).toString();
    result.departmentId = optionalInt(query.value(15));
    result.departmentName = query.value(16).toString();
    result.authorId = optionalInt(query.value(17));
    result.snoozedUntil = optionalInt(query.value(18));
    result.followUpAt = optionalInt(query.value(19));
    result.escalatedAt = optionalInt(query.value(20));
    result.escalatedByName = query.value(21).toString();
    result.escalationReason = query.value(22).toString();

    sql::prepare(query, QStringLiteral("SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id "
                                       "WHERE ct.conversation_id = ? ORDER BY t.name"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return false;
    while (query.next())
        result.tags << query.value(0).toString();

    sql::prepare(query, QStringLiteral("SELECT id, remote_id, author_name, body_text, lang, url, direction, visibility, "
                                       "  created_at, moderation FROM messages WHERE conversation_id = ? ORDER BY id"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return false;
    while (query.next()) {
        result.messages << ThreadMessage{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                         query.value(6).toString() == QLatin1String("out"),
                                         query.value(7).toString() == QLatin1String("private"),
                                         query.value(8).toLongLong(), query.value(9).toString()};
    }
    *thread = result;
    return true;
}

QString ConversationThread::language() const
{
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (!it->outbound && !it->lang.isEmpty())
            return it->lang;
    }
    return QString();
}

} // namespace hearth
