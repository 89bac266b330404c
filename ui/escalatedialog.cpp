// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalatedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth {

EscalateDialog::EscalateDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("escalateDialog"));
    setWindowTitle(tr("Escalate Conversation"));
    auto *layout = new QVBoxLayout(this);
    if (!current.isEmpty()) {
        auto *state = new QLabel(current, this);
        state->setObjectName(QStringLiteral("currentEscalation"));
        state->setTextFormat(Qt::PlainText); // the reason was typed by a person
        state->setWordWrap(true);
        layout->addWidget(state);
    }
    auto *label = new QLabel(tr("&Why does the team need to know? Management reads this first."), this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("escalationReason"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(label);
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Escalate"));
    m_ok->setEnabled(false);
    if (!current.isEmpty()) {
        QPushButton *clear = buttons->addButton(tr("&Clear Escalation"), QDialogButtonBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearEscalation"));
        clear->setAutoDefault(false);
        connect(clear, &QPushButton::clicked, this, [this] {
            m_clear = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });

    // Enter writes a new line in the reason; Ctrl+Enter escalates.
    auto *send = new QAction(this);
    send->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    connect(send, &QAction::triggered, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    addAction(send);
    m_reason->setFocus();
}

QString EscalateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace hearth
