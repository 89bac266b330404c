// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hearth {

// Reads one e-mail (RFC 5322 + MIME, parsed by VMime) as an IncomingMessage: the sender and
// subject decoded (RFC 2047), the body converted from its charset to UTF-8 (text/plain
// preferred; HTML only through HtmlText, so no script or remote content survives), each
// attachment named in a line of the text, threading from Message-ID, In-Reply-To and
// References.
class EmailReader
{
    Q_DECLARE_TR_FUNCTIONS(EmailReader)

public:
    // `size` is the message's size on the server; `accountAddress` marks the account's own
    // mail as outbound. False, with why in `why` (not translated: it goes into the sync's
    // problems and log), when the message is not readable mail.
    static bool read(
        const QByteArray &raw, qint64 size, const QString &accountAddress, IncomingMessage *message, QString *why);
    // The remoteId read() gives the message with these headers, for finding it again.
    static QString remoteId(const QByteArray &headers, qint64 size);
    // Whether a remoteId is a real Message-ID ("<left@right>") that may go into In-Reply-To.
    static bool isMessageId(const QString &remoteId);
};

} // namespace hearth
