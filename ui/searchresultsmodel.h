// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesearch.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hearth {

// The hits of one search, newest first: a bounded list (the search's limit), so a table of
// its own rather than paging.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AuthorColumn, SnippetColumn, TimeColumn, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1 };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits, const QHash<qint64, QString> &accountKinds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<SearchHit> m_hits;
    QHash<qint64, QString> m_accountKinds;
};

} // namespace hearth
