// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hearth {

class ConversationWorkflow;
class WorkspaceSession;

// The workflow actions on the conversation being worked on, with their keyboard shortcuts:
// the Conversation menu, the conversation pane's toolbar and the window's shortcuts all use
// these. Changes go through ConversationWorkflow as the session's user, then are announced
// to the session; failures are shown in a window-modal message box. While a workspace is
// open, due snoozes are woken at once and every minute.
class ConversationActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int wakeIntervalMs = 60 * 1000;

    // window: where dialogs and messages open, and the actions' parent.
    explicit ConversationActions(QWidget *window);

    void setSession(WorkspaceSession *session);
    // 0: no conversation; the actions on one are disabled.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *replyAction() const { return m_reply; }
    QAction *privateMessageAction() const { return m_privateMessage; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *markWaitingAction() const { return m_markWaiting; }
    QAction *assignToMeAction() const { return m_assignToMe; }
    QMenu *assignMenu() const { return m_assignMenu; }
    QAction *snoozeAction() const { return m_snooze; }
    QAction *followUpAction() const { return m_followUp; }
    QAction *tagsAction() const { return m_tags; }
    QAction *escalateAction() const { return m_escalate; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *deleteMessageAction() const { return m_deleteMessage; }
    QAction *hideMessageAction() const { return m_hideMessage; }
    QAction *markSpamAction() const { return m_markSpam; }
    QAction *blockAuthorAction() const { return m_blockAuthor; }
    QAction *undoModerationAction() const { return m_undoModeration; }
    // The four moderation actions, for the toolbar's "Moderate" button.
    QMenu *moderateMenu() const { return m_moderateMenu; }

    // Every action, for adding to the window so the shortcuts work wherever the focus is.
    QList<QAction *> actions() const;
    // The Conversation menu, grouped.
    void addToMenu(QMenu *menu) const;
    // The frequent ones, for the toolbar above the thread.
    QList<QAction *> toolBarActions() const;

    void retranslateUi();
    // Snoozed conversations whose time has come are opened again (and announced).
    void wakeSnoozed();

signals:
    // For the composer: answer in public, or in a private message.
    void replyRequested(bool privateMessage);
    // For the current list: +1 next conversation, -1 previous.
    void moveRequested(int step);
    void escalated(qint64 conversationId, const QString &reason);
    // A moderation action was recorded: the channel is to be told now.
    void moderationTaken();
    // A short word on what was done, for the status bar.
    void statusMessage(const QString &message);

private:
    void refresh();
    void rebuildAssignMenu();
    bool change(qint64 conversationId, const std::function<bool(ConversationWorkflow &)> &write, const QString &done);
    void setStatus(const QString &status, const QString &done);
    void assign(std::optional<qint64> userId, std::optional<qint64> departmentId, const QString &done);
    void resolve();
    void reopen();
    void markWaiting();
    void assignToMe();
    void snooze();
    void followUp();
    void editTags();
    void escalate();
    void addNote();
    // Opens the moderation dialog on the conversation's newest incoming message.
    void moderate(const QString &action);
    // Marks the newest incoming message not yet moderated as spam, at once.
    void markSpam();
    // Reverts the conversation's newest moderation that stands, after asking.
    void undoModeration();
    std::optional<qint64> newestIncoming(bool unmoderatedOnly) const;
    void refreshModeration(bool has);
    void showError(const QString &text);

    QWidget *m_window;
    QPointer<WorkspaceSession> m_session;
    qint64 m_conversationId = 0;
    QTimer m_wakeTimer;

    QAction *m_next;
    QAction *m_previous;
    QAction *m_reply;
    QAction *m_privateMessage;
    QAction *m_resolve;
    QAction *m_reopen;
    QAction *m_markWaiting;
    QAction *m_assignToMe;
    QMenu *m_assignMenu;
    QAction *m_snooze;
    QAction *m_followUp;
    QAction *m_tags;
    QAction *m_escalate;
    QAction *m_addNote;
    QAction *m_deleteMessage;
    QAction *m_hideMessage;
    QAction *m_markSpam;
    QAction *m_blockAuthor;
    QAction *m_undoModeration;
    QMenu *m_moderateMenu;
};

} // namespace hearth
