// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace hearth {

// Conversation › Escalate: passes a case to the team and management, with the reason they
// read first. The reason is required. An escalated conversation shows who escalated it and
// why, and its escalation can be cleared here.
class EscalateDialog : public QDialog
{
    Q_OBJECT

public:
    // current: who escalated it, when and why, already worded; empty when not escalated.
    EscalateDialog(const QString &current, QWidget *parent = nullptr);

    QString reason() const;
    // After accepting: true when the escalation is to be cleared instead.
    bool clearRequested() const { return m_clear; }

private:
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
    bool m_clear = false;
};

} // namespace hearth
