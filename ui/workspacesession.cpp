// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesession.h"

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
    emit workspaceChanged();
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
