// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace hearth {

class ActivityList;
class AuthorCard;
class ConversationHeader;
class ConversationView;
class ReplyComposer;
class WorkspaceSession;

// The conversation being worked on: its whole thread, what is known around it, and the
// reply being written. Follows the list that is current (an inbox tab or the search).
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // 0: none; the pane says how to pick one.
    void showConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    ConversationView *thread() const { return m_thread; }
    ConversationHeader *header() const { return m_header; }
    AuthorCard *authorCard() const { return m_authorCard; }
    ActivityList *activity() const { return m_activity; }
    ReplyComposer *composer() const { return m_composer; }
    // The frequent workflow actions, in a compact toolbar above the thread.
    void setToolBarActions(const QList<QAction *> &actions);

signals:
    // Whichever way it was asked for (a list, the author card, a notification); 0: none.
    void conversationShown(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    WorkspaceSession *m_session = nullptr;
    qint64 m_conversationId = 0;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    QSplitter *m_body;
    ConversationView *m_thread;
    ConversationHeader *m_header;
    // Right of the thread: who wrote, and what the team did and noted.
    QSplitter *m_side;
    AuthorCard *m_authorCard;
    ActivityList *m_activity;
    QToolBar *m_toolBar;
    ReplyComposer *m_composer;
};

} // namespace hearth
