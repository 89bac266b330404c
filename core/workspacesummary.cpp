// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesummary.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>

namespace hearth {

namespace {
bool readCounts(QSqlQuery &query, const QString &statement, QMap<QString, int> *counts)
{
    if (!sql::exec(query, statement))
        return false;
    while (query.next())
        counts->insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}

bool readCount(QSqlQuery &query, const QString &statement, int *count)
{
    if (!sql::exec(query, statement) || !query.next())
        return false;
    *count = query.value(0).toInt();
    return true;
}
} // namespace

bool WorkspaceSummary::read(const Workspace &workspace, WorkspaceSummary *summary)
{
    WorkspaceSummary result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral(
                              "SELECT a.id, a.kind, a.name, a.address, a.is_demo, "
                              "       (SELECT count(*) FROM conversations c WHERE c.account_id = a.id) "
                              "FROM accounts a ORDER BY a.id")))
        return false;
    while (query.next()) {
        result.accounts << ChannelAccount{query.value(0).toLongLong(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString(),
                                          query.value(4).toBool(), query.value(5).toInt()};
    }
    const bool ok =
        readCount(query, QStringLiteral("SELECT count(*) FROM conversations"), &result.conversations)
        && readCount(query, QStringLiteral("SELECT count(*) FROM messages"), &result.messages)
        && readCounts(query, QStringLiteral("SELECT lang, count(*) FROM messages GROUP BY lang"),
                      &result.messagesPerLanguage)
        && readCounts(query, QStringLiteral("SELECT a.kind, count(*) FROM conversations c "
                                            "JOIN accounts a ON a.id = c.account_id GROUP BY a.kind"),
                      &result.conversationsPerChannelKind);
    if (ok)
        *summary = result;
    return ok;
}

} // namespace hearth
