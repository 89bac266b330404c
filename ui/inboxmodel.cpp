// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "channelicons.h"
#include "workspace.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace hearth {

namespace {
qint64 sortKey(const ConversationRow &row, InboxSort sort)
{
    return InboxQuery::cursorAfter(row, sort).key;
}
} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InboxModel::setWorkspace(const Workspace *workspace, const QHash<qint64, QString> &accountKinds)
{
    m_workspace = workspace;
    m_accountKinds = accountKinds;
    reload();
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
    m_pages.clear();
    m_recentPages.clear();
    m_rowCount = 0;
    if (m_workspace && m_workspace->isOpen()) {
        const InboxQuery inbox(*m_workspace);
        m_rowCount = int(inbox.count(m_filter, m_sort).value_or(0));
        QList<ConversationRow> last;
        if (m_rowCount > 0 && loadPage(0) && inbox.fetchPageBefore(m_filter, m_sort, std::nullopt, 1, &last)
            && !last.isEmpty()) {
            m_firstKey = sortKey(m_pages.value(0).constFirst(), m_sort);
            m_lastKey = sortKey(last.constFirst(), m_sort);
        }
    }
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
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
        return statusName(row->status);
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

QString InboxModel::statusName(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
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
    if (page == 0) {
        ok = inbox.fetchPage(m_filter, m_sort, std::nullopt, pageSize, &rows);
    } else if (m_pages.contains(page - 1) && !m_pages.value(page - 1).isEmpty()) {
        ok = inbox.fetchPage(m_filter, m_sort, InboxQuery::cursorAfter(m_pages.value(page - 1).constLast(), m_sort),
                             pageSize, &rows);
    } else if (m_pages.contains(page + 1) && !m_pages.value(page + 1).isEmpty()) {
        ok = inbox.fetchPageBefore(m_filter, m_sort,
                                   InboxQuery::cursorAfter(m_pages.value(page + 1).constFirst(), m_sort), pageSize,
                                   &rows);
    } else if (page == lastPage) {
        ok = inbox.fetchPageBefore(m_filter, m_sort, std::nullopt, m_rowCount - lastPage * pageSize, &rows);
    } else {
        ok = inbox.fetchPage(m_filter, m_sort, estimatedCursor(page), pageSize, &rows);
    }
    if (!ok)
        return false;
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
