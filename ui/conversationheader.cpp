// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationheader.h"

#include "channelicons.h"
#include "conversationactivity.h"
#include "conversationview.h"
#include "flowlayout.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace hearth {

namespace {
QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

ConversationHeader::ConversationHeader(QWidget *parent)
    : QWidget(parent)
    , m_subject(plainLabel(QStringLiteral("headerSubject"), this))
    , m_channelIcon(new QLabel(this))
    , m_account(plainLabel(QStringLiteral("headerAccount"), this))
    , m_status(plainLabel(QStringLiteral("headerStatus"), this))
    , m_assignee(plainLabel(QStringLiteral("headerAssignee"), this))
    , m_followUp(plainLabel(QStringLiteral("headerFollowUp"), this))
    , m_priority(plainLabel(QStringLiteral("headerPriority"), this))
    , m_facts(new QWidget(this))
    , m_factsLayout(new FlowLayout(m_facts, 12))
    , m_escalation(new QFrame(this))
    , m_escalationText(plainLabel(QStringLiteral("headerEscalationText"), m_escalation))
{
    setObjectName(QStringLiteral("conversationHeader"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_channelIcon->setObjectName(QStringLiteral("headerChannelIcon"));
    m_facts->setObjectName(QStringLiteral("headerFacts"));

    // A banner that cannot be missed: an escalated case is waiting on someone above.
    m_escalation->setObjectName(QStringLiteral("headerEscalation"));
    m_escalation->setFrameShape(QFrame::StyledPanel);
    m_escalation->setAutoFillBackground(true);
    QPalette banner = m_escalation->palette();
    banner.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    banner.setColor(QPalette::WindowText, QColor(0x7a, 0x10, 0x10));
    m_escalation->setPalette(banner);
    m_escalationText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_escalation);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_escalationText, 1);

    auto *where = new QWidget(m_facts);
    auto *whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    whereLayout->setSpacing(4);
    m_channelIcon->setParent(where);
    m_account->setParent(where);
    whereLayout->addWidget(m_channelIcon);
    whereLayout->addWidget(m_account);
    m_factsLayout->addWidget(where);
    for (QLabel *label : {m_status, m_assignee, m_priority, m_followUp}) {
        label->setParent(m_facts);
        m_factsLayout->addWidget(label);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_subject);
    layout->addWidget(m_facts);
    layout->addWidget(m_escalation);
    clear();
}

void ConversationHeader::showThread(const ConversationThread &thread)
{
    m_thread = thread;
    refresh();
}

void ConversationHeader::clear()
{
    m_thread.reset();
    refresh();
}

void ConversationHeader::refresh()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    if (!m_thread) {
        for (QLabel *label : {m_subject, m_account, m_status, m_assignee, m_followUp, m_priority})
            label->clear();
        m_channelIcon->clear();
        m_escalation->hide();
        return;
    }
    const ConversationThread &thread = *m_thread;
    const ConversationRow &row = thread.conversation;
    m_subject->setText(ConversationView::neutralized(row.subject.isEmpty() ? tr("(no subject)") : row.subject));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_channelIcon->setPixmap(ChannelIcons::icon(thread.channelKind).pixmap(iconSize, iconSize));
    m_channelIcon->setToolTip(ChannelIcons::kindName(thread.channelKind));
    m_account->setText(ConversationView::neutralized(thread.accountName));
    QString status = ConversationActivity::statusName(row.status);
    if (row.status == QLatin1String("snoozed") && thread.snoozedUntil)
        status = tr("Snoozed until %1").arg(localTime(*thread.snoozedUntil));
    m_status->setText(status);
    if (!thread.assigneeName.isEmpty())
        m_assignee->setText(tr("Assigned to %1").arg(ConversationView::neutralized(thread.assigneeName)));
    else if (thread.departmentId)
        m_assignee->setText(tr("With %1").arg(ConversationView::neutralized(thread.departmentName)));
    else
        m_assignee->setText(tr("Unassigned"));
    m_priority->setText(row.priority > 0 ? tr("Priority %1").arg(row.priority) : QString());
    m_priority->setVisible(row.priority > 0);
    m_followUp->setText(thread.followUpAt ? tr("Follow up %1").arg(localTime(*thread.followUpAt)) : QString());
    m_followUp->setVisible(thread.followUpAt.has_value());

    for (const QString &tag : thread.tags) {
        auto *chip = plainLabel(QStringLiteral("headerTag"), m_facts);
        chip->setText(ConversationView::neutralized(tag));
        // Only fixed style here; the tag's text never reaches the style sheet.
        chip->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                                           "padding: 0px 6px; background: palette(alternate-base); }"));
        m_factsLayout->addWidget(chip);
        m_chips << chip;
    }

    if (thread.escalatedAt) {
        const QString who = thread.escalatedByName.isEmpty() ? tr("Someone") : ConversationView::neutralized(thread.escalatedByName);
        QString text = tr("Escalated by %1 on %2.").arg(who, localTime(*thread.escalatedAt));
        if (!thread.escalationReason.isEmpty())
            text += QLatin1Char(' ') + tr("Why: %1").arg(ConversationView::neutralized(thread.escalationReason));
        m_escalationText->setText(text);
        m_escalation->show();
    } else {
        m_escalationText->clear();
        m_escalation->hide();
    }
}

QString ConversationHeader::subjectText() const
{
    return m_subject->text();
}

QString ConversationHeader::statusText() const
{
    return m_status->text();
}

QString ConversationHeader::assigneeText() const
{
    return m_assignee->text();
}

QStringList ConversationHeader::tagTexts() const
{
    QStringList tags;
    for (const QLabel *chip : m_chips)
        tags << chip->text();
    return tags;
}

bool ConversationHeader::isEscalationShown() const
{
    return !m_escalation->isHidden();
}

QString ConversationHeader::escalationText() const
{
    return m_escalationText->text();
}

void ConversationHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace hearth
