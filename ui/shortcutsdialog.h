// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace hearth {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, grouped by the
// menu it is in (the rest, of the window and its widgets, under "Other"), with the shortcut
// as this platform writes it. Read from the window's
// actions each time it is shown, so it is never out of date and always in the current
// language. Typing filters the list.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // Reads the window's menus and actions again.
    void rebuild();
    // Rows now shown, as "Group/Action/Shortcut"; for the tests.
    QStringList visibleRows() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addMenu(QTreeWidgetItem *group, QMenu *menu, const QString &prefix, QList<QAction *> &listed);
    void applyFilter();
    void retranslateUi();

    QMainWindow *m_window;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_noMatch;
};

} // namespace hearth
