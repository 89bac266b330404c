// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxquery.h"

#include "sql.h"
#include "workspace.h"

#include <QStringList>

#include <algorithm>
#include <QVariantList>

namespace hearth {

namespace {
struct SortSpec
{
    const char *key;       // the column the rows are ordered by
    const char *direction; // ASC or DESC, for the key and the id
    const char *after;     // the keyset comparison
};

// Reading backwards (the rows before a cursor, nearest first) flips both the order and the
// comparison; the caller turns the rows round again.
SortSpec sortSpec(InboxSort sort, InboxQuery::Direction direction)
{
    const bool forward = direction == InboxQuery::Direction::Forward;
    switch (sort) {
    case InboxSort::Oldest: return {"last_message_at", forward ? "ASC" : "DESC", forward ? ">" : "<"};
    case InboxSort::DueSoonest: return {"first_response_due", forward ? "ASC" : "DESC", forward ? ">" : "<"};
    case InboxSort::Newest: break;
    }
    return {"last_message_at", forward ? "DESC" : "ASC", forward ? "<" : ">"};
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
} // namespace

InboxQuery::InboxQuery(const Workspace &workspace)
    : m_db(workspace.database())
{
}

QString InboxQuery::statement(const InboxFilter &filter, InboxSort sort, Direction direction,
                              const std::optional<InboxCursor> &after, QVariantList *values)
{
    // The statement is assembled from fixed fragments only; every value is bound.
    const SortSpec spec = sortSpec(sort, direction);
    const QString key = QLatin1String(spec.key);
    QStringList where;
    if (sort == InboxSort::DueSoonest)
        where << QStringLiteral("first_response_due IS NOT NULL");
    if (filter.accountId) {
        where << QStringLiteral("account_id = ?");
        *values << *filter.accountId;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        *values << filter.status;
    }
    if (filter.unassigned) {
        where << QStringLiteral("assignee_id IS NULL");
    } else if (filter.assigneeId) {
        where << QStringLiteral("assignee_id = ?");
        *values << *filter.assigneeId;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("id IN (SELECT ct.conversation_id FROM conversation_tags ct "
                                "JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)");
        *values << filter.tag;
    }
    if (after) {
        where << QStringLiteral("(%1, id) %2 (?, ?)").arg(key, QLatin1String(spec.after));
        *values << after->key << after->id;
    }

    return QLatin1String("SELECT ") + rowColumns() + QLatin1String(" FROM conversations ")
        + (where.isEmpty() ? QString() : QLatin1String("WHERE ") + where.join(QLatin1String(" AND ")))
        + QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ?").arg(key, QLatin1String(spec.direction));
}

bool InboxQuery::fetchPage(const InboxFilter &filter, InboxSort sort, const std::optional<InboxCursor> &after,
                           int limit, QList<ConversationRow> *rows) const
{
    return fetch(filter, sort, Direction::Forward, after, limit, rows);
}

bool InboxQuery::fetchPageBefore(const InboxFilter &filter, InboxSort sort, const std::optional<InboxCursor> &before,
                                 int limit, QList<ConversationRow> *rows) const
{
    if (!fetch(filter, sort, Direction::Backward, before, limit, rows))
        return false;
    std::reverse(rows->begin(), rows->end());
    return true;
}

std::optional<qint64> InboxQuery::count(const InboxFilter &filter, InboxSort sort) const
{
    QSqlQuery query(m_db);
    if (!filter.assigneeId && !filter.unassigned && filter.tag.isEmpty() && sort != InboxSort::DueSoonest) {
        // The counters answer at once for the views they cover.
        sql::prepare(query, QStringLiteral("SELECT coalesce(sum(n), 0) FROM conversation_counts "
                                           "WHERE (? IS NULL OR account_id = ?) AND (? = '' OR status = ?)"));
        const QVariant account = filter.accountId ? QVariant(*filter.accountId) : QVariant();
        const QString status = filter.status.isNull() ? QStringLiteral("") : filter.status;
        for (const QVariant &value : {account, account, QVariant(status), QVariant(status)})
            query.addBindValue(value);
    } else {
        QVariantList values;
        QString rows = statement(filter, sort, Direction::Forward, std::nullopt, &values);
        rows.chop(rows.size() - rows.lastIndexOf(QLatin1String(" ORDER BY")));
        sql::prepare(query, QLatin1String("SELECT count(*) FROM (") + rows + QLatin1Char(')'));
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
    }
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool InboxQuery::fetch(const InboxFilter &filter, InboxSort sort, Direction direction,
                       const std::optional<InboxCursor> &after, int limit, QList<ConversationRow> *rows) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::prepare(query, statement(filter, sort, direction, after, &values)))
        return false;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!sql::exec(query))
        return false;

    rows->clear();
    while (query.next())
        rows->append(readRow(query));
    return true;
}

QString InboxQuery::rowColumns(const QString &table)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("subject"),
                        QStringLiteral("author_name"), QStringLiteral("snippet"), QStringLiteral("status"),
                        QStringLiteral("priority"), QStringLiteral("message_count"), QStringLiteral("assignee_id"),
                        QStringLiteral("created_at"), QStringLiteral("last_message_at"),
                        QStringLiteral("first_response_due")};
    if (!table.isEmpty()) {
        for (QString &column : columns)
            column.prepend(table + QLatin1Char('.'));
    }
    return columns.join(QLatin1String(", "));
}

ConversationRow InboxQuery::readRow(const QSqlQuery &query)
{
    ConversationRow row;
    row.id = query.value(0).toLongLong();
    row.accountId = query.value(1).toLongLong();
    row.subject = query.value(2).toString();
    row.authorName = query.value(3).toString();
    row.snippet = query.value(4).toString();
    row.status = query.value(5).toString();
    row.priority = query.value(6).toInt();
    row.messageCount = query.value(7).toInt();
    row.assigneeId = optionalInt(query.value(8));
    row.createdAt = query.value(9).toLongLong();
    row.lastMessageAt = query.value(10).toLongLong();
    row.firstResponseDue = optionalInt(query.value(11));
    return row;
}

QStringList InboxQuery::queryPlan(const InboxFilter &filter, InboxSort sort) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    QStringList plan;
    if (!sql::prepare(query, QLatin1String("EXPLAIN QUERY PLAN ") + statement(filter, sort, Direction::Forward, InboxCursor{}, &values)))
        return plan;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(1);
    if (sql::exec(query)) {
        while (query.next())
            plan << query.value(3).toString();
    }
    return plan;
}

InboxCursor InboxQuery::cursorAfter(const ConversationRow &row, InboxSort sort)
{
    const qint64 key = sort == InboxSort::DueSoonest ? row.firstResponseDue.value_or(0) : row.lastMessageAt;
    return InboxCursor{key, row.id};
}

QMap<QString, int> InboxQuery::countsByStatus(std::optional<qint64> accountId) const
{
    QSqlQuery query(m_db);
    sql::prepare(query, QStringLiteral("SELECT status, sum(n) FROM conversation_counts "
                                       "WHERE ? IS NULL OR account_id = ? GROUP BY status"));
    const QVariant account = accountId ? QVariant(*accountId) : QVariant();
    query.addBindValue(account);
    query.addBindValue(account);
    QMap<QString, int> counts;
    if (sql::exec(query)) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

QMap<qint64, int> InboxQuery::countsByAccount(const QString &status) const
{
    QSqlQuery query(m_db);
    sql::prepare(query, QStringLiteral("SELECT account_id, sum(n) FROM conversation_counts "
                                       "WHERE ? = '' OR status = ? GROUP BY account_id"));
    query.addBindValue(status.isNull() ? QStringLiteral("") : status);
    query.addBindValue(status.isNull() ? QStringLiteral("") : status);
    QMap<qint64, int> counts;
    if (sql::exec(query)) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

} // namespace hearth
