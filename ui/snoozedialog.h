// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>

class QButtonGroup;
class QDateTimeEdit;
class QPushButton;

namespace hearth {

// Conversation › Snooze: until when a conversation stays out of sight. The usual answers
// are one key away (in an hour, this evening or tomorrow morning, next Monday); any other
// time is typed in.
class SnoozeDialog : public QDialog
{
    Q_OBJECT

public:
    // The choices, in order: in one hour; this evening at 18:00, or tomorrow at 9:00 when
    // the evening is less than an hour away; next Monday at 9:00. Local time.
    static QList<QDateTime> presetTimes(const QDateTime &now);

    explicit SnoozeDialog(const QDateTime &now, QWidget *parent = nullptr);

    // The chosen time; the custom one when "Until" is chosen.
    QDateTime until() const;

private:
    void updateOkButton();

    QDateTime m_now;
    QList<QDateTime> m_presets;
    QButtonGroup *m_choices;
    QDateTimeEdit *m_custom;
    QPushButton *m_ok = nullptr;
};

} // namespace hearth
