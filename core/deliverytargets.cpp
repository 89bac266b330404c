// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverytargets.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>

namespace hearth {

DeliveryTargets::DeliveryTargets(const Workspace &workspace)
    : m_workspace(workspace)
{
}

std::optional<DeliveryTarget> DeliveryTargets::forReply(qint64 conversationId, qint64 outboxId, qint64 *accountId)
{
    DeliveryTarget target;
    if (!readConversation(conversationId, &target, accountId) || !readReferences(conversationId, &target))
        return std::nullopt;
    QSqlQuery newest(m_workspace.database());
    sql::prepare(newest,
        QStringLiteral("SELECT m.remote_id, COALESCE(m.author_id, c.author_id) FROM conversations c "
                       "LEFT JOIN messages m ON m.id = (SELECT id FROM messages WHERE conversation_id = c.id "
                       "AND direction = 'in' ORDER BY created_at DESC, id DESC LIMIT 1) WHERE c.id = ?"));
    newest.addBindValue(conversationId);
    if (!sql::exec(newest) || !newest.next()) {
        fail(sql::lastError(newest));
        return std::nullopt;
    }
    target.replyToRemoteId = newest.value(0).toString();
    if (!newest.isNull(1) && !readAuthor(newest.value(1).toLongLong(), &target))
        return std::nullopt;
    // Outbox ids start again in every workspace; the workspace's random id tells them apart.
    target.sendKey = QStringLiteral("hearth-%1-%2").arg(m_workspace.setting(QStringLiteral("workspace_id"))).arg(outboxId);
    return target;
}

std::optional<DeliveryTarget> DeliveryTargets::forModeration(qint64 actionId, qint64 *accountId, QString *action)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT a.action, a.conversation_id, m.remote_id, COALESCE(a.author_id, m.author_id) "
                       "FROM moderation_actions a LEFT JOIN messages m ON m.id = a.message_id WHERE a.id = ?"));
    query.addBindValue(actionId);
    if (!sql::exec(query)) {
        fail(sql::lastError(query));
        return std::nullopt;
    }
    if (!query.next() || query.isNull(1)) {
        fail(tr("The conversation of this moderation action is no longer in the workspace."));
        return std::nullopt;
    }
    *action = query.value(0).toString();
    DeliveryTarget target;
    if (!readConversation(query.value(1).toLongLong(), &target, accountId))
        return std::nullopt;
    target.replyToRemoteId = query.value(2).toString();
    if (!query.isNull(3) && !readAuthor(query.value(3).toLongLong(), &target))
        return std::nullopt;
    return target;
}

bool DeliveryTargets::readConversation(qint64 conversationId, DeliveryTarget *target, qint64 *accountId)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT account_id, remote_thread_id, subject FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    if (!query.next())
        return fail(tr("The conversation is no longer in the workspace."));
    *accountId = query.value(0).toLongLong();
    target->threadId = query.value(1).toString();
    target->subject = query.value(2).toString();
    return true;
}

bool DeliveryTargets::readReferences(qint64 conversationId, DeliveryTarget *target)
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT remote_id FROM messages WHERE conversation_id = ? ORDER BY created_at, id"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (ids.size() > maxReferences)
        ids = QStringList {ids.constFirst()} + ids.mid(ids.size() - (maxReferences - 1));
    target->references = ids;
    return true;
}

bool DeliveryTargets::readAuthor(qint64 authorId, DeliveryTarget *target)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT remote_id, handle FROM authors WHERE id = ?"));
    query.addBindValue(authorId);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    if (query.next()) {
        target->authorRemoteId = query.value(0).toString();
        target->authorHandle = query.value(1).toString();
    }
    return true;
}

bool DeliveryTargets::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace hearth
