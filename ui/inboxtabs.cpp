// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxtabs.h"

#include "channelicons.h"
#include "conversationlist.h"
#include "inboxmodel.h"
#include "workspacesession.h"

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

qint64 InboxTabs::currentConversationId() const
{
    const ConversationList *list = currentList();
    return list && list->isVisibleTo(currentWidget()) ? list->currentConversationId() : 0;
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
    if (conversations > 0 && m_session) {
        QWidget *list = createConversationList(accountId);
        page->addWidget(list);
        page->setCurrentWidget(list);
    }
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

// The conversations of one account (or all), newest first.
QWidget *InboxTabs::createConversationList(std::optional<qint64> accountId)
{
    auto *model = new InboxModel;
    InboxFilter filter;
    filter.accountId = accountId;
    model->setView(filter, InboxSort::Newest);
    model->setWorkspace(&m_session->workspace(), m_summary.accountKinds());
    auto *list = new ConversationList(model, InboxModel::ConversationIdRole, InboxModel::ConversationColumn);
    model->setParent(list);
    connect(list, &ConversationList::currentConversationChanged, this, [this, list](qint64 id) {
        if (list == currentList())
            emit currentConversationChanged(id);
    });
    list->setObjectName(QStringLiteral("conversationList"));
    list->setColumnWidth(InboxModel::AuthorColumn, 220);
    list->setColumnWidth(InboxModel::StatusColumn, 100);
    list->setColumnWidth(InboxModel::ResponseColumn, 120);
    list->setColumnWidth(InboxModel::TimeColumn, 150);

    // The response badges count down while the list is open.
    auto *clock = new QTimer(model);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, model, &InboxModel::refreshResponseBadges);
    clock->start();
    return list;
}

void InboxTabs::retranslateUi()
{
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
    if (auto *model = page->findChild<InboxModel *>())
        model->retranslate();
    page->findChild<QLabel *>(QStringLiteral("headline"))
        ->setText(conversations == 0 ? tr("No conversations yet") : tr("%n conversation(s)", nullptr, conversations));
    page->findChild<QLabel *>(QStringLiteral("details"))->setText(details);
}

} // namespace hearth
