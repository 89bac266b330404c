// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "channelicons.h"
#include "conversationactivity.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace hearth {

namespace {
qint64 sortKey(const ConversationRow &row, InboxSort sort, InboxView view)
{
    return InboxQuery::cursorAfter(row, sort, view).key;
}
} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Sync may store many batches in a row: one refresh once the event loop is free.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &InboxModel::refresh);
}

void InboxModel::setWorkspace(const Workspace *workspace, const QHash<qint64, QString> &accountKinds)
{
    m_workspace = workspace;
    m_accountKinds = accountKinds;
    loadNames();
    reload();
}

void InboxModel::setSession(WorkspaceSession *session, const QHash<qint64, QString> &accountKinds)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &WorkspaceSession::workspaceChanged, this, [this] { m_refreshSoon.start(); });
        connect(session, &WorkspaceSession::conversationChanged, this, [this] { m_refreshSoon.start(); });
    }
    setWorkspace(session ? &session->workspace() : nullptr, accountKinds);
}

void InboxModel::setView(const InboxFilter &filter, InboxSort sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_refreshSoon.stop();
    m_pages.clear();
    m_recentPages.clear();
    m_rowCount = 0;
    m_firstKey = m_lastKey = 0;
    if (m_workspace && m_workspace->isOpen()) {
        const InboxQuery inbox(*m_workspace);
        ++m_statements;
        m_rowCount = int(inbox.count(m_filter, m_sort).value_or(0));
        QList<ConversationRow> last;
        ++m_statements;
        if (m_rowCount > 0 && loadPage(0) && inbox.fetchPageBefore(m_filter, m_sort, std::nullopt, 1, &last)
            && !last.isEmpty()) {
            m_firstKey = sortKey(m_pages.value(0).constFirst(), m_sort, m_filter.view);
            m_lastKey = sortKey(last.constFirst(), m_sort, m_filter.view);
        }
    }
    m_shownRowCount = m_rowCount;
    endResetModel();
}

void InboxModel::loadNames()
{
    m_userNames.clear();
    m_departmentNames.clear();
    if (!m_workspace || !m_workspace->isOpen())
        return;
    const UserDirectory directory(*m_workspace);
    m_statements += 2;
    for (const User &user : directory.users())
        m_userNames.insert(user.id, user.name);
    for (const Department &department : directory.departments())
        m_departmentNames.insert(department.id, department.name);
}

bool InboxModel::readEnds(qint64 *firstKey, qint64 *lastKey) const
{
    const InboxQuery inbox(*m_workspace);
    QList<ConversationRow> first, last;
    m_statements += 2;
    if (!inbox.fetchPage(m_filter, m_sort, std::nullopt, 1, &first) || first.isEmpty()
        || !inbox.fetchPageBefore(m_filter, m_sort, std::nullopt, 1, &last) || last.isEmpty())
        return false;
    *firstKey = sortKey(first.constFirst(), m_sort, m_filter.view);
    *lastKey = sortKey(last.constFirst(), m_sort, m_filter.view);
    return true;
}

bool InboxModel::fetchTags(QList<ConversationRow> *rows) const
{
    ++m_statements;
    return InboxQuery(*m_workspace).addTags(rows);
}

// Rows arriving or leaving change the count with inserts and removals at the end, and a
// layout change moves every persistent index (the current row, the selection) to where its
// conversation is now, or drops it when the conversation left the view. The pages around
// those rows are read anew, anchored on them; the others load when next looked at.
void InboxModel::refresh()
{
    m_refreshSoon.stop();
    if (!m_workspace || !m_workspace->isOpen())
        return;
    ++m_refreshes;
    const InboxQuery inbox(*m_workspace);
    ++m_statements;
    const std::optional<qint64> counted = inbox.count(m_filter, m_sort);
    if (!counted)
        return; // what is shown stays; the next change tries again
    loadNames();
    const int newCount = int(*counted);
    if (newCount > m_shownRowCount) {
        beginInsertRows(QModelIndex(), m_shownRowCount, newCount - 1);
        m_shownRowCount = newCount;
        endInsertRows();
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // After the signal: the views have made their selections persistent by now.
    const QModelIndexList persistent = persistentIndexList();
    QHash<int, qint64> oldIds; // row -> conversation shown there
    for (const QModelIndex &index : persistent) {
        const auto page = m_pages.constFind(index.row() / pageSize);
        const int offset = index.row() % pageSize;
        if (page != m_pages.cend() && offset < page->size())
            oldIds.insert(index.row(), page->at(offset).id);
    }
    QMap<int, QList<ConversationRow>> pages;
    QHash<qint64, int> newRows; // conversation -> its row now, -1: it left the view
    for (auto it = oldIds.cbegin(); it != oldIds.cend(); ++it) {
        const qint64 id = it.value();
        if (newRows.contains(id))
            continue;
        m_statements += 2;
        const std::optional<ConversationRow> row = inbox.rowInView(m_filter, m_sort, id);
        const std::optional<qint64> before = row ? inbox.rowsBefore(m_filter, m_sort, *row) : std::nullopt;
        if (!row || !before || *before >= newCount) {
            newRows.insert(id, -1);
            continue;
        }
        const int newRow = int(*before);
        newRows.insert(id, newRow);
        const int page = newRow / pageSize;
        if (pages.contains(page) || pages.size() >= maxCachedPages)
            continue;
        // The page exactly as it is now around the row: the rows before it on the page, then
        // the row and those after it.
        const int offset = newRow % pageSize;
        QList<ConversationRow> rows, tail;
        if (offset > 0) {
            ++m_pageQueries;
            ++m_statements;
            if (!inbox.fetchPageBefore(m_filter, m_sort, InboxQuery::cursorAfter(*row, m_sort, m_filter.view),
                                       offset, &rows))
                continue;
        }
        ++m_pageQueries;
        ++m_statements;
        if (rows.size() != offset || !inbox.fetchPageFrom(m_filter, m_sort, *row, pageSize - offset, &tail))
            continue; // another connection wrote meanwhile: the page loads when looked at
        rows += tail;
        fetchTags(&rows);
        pages.insert(page, rows);
    }
    qint64 firstKey = 0, lastKey = 0;
    if (newCount > 0)
        readEnds(&firstKey, &lastKey);

    m_pages = pages;
    m_recentPages = pages.keys();
    m_rowCount = newCount;
    m_firstKey = firstKey;
    m_lastKey = lastKey;
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const auto id = oldIds.constFind(index.row());
        const int row = id != oldIds.cend() ? newRows.value(*id, -1) : index.row() < newCount ? index.row() : -1;
        to << (row >= 0 ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);

    if (newCount < m_shownRowCount) {
        beginRemoveRows(QModelIndex(), newCount, m_shownRowCount - 1);
        m_shownRowCount = newCount;
        endRemoveRows();
    }
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRowCount;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const ConversationRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return QVariant();
    switch (role) {
    case ConversationIdRole:
        return row->id;
    case AccountIdRole:
        return row->accountId;
    case Qt::DecorationRole:
        return index.column() == AuthorColumn ? QVariant(ChannelIcons::icon(m_accountKinds.value(row->accountId)))
                                              : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ConversationColumn ? QVariant(row->snippet) : QVariant();
    case Qt::ForegroundRole: {
        if (index.column() != ResponseColumn || !row->firstResponseDue)
            return QVariant();
        const qint64 left = *row->firstResponseDue - (m_fixedNow ? m_fixedNow : QDateTime::currentMSecsSinceEpoch());
        return left <= 0 ? QVariant(QColor(0xc0, 0x1c, 0x28)) : left < warnBeforeDueMs ? QVariant(QColor(0xc6, 0x6a, 0x00))
                                                                                        : QVariant();
    }
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case AuthorColumn:
        return row->authorName;
    case ConversationColumn:
        return row->subject.isEmpty() ? row->snippet : row->subject + QStringLiteral(" — ") + row->snippet;
    case StatusColumn:
        return ConversationActivity::statusName(row->status);
    case AssigneeColumn:
        return assigneeName(*row);
    case TagsColumn:
        return row->tags.join(QLatin1String(", "));
    case ResponseColumn:
        return row->firstResponseDue
            ? responseBadge(*row->firstResponseDue, m_fixedNow ? m_fixedNow : QDateTime::currentMSecsSinceEpoch())
            : QString();
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row->lastMessageAt), QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case AuthorColumn: return tr("From");
    case ConversationColumn: return tr("Conversation");
    case StatusColumn: return tr("Status");
    case AssigneeColumn: return tr("Assignee");
    case TagsColumn: return tr("Tags");
    case ResponseColumn: return tr("Respond");
    case TimeColumn: return tr("Last message");
    default: return QVariant();
    }
}

void InboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, StatusColumn), index(m_rowCount - 1, TimeColumn), {Qt::DisplayRole});
}

void InboxModel::refreshResponseBadges()
{
    if (m_rowCount > 0)
        emit dataChanged(index(0, ResponseColumn), index(m_rowCount - 1, ResponseColumn),
                         {Qt::DisplayRole, Qt::ForegroundRole});
}

QString InboxModel::responseBadge(qint64 dueMs, qint64 nowMs)
{
    const qint64 minutes = (dueMs - nowMs) / 60000;
    const auto span = [](qint64 m) {
        return m < 60 ? tr("%n min", nullptr, int(m)) : m < 48 * 60 ? tr("%n h", nullptr, int(m / 60))
                                                                     : tr("%n day(s)", nullptr, int(m / (24 * 60)));
    };
    return dueMs > nowMs ? tr("%1 left").arg(span(std::max<qint64>(minutes, 1)))
                         : tr("overdue %1").arg(span(std::max<qint64>(-minutes, 1)));
}

// A person first: a case handed to a department may still have an agent following it.
QString InboxModel::assigneeName(const ConversationRow &row) const
{
    if (row.assigneeId)
        return m_userNames.value(*row.assigneeId);
    if (row.departmentId)
        return m_departmentNames.value(*row.departmentId);
    return QString();
}

const ConversationRow *InboxModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    const QList<ConversationRow> &rows = m_pages[page];
    const int offset = row % pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

bool InboxModel::loadPage(int page) const
{
    if (!m_workspace)
        return false;
    const InboxQuery inbox(*m_workspace);
    const int lastPage = (m_rowCount - 1) / pageSize;
    QList<ConversationRow> rows;
    bool ok = false;
    ++m_pageQueries;
    ++m_statements;
    if (page == 0) {
        ok = inbox.fetchPage(m_filter, m_sort, std::nullopt, pageSize, &rows);
    } else if (m_pages.contains(page - 1) && !m_pages.value(page - 1).isEmpty()) {
        ok = inbox.fetchPage(m_filter, m_sort, InboxQuery::cursorAfter(m_pages.value(page - 1).constLast(), m_sort, m_filter.view),
                             pageSize, &rows);
    } else if (m_pages.contains(page + 1) && !m_pages.value(page + 1).isEmpty()) {
        ok = inbox.fetchPageBefore(m_filter, m_sort,
                                   InboxQuery::cursorAfter(m_pages.value(page + 1).constFirst(), m_sort, m_filter.view), pageSize,
                                   &rows);
    } else if (page == lastPage) {
        ok = inbox.fetchPageBefore(m_filter, m_sort, std::nullopt, m_rowCount - lastPage * pageSize, &rows);
    } else {
        ok = inbox.fetchPage(m_filter, m_sort, estimatedCursor(page), pageSize, &rows);
    }
    if (!ok)
        return false;
    fetchTags(&rows); // tags are extra: a page without them still shows
    m_pages.insert(page, rows);
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    forgetOldPages();
    return true;
}

// The cursor just before the time that the page's position stands for, assuming the rows
// spread evenly between the first and the last.
std::optional<InboxCursor> InboxModel::estimatedCursor(int page) const
{
    const double fraction = double(page) * pageSize / std::max(1, m_rowCount);
    const qint64 key = m_firstKey + qint64(double(m_lastKey - m_firstKey) * fraction);
    const bool descending = m_sort == InboxSort::Newest;
    // Rows with exactly that key are included: the id bound lets them all through.
    return InboxCursor{key, descending ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min()};
}

// The page just loaded is the most recent, so it is never the one forgotten.
void InboxModel::forgetOldPages() const
{
    while (m_pages.size() > maxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
}

} // namespace hearth
