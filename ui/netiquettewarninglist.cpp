// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettewarninglist.h"

#include "netiquettedocument.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace hearth {

namespace {
constexpr int languageRole = Qt::UserRole;
constexpr int lineRole = Qt::UserRole + 1;
constexpr int columnRole = Qt::UserRole + 2;
} // namespace

NetiquetteWarningList::NetiquetteWarningList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("netiquetteWarnings"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemClicked, this, &NetiquetteWarningList::activate);
    connect(this, &QTreeWidget::itemActivated, this, &NetiquetteWarningList::activate);
    retranslateUi();
}

void NetiquetteWarningList::retranslateUi()
{
    setHeaderLabels({tr("Language"), tr("Line"), tr("Problem")});
}

void NetiquetteWarningList::setWarnings(
    const QStringList &languages, const QMap<QString, QList<NetiquetteWarning>> &warnings)
{
    clear();
    m_warningCount = 0;
    m_errorCount = 0;
    const QIcon errorIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &language : languages) {
        const QList<NetiquetteWarning> found = warnings.value(language);
        for (const NetiquetteWarning &warning : found) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(0, language);
            item->setText(1, QString::number(warning.line));
            item->setText(2, warning.message);
            item->setToolTip(2,
                warning.isError() ? tr("Error: publishing waits until it is fixed")
                                  : tr("Warning: saving the draft fixes it"));
            item->setIcon(0, warning.isError() ? errorIcon : warningIcon);
            item->setData(0, languageRole, language);
            item->setData(0, lineRole, warning.line);
            item->setData(0, columnRole, warning.column);
            ++m_warningCount;
            if (warning.isError())
                ++m_errorCount;
        }
    }
    if (m_warningCount == 0) {
        auto *none = new QTreeWidgetItem(this);
        none->setText(2, tr("No problems found."));
        none->setFlags(Qt::NoItemFlags);
    }
}

void NetiquetteWarningList::activate(QTreeWidgetItem *item)
{
    if (item && item->flags() != Qt::NoItemFlags)
        emit warningActivated(
            item->data(0, languageRole).toString(), item->data(0, lineRole).toInt(), item->data(0, columnRole).toInt());
}

} // namespace hearth
