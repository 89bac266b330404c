// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "notifier.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hearth {

PreferencesDialog::PreferencesDialog(WorkspaceSession *session, Notifier *notifier, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_notifier(notifier)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_signatureLabel(new QLabel(this))
    , m_signature(new QPlainTextEdit(this))
    , m_notifications(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setTabChangesFocus(true);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_nameLabel->setBuddy(m_name);
    m_signatureLabel->setBuddy(m_signature);

    const bool haveWorkspace = m_session != nullptr;
    if (haveWorkspace) {
        m_name->setText(m_session->currentUser().name);
        m_signature->setPlainText(m_session->currentUser().signature);
    }
    m_name->setEnabled(haveWorkspace);
    m_signature->setEnabled(haveWorkspace);
    m_notifications->setChecked(m_notifier->isEnabled());

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_signatureLabel, m_signature);
    form->addRow(QString(), m_notifications);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

void PreferencesDialog::accept()
{
    if (m_session) {
        UserDirectory users(m_session->workspace());
        const qint64 me = m_session->currentUser().id;
        if (!users.setProfile(me, m_name->text(), m_signature->toPlainText())) {
            m_error->setText(users.errorString());
            m_error->show();
            m_name->setFocus();
            return;
        }
        if (const std::optional<User> updated = users.user(me))
            m_session->setCurrentUser(*updated);
    }
    m_notifier->setEnabled(m_notifications->isChecked());
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_nameLabel->setText(tr("Your &name:"));
    m_name->setToolTip(tr("Customers see this name under your replies."));
    m_signatureLabel->setText(tr("&Signature:"));
    m_signature->setPlaceholderText(tr("Added under every reply you send, for example:\nBest wishes,\nEmma"));
    m_notifications->setText(tr("Show desktop &notifications for new messages in my views and response targets "
                                "about to be missed"));
}

} // namespace hearth
