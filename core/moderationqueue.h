// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

namespace hearth {

class Workspace;
struct SendResult;

// Moderation actions the platforms still have to be told of: Moderation records an action on a
// real account as 'pending', and the sync engine hands it to the account's connector. What the
// platform answered becomes the action's remote state ('done' or 'failed') together with a line
// in the conversation's activity, in one transaction. An action the platform never got (no
// network, a server error, a rate limit) stays pending and goes out later; one it refused, or
// whose answer never came, is failed and not tried again by itself: reporting a post twice is
// worse than asking the moderator.
class ModerationQueue
{
    Q_DECLARE_TR_FUNCTIONS(ModerationQueue)

public:
    explicit ModerationQueue(const Workspace &workspace);

    // The pending actions of an account, oldest first; those reverted meanwhile are left out.
    QList<qint64> pending(qint64 accountId);
    // Records the platform's answer; false (errorString) if it could not be recorded.
    bool record(qint64 actionId, const SendResult &result);

    QString errorString() const { return m_error; }

private:
    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
