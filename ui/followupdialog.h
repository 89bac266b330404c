// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace hearth {

// Conversation › Follow Up: when to come back to a case (a complaint handed to another
// department, a promise to call back), or no reminder at all.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // current: the reminder set now (invalid: none). Without one, tomorrow at 9:00 is offered.
    FollowUpDialog(const QDateTime &current, const QDateTime &now, QWidget *parent = nullptr);

    // After accepting: true when the reminder is to be removed.
    bool removeRequested() const { return m_remove; }
    QDateTime followUpAt() const;

private:
    QDateTimeEdit *m_when;
    bool m_remove = false;
};

} // namespace hearth
