// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryafter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace hearth {

namespace {
// A server may not ask for more than a day; anything longer is treated as that day.
constexpr qint64 longestWaitMs = 24LL * 60 * 60 * 1000;
} // namespace

std::optional<qint64> RetryAfter::delayMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds * 1000, longestWaitMs));
    const std::optional<qint64> at = parseHttpDate(trimmed);
    if (!at)
        return std::nullopt;
    return std::clamp<qint64>(*at - nowMs, 0, longestWaitMs);
}

std::optional<qint64> RetryAfter::parseHttpDate(const QByteArray &value)
{
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return at.toMSecsSinceEpoch();
}

} // namespace hearth
