// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorcard.h"

#include "channelicons.h"
#include "conversationactivity.h"
#include "conversationview.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace hearth {

AuthorCard::AuthorCard(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_earlierTitle(new QLabel(this))
    , m_earlier(new QListWidget(this))
{
    setObjectName(QStringLiteral("authorCard"));
    m_name->setObjectName(QStringLiteral("authorName"));
    m_details->setObjectName(QStringLiteral("authorDetails"));
    m_earlier->setObjectName(QStringLiteral("earlierConversations"));
    for (QLabel *label : {m_title, m_name, m_details, m_earlierTitle}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_earlierTitle->setFont(bold);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_earlier->setWordWrap(true);
    m_earlier->setTextElideMode(Qt::ElideRight);
    m_earlier->setUniformItemSizes(false);
    // A click is enough: the list is a set of links to other conversations.
    connect(m_earlier, &QListWidget::itemClicked, this, &AuthorCard::activate);
    connect(m_earlier, &QListWidget::itemActivated, this, &AuthorCard::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_earlierTitle);
    layout->addWidget(m_earlier, 1);
    // Keeps the labels together at the top while there is no list below them.
    layout->addStretch(0);
    refresh();
}

void AuthorCard::showAuthorOf(const Workspace &workspace, qint64 conversationId)
{
    m_loaded = AuthorProfile::load(workspace, conversationId, &m_profile);
    if (!m_loaded)
        m_profile = AuthorProfile();
    refresh();
}

void AuthorCard::clear()
{
    m_loaded = false;
    m_profile = AuthorProfile();
    refresh();
}

void AuthorCard::activate(QListWidgetItem *item)
{
    if (item)
        emit conversationRequested(item->data(conversationIdRole).toLongLong());
}

void AuthorCard::refresh()
{
    m_title->setText(tr("Author"));
    m_earlier->clear();
    const bool known = m_loaded && m_profile.hasAuthor();
    m_earlierTitle->setVisible(known);
    m_earlier->setVisible(known);
    m_details->setVisible(known);
    showStretch(true);
    if (!m_loaded) {
        m_name->clear();
        m_details->clear();
        return;
    }
    if (!m_profile.hasAuthor()) {
        m_name->setText(tr("The team started this conversation; there is no author to show."));
        m_name->setFont(font());
        return;
    }
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_name->setFont(larger);
    m_name->setText(ConversationView::neutralized(m_profile.name));
    const QLocale locale;
    QStringList lines;
    if (!m_profile.handle.isEmpty())
        lines << ConversationView::neutralized(m_profile.handle);
    lines << tr("%1 on %2").arg(ConversationView::neutralized(m_profile.accountName),
                                ChannelIcons::kindName(m_profile.channelKind));
    lines << tr("First seen %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_profile.firstSeen).date(),
                                                     QLocale::ShortFormat));
    lines << tr("%n conversation(s)", nullptr, m_profile.conversationCount);
    m_details->setText(lines.join(QLatin1Char('\n')));

    m_earlierTitle->setText(m_profile.earlierConversations.isEmpty() ? tr("No earlier conversations")
                                                                     : tr("Earlier conversations"));
    m_earlier->setVisible(!m_profile.earlierConversations.isEmpty());
    showStretch(m_profile.earlierConversations.isEmpty());
    for (const ConversationRow &row : std::as_const(m_profile.earlierConversations)) {
        const QString title = ConversationView::neutralized(row.subject.isEmpty() ? row.snippet : row.subject)
                                  .simplified();
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(row.lastMessageAt).date(), QLocale::ShortFormat);
        // Item text is drawn as plain text by the list's delegate. No tool tip: Qt guesses
        // whether a tool tip is rich text, and this text is a stranger's.
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(title, ConversationActivity::statusName(row.status), when));
        item->setData(conversationIdRole, row.id);
        m_earlier->addItem(item);
    }
}

void AuthorCard::showStretch(bool show)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->setStretch(box->count() - 1, show ? 1 : 0);
}

void AuthorCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace hearth
