// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace hearth {

// Conversation › Add Internal Note: a note for the team, kept with the conversation and
// never sent to the customer.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text;
    QPushButton *m_ok;
};

} // namespace hearth
