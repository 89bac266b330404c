// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "channelicons.h"

#include <QDateTime>
#include <QLocale>

namespace hearth {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &accountKinds)
{
    beginResetModel();
    m_hits = hits;
    m_accountKinds = accountKinds;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return QVariant();
    const SearchHit &hit = m_hits.at(index.row());
    if (role == ConversationIdRole)
        return hit.conversationId;
    if (role == Qt::DecorationRole && index.column() == AuthorColumn)
        return ChannelIcons::icon(m_accountKinds.value(hit.accountId));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case AuthorColumn:
        return hit.authorName;
    case SnippetColumn:
        // The search marks its hits with control characters; a table shows plain text.
        return QString(hit.snippet).remove(MessageSearch::highlightStart).remove(MessageSearch::highlightEnd);
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(hit.createdAt), QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case AuthorColumn: return tr("From");
    case SnippetColumn: return tr("Message");
    case TimeColumn: return tr("Written");
    default: return QVariant();
    }
}

void SearchResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace hearth
