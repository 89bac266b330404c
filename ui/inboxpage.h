// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace hearth {

class ConversationList;
class InboxModel;
class InboxViewList;
class WorkspaceSession;

// One inbox tab: the views with their counts on the left, the chosen view's conversations
// on the right in the chosen order, or a note saying what the view would hold. Follows the
// session's changes: rows come and go and the counts change while the selection stays.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    InboxPage(WorkspaceSession *session, std::optional<qint64> accountId, const QHash<qint64, QString> &accountKinds,
        QWidget *parent = nullptr);

    InboxView view() const { return m_view; }
    void setView(InboxView view);
    InboxSort sort() const { return m_sort; }
    void setSort(InboxSort sort);

    ConversationList *list() const { return m_list; }
    InboxModel *model() const { return m_model; }
    InboxViewList *viewList() const { return m_viewList; }
    // The current row's conversation, 0 without one or while the view is empty.
    qint64 currentConversationId() const;

    void refreshCounts();
    void retranslateUi();

signals:
    void currentConversationChanged(qint64 conversationId);

private:
    void applyView();
    void updateEmptyState();
    void followCurrent();

    QPointer<WorkspaceSession> m_session; // the window owns it and may end it first
    std::optional<qint64> m_accountId;
    InboxView m_view = InboxView::Open;
    InboxSort m_sort = InboxSort::Newest;
    int m_shownRow = -1;
    qint64 m_shownConversation = 0;
    InboxViewList *m_viewList;
    QComboBox *m_sortChoice;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyHeadline;
    QLabel *m_emptyDetails;
    InboxModel *m_model;
    ConversationList *m_list;
    QTimer m_countsSoon;
};

} // namespace hearth
