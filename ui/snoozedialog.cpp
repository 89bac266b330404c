// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snoozedialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hearth {

namespace {
constexpr int customChoice = -1;
}

QList<QDateTime> SnoozeDialog::presetTimes(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    const QDateTime evening(today, QTime(18, 0));
    const QDateTime laterToday = local.secsTo(evening) >= 3600 ? evening : QDateTime(today.addDays(1), QTime(9, 0));
    // Monday is day 1: from a Monday, next Monday is a week away.
    const QDate monday = today.addDays(8 - today.dayOfWeek());
    return {local.addSecs(3600), laterToday, QDateTime(monday, QTime(9, 0))};
}

SnoozeDialog::SnoozeDialog(const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_now(now.toLocalTime())
    , m_presets(presetTimes(now))
    , m_choices(new QButtonGroup(this))
    , m_custom(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("snoozeDialog"));
    setWindowTitle(tr("Snooze Conversation"));
    const QLocale locale;
    const QDateTime evening = m_presets.at(1);
    const QStringList labels{
        tr("In &one hour (%1)").arg(locale.toString(m_presets.at(0).time(), QLocale::ShortFormat)),
        evening.date() == m_now.date()
            ? tr("This &evening (%1)").arg(locale.toString(evening.time(), QLocale::ShortFormat))
            : tr("Tomorrow &morning (%1)").arg(locale.toString(evening, QLocale::ShortFormat)),
        tr("Next Mo&nday (%1)").arg(locale.toString(m_presets.at(2), QLocale::ShortFormat))};
    const QStringList names{QStringLiteral("inOneHour"), QStringLiteral("laterToday"), QStringLiteral("nextMonday")};

    auto *layout = new QVBoxLayout(this);
    for (int i = 0; i < labels.size(); ++i) {
        auto *choice = new QRadioButton(labels.at(i), this);
        choice->setObjectName(names.at(i));
        m_choices->addButton(choice, i);
        layout->addWidget(choice);
    }
    auto *custom = new QRadioButton(tr("&Until:"), this);
    custom->setObjectName(QStringLiteral("customTime"));
    m_choices->addButton(custom, customChoice);
    m_custom->setObjectName(QStringLiteral("customTimeEdit"));
    m_custom->setCalendarPopup(true);
    m_custom->setDateTime(m_presets.at(1));
    m_custom->setMinimumDateTime(m_now);
    m_custom->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(custom);
    row->addWidget(m_custom, 1);
    layout->addLayout(row);
    m_choices->button(0)->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this, custom](int, bool) {
        m_custom->setEnabled(custom->isChecked());
        if (custom->isChecked())
            m_custom->setFocus(Qt::OtherFocusReason);
        updateOkButton();
    });
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, &SnoozeDialog::updateOkButton);
    m_choices->button(0)->setFocus();
}

QDateTime SnoozeDialog::until() const
{
    const int choice = m_choices->checkedId();
    return choice == customChoice || choice < 0 ? m_custom->dateTime() : m_presets.value(choice);
}

void SnoozeDialog::updateOkButton()
{
    m_ok->setEnabled(until() > m_now);
}

} // namespace hearth
