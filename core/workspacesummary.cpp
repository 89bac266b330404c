// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesummary.h"

#include "sql.h"
#include "workspace.h"

namespace hearth {

QMap<QString, int> WorkspaceSummary::conversationsPerChannelKind() const
{
    QMap<QString, int> counts;
    for (const ChannelAccount &account : accounts)
        counts[account.kind] += account.conversationCount;
    return counts;
}

QHash<qint64, QString> WorkspaceSummary::accountKinds() const
{
    QHash<qint64, QString> kinds;
    for (const ChannelAccount &account : accounts)
        kinds.insert(account.id, account.kind);
    return kinds;
}

bool WorkspaceSummary::read(const Workspace &workspace, WorkspaceSummary *summary)
{
    WorkspaceSummary result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral(
                              "SELECT a.id, a.kind, a.name, a.address, a.is_demo, "
                              "  coalesce((SELECT sum(n) FROM conversation_counts cc WHERE cc.account_id = a.id), 0) "
                              "FROM accounts a ORDER BY a.id")))
        return false;
    while (query.next()) {
        result.accounts << ChannelAccount{query.value(0).toLongLong(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString(),
                                          query.value(4).toBool(), query.value(5).toInt()};
        result.conversations += result.accounts.last().conversationCount;
    }
    *summary = result;
    return true;
}

std::optional<qint64> WorkspaceSummary::messageCount(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM messages")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QMap<QString, int> WorkspaceSummary::messagesPerLanguage(const Workspace &workspace)
{
    QMap<QString, int> counts;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT lang, count(*) FROM messages GROUP BY lang"))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

} // namespace hearth
