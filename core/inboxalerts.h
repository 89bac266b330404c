// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// A conversation worth a desktop notification.
struct InboxAlert
{
    qint64 conversationId = 0;
    QString subject;
    QString authorName;
    qint64 at = 0; // the newest message, or the first-response target
};

// What a person should hear about without looking: new customer messages in their views
// (open and unassigned, or theirs), and first-response targets about to be missed. Both read
// an index range, never the whole inbox.
class InboxAlerts
{
public:
    static constexpr int maxAlerts = 20;

    explicit InboxAlerts(const Workspace &workspace);

    // The newest message id: new messages are those after it (ids grow with time).
    std::optional<qint64> newestMessageId() const;
    // Conversations open for the team (unassigned, or assigned to userId) with a customer
    // message newer than afterMessageId.
    QList<InboxAlert> newMessages(qint64 afterMessageId, qint64 userId) const;
    // Conversations of those views still waiting for a first answer whose target falls
    // before `until` (including targets already missed).
    QList<InboxAlert> dueBefore(qint64 until, qint64 userId) const;

private:
    const Workspace &m_workspace;
};

} // namespace hearth
