// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "channelicons.h"
#include "conversationthread.h"
#include "inboxalerts.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QSettings>
#include <QSystemTrayIcon>

namespace hearth {

namespace {
const QString enabledKey = QStringLiteral("notifications/enabled");
}

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    m_clock.setInterval(checkIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { check(QDateTime::currentMSecsSinceEpoch()); });
}

void Notifier::setSession(WorkspaceSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_warnedTargets.clear();
    m_newestSeen = 0;
    if (!m_session) {
        m_clock.stop();
        return;
    }
    m_newestSeen = InboxAlerts(m_session->workspace()).newestMessageId().value_or(0);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &Notifier::checkNewMessages);
    m_clock.start();
}

bool Notifier::isEnabled() const
{
    return QSettings().value(enabledKey, true).toBool();
}

void Notifier::setEnabled(bool enabled)
{
    QSettings().setValue(enabledKey, enabled);
    if (m_tray && !enabled)
        m_tray->hide();
}

void Notifier::check(qint64 nowMs)
{
    checkNewMessages();
    checkTargets(nowMs);
}

void Notifier::announceEscalation(qint64 conversationId, const QString &reason)
{
    ConversationThread thread;
    if (!m_session || !ConversationThread::load(m_session->workspace(), conversationId, &thread))
        return;
    show(tr("Conversation escalated"), tr("“%1”: %2").arg(thread.conversation.subject, reason), conversationId);
}

void Notifier::checkNewMessages()
{
    if (!m_session)
        return;
    const InboxAlerts alerts(m_session->workspace());
    const qint64 newest = alerts.newestMessageId().value_or(m_newestSeen);
    if (newest <= m_newestSeen)
        return;
    const QList<InboxAlert> news = alerts.newMessages(m_newestSeen, m_session->currentUser().id);
    m_newestSeen = newest;
    if (news.size() == 1)
        show(tr("New message from %1").arg(news.constFirst().authorName), news.constFirst().subject,
             news.constFirst().conversationId);
    else if (news.size() > 1)
        show(tr("New messages"), tr("%n conversation(s) in your views have new messages.", nullptr, int(news.size())),
             news.constFirst().conversationId);
}

void Notifier::checkTargets(qint64 nowMs)
{
    if (!m_session)
        return;
    QList<InboxAlert> due = InboxAlerts(m_session->workspace()).dueBefore(nowMs + warnBeforeDueMs,
                                                                           m_session->currentUser().id);
    due.erase(std::remove_if(due.begin(), due.end(),
                             [this](const InboxAlert &alert) { return m_warnedTargets.contains(alert.conversationId); }),
              due.end());
    if (due.isEmpty())
        return;
    for (const InboxAlert &alert : std::as_const(due))
        m_warnedTargets.insert(alert.conversationId);
    const InboxAlert &first = due.constFirst();
    if (due.size() == 1) {
        const QString text = first.at <= nowMs ? tr("“%1” from %2 has waited past the response target.")
                                               : tr("“%1” from %2 needs a first answer within %n minute(s).", nullptr,
                                                    int((first.at - nowMs + 59999) / 60000));
        show(tr("Response target"), text.arg(first.subject, first.authorName), first.conversationId);
    } else {
        show(tr("Response targets"),
             tr("%n conversation(s) need a first answer within the next minutes.", nullptr, int(due.size())),
             first.conversationId);
    }
}

void Notifier::show(const QString &title, const QString &text, qint64 conversationId)
{
    if (!isEnabled())
        return;
    m_lastShownConversation = conversationId;
    ensureTrayIcon();
    if (m_tray)
        m_tray->showMessage(title, text, ChannelIcons::application(), 10000);
    emit notified(title, text, conversationId);
}

// The tray icon appears with the first notification, where the desktop has a tray.
void Notifier::ensureTrayIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(ChannelIcons::application(), this);
    m_tray->setToolTip(tr("Hearth"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit conversationRequested(m_lastShownConversation); });
    m_tray->show();
}

} // namespace hearth
