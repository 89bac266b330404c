// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>

namespace hearth {

class Workspace;
class WorkspaceSession;

// The conversations of one inbox view as a table, read a page at a time by keyset from the
// core: it holds a few pages around what was last looked at, never the whole view, so a
// million conversations cost what a screenful does. Pages next to a loaded one continue it
// exactly; a page far from any loaded one (a jump of the scroll bar) starts at the time the
// position stands for, estimated between the newest and the oldest row, in one query.
// Given a session it follows the workspace's changes without a reset: rows come and go, and
// the current and selected rows stay on their conversations wherever those move.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AuthorColumn,
        ConversationColumn,
        StatusColumn,
        AssigneeColumn,
        TagsColumn,
        ResponseColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role { ConversationIdRole = Qt::UserRole + 1, AccountIdRole };
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 8;
    static constexpr qint64 warnBeforeDueMs = 15 * 60 * 1000; // the badge turns amber

    explicit InboxModel(QObject *parent = nullptr);

    // The workspace to read (nullptr: none) and the channel kind of each account, for icons.
    void setWorkspace(const Workspace *workspace, const QHash<qint64, QString> &accountKinds);
    // The session's workspace, refreshed whenever the session reports a change.
    void setSession(WorkspaceSession *session, const QHash<qint64, QString> &accountKinds);
    void setView(const InboxFilter &filter, InboxSort sort);
    const InboxFilter &filter() const { return m_filter; }
    InboxSort sort() const { return m_sort; }
    // Reads the view again keeping what is shown: called on the session's changes (batched
    // into one refresh per turn of the event loop), or directly.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int cachedPages() const { return int(m_pages.size()); }
    // Keyset page queries run so far (tests and the benchmark count them).
    int pageQueries() const { return m_pageQueries; }
    int refreshes() const { return m_refreshes; }
    // Every statement the model ran: counts, pages, the first and last rows, tags, names.
    int statements() const { return m_statements; }

    // Headers and status names in the current language.
    void retranslate();
    // The time the response badges count from (tests fix it; otherwise the clock), and a
    // repaint of the badges as time passes.
    void setNow(qint64 msecsSinceEpoch) { m_fixedNow = msecsSinceEpoch; }
    void refreshResponseBadges();
    // "12 min left", "2 h left", "overdue 5 min": the time to the first-response target.
    static QString responseBadge(qint64 dueMs, qint64 nowMs);

private:
    void reload();
    void loadNames();
    bool readEnds(qint64 *firstKey, qint64 *lastKey) const;
    bool fetchTags(QList<ConversationRow> *rows) const;
    QString assigneeName(const ConversationRow &row) const;
    const ConversationRow *rowAt(int row) const;
    bool loadPage(int page) const;
    std::optional<InboxCursor> estimatedCursor(int page) const;
    void forgetOldPages() const;

    const Workspace *m_workspace = nullptr;
    QPointer<WorkspaceSession> m_session;
    QTimer m_refreshSoon;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_departmentNames;
    QHash<qint64, QString> m_accountKinds;
    InboxFilter m_filter;
    InboxSort m_sort = InboxSort::Newest;
    int m_rowCount = 0;      // the rows the data has
    int m_shownRowCount = 0; // the rows views were told of (differs only within a refresh)
    qint64 m_firstKey = 0; // sort key of the first and the last row, for estimating jumps
    qint64 m_lastKey = 0;
    mutable QMap<int, QList<ConversationRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_pageQueries = 0;
    int m_refreshes = 0;
    mutable int m_statements = 0;
    qint64 m_fixedNow = 0;
};

} // namespace hearth
