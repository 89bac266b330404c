// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxquery.h"

#include "sql.h"
#include "workspace.h"

#include <QHash>
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
SortSpec sortSpec(InboxSort sort, InboxView view, InboxQuery::Direction direction)
{
    const bool forward = direction == InboxQuery::Direction::Forward;
    switch (sort) {
    case InboxSort::Oldest: return {"last_message_at", forward ? "ASC" : "DESC", forward ? ">" : "<"};
    case InboxSort::DueSoonest:
        return {view == InboxView::FollowUp ? "follow_up_at" : "first_response_due", forward ? "ASC" : "DESC",
                forward ? ">" : "<"};
    case InboxSort::Newest: break;
    }
    return {"last_message_at", forward ? "DESC" : "ASC", forward ? "<" : ">"};
}

// The one SQLite-specific piece of the inbox's SQL. Without ANALYZE statistics SQLite takes
// "status IN (...)" for a couple of index seeks worth ten rows each and prefers seeking
// conversations_by_status and sorting to reading the view's partial index in order;
// likelihood() says the term holds for most rows, which it does for the rows such a view
// reads, and SQLite still matches the term against the partial index. Follow-ups are set by
// hand and few: saying so makes SQLite sort the follow-up index's rows by time rather than
// walk every conversation by time looking for them. PostgreSQL: the bare term (it has
// statistics).
QString plannerHint(const char *term, const char *probability)
{
    return QStringLiteral("likelihood(%1, %2)").arg(QLatin1String(term), QLatin1String(probability));
}

QString statusTerm(const char *term)
{
    return plannerHint(term, "0.9");
}

// The WHERE clause of each view, word for word as in its partial index, which is how SQLite
// knows the index holds the view's rows (the statuses are literals for the same reason).
QString viewCondition(InboxView view)
{
    switch (view) {
    case InboxView::All: return QString();
    case InboxView::Open: return statusTerm("status IN ('new', 'open')");
    case InboxView::Unassigned:
        return statusTerm("status IN ('new', 'open')") + QLatin1String(" AND assignee_id IS NULL AND department_id IS NULL");
    case InboxView::Mine:
        return QLatin1String("assignee_id = ? AND ") + statusTerm("status IN ('new', 'open', 'waiting')");
    case InboxView::Waiting: return QStringLiteral("status = 'waiting'");
    case InboxView::Snoozed: return QStringLiteral("status = 'snoozed'");
    case InboxView::Resolved: return QStringLiteral("status = 'resolved'");
    case InboxView::FollowUp: return plannerHint("follow_up_at IS NOT NULL", "0.01");
    }
    return QString();
}

// The statuses a view's counter rows add up to; empty when the counters cannot tell.
QStringList counterStatuses(InboxView view)
{
    switch (view) {
    case InboxView::Open: return {QStringLiteral("new"), QStringLiteral("open")};
    case InboxView::Waiting: return {QStringLiteral("waiting")};
    case InboxView::Snoozed: return {QStringLiteral("snoozed")};
    case InboxView::Resolved: return {QStringLiteral("resolved")};
    default: return {};
    }
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
                              const std::optional<InboxCursor> &after, QVariantList *values, const QString &extra)
{
    // The statement is assembled from fixed fragments only; every value is bound.
    const SortSpec spec = sortSpec(sort, filter.view, direction);
    const QString key = QLatin1String(spec.key);
    QStringList where;
    if (sort == InboxSort::DueSoonest && filter.view != InboxView::FollowUp)
        where << QStringLiteral("first_response_due IS NOT NULL");
    if (filter.view != InboxView::All) {
        where << viewCondition(filter.view);
        if (filter.view == InboxView::Mine)
            *values << QVariant(filter.assigneeId.value_or(0));
    }
    if (filter.accountId) {
        // In a view the account is a filter on the view's index, not an index of its own:
        // the unary plus keeps SQLite from reading every row of the account in order instead.
        const bool viewIndex = filter.view != InboxView::All
            && (sort != InboxSort::DueSoonest || filter.view == InboxView::FollowUp);
        where << (viewIndex ? QStringLiteral("+account_id = ?") : QStringLiteral("account_id = ?"));
        *values << *filter.accountId;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        *values << filter.status;
    }
    if (filter.unassigned) {
        where << QStringLiteral("assignee_id IS NULL");
    } else if (filter.assigneeId && filter.view != InboxView::Mine) {
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
    if (!extra.isEmpty())
        where << extra;

    return QLatin1String("SELECT ") + rowColumns() + QLatin1String(", department_id, follow_up_at FROM conversations ")
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

bool InboxQuery::countersCover(const InboxFilter &filter, InboxSort sort)
{
    if (filter.assigneeId && filter.view != InboxView::Mine)
        return false;
    if (filter.unassigned || !filter.tag.isEmpty() || sort == InboxSort::DueSoonest)
        return false;
    if (filter.view == InboxView::All)
        return true;
    return filter.status.isEmpty() && !counterStatuses(filter.view).isEmpty();
}

std::optional<qint64> InboxQuery::count(const InboxFilter &filter, InboxSort sort) const
{
    QSqlQuery query(m_db);
    if (countersCover(filter, sort)) {
        // The counters answer at once for the views they cover.
        QString statement = QStringLiteral("SELECT coalesce(sum(n), 0) FROM conversation_counts WHERE 1 = 1");
        QVariantList values;
        if (filter.accountId) {
            statement += QLatin1String(" AND account_id = ?");
            values << *filter.accountId;
        }
        QStringList statuses = counterStatuses(filter.view);
        if (filter.view == InboxView::All && !filter.status.isEmpty())
            statuses = QStringList{filter.status};
        if (!statuses.isEmpty()) {
            QStringList marks;
            for (const QString &status : std::as_const(statuses)) {
                marks << QStringLiteral("?");
                values << status;
            }
            statement += QLatin1String(" AND status IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        }
        sql::prepare(query, statement);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
    } else {
        QVariantList values;
        return countRows(statement(filter, sort, Direction::Forward, std::nullopt, &values), values);
    }
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// count(*) over a page statement without its order and limit: SQLite counts the entries of
// the view's partial index.
std::optional<qint64> InboxQuery::countRows(const QString &pageStatement, const QVariantList &values) const
{
    QString rows = pageStatement;
    rows.chop(rows.size() - rows.lastIndexOf(QLatin1String(" ORDER BY")));
    rows.replace(0, rows.indexOf(QLatin1String(" FROM ")), QStringLiteral("SELECT count(*)"));
    QSqlQuery query(m_db);
    if (!sql::prepare(query, rows))
        return std::nullopt;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<ConversationRow> InboxQuery::rowInView(const InboxFilter &filter, InboxSort sort,
                                                     qint64 conversationId) const
{
    QVariantList values;
    QString rows = statement(filter, sort, Direction::Forward, std::nullopt, &values, QStringLiteral("id = ?"));
    values << conversationId;
    QSqlQuery query(m_db);
    if (!sql::prepare(query, rows))
        return std::nullopt;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(1);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return readPageRow(query);
}

std::optional<qint64> InboxQuery::rowsBefore(const InboxFilter &filter, InboxSort sort, const ConversationRow &row) const
{
    QVariantList values;
    const QString rows =
        statement(filter, sort, Direction::Backward, cursorAfter(row, sort, filter.view), &values);
    return countRows(rows, values);
}

bool InboxQuery::fetchPageFrom(const InboxFilter &filter, InboxSort sort, const ConversationRow &first, int limit,
                               QList<ConversationRow> *rows) const
{
    // The cursor just before the row: the same key, and an id one step back in the order.
    InboxCursor cursor = cursorAfter(first, sort, filter.view);
    cursor.id += sort == InboxSort::Newest ? 1 : -1;
    return fetch(filter, sort, Direction::Forward, cursor, limit, rows);
}

bool InboxQuery::addTags(QList<ConversationRow> *rows) const
{
    if (rows->isEmpty())
        return true;
    QStringList marks;
    QHash<qint64, int> positions;
    for (int i = 0; i < rows->size(); ++i) {
        marks << QStringLiteral("?");
        positions.insert(rows->at(i).id, i);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::prepare(query, QLatin1String("SELECT ct.conversation_id, t.name FROM conversation_tags ct "
                                           "JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id IN (")
                                 + marks.join(QLatin1String(", ")) + QLatin1String(") ORDER BY t.name")))
        return false;
    for (const ConversationRow &row : std::as_const(*rows))
        query.addBindValue(row.id);
    if (!sql::exec(query))
        return false;
    while (query.next()) {
        const auto position = positions.constFind(query.value(0).toLongLong());
        if (position != positions.cend())
            (*rows)[*position].tags << query.value(1).toString();
    }
    return true;
}

QMap<InboxView, qint64> InboxQuery::viewCounts(std::optional<qint64> accountId, std::optional<qint64> userId) const
{
    QMap<InboxView, qint64> counts;
    for (const InboxView view : {InboxView::All, InboxView::Open, InboxView::Unassigned, InboxView::Mine,
                                 InboxView::Waiting, InboxView::Snoozed, InboxView::Resolved, InboxView::FollowUp}) {
        if (view == InboxView::Mine && !userId) {
            counts.insert(view, 0);
            continue;
        }
        InboxFilter filter;
        filter.view = view;
        filter.accountId = accountId;
        if (view == InboxView::Mine)
            filter.assigneeId = userId;
        counts.insert(view, count(filter).value_or(0));
    }
    return counts;
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
        rows->append(readPageRow(query));
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

// A page's row: readRow()'s columns, then the ones only the inbox's views need.
ConversationRow InboxQuery::readPageRow(const QSqlQuery &query)
{
    ConversationRow row = readRow(query);
    row.departmentId = optionalInt(query.value(12));
    row.followUpAt = optionalInt(query.value(13));
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

InboxCursor InboxQuery::cursorAfter(const ConversationRow &row, InboxSort sort, InboxView view)
{
    const qint64 key = sort != InboxSort::DueSoonest ? row.lastMessageAt
        : view == InboxView::FollowUp                ? row.followUpAt.value_or(0)
                                                     : row.firstResponseDue.value_or(0);
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
