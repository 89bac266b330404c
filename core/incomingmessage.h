// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth {

// One message as a connector or an import delivers it, before it is stored.
struct IncomingMessage
{
    QString remoteId;       // the platform's id, unique per account
    QString threadId;       // the platform's thread, if it has one
    QString parentId;       // the message this one answers
    QString authorRemoteId; // empty for messages the team sent
    QString authorName;
    QString authorHandle;
    QString subject;
    QString text;
    QString html;           // already sanitized, or empty
    QString lang;           // BCP 47 language code, may be empty
    QString url;
    bool outbound = false;
    bool isPrivate = false;
    qint64 createdAt = 0;   // ms since the epoch, UTC
};

} // namespace hearth
