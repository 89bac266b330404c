// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "sql.h"
#include "transaction.h"
#include "workspace.h"

namespace hearth {

QStringList IntegrityCheck::run(const Workspace &workspace, Depth depth)
{
    QStringList problems;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);

    const QString pageCheck = depth == Depth::Quick ? QStringLiteral("PRAGMA quick_check")
                                                    : QStringLiteral("PRAGMA integrity_check");
    if (!sql::exec(query, pageCheck))
        return {tr("The file could not be checked: %1").arg(sql::lastError(query))};
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("Damaged file: %1").arg(line);
    }

    if (!sql::exec(query, QStringLiteral("PRAGMA foreign_key_check")))
        problems << tr("References could not be checked: %1").arg(sql::lastError(query));
    while (query.next()) {
        problems << tr("A row of “%1” (row %2) refers to a missing row of “%3”.")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }

    // FTS5 checks its index's own structure; that it covers every message, and nothing
    // else, shows in its per-document table.
    if (!sql::exec(query, QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")))
        problems << tr("The search index is damaged: %1").arg(sql::lastError(query));
    if (sql::exec(query, QStringLiteral("SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM messages_fts_docsize)"))
        && query.next() && query.value(0) != query.value(1)) {
        problems << tr("The search index covers %1 messages, but the workspace holds %2; "
                       "“hearth-cli check --repair” rebuilds it.")
                        .arg(query.value(1).toLongLong())
                        .arg(query.value(0).toLongLong());
    }
    return problems;
}

bool IntegrityCheck::rebuildDerivedData(const Workspace &workspace, QString *error)
{
    Transaction transaction(workspace.database());
    QSqlQuery query(workspace.database());
    for (const char *statement : {"INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
                                  "DELETE FROM conversation_counts",
                                  "INSERT INTO conversation_counts (account_id, status, n) "
                                  "SELECT account_id, status, count(*) FROM conversations GROUP BY account_id, status"}) {
        if (!sql::exec(query, QString::fromLatin1(statement))) {
            *error = tr("The search index and counters could not be rebuilt: %1").arg(sql::lastError(query));
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = tr("The rebuilt search index and counters could not be saved.");
        return false;
    }
    return true;
}

QStringList IntegrityCheck::run(const QString &path, Depth depth)
{
    Workspace workspace;
    if (!workspace.open(path, Workspace::OpenMode::ExistingOnly))
        return {workspace.errorString()};
    return run(workspace, depth);
}

} // namespace hearth
