// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorprofile.h"

#include "sql.h"
#include "workspace.h"

#include <QVariant>

namespace hearth {

bool AuthorProfile::load(const Workspace &workspace, qint64 conversationId, AuthorProfile *profile, int limit)
{
    AuthorProfile result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT c.author_id, au.name, au.handle, a.id, a.name, a.kind "
                                       "FROM conversations c JOIN accounts a ON a.id = c.account_id "
                                       "LEFT JOIN authors au ON au.id = c.author_id WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query) || !query.next())
        return false;
    result.accountId = query.value(3).toLongLong();
    result.accountName = query.value(4).toString();
    result.channelKind = query.value(5).toString();
    if (query.value(0).isNull() || query.value(1).isNull()) {
        *profile = result;
        return true;
    }
    result.authorId = query.value(0).toLongLong();
    result.name = query.value(1).toString();
    result.handle = query.value(2).toString();

    // Both read the author's entries in conversations_by_author, however large the table.
    sql::prepare(query, QStringLiteral("SELECT count(*), min(created_at) FROM conversations WHERE author_id = ?"));
    query.addBindValue(result.authorId);
    if (!sql::exec(query) || !query.next())
        return false;
    result.conversationCount = query.value(0).toInt();
    result.firstSeen = query.value(1).toLongLong();

    sql::prepare(query, QLatin1String("SELECT ") + InboxQuery::rowColumns()
                            + QLatin1String(" FROM conversations WHERE author_id = ? AND id <> ? "
                                            "ORDER BY last_message_at DESC, id DESC LIMIT ?"));
    query.addBindValue(result.authorId);
    query.addBindValue(conversationId);
    query.addBindValue(limit);
    if (!sql::exec(query))
        return false;
    while (query.next())
        result.earlierConversations << InboxQuery::readRow(query);
    *profile = result;
    return true;
}

} // namespace hearth
