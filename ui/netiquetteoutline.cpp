// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquetteoutline.h"

#include "netiquettedocument.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace hearth {

namespace {
constexpr int lineRole = Qt::UserRole;
constexpr int ruleIdRole = Qt::UserRole + 1;
} // namespace

NetiquetteOutline::NetiquetteOutline(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("netiquetteOutline"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // A click and Enter (or a double click) go to the heading; moving through the list with
    // the arrow keys does not take the focus away.
    connect(this, &QTreeWidget::itemClicked, this, &NetiquetteOutline::activate);
    connect(this, &QTreeWidget::itemActivated, this, &NetiquetteOutline::activate);
    retranslateUi();
}

void NetiquetteOutline::retranslateUi()
{
    setHeaderLabels({tr("No."), tr("Rule"), tr("Id")});
}

void NetiquetteOutline::setRules(const QList<NetiquetteRule> &rules)
{
    const QSignalBlocker blocker(this);
    const int selectedRow = currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
    clear();
    for (const NetiquetteRule &rule : rules) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, QString::number(rule.number));
        item->setText(1, rule.title.isEmpty() ? tr("(untitled)") : rule.title);
        item->setText(2, rule.id > 0 ? QStringLiteral("rule-%1").arg(rule.id) : tr("new"));
        item->setToolTip(2, rule.id > 0 ? QString() : tr("Saving the draft gives this rule its id"));
        item->setData(0, lineRole, rule.line);
        item->setData(0, ruleIdRole, rule.id);
        if (rule.title.isEmpty()) {
            QFont italic = item->font(1);
            italic.setItalic(true);
            item->setFont(1, italic);
        }
    }
    if (selectedRow >= 0 && selectedRow < topLevelItemCount())
        setCurrentItem(topLevelItem(selectedRow));
}

void NetiquetteOutline::markRuleAtLine(int line)
{
    QTreeWidgetItem *owner = nullptr;
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (topLevelItem(row)->data(0, lineRole).toInt() > line)
            break;
        owner = topLevelItem(row);
    }
    const QSignalBlocker blocker(this);
    setCurrentItem(owner);
}

void NetiquetteOutline::activate(QTreeWidgetItem *item)
{
    if (item)
        emit headingActivated(item->data(0, lineRole).toInt(), item->data(0, ruleIdRole).toInt());
}

} // namespace hearth
