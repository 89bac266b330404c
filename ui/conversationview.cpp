// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationview.h"

#include "conversationthread.h"
#include "inboxmodel.h"
#include "uilog.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
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
    const ConversationRow &row = thread.conversation;
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3%4</p>")
                       .arg(escaped(row.subject.isEmpty() ? row.authorName : row.subject), escaped(thread.accountName),
                            InboxModel::statusName(row.status).toHtmlEscaped(),
                            thread.tags.isEmpty() ? QString() : QLatin1String(" · ") + escaped(thread.tags.join(QLatin1String(", "))));
    for (const ThreadMessage &message : std::as_const(thread.messages)) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.createdAt), QLocale::ShortFormat);
        const QString kind = message.isPrivate ? tr("Private message") : tr("Public");
        const QString background = message.isPrivate ? QStringLiteral("#fff4d6") : message.outbound ? QStringLiteral("#e8f1ff")
                                                                                                   : QStringLiteral("#f4f4f4");
        QString link;
        if (const QUrl url(message.url); isOpenable(url)) {
            const QString target = url.toString(QUrl::FullyEncoded).toHtmlEscaped();
            link = QStringLiteral("<br><a href=\"%1\">%1</a>").arg(target);
        }
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%1\"><tr><td>"
                               "<b>%2</b> · %3 · <i>%4</i><br>%5%6</td></tr></table><p></p>")
                    .arg(background, escaped(message.authorName), when.toHtmlEscaped(), kind.toHtmlEscaped(),
                         escaped(message.text), link);
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
