// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversationthread.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace hearth {

class FlowLayout;

// What a conversation is at a glance, above its thread: the subject, where it came from,
// where it stands (status, who has it, tags, follow-up, priority) and, while it is
// escalated, who escalated it, when and why. Subjects, names, tags and reasons are untrusted
// and shown as plain text.
class ConversationHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void showThread(const ConversationThread &thread);
    void clear();

    // The parts as shown, for the tests and for accessibility.
    QString subjectText() const;
    QString statusText() const;
    QString assigneeText() const;
    QStringList tagTexts() const;
    bool isEscalationShown() const;
    QString escalationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<ConversationThread> m_thread;
    QLabel *m_subject;
    QLabel *m_channelIcon;
    QLabel *m_account;
    QLabel *m_status;
    QLabel *m_assignee;
    QLabel *m_followUp;
    QLabel *m_priority;
    // The facts and tag chips flow onto more lines when the pane is narrow.
    QWidget *m_facts;
    FlowLayout *m_factsLayout;
    QList<QLabel *> m_chips;
    QFrame *m_escalation;
    QLabel *m_escalationText;
};

} // namespace hearth
