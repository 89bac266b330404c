// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace hearth {

class Workspace;

enum class InboxSort { Newest, Oldest, DueSoonest };

struct InboxFilter
{
    std::optional<qint64> accountId;
    QString status;                  // empty: any status
    std::optional<qint64> assigneeId;
    bool unassigned = false;
    QString tag;
};

// One row of the inbox list: what is shown without opening the conversation.
struct ConversationRow
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString subject;
    QString authorName;
    QString snippet;
    QString status;
    int priority = 0;
    int messageCount = 0;
    std::optional<qint64> assigneeId;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    std::optional<qint64> firstResponseDue;
};

// Where the next page starts: the sort value and id of the last row of the previous one.
struct InboxCursor
{
    qint64 key = 0;
    qint64 id = 0;
};

// The inbox's pages, by keyset: each page continues after the last row shown, so paging
// costs the same at row 10 and at row 900,000, and rows arriving meanwhile neither repeat
// nor shift what follows.
class InboxQuery
{
public:
    enum class Direction { Forward, Backward };

    explicit InboxQuery(const Workspace &workspace);

    // The rows after a cursor (from the start without one), in the sort's order.
    bool fetchPage(const InboxFilter &filter, InboxSort sort, const std::optional<InboxCursor> &after, int limit,
                   QList<ConversationRow> *rows) const;
    // The rows just before a cursor (the end without one), still in the sort's order.
    bool fetchPageBefore(const InboxFilter &filter, InboxSort sort, const std::optional<InboxCursor> &before,
                         int limit, QList<ConversationRow> *rows) const;
    // How many conversations the view holds (due soonest: those waiting for a first answer);
    // from the counters where they cover the view, else counted.
    std::optional<qint64> count(const InboxFilter &filter, InboxSort sort = InboxSort::Newest) const;
    static InboxCursor cursorAfter(const ConversationRow &row, InboxSort sort);
    // The columns readRow() reads, in its order, optionally qualified by a table alias.
    static QString rowColumns(const QString &table = QString());
    static ConversationRow readRow(const QSqlQuery &query);

    // SQLite's plan for a page: lets tests and the benchmark see that no page sorts rows.
    QStringList queryPlan(const InboxFilter &filter, InboxSort sort) const;

    // Conversations per status (optionally of one account) and per account (optionally
    // of one status), from counters the database keeps up to date.
    QMap<QString, int> countsByStatus(std::optional<qint64> accountId = std::nullopt) const;
    QMap<qint64, int> countsByAccount(const QString &status = QString()) const;

private:
    bool fetch(const InboxFilter &filter, InboxSort sort, Direction direction, const std::optional<InboxCursor> &after,
               int limit, QList<ConversationRow> *rows) const;
    static QString statement(const InboxFilter &filter, InboxSort sort, Direction direction,
                             const std::optional<InboxCursor> &after, QVariantList *values);

    QSqlDatabase m_db;
};

} // namespace hearth
