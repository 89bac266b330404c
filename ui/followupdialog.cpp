// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth {

FollowUpDialog::FollowUpDialog(const QDateTime &current, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_when(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow Up"));
    m_when->setObjectName(QStringLiteral("followUpTime"));
    m_when->setCalendarPopup(true);
    m_when->setDateTime(current.isValid() ? current.toLocalTime()
                                          : QDateTime(now.toLocalTime().date().addDays(1), QTime(9, 0)));

    auto *explanation = new QLabel(tr("The conversation is listed under “Needs follow-up” from then on."), this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Follow up on:"), m_when);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Follow-up"));
    QPushButton *remove = buttons->addButton(tr("&Remove Follow-up"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeFollowUp"));
    remove->setAutoDefault(false);
    remove->setEnabled(current.isValid());
    connect(remove, &QPushButton::clicked, this, [this] {
        m_remove = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_when->setFocus();
}

QDateTime FollowUpDialog::followUpAt() const
{
    return m_when->dateTime();
}

} // namespace hearth
