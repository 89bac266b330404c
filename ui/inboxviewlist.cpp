// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxviewlist.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace hearth {

namespace {
constexpr int viewRole = Qt::UserRole + 1;
} // namespace

InboxViewList::InboxViewList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("viewList"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const InboxView view : views()) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, viewRole, int(view));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    retranslateUi();
    setCurrentItem(topLevelItem(0));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit viewChosen(InboxView(current->data(0, viewRole).toInt()));
    });
}

QList<InboxView> InboxViewList::views()
{
    return {InboxView::Open, InboxView::Unassigned, InboxView::Mine, InboxView::Waiting, InboxView::Snoozed,
        InboxView::Resolved, InboxView::FollowUp};
}

QString InboxViewList::viewName(InboxView view)
{
    switch (view) {
    case InboxView::All:
        return tr("All conversations");
    case InboxView::Open:
        return tr("All open");
    case InboxView::Unassigned:
        return tr("Unassigned");
    case InboxView::Mine:
        return tr("Mine");
    case InboxView::Waiting:
        return tr("Waiting");
    case InboxView::Snoozed:
        return tr("Snoozed");
    case InboxView::Resolved:
        return tr("Resolved");
    case InboxView::FollowUp:
        return tr("Needs follow-up");
    }
    return QString();
}

InboxView InboxViewList::currentView() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? InboxView(item->data(0, viewRole).toInt()) : InboxView::Open;
}

void InboxViewList::setCurrentView(InboxView view)
{
    const int row = int(views().indexOf(view));
    if (row >= 0)
        setCurrentItem(topLevelItem(row));
}

void InboxViewList::setCounts(const QMap<InboxView, qint64> &counts)
{
    m_counts = counts;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const InboxView view = InboxView(item->data(0, viewRole).toInt());
        const auto count = counts.constFind(view);
        item->setText(1, count == counts.cend() ? QString() : QLocale().toString(*count));
    }
}

qint64 InboxViewList::shownCount(InboxView view) const
{
    return m_counts.value(view, -1);
}

QSize InboxViewList::sizeHint() const
{
    int names = 0;
    for (const InboxView view : views())
        names = std::max(names, fontMetrics().horizontalAdvance(viewName(view)));
    const int counts = fontMetrics().horizontalAdvance(QLocale().toString(99999));
    const int margins = 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 2 * frameWidth() + 24;
    return QSize(names + counts + margins, QTreeWidget::sizeHint().height());
}

void InboxViewList::retranslateUi()
{
    setAccessibleName(tr("Inbox views"));
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const InboxView view = InboxView(item->data(0, viewRole).toInt());
        item->setText(0, viewName(view));
        item->setToolTip(0, tr("%1 (Ctrl+%2)").arg(viewName(view)).arg(i + 1));
    }
    setCounts(m_counts); // numbers in the new locale
}

} // namespace hearth
