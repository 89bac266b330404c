// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxtabs.h"

#include "channelicons.h"
#include "conversationlist.h"
#include "inboxmodel.h"
#include "inboxpage.h"
#include "inboxquery.h"
#include "inboxviewlist.h"
#include "workspacesession.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace hearth {

namespace {
// Tab texts treat '&' as a mnemonic; an account's name is shown as it is.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}
} // namespace

InboxTabs::InboxTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("inboxTabs"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    connect(this, &QTabWidget::currentChanged, this, [this] { emit currentConversationChanged(currentConversationId()); });
    const QList<InboxView> views = InboxViewList::views();
    for (int i = 0; i < views.size(); ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("inboxViewAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        action->setShortcutContext(Qt::WindowShortcut);
        const InboxView view = views.at(i);
        connect(action, &QAction::triggered, this, [this, view] {
            if (InboxPage *page = currentPage())
                page->setView(view);
        });
        addAction(action);
        m_viewActions << action;
    }
    showWorkspace(nullptr, WorkspaceSummary());
}

void InboxTabs::showWorkspace(WorkspaceSession *session, const WorkspaceSummary &summary)
{
    m_session = session;
    m_summary = summary;
    const int current = currentIndex();
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    addTab(createPage(ChannelIcons::unifiedInbox(), std::nullopt, summary.conversations), ChannelIcons::unifiedInbox(),
           QString());
    for (const ChannelAccount &account : summary.accounts) {
        const QIcon icon = ChannelIcons::icon(account.kind);
        addTab(createPage(icon, account.id, account.conversationCount), icon, escapeMnemonic(account.name));
    }
    setCurrentIndex(current >= 0 && current < count() ? current : 0);
    retranslateUi();
    emit currentConversationChanged(currentConversationId());
}

ConversationList *InboxTabs::currentList() const
{
    QWidget *page = currentWidget();
    return page ? page->findChild<ConversationList *>() : nullptr;
}

InboxPage *InboxTabs::currentPage() const
{
    QWidget *page = currentWidget();
    return page ? page->findChild<InboxPage *>() : nullptr;
}

qint64 InboxTabs::currentConversationId() const
{
    const InboxPage *page = currentPage();
    return page ? page->currentConversationId() : 0;
}

void InboxTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

QWidget *InboxTabs::createPage(const QIcon &icon, std::optional<qint64> accountId, int conversations)
{
    auto *page = new QStackedWidget;
    page->addWidget(createEmptyState(icon));
    if (!m_session)
        return page;
    QWidget *inbox = createInboxPage(accountId);
    page->addWidget(inbox);
    if (conversations > 0) {
        page->setCurrentWidget(inbox);
        return page;
    }
    // The first conversations sync brings replace the welcome note.
    connect(m_session, &WorkspaceSession::workspaceChanged, page, [this, page, inbox, accountId] {
        InboxFilter everything;
        everything.accountId = accountId;
        if (page->currentWidget() != inbox && InboxQuery(m_session->workspace()).count(everything).value_or(0) > 0)
            page->setCurrentWidget(inbox);
    });
    return page;
}

QWidget *InboxTabs::createEmptyState(const QIcon &icon)
{
    auto *empty = new QWidget;
    auto *picture = new QLabel(empty);
    picture->setPixmap(icon.pixmap(64, 64));
    picture->setAlignment(Qt::AlignCenter);
    auto *headline = new QLabel(empty);
    headline->setObjectName(QStringLiteral("headline"));
    headline->setAlignment(Qt::AlignCenter);
    headline->setTextFormat(Qt::PlainText);
    QFont font = headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    headline->setFont(font);
    auto *details = new QLabel(empty);
    details->setObjectName(QStringLiteral("details"));
    details->setAlignment(Qt::AlignCenter);
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addWidget(picture);
    layout->addWidget(headline);
    layout->addWidget(details);
    layout->addStretch();
    return empty;
}

// The views of one account's conversations (or all), All open and newest first.
QWidget *InboxTabs::createInboxPage(std::optional<qint64> accountId)
{
    auto *page = new InboxPage(m_session, accountId, m_summary.accountKinds());
    connect(page, &InboxPage::currentConversationChanged, this, [this, page](qint64 id) {
        if (page == currentPage())
            emit currentConversationChanged(id);
    });
    // The response badges count down while the list is open.
    auto *clock = new QTimer(page);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, page->model(), &InboxModel::refreshResponseBadges);
    clock->start();
    return page;
}

void InboxTabs::retranslateUi()
{
    const QList<InboxView> views = InboxViewList::views();
    for (int i = 0; i < m_viewActions.size(); ++i) {
        m_viewActions.at(i)->setText(tr("Inbox view: %1").arg(InboxViewList::viewName(views.at(i))));
        m_viewActions.at(i)->setToolTip(tr("Show the current inbox tab's view “%1”").arg(InboxViewList::viewName(views.at(i))));
    }
    setTabText(0, tr("Unified inbox"));
    setTabToolTip(0, tr("All channel accounts together"));
    describePage(0, m_summary.conversations,
                 m_summary.accounts.isEmpty()
                     ? tr("No channel accounts yet.")
                     : tr("across %n channel account(s)", nullptr, int(m_summary.accounts.size())));
    for (int i = 0; i < m_summary.accounts.size(); ++i) {
        const ChannelAccount &account = m_summary.accounts.at(i);
        const QString kind = ChannelIcons::kindName(account.kind);
        const QString where = account.demo ? tr("%1 · %2 · demo account, never goes online").arg(kind, account.address)
                                           : tr("%1 · %2").arg(kind, account.address);
        setTabToolTip(i + 1, where);
        describePage(i + 1, account.conversationCount, where);
    }
}

void InboxTabs::describePage(int index, int conversations, const QString &details)
{
    QWidget *page = widget(index);
    if (auto *inbox = page->findChild<InboxPage *>())
        inbox->retranslateUi();
    page->findChild<QLabel *>(QStringLiteral("headline"))
        ->setText(conversations == 0 ? tr("No conversations yet") : tr("%n conversation(s)", nullptr, conversations));
    page->findChild<QLabel *>(QStringLiteral("details"))->setText(details);
}

} // namespace hearth
