// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpacer.h"

#include <algorithm>

namespace hearth {

RequestPacer::RequestPacer(int limit, qint64 windowMs)
    : m_budget(std::max(1, int(limit * share)))
    , m_windowMs(windowMs)
{
}

qint64 RequestPacer::waitMs(qint64 nowMs) const
{
    qint64 wait = std::max<qint64>(0, m_heldUntil - nowMs);
    const qsizetype inWindow = std::count_if(m_recent.cbegin(), m_recent.cend(),
        [&](qint64 at) { return at > nowMs - m_windowMs; });
    if (inWindow >= m_budget) {
        // The oldest request in the window that must leave it before another may start.
        const qint64 oldest = m_recent.at(m_recent.size() - m_budget);
        wait = std::max(wait, oldest + m_windowMs - nowMs);
    }
    return wait;
}

void RequestPacer::recordRequest(qint64 nowMs)
{
    forgetBefore(nowMs);
    m_recent.append(nowMs);
}

void RequestPacer::holdUntil(qint64 untilMs)
{
    m_heldUntil = std::max(m_heldUntil, untilMs);
}

void RequestPacer::forgetBefore(qint64 nowMs)
{
    while (!m_recent.isEmpty() && m_recent.constFirst() <= nowMs - m_windowMs)
        m_recent.removeFirst();
}

} // namespace hearth
