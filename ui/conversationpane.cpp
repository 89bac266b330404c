// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationpane.h"

#include "conversationview.h"
#include "replycomposer.h"
#include "workspacesession.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hearth {

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_thread(new ConversationView(this))
    , m_composer(new ReplyComposer(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    m_emptyState->setObjectName(QStringLiteral("noConversation"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    auto *conversation = new QWidget(this);
    auto *layout = new QVBoxLayout(conversation);
    layout->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_thread);
    m_body->setStretchFactor(0, 3);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_composer); // the reply, below the thread it answers

    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(conversation);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    retranslateUi();
}

void ConversationPane::setSession(WorkspaceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_composer->setSession(session); // keeps the draft being written first
    m_session = session;
    m_conversationId = 0;
    if (m_session) {
        connect(m_session, &WorkspaceSession::conversationChanged, this, [this](qint64 id) {
            if (id == m_conversationId)
                reload();
        });
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &ConversationPane::reload);
    }
    reload();
}

void ConversationPane::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    reload();
}

void ConversationPane::reload()
{
    if (!m_session || m_conversationId == 0) {
        m_thread->clearConversation();
        m_composer->setConversation(0);
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    m_thread->showConversation(m_session->workspace(), m_conversationId);
    m_composer->setConversation(m_conversationId);
    m_pages->setCurrentIndex(1);
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConversationPane::retranslateUi()
{
    m_emptyState->setText(tr("Select a conversation to read the whole thread and answer it."));
}

} // namespace hearth
