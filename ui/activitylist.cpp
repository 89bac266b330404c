// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylist.h"

#include "conversationview.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hearth {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}
} // namespace

ActivityList::ActivityList(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_entriesLayout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("activityList"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_empty->setObjectName(QStringLiteral("noActivity"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(6);
    m_entriesLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    refresh();
}

void ActivityList::showActivityOf(const Workspace &workspace, qint64 conversationId)
{
    m_workspace = &workspace;
    m_conversationId = conversationId;
    m_error.clear();
    m_entries.clear();
    ConversationActivity::load(workspace, conversationId, &m_entries, &m_error);
    refresh();
}

void ActivityList::clear()
{
    m_workspace = nullptr;
    m_conversationId = 0;
    m_entries.clear();
    m_error.clear();
    refresh();
}

QWidget *ActivityList::entryWidget(const ActivityEntry &entry)
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.at), QLocale::ShortFormat);
    auto *frame = new QFrame(m_content);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    if (entry.kind == ActivityEntry::Kind::Note) {
        // Tinted and labelled: an internal note must never be taken for a reply.
        frame->setObjectName(QStringLiteral("activityNote"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        QPalette tint = frame->palette();
        tint.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xc2));
        tint.setColor(QPalette::WindowText, QColor(0x3d, 0x32, 0x00));
        frame->setPalette(tint);
        auto *label = plainLabel(tr("Internal note · %1 · %2").arg(ConversationView::neutralized(entry.userName), when), frame);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
        auto *body = plainLabel(ConversationView::neutralized(entry.noteText), frame);
        body->setObjectName(QStringLiteral("activityNoteText"));
        layout->addWidget(body);
    } else {
        frame->setObjectName(QStringLiteral("activityEvent"));
        auto *sentence = plainLabel(ConversationView::neutralized(entry.sentence), frame);
        sentence->setObjectName(QStringLiteral("activitySentence"));
        layout->addWidget(sentence);
        auto *time = plainLabel(when, frame);
        time->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(time);
    }
    return frame;
}

void ActivityList::refresh()
{
    m_title->setText(tr("Notes and history"));
    while (m_entriesLayout->count() > 1) {
        QLayoutItem *item = m_entriesLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (!m_error.isEmpty())
        m_empty->setText(m_error);
    else if (m_entries.isEmpty())
        m_empty->setText(m_conversationId ? tr("No notes or changes yet.") : QString());
    m_empty->setVisible(!m_error.isEmpty() || m_entries.isEmpty());
    for (const ActivityEntry &entry : std::as_const(m_entries))
        m_entriesLayout->insertWidget(m_entriesLayout->count() - 1, entryWidget(entry));
}

QStringList ActivityList::shownTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_entriesLayout->count(); ++i) {
        QWidget *widget = m_entriesLayout->itemAt(i)->widget();
        if (!widget)
            continue;
        QStringList parts;
        const QList<QLabel *> labels = widget->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            parts << label->text();
        texts << parts.join(QLatin1Char('\n'));
    }
    return texts;
}

void ActivityList::changeEvent(QEvent *event)
{
    // The sentences are translated when read: read them again in the new language.
    if (event->type() == QEvent::LanguageChange) {
        if (m_workspace && m_conversationId)
            showActivityOf(*m_workspace, m_conversationId);
        else
            refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace hearth
