// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QAbstractItemModel;
class QTreeView;

namespace hearth {

class ConversationView;
class Workspace;

// A list of conversations (or of messages in them) above the selected one's whole thread:
// the inbox tabs and the search results read the same way.
class ConversationBrowser : public QSplitter
{
    Q_OBJECT

public:
    // The model's rows carry their conversation's id in conversationIdRole; stretchColumn
    // takes the width the others leave.
    ConversationBrowser(QAbstractItemModel *model, int conversationIdRole, int stretchColumn,
                        QWidget *parent = nullptr);

    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    QTreeView *list() const { return m_list; }
    ConversationView *thread() const { return m_thread; }

private:
    void showRow(const QModelIndex &current);

    const Workspace *m_workspace = nullptr;
    int m_conversationIdRole;
    QTreeView *m_list;
    ConversationView *m_thread;
};

} // namespace hearth
