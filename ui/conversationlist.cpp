// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlist.h"

#include <QHeaderView>

namespace hearth {

ConversationList::ConversationList(QAbstractItemModel *model, int conversationIdRole, int stretchColumn,
                                   QWidget *parent)
    : QTreeView(parent)
    , m_conversationIdRole(conversationIdRole)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view skip measuring rows it does not show
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setModel(model);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentConversationChanged(currentConversationId()); });
    // A reset (another view, another workspace) leaves no current row.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { emit currentConversationChanged(0); });
}

qint64 ConversationList::currentConversationId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(m_conversationIdRole).toLongLong() : 0;
}

bool ConversationList::moveCurrent(int step)
{
    const int rows = model()->rowCount();
    const int row = currentIndex().isValid() ? currentIndex().row() + step : (step > 0 ? 0 : rows - 1);
    if (row < 0 || row >= rows)
        return false;
    const QModelIndex next = model()->index(row, 0);
    selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(next);
    return true;
}

} // namespace hearth
