// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

struct ThreadMessage
{
    qint64 id = 0;
    QString remoteId;
    QString authorName;
    QString text;
    QString lang;
    QString url;
    bool outbound = false;
    bool isPrivate = false;
    qint64 createdAt = 0;
    QString moderation; // hidden, deleted, spam; empty: untouched
};

// One conversation with all its messages in order: what "listen to the whole thread" reads.
struct ConversationThread
{
    ConversationRow conversation;
    QString accountName;
    QString channelKind;
    QStringList tags;
    QList<ThreadMessage> messages;

    // Who has the case and what is pending on it, for the conversation's header.
    QString assigneeName;                 // empty when no person has it
    std::optional<qint64> departmentId;
    QString departmentName;
    std::optional<qint64> authorId;       // the person who started it; none when the team did
    std::optional<qint64> snoozedUntil;
    std::optional<qint64> followUpAt;
    std::optional<qint64> escalatedAt;    // set while the conversation is escalated
    QString escalatedByName;              // empty when nobody known escalated it
    QString escalationReason;

    // The language of the newest incoming message that has one: the author's language.
    QString language() const;

    // False when there is no such conversation or it cannot be read.
    static bool load(const Workspace &workspace, qint64 conversationId, ConversationThread *thread);
};

} // namespace hearth
