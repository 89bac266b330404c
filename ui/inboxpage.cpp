// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpage.h"

#include "conversationlist.h"
#include "inboxmodel.h"
#include "inboxviewlist.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hearth {

InboxPage::InboxPage(WorkspaceSession *session, std::optional<qint64> accountId,
    const QHash<qint64, QString> &accountKinds, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_accountId(accountId)
    , m_viewList(new InboxViewList)
    , m_sortChoice(new QComboBox)
    , m_stack(new QStackedWidget)
    , m_empty(new QWidget)
    , m_emptyHeadline(new QLabel)
    , m_emptyDetails(new QLabel)
    , m_model(new InboxModel(this))
    , m_list(nullptr)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_sortChoice->setObjectName(QStringLiteral("sortChoice"));
    for (const InboxSort sort : {InboxSort::Newest, InboxSort::Oldest, InboxSort::DueSoonest})
        m_sortChoice->addItem(QString(), int(sort));

    m_emptyHeadline->setObjectName(QStringLiteral("viewEmptyHeadline"));
    m_emptyHeadline->setTextFormat(Qt::PlainText);
    m_emptyHeadline->setAlignment(Qt::AlignCenter);
    QFont font = m_emptyHeadline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_emptyHeadline->setFont(font);
    m_emptyDetails->setObjectName(QStringLiteral("viewEmptyDetails"));
    m_emptyDetails->setTextFormat(Qt::PlainText);
    m_emptyDetails->setAlignment(Qt::AlignCenter);
    m_emptyDetails->setWordWrap(true);
    m_emptyDetails->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyHeadline);
    emptyLayout->addWidget(m_emptyDetails);
    emptyLayout->addStretch();

    InboxFilter filter;
    filter.view = m_view;
    filter.accountId = m_accountId;
    m_model->setView(filter, m_sort);
    m_model->setSession(m_session, accountKinds);
    m_list = new ConversationList(m_model, InboxModel::ConversationIdRole, InboxModel::ConversationColumn);
    m_list->setObjectName(QStringLiteral("conversationList"));
    // Who, what, and how long they have waited first; the rest fits what width is left.
    m_list->header()->moveSection(m_list->header()->visualIndex(InboxModel::ResponseColumn), 2);
    m_list->setColumnWidth(InboxModel::AuthorColumn, 150);
    m_list->setColumnWidth(InboxModel::ResponseColumn, 110);
    m_list->setColumnWidth(InboxModel::StatusColumn, 70);
    m_list->setColumnWidth(InboxModel::AssigneeColumn, 110);
    m_list->setColumnWidth(InboxModel::TagsColumn, 100);
    m_list->setColumnWidth(InboxModel::TimeColumn, 120);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    auto *right = new QWidget;
    auto *sortRow = new QHBoxLayout;
    sortRow->addStretch();
    auto *sortLabel = new QLabel;
    sortLabel->setObjectName(QStringLiteral("sortLabel"));
    sortLabel->setBuddy(m_sortChoice); // for screen readers; no mnemonic, Alt+S may be the composer's
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(m_sortChoice);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(sortRow);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_viewList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_viewList, m_sortChoice);
    setTabOrder(m_sortChoice, m_list);

    connect(m_viewList, &InboxViewList::viewChosen, this, &InboxPage::setView);
    connect(m_sortChoice, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { setSort(InboxSort(m_sortChoice->currentData().toInt())); });
    connect(m_list, &ConversationList::currentConversationChanged, this, [this](qint64 id) {
        m_shownConversation = id;
        m_shownRow = m_list->currentIndex().row();
        emit currentConversationChanged(id);
    });
    // A refresh moves the current row without a signal of the selection model's own when its
    // conversation left the view; and an emptied view shows its note.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InboxPage::followCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPage::followCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &InboxPage::updateEmptyState);

    m_countsSoon.setSingleShot(true);
    m_countsSoon.setInterval(0);
    connect(&m_countsSoon, &QTimer::timeout, this, &InboxPage::refreshCounts);
    if (m_session) {
        connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] { m_countsSoon.start(); });
        connect(m_session, &WorkspaceSession::conversationChanged, this, [this] { m_countsSoon.start(); });
        connect(m_session, &WorkspaceSession::currentUserChanged, this, [this] {
            m_countsSoon.start();
            if (m_view == InboxView::Mine)
                applyView();
        });
    }
    retranslateUi();
    refreshCounts();
    updateEmptyState();
}

void InboxPage::setView(InboxView view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_viewList->setCurrentView(view);
    applyView();
}

void InboxPage::setSort(InboxSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    m_sortChoice->setCurrentIndex(m_sortChoice->findData(int(sort)));
    applyView();
}

void InboxPage::applyView()
{
    InboxFilter filter;
    filter.view = m_view;
    filter.accountId = m_accountId;
    if (m_view == InboxView::Mine && m_session)
        filter.assigneeId = m_session->currentUser().id;
    m_model->setView(filter, m_sort); // a reset: the list says no conversation is current
    retranslateUi(); // the empty state tells what this view holds
    updateEmptyState();
}

qint64 InboxPage::currentConversationId() const
{
    return m_stack->currentWidget() == m_list ? m_list->currentConversationId() : 0;
}

void InboxPage::followCurrent()
{
    const qint64 id = m_list->currentConversationId();
    if (id == m_shownConversation)
        return;
    if (id == 0 && m_shownConversation != 0 && m_model->rowCount() > 0) {
        // The conversation worked on left the view (resolved, snoozed, handed on): the next
        // one takes its place, as in a mail client after archiving.
        m_list->setCurrentIndex(m_model->index(std::min(m_shownRow, m_model->rowCount() - 1), 0));
        return;
    }
    m_shownConversation = id;
    emit currentConversationChanged(id);
}

void InboxPage::refreshCounts()
{
    m_countsSoon.stop();
    if (!m_session || !m_session->workspace().isOpen())
        return;
    const qint64 user = m_session->currentUser().id;
    m_viewList->setCounts(InboxQuery(m_session->workspace())
                              .viewCounts(m_accountId, user > 0 ? std::optional<qint64>(user) : std::nullopt));
}

void InboxPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? m_list : m_empty);
}

void InboxPage::retranslateUi()
{
    m_viewList->retranslateUi();
    m_model->retranslate();
    m_sortChoice->setItemText(0, tr("Newest first"));
    m_sortChoice->setItemText(1, tr("Oldest first"));
    m_sortChoice->setItemText(2, tr("Due soonest"));
    m_sortChoice->setToolTip(tr("Due soonest lists the conversations still waiting for a first answer; "
                                "in Needs follow-up, by follow-up date"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("sortLabel")))
        label->setText(tr("Sort:"));

    QString headline, details;
    switch (m_view) {
    case InboxView::All:
    case InboxView::Open:
        headline = tr("Nothing waiting for the team");
        details = tr("New and open conversations show here.");
        break;
    case InboxView::Unassigned:
        headline = tr("Everything has an owner");
        details = tr("Open conversations that no person or department has taken show here.");
        break;
    case InboxView::Mine:
        headline = tr("Nothing in your hands");
        details = tr("Conversations assigned to you show here until they are resolved or snoozed.");
        break;
    case InboxView::Waiting:
        headline = tr("Nobody to wait for");
        details = tr("Conversations waiting for an answer from outside show here.");
        break;
    case InboxView::Snoozed:
        headline = tr("Nothing snoozed");
        details = tr("Snoozed conversations wait here until they wake.");
        break;
    case InboxView::Resolved:
        headline = tr("Nothing resolved yet");
        details = tr("Resolved conversations show here.");
        break;
    case InboxView::FollowUp:
        headline = tr("No follow-ups planned");
        details = tr("Conversations with a follow-up date show here.");
        break;
    }
    if (m_sort == InboxSort::DueSoonest && m_view != InboxView::FollowUp)
        details += QLatin1Char(' ') + tr("Due soonest shows only conversations still waiting for a first answer.");
    m_emptyHeadline->setText(headline);
    m_emptyDetails->setText(details);
}

} // namespace hearth
