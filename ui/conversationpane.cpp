// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationpane.h"

#include "activitylist.h"
#include "authorcard.h"
#include "conversationheader.h"
#include "conversationthread.h"
#include "conversationview.h"
#include "replycomposer.h"
#include "workspacesession.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth {

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_thread(new ConversationView(this))
    , m_header(new ConversationHeader(this))
    , m_side(new QSplitter(Qt::Vertical, this))
    , m_authorCard(new AuthorCard(this))
    , m_activity(new ActivityList(this))
    , m_toolBar(new QToolBar(this))
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
    // The header on top; the thread and, beside it, the author card above the activity.
    layout->addWidget(m_header);
    m_side->setObjectName(QStringLiteral("conversationSide"));
    m_side->addWidget(m_authorCard);
    m_side->addWidget(m_activity);
    m_side->setStretchFactor(0, 2);
    m_side->setStretchFactor(1, 3);
    m_side->setMinimumWidth(220); // names and dates stay readable; the thread takes the rest
    m_toolBar->setObjectName(QStringLiteral("conversationToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);
    // The reply is written under the thread it answers, the side column stays beside both.
    auto *threadAndReply = new QSplitter(Qt::Vertical, this);
    threadAndReply->setObjectName(QStringLiteral("threadAndReply"));
    threadAndReply->setChildrenCollapsible(false);
    threadAndReply->addWidget(m_thread);
    threadAndReply->addWidget(m_composer);
    threadAndReply->setStretchFactor(0, 3);
    threadAndReply->setStretchFactor(1, 1);
    m_body->addWidget(threadAndReply);
    m_body->addWidget(m_side);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 0);
    m_body->setSizes({1000, 240});
    layout->addWidget(m_body, 1);
    // Queued: the card's list is rebuilt when the pane shows the conversation asked for.
    connect(m_authorCard, &AuthorCard::conversationRequested, this, &ConversationPane::showConversation,
            Qt::QueuedConnection);

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
    const bool hadConversation = m_conversationId != 0;
    m_conversationId = 0;
    if (m_session) {
        connect(m_session, &WorkspaceSession::conversationChanged, this, [this](qint64 id) {
            if (id == m_conversationId)
                reload();
        });
        connect(m_session, &WorkspaceSession::workspaceChanged, this, &ConversationPane::reload);
    }
    reload();
    if (hadConversation)
        emit conversationShown(0);
}

void ConversationPane::setToolBarActions(const QList<QAction *> &actions)
{
    m_toolBar->clear();
    m_toolBar->addActions(actions);
    // A submenu (Assign ▾) opens at once: it has no action of its own.
    for (QAction *action : actions) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)); button && action->menu())
            button->setPopupMode(QToolButton::InstantPopup);
    }
}

void ConversationPane::showConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    reload();
    emit conversationShown(m_conversationId);
}

void ConversationPane::reload()
{
    if (!m_session || m_conversationId == 0) {
        m_thread->clearConversation();
        m_header->clear();
        m_authorCard->clear();
        m_activity->clear();
        m_composer->setConversation(0);
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    const Workspace &workspace = m_session->workspace();
    ConversationThread thread;
    if (ConversationThread::load(workspace, m_conversationId, &thread)) {
        m_header->showThread(thread);
        m_thread->showThread(workspace, thread);
    } else {
        m_header->clear();
        m_thread->showConversation(workspace, m_conversationId); // says it could not be read
    }
    m_authorCard->showAuthorOf(workspace, m_conversationId);
    m_activity->showActivityOf(workspace, m_conversationId);
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
