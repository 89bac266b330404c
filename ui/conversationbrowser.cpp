// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationbrowser.h"

#include "conversationview.h"

#include <QHeaderView>
#include <QTreeView>

namespace hearth {

ConversationBrowser::ConversationBrowser(QAbstractItemModel *model, int conversationIdRole, int stretchColumn,
                                         QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_conversationIdRole(conversationIdRole)
    , m_list(new QTreeView(this))
    , m_thread(new ConversationView(this))
{
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // lets the view skip measuring rows it does not show
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setModel(model);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConversationBrowser::showRow);
    addWidget(m_list);
    addWidget(m_thread);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

void ConversationBrowser::showRow(const QModelIndex &current)
{
    if (current.isValid() && m_workspace)
        m_thread->showConversation(*m_workspace, current.data(m_conversationIdRole).toLongLong());
    else
        m_thread->clearConversation();
}

} // namespace hearth
