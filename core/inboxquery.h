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

// The inbox's views, each read through a partial index of its own (migration 3). All is
// every conversation; Mine is filter.assigneeId's cases still in hand. In the follow-up
// view "due soonest" means the follow-up date.
enum class InboxView { All, Open, Unassigned, Mine, Waiting, Snoozed, Resolved, FollowUp };

struct InboxFilter
{
    InboxView view = InboxView::All;
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
    std::optional<qint64> departmentId;
    std::optional<qint64> followUpAt;
    qint64 createdAt = 0;
    qint64 lastMessageAt = 0;
    std::optional<qint64> firstResponseDue;
    QStringList tags; // filled by InboxQuery::addTags, not by the page
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
    // Conversations per view, for the view list: of one account (nullopt: all), Mine for
    // userId (none: 0). One statement per view, from the counters where they cover it.
    QMap<InboxView, qint64> viewCounts(std::optional<qint64> accountId, std::optional<qint64> userId) const;
    // The conversation if it is in the view, and how many rows come before it there: how a
    // list finds a selected row again after the rows changed.
    std::optional<ConversationRow> rowInView(const InboxFilter &filter, InboxSort sort, qint64 conversationId) const;
    std::optional<qint64> rowsBefore(const InboxFilter &filter, InboxSort sort, const ConversationRow &row) const;
    // The rows from a given one (included) onwards: a page anchored on a known row.
    bool fetchPageFrom(const InboxFilter &filter, InboxSort sort, const ConversationRow &first, int limit,
                       QList<ConversationRow> *rows) const;
    // The tags of a page's conversations, in one statement, sorted by name.
    bool addTags(QList<ConversationRow> *rows) const;
    static InboxCursor cursorAfter(const ConversationRow &row, InboxSort sort, InboxView view = InboxView::All);
    // The columns readRow() reads, in its order, optionally qualified by a table alias.
    static QString rowColumns(const QString &table = QString());
    // (Without departmentId and followUpAt: those come with the pages only.)
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
                             const std::optional<InboxCursor> &after, QVariantList *values,
                             const QString &extra = QString());
    static ConversationRow readPageRow(const QSqlQuery &query);
    std::optional<qint64> countRows(const QString &pageStatement, const QVariantList &values) const;
    static bool countersCover(const InboxFilter &filter, InboxSort sort);

    QSqlDatabase m_db;
};

} // namespace hearth
