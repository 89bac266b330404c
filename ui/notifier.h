// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;

namespace hearth {

struct InboxAlert;
class WorkspaceSession;

// Desktop notifications: new customer messages in the person's views, first-response
// targets about to be missed, and escalations. Shown through the system tray where there is
// one; announced by signal either way, so the window can show them in its status bar.
// Each conversation's missed target is announced once per session.
class Notifier : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 warnBeforeDueMs = 10 * 60 * 1000;
    static constexpr int checkIntervalMs = 60 * 1000;

    explicit Notifier(QObject *parent = nullptr);

    // Starts watching a workspace; what is there already is not news.
    void setSession(WorkspaceSession *session);
    // Remembered across runs; on by default.
    bool isEnabled() const;
    void setEnabled(bool enabled);

    // Looks for news now (the timer and outside changes call it too); tests pass the time.
    void check(qint64 nowMs);
    void announceEscalation(qint64 conversationId, const QString &reason);

signals:
    void notified(const QString &title, const QString &text, qint64 conversationId);
    void conversationRequested(qint64 conversationId);

private:
    void checkNewMessages();
    void checkTargets(qint64 nowMs);
    void show(const QString &title, const QString &text, qint64 conversationId);
    void ensureTrayIcon();

    QPointer<WorkspaceSession> m_session;
    qint64 m_newestSeen = 0;
    QSet<qint64> m_warnedTargets;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastShownConversation = 0;
    QTimer m_clock;
};

} // namespace hearth
