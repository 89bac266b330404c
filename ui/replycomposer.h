// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelcapabilities.h"
#include "conversationthread.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTextCursor>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace hearth {

struct TemplateVersion;
class OutboxDispatcher;
class OutboxStrip;
class WorkspaceSession;

// The reply being written to the conversation on show: a public reply or a private message
// as the channel allows, the agent's signature and the conversation's placeholders filled in
// on sending. What is typed is kept as a draft while typing, when another conversation is
// shown and when the composer goes away; a reply that cannot be sent waits in the outbox
// strip above the editor with its error.
class ReplyComposer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int draftSaveDelayMs = 800;
    static constexpr int draftMaxDelayMs = 5000;

    explicit ReplyComposer(QWidget *parent = nullptr);
    ~ReplyComposer() override;

    void setSession(WorkspaceSession *session);
    // Sends what is queued at once; without one, replies wait in the outbox.
    void setDispatcher(OutboxDispatcher *dispatcher);
    // 0: none. The same conversation again refreshes what is known around it and keeps the text.
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    // The Reply and Private message actions: that mode, where the channel has it, and the
    // keyboard in the editor.
    void startReply(bool privateMessage);
    bool isPrivateMessage() const { return m_private; }
    bool canReply() const;

    // Queues what is written (Send, Ctrl+Return). False, with the reason shown, when it
    // cannot be sent as it is.
    bool send();
    // One public answer that the talk continues in private, then the private message.
    bool takePrivate();
    // The short public answer of "Take private": this text if set, else the library's
    // approved template with the shortcut "private", else defaultTakePrivateText().
    void setTakePrivateText(const QString &text) { m_takePrivateText = text; }
    static QString defaultTakePrivateText();
    static const QString takePrivateShortcut;

    // Approved templates (issue 5): "::name" or "/name" then Tab in the editor, or the
    // Templates menu (Ctrl+Shift+T), crisis set first. Inserts the approved text in the
    // conversation's language, placeholders filled on sending like the rest of the reply.
    bool insertTemplate(qint64 versionId);
    // The language a template is written in for this conversation: the newest message from
    // outside's, where the template has it, else the template's source language.
    QString templateLanguage(const TemplateVersion &version) const;
    QMenu *templatesMenu() const { return m_templatesMenu; }
    void showTemplatesMenu();
    // Stores the draft now rather than after the typing pause.
    void saveDraft();

    QPlainTextEdit *editor() const { return m_editor; }
    OutboxStrip *outboxStrip() const { return m_outbox; }

signals:
    // A reply of this conversation went into the outbox.
    void replyQueued(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reloadConversation();
    void loadDraft();
    void setEditorText(const QString &text);
    void setPrivate(bool privateMessage);
    void updateModes();
    void updateCheck();
    QHash<QString, QString> placeholderValues() const;
    QString signature() const;
    QString composeBody(const QString &text) const;
    std::optional<qint64> queue(const QString &visibility, const QString &body, bool deleteDraft);
    void afterWrite();
    void retryItem(qint64 outboxId);
    void editItem(qint64 outboxId);
    void discardItem(qint64 outboxId);
    void showStatus(const QString &text);
    void showProblem(const QString &text);
    bool expandShortcut();
    void insertTemplateText(const TemplateVersion &version, QTextCursor cursor);
    void fillTemplatesMenu();
    void recordTemplateUses(const QString &text, qint64 outboxId);
    // The title of a template still in the reply whose inserted version is no longer the
    // approved one (retired, or replaced by a newer approved version); empty if none.
    QString staleTemplate(const QString &text) const;
    void retranslateUi();

    // A template put into the editor: recorded as used when the reply goes out.
    struct Insertion
    {
        qint64 versionId = 0;
        QString language;
    };

    QPointer<WorkspaceSession> m_session;
    QPointer<OutboxDispatcher> m_dispatcher;
    qint64 m_conversationId = 0;
    ConversationThread m_thread;
    bool m_threadLoaded = false;
    ChannelCapabilities m_capabilities;
    bool m_conversationPublic = false;
    bool m_private = false;
    bool m_filling = false; // the editor is being filled, not typed in
    QString m_takePrivateText;
    QList<Insertion> m_insertions;
    int m_refusedShortcutAt = -1; // Tab again after a refusal moves on, as Tab does
    QTimer m_draftTimer;
    QElapsedTimer m_unsavedSince;

    OutboxStrip *m_outbox;
    QRadioButton *m_publicMode;
    QRadioButton *m_privateMode;
    QPushButton *m_takePrivate;
    QToolButton *m_templates;
    QMenu *m_templatesMenu;
    QAction *m_templatesAction;
    QLabel *m_noReply;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_send;
    QWidget *m_writing;
};

} // namespace hearth
