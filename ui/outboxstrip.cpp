// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxstrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVariant>

namespace hearth {

namespace {
constexpr int snippetLength = 80;

QString snippet(const QString &body)
{
    const QString line = body.simplified();
    return line.size() > snippetLength ? line.left(snippetLength) + QChar(0x2026) : line;
}
} // namespace

OutboxStrip::OutboxStrip(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("outboxStrip"));
    setFrameShape(QFrame::StyledPanel);
    m_rows->setContentsMargins(6, 4, 6, 4);
    m_rows->setSpacing(4);
    setVisible(false);
}

void OutboxStrip::setItems(const QList<OutboxItem> &items)
{
    m_items = items;
    rebuild();
}

void OutboxStrip::rebuild()
{
    // Later, not now: this may run from a click on a button of the very row being replaced.
    while (QLayoutItem *row = m_rows->takeAt(0)) {
        if (QWidget *widget = row->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete row;
    }
    for (const OutboxItem &item : std::as_const(m_items))
        m_rows->addWidget(createRow(item));
    setVisible(!m_items.isEmpty());
}

QWidget *OutboxStrip::createRow(const OutboxItem &item)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("outboxItem"));
    row->setProperty("outboxId", item.id);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *texts = new QVBoxLayout;
    auto *status = new QLabel(row);
    status->setObjectName(QStringLiteral("outboxStatus"));
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
    const QString kind = item.isPrivate() ? tr("Private message") : tr("Public reply");
    if (item.state == Outbox::failed)
        status->setText(tr("%1 not sent: “%2”").arg(kind, snippet(item.body)));
    else if (item.state == Outbox::sending)
        status->setText(tr("%1 being sent: “%2”").arg(kind, snippet(item.body)));
    else
        status->setText(tr("%1 waiting to be sent: “%2”").arg(kind, snippet(item.body)));
    texts->addWidget(status);
    if (!item.lastError.isEmpty()) {
        auto *error = new QLabel(item.lastError, row);
        error->setObjectName(QStringLiteral("outboxError"));
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        error->setPalette(palette);
        texts->addWidget(error);
    }
    layout->addLayout(texts, 1);

    if (item.state == Outbox::failed) {
        const qint64 id = item.id;
        const auto addButton = [&](const char *name, const QString &text, const QString &tip) {
            auto *button = new QPushButton(text, row);
            button->setObjectName(QString::fromLatin1(name));
            button->setToolTip(tip);
            layout->addWidget(button, 0, Qt::AlignTop);
            return button;
        };
        connect(addButton("retryOutboxItem", tr("Retry"), tr("Send this reply again now")), &QPushButton::clicked, this,
            [this, id] { emit retryRequested(id); });
        connect(addButton("editOutboxItem", tr("Edit"), tr("Take the text back into the editor to change it")),
            &QPushButton::clicked, this, [this, id] { emit editRequested(id); });
        connect(addButton("discardOutboxItem", tr("Discard…"), tr("Delete this reply without sending it")),
            &QPushButton::clicked, this, [this, id] { confirmDiscard(id); });
    }
    return row;
}

void OutboxStrip::confirmDiscard(qint64 outboxId)
{
    // Window-modal and asynchronous, so the event loop (and the tests) keep running.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard this reply?"),
        tr("The reply will be deleted without being sent. This cannot be undone."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDiscard"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, outboxId](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Discard)
            emit discardRequested(outboxId);
    });
    box->open();
}

void OutboxStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace hearth
