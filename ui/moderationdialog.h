// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hearth {

class WorkspaceSession;

// Conversation › Delete Message… (and Hide, Mark as Spam, Block Author): moderates one of
// the conversation's newest 100 incoming messages (the newest is chosen), citing a rule of the published
// netiquette in the conversation's language ("3. No spam") or "Other…" with a reason. Actions
// the channel does not allow are disabled, saying why. An approved template that cites the
// rule can be sent to the author as a notice; its rendered text is previewed. OK (or
// Ctrl+Return) moderates through core's Moderation as the session's user; a refusal is shown
// in the dialog, which stays open.
class ModerationDialog : public QDialog
{
    Q_OBJECT

public:
    ModerationDialog(
        WorkspaceSession *session, qint64 conversationId, const QString &action, QWidget *parent = nullptr);

    qint64 messageId() const;
    QString action() const;
    std::optional<int> ruleId() const; // none: "Other…" (or spam)
    QString reason() const;
    // The template version of the notice, 0 for none.
    qint64 noticeTemplateId() const;

    void accept() override;

signals:
    // Done: for the status bar.
    void moderated(qint64 conversationId, const QString &summary);

private:
    void fillMessages();
    void fillActions(const QString &preferred);
    void fillRules();
    void fillTemplates();
    void refreshState();
    void updatePreview();
    bool moderate(QString *summary);

    QPointer<WorkspaceSession> m_session;
    qint64 m_conversationId;
    QString m_language;
    QString m_channelKind; // read once: it does not change while the dialog is open
    QString m_previewed; // the message, rule and template the preview shows
    QComboBox *m_message;
    QComboBox *m_action;
    QLabel *m_effect;
    QComboBox *m_rule;
    QLineEdit *m_reason;
    QCheckBox *m_notice;
    QComboBox *m_template;
    QPlainTextEdit *m_preview;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace hearth
