// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>

namespace hearth {

class Workspace;

// The conversations of one inbox view as a table, read a page at a time by keyset from the
// core: it holds a few pages around what was last looked at, never the whole view, so a
// million conversations cost what a screenful does. Pages next to a loaded one continue it
// exactly; a page far from any loaded one (a jump of the scroll bar) starts at the time the
// position stands for, estimated between the newest and the oldest row, in one query.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AuthorColumn, ConversationColumn, StatusColumn, ResponseColumn, TimeColumn, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1, AccountIdRole };
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 8;
    static constexpr qint64 warnBeforeDueMs = 15 * 60 * 1000; // the badge turns amber

    explicit InboxModel(QObject *parent = nullptr);

    // The workspace to read (nullptr: none) and the channel kind of each account, for icons.
    void setWorkspace(const Workspace *workspace, const QHash<qint64, QString> &accountKinds);
    void setView(const InboxFilter &filter, InboxSort sort);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int cachedPages() const { return int(m_pages.size()); }
    int pageQueries() const { return m_pageQueries; }

    static QString statusName(const QString &status);
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
    const ConversationRow *rowAt(int row) const;
    bool loadPage(int page) const;
    std::optional<InboxCursor> estimatedCursor(int page) const;
    void forgetOldPages() const;

    const Workspace *m_workspace = nullptr;
    QHash<qint64, QString> m_accountKinds;
    InboxFilter m_filter;
    InboxSort m_sort = InboxSort::Newest;
    int m_rowCount = 0;
    qint64 m_firstKey = 0; // sort key of the first and the last row, for estimating jumps
    qint64 m_lastKey = 0;
    mutable QMap<int, QList<ConversationRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_pageQueries = 0;
    qint64 m_fixedNow = 0;
};

} // namespace hearth
