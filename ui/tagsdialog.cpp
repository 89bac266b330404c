// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagsdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth {

TagsDialog::TagsDialog(const QStringList &current, const QStringList &known, QWidget *parent)
    : QDialog(parent)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Tags"));
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("Add a tag and press Enter"));
    auto *completer = new QCompleter(known, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    m_input->installEventFilter(this);
    auto *inputLabel = new QLabel(tr("&Add tag:"), this);
    inputLabel->setBuddy(m_input);

    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->installEventFilter(this);
    // Tags are untrusted words typed by anyone: the list shows them as text.
    m_list->addItems(current);
    auto *listLabel = new QLabel(tr("&Tags of this conversation:"), this);
    listLabel->setBuddy(m_list);
    m_remove->setObjectName(QStringLiteral("removeTag"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &TagsDialog::removeSelectedTags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    m_input->setFocus();
}

QStringList TagsDialog::tags() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row)
        tags << m_list->item(row)->text();
    return tags;
}

bool TagsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_input && enter && !m_input->text().trimmed().isEmpty()) {
            addTypedTag();
            return true;
        }
        if (watched == m_list && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelectedTags();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagsDialog::addTypedTag()
{
    const QString tag = m_input->text().simplified();
    m_input->clear();
    if (tag.isEmpty())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->text().compare(tag, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->addItem(tag);
}

void TagsDialog::removeSelectedTags()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
}

} // namespace hearth
