// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth {

namespace {

// "&Find Messages…" -> "Find Messages": the text as read, without mnemonics or the
// ellipsis that says a dialog follows.
QString plainText(const QString &text)
{
    QString plain;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain += text.at(++i);
            continue;
        }
        plain += text.at(i);
    }
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts)
        keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_noMatch(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_noMatch->setObjectName(QStringLiteral("noShortcutMatches"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch);
    layout->addWidget(buttons);
    resize(520, 560);
    retranslateUi();
    rebuild();
}

void ShortcutsDialog::rebuild()
{
    m_list->clear();
    QList<QAction *> listed;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(QStringList{plainText(menu->title())});
        addMenu(group, menu, QString(), listed);
        if (group->childCount() == 0) {
            delete group;
            continue;
        }
        m_list->addTopLevelItem(group);
    }
    // Shortcuts that are in no menu still work: the window's own, and those of the widgets
    // in it (not of its dialogs and menus, which are windows of their own).
    auto *others = new QTreeWidgetItem(QStringList{tr("Other")});
    QList<QAction *> windowActions = m_window->actions();
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->window() == m_window)
            windowActions += widget->actions();
    }
    for (QAction *action : std::as_const(windowActions)) {
        if (listed.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        listed << action;
        others->addChild(new QTreeWidgetItem(QStringList{plainText(action->text()), shortcutText(action)}));
    }
    if (others->childCount() > 0)
        m_list->addTopLevelItem(others);
    else
        delete others;

    QFont bold = m_list->font();
    bold.setBold(true);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_list->expandAll();
    applyFilter();
}

void ShortcutsDialog::addMenu(QTreeWidgetItem *group, QMenu *menu, const QString &prefix, QList<QAction *> &listed)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu *submenu = action->menu()) {
            addMenu(group, submenu, prefix + plainText(submenu->title()) + QStringLiteral(" › "), listed);
            continue;
        }
        if (action->shortcuts().isEmpty() || listed.contains(action))
            continue;
        listed << action;
        group->addChild(new QTreeWidgetItem(QStringList{prefix + plainText(action->text()), shortcutText(action)}));
    }
}

void ShortcutsDialog::applyFilter()
{
    const QString filter = m_filter->text().simplified();
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(filter, Qt::CaseInsensitive);
        int visible = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool matches = groupMatches || item->text(0).contains(filter, Qt::CaseInsensitive)
                || item->text(1).contains(filter, Qt::CaseInsensitive);
            item->setHidden(!matches);
            visible += matches ? 1 : 0;
        }
        group->setHidden(visible == 0);
        shown += visible;
    }
    m_noMatch->setText(tr("No shortcut matches “%1”.").arg(filter));
    m_noMatch->setVisible(shown == 0);
    m_list->setVisible(shown > 0);
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem *item = group->child(j);
            if (!group->isHidden() && !item->isHidden())
                rows << group->text(0) + QLatin1Char('/') + item->text(0) + QLatin1Char('/') + item->text(1);
        }
    }
    return rows;
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // After the window has retranslated its actions, whichever of the two hears first.
        QTimer::singleShot(0, this, &ShortcutsDialog::rebuild);
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    m_filter->setFocus(Qt::OtherFocusReason);
    QDialog::showEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Type an action or a key"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
}

} // namespace hearth
