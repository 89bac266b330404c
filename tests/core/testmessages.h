// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QDateTime>

// Messages for the core tests, at fixed times so the tests never depend on the clock.
namespace hearth::test {

constexpr qint64 baseTime = 1'790'000'000'000; // 2026-09-21

inline IncomingMessage message(const QString &remoteId, qint64 minutes, const QString &text,
                               const QString &thread = QString(), const QString &author = QStringLiteral("Zoë Martin"))
{
    IncomingMessage m;
    m.remoteId = remoteId;
    m.threadId = thread;
    m.authorRemoteId = author.isEmpty() ? QString() : author.toLower().remove(QLatin1Char(' ')) + QLatin1String("@mail.example");
    m.authorName = author;
    m.text = text;
    m.lang = QStringLiteral("en");
    m.createdAt = baseTime + minutes * 60 * 1000;
    return m;
}

inline IncomingMessage reply(const QString &remoteId, qint64 minutes, const QString &text, const QString &parent)
{
    IncomingMessage m = message(remoteId, minutes, text, QString(), QString());
    m.parentId = parent;
    m.outbound = true;
    m.authorName = QStringLiteral("Maja");
    return m;
}

} // namespace hearth::test
