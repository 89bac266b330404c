// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationview.h"

#include "conversationthread.h"
#include "moderation.h"
#include "uilog.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QHash>
#include <QLocale>

namespace hearth {

namespace {
QString escaped(const QString &untrusted)
{
    return ConversationView::neutralized(untrusted).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"));
}
} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("conversationView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &ConversationView::openLink);
    retranslateUi();
}

void ConversationView::retranslateUi()
{
    setPlaceholderText(tr("Select a conversation to read the whole thread."));
}

QString ConversationView::neutralized(const QString &untrusted)
{
    QString text = untrusted;
    for (QChar &c : text) {
        const ushort code = c.unicode();
        if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069))
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

void ConversationView::clearConversation()
{
    m_workspace = nullptr;
    m_conversationId = 0;
    clear();
}

void ConversationView::showConversation(const Workspace &workspace, qint64 conversationId)
{
    m_workspace = &workspace;
    m_conversationId = conversationId;
    ConversationThread thread;
    if (!ConversationThread::load(workspace, conversationId, &thread)) {
        setPlainText(tr("This conversation could not be read."));
        return;
    }
    showThread(workspace, thread);
}

void ConversationView::showThread(const Workspace &workspace, const ConversationThread &thread)
{
    m_workspace = &workspace;
    m_conversationId = thread.conversation.id;
    // Moderation that stands, per message, as its moderator's words for the reader.
    QHash<qint64, QStringList> moderated;
    const Moderation moderation(workspace, 0);
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const ModerationRecord &record : moderation.actions(thread.conversation.id)) {
        if (!record.revertedAt)
            moderated[record.messageId] << moderation.summary(record, language);
    }
    // Only fixed markup and escaped text: the colours and labels are ours, never the message's.
    QString html;
    for (const ThreadMessage &message : std::as_const(thread.messages)) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.createdAt), QLocale::ShortFormat);
        const QString kind = message.isPrivate ? tr("Private message") : tr("Public comment");
        const QString stripe = message.isPrivate ? QStringLiteral("#d98a00") : QStringLiteral("#2f7be5");
        const QString kindColour = message.isPrivate ? QStringLiteral("#8a5700") : QStringLiteral("#1f5bb0");
        const QString background = message.outbound ? QStringLiteral("#e4eefc") : QStringLiteral("#f2f2f2");
        const QString side = message.outbound ? tr("Team reply") : tr("Customer");
        QStringList facts{when.toHtmlEscaped()};
        if (!message.lang.isEmpty())
            facts << tr("Language: %1").arg(neutralized(message.lang)).toHtmlEscaped();
        QString link;
        if (const QUrl url(message.url); isOpenable(url)) {
            const QString target = url.toString(QUrl::FullyEncoded).toHtmlEscaped();
            link = QStringLiteral("<br><a href=\"%1\">%1</a>").arg(target);
        }
        const QString author = message.authorName.isEmpty() ? tr("(no name)").toHtmlEscaped() : escaped(message.authorName);
        QString state;
        for (const QString &line : moderated.value(message.id))
            state += QStringLiteral("<span style=\"color:#a12b2b\"><i>%1</i></span><br>").arg(escaped(line));
        // A deleted, hidden or spam message stays readable for the team, greyed.
        const QString textColour = message.moderation.isEmpty() ? QStringLiteral("#1d1d1d") : QStringLiteral("#8a8a8a");
        const QString body =
            state + QStringLiteral("<span style=\"color:%1\">").arg(textColour) + escaped(message.text) + link + QStringLiteral("</span>");
        html += QStringLiteral("<table width=\"86%\" align=\"%1\" cellspacing=\"0\" cellpadding=\"6\" bgcolor=\"%2\">"
                               "<tr><td width=\"4\" bgcolor=\"%3\"></td><td style=\"color:#1d1d1d\">"
                               "<b>%4</b> · <span style=\"color:%5\"><b>%6</b></span> · %7<br>"
                               "<small>%8</small><br>%9</td></tr></table><p></p>")
                    .arg(message.outbound ? QStringLiteral("right") : QStringLiteral("left"), background, stripe, author,
                         kindColour, kind.toHtmlEscaped(), side.toHtmlEscaped(),
                         facts.join(QStringLiteral(" · ")), body);
    }
    setHtml(html);
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    ++m_refusedResources;
    qCWarning(lcUi) << "Refused to load a resource while showing a conversation:" << name.toString();
    return QVariant();
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_workspace && m_conversationId)
            showConversation(*m_workspace, m_conversationId);
    }
    QTextBrowser::changeEvent(event);
}

void ConversationView::openLink(const QUrl &url)
{
    if (isOpenable(url))
        QDesktopServices::openUrl(url);
}

} // namespace hearth
