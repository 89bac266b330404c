// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace hearth {

// Reads an HTTP Retry-After value (RFC 9110 10.2.3): a number of seconds or an HTTP date.
class RetryAfter
{
public:
    // How many milliseconds from nowMs the server asks to wait; nullopt for a value that is
    // neither (a server's nonsense is ignored, and the backoff decides). A date in the past
    // means no wait.
    static std::optional<qint64> delayMs(const QByteArray &value, qint64 nowMs);
    // An HTTP date (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") in ms since the epoch.
    static std::optional<qint64> parseHttpDate(const QByteArray &value);
};

} // namespace hearth
