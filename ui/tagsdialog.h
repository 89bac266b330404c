// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace hearth {

// Conversation › Tags: the conversation's tags, to add to (the workspace's tags are offered
// as one types) and remove from. Typing a tag and Enter adds it; Enter on an empty field
// closes the dialog with the changes.
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(const QStringList &current, const QStringList &known, QWidget *parent = nullptr);

    QStringList tags() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTypedTag();
    void removeSelectedTags();

    QLineEdit *m_input;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace hearth
