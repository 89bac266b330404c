// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userdirectory.h"

#include <QObject>
#include <QTimer>

namespace hearth {

class Workspace;

// The open workspace as the windows share it: who is working in it, and word of every
// change, so each view shows the same state without knowing the others. Changes made here
// are announced by whoever made them; changes by other connections (sync, hearth-cli) are
// noticed by polling SQLite's data version, which costs one pragma per interval; new messages
// among them first meet the live auto-moderation rules (AutoModeration::processNew).
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollIntervalMs = 2000;

    WorkspaceSession(Workspace &workspace, const User &currentUser, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    const User &currentUser() const { return m_currentUser; }
    void setCurrentUser(const User &user);

    // Called after a write to one conversation: its views refresh.
    void announceConversationChanged(qint64 conversationId);
    // Looks for changes by other connections now rather than at the next poll.
    void checkForOutsideChanges();

signals:
    void conversationChanged(qint64 conversationId);
    // Anything may have changed (sync stored messages, another program wrote): lists and
    // counts refresh, keeping what is selected.
    void workspaceChanged();
    void currentUserChanged();

private:
    qint64 dataVersion() const;
    void moderateNewMessages();

    Workspace &m_workspace;
    User m_currentUser;
    qint64 m_dataVersion;
    QTimer m_poll;
};

} // namespace hearth
