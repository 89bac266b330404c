// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxquery.h"

#include <QList>
#include <QString>

namespace hearth {

class Workspace;

// The person who started a conversation, as the author card shows them: who they are on
// which account, since when they write, and their earlier conversations, so an agent sees
// "this is her third complaint" before answering. An author belongs to one account, so
// their conversations are all on that account.
struct AuthorProfile
{
    static constexpr int defaultLimit = 20;

    qint64 authorId = 0; // 0: the conversation has no author (the team started it)
    QString name;
    QString handle;
    qint64 accountId = 0;
    QString accountName;
    QString channelKind;
    qint64 firstSeen = 0;      // when their first conversation began
    int conversationCount = 0; // all of theirs, this one included
    // Their other conversations, newest first, at most the limit.
    QList<ConversationRow> earlierConversations;

    bool hasAuthor() const { return authorId != 0; }

    // False when the conversation cannot be read; a conversation without an author loads
    // as a profile without one.
    static bool load(const Workspace &workspace, qint64 conversationId, AuthorProfile *profile,
                     int limit = defaultLimit);
};

} // namespace hearth
