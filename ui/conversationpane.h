// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace hearth {

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
    ReplyComposer *composer() const { return m_composer; }

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
    ReplyComposer *m_composer;
};

} // namespace hearth
