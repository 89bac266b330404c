// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesession.h"

#include "automoderation.h"
#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>

namespace hearth {

WorkspaceSession::WorkspaceSession(Workspace &workspace, const User &currentUser, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_currentUser(currentUser)
    , m_dataVersion(dataVersion())
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &WorkspaceSession::checkForOutsideChanges);
    m_poll.start();
    // Messages that arrived while Hearth was closed meet the live rules now.
    moderateNewMessages();
}

void WorkspaceSession::setCurrentUser(const User &user)
{
    m_currentUser = user;
    emit currentUserChanged();
}

void WorkspaceSession::announceConversationChanged(qint64 conversationId)
{
    emit conversationChanged(conversationId);
}

void WorkspaceSession::checkForOutsideChanges()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    moderateNewMessages();
    emit workspaceChanged();
}

// New messages from sync or hearth-cli meet the live auto-moderation rules before the lists
// show them. Decisions are this connection's writes: they do not change the data version.
void WorkspaceSession::moderateNewMessages()
{
    AutoModeration automod(m_workspace, 0);
    const QList<AutoModerationDecision> decided = automod.processNew();
    for (const AutoModerationDecision &decision : decided)
        emit conversationChanged(decision.conversationId);
    // A big import is worked through in steps, between which the window stays responsive.
    if (!automod.caughtUp())
        QTimer::singleShot(0, this, &WorkspaceSession::moderateNewMessages);
}

// SQLite's data version changes when another connection commits, never for this one's own
// writes.
qint64 WorkspaceSession::dataVersion() const
{
    QSqlQuery query(m_workspace.database());
    if (!sql::exec(query, QStringLiteral("PRAGMA data_version")) || !query.next())
        return m_dataVersion;
    return query.value(0).toLongLong();
}

} // namespace hearth
