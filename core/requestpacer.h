// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace hearth {

// Keeps an account's requests below its platform's published limit ("300 requests in 5
// minutes"): a sliding window that allows a share of the limit, and a hold when the server
// says to wait (Retry-After, or a rate-limit window that is used up).
class RequestPacer
{
public:
    // Pacing leaves this share of the limit unused, for the user's own clients.
    static constexpr double share = 0.9;

    RequestPacer(int limit, qint64 windowMs);

    // Milliseconds to wait before the next request may start; 0: now.
    qint64 waitMs(qint64 nowMs) const;
    void recordRequest(qint64 nowMs);
    // No request before untilMs (a server's Retry-After or rate-limit reset).
    void holdUntil(qint64 untilMs);

private:
    void forgetBefore(qint64 nowMs);

    int m_budget;
    qint64 m_windowMs;
    qint64 m_heldUntil = 0;
    QList<qint64> m_recent; // start times within the window, oldest first
};

} // namespace hearth
