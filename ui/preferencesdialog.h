// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hearth {

class Notifier;
class WorkspaceSession;

// The person's own settings: the name customers see under replies, their signature, and
// whether Hearth notifies them. Name and signature belong to the workspace (teammates see
// who answered); notifications to this computer.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(WorkspaceSession *session, Notifier *notifier, QWidget *parent = nullptr);

    void accept() override;

private:
    void retranslateUi();

    WorkspaceSession *m_session;
    Notifier *m_notifier;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_signatureLabel;
    QPlainTextEdit *m_signature;
    QCheckBox *m_notifications;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace hearth
