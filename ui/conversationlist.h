// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace hearth {

// A list of conversations, or of messages in them: the inbox tabs and the search results.
// Says which conversation is current, so the conversation pane can show it.
class ConversationList : public QTreeView
{
    Q_OBJECT

public:
    // The model's rows carry their conversation's id in conversationIdRole; stretchColumn
    // takes the width the others leave.
    ConversationList(QAbstractItemModel *model, int conversationIdRole, int stretchColumn, QWidget *parent = nullptr);

    // The current row's conversation, 0 without one.
    qint64 currentConversationId() const;
    // Moves the current row by one (next: down); false at either end.
    bool moveCurrent(int step);

signals:
    void currentConversationChanged(qint64 conversationId);

private:
    int m_conversationIdRole;
};

} // namespace hearth
