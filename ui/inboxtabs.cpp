// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxtabs.h"

#include "channelicons.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace hearth {

InboxTabs::InboxTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("inboxTabs"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    showWorkspace(WorkspaceSummary());
}

void InboxTabs::showWorkspace(const WorkspaceSummary &summary)
{
    m_summary = summary;
    const int current = currentIndex();
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    addTab(createPage(summary.conversations), ChannelIcons::unifiedInbox(), QString());
    for (const ChannelAccount &account : summary.accounts)
        addTab(createPage(account.conversationCount), ChannelIcons::icon(account.kind), account.name);
    setCurrentIndex(current >= 0 && current < count() ? current : 0);
    retranslateUi();
}

void InboxTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

QWidget *InboxTabs::createPage(int conversations)
{
    // The conversation list fills this page; until then it says what the channel holds.
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(page);
    label->setObjectName(QStringLiteral("emptyState"));
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false);
    label->setProperty("conversations", conversations);
    layout->addWidget(label);
    return page;
}

void InboxTabs::retranslateUi()
{
    setTabText(0, tr("Unified inbox"));
    setTabToolTip(0, tr("All channel accounts together"));
    for (int i = 0; i < count(); ++i) {
        auto *label = widget(i)->findChild<QLabel *>(QStringLiteral("emptyState"));
        const int conversations = label->property("conversations").toInt();
        label->setText(conversations == 0 ? tr("Nothing here yet.")
                                          : tr("%n conversation(s)", nullptr, conversations));
    }
    for (int i = 1; i < count() && i - 1 < m_summary.accounts.size(); ++i) {
        const ChannelAccount &account = m_summary.accounts.at(i - 1);
        const QString kind = ChannelIcons::kindName(account.kind);
        setTabToolTip(i, account.demo ? tr("%1: %2 (demo account, never goes online)").arg(kind, account.address)
                                      : tr("%1: %2").arg(kind, account.address));
    }
}

} // namespace hearth
