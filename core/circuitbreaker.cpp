// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"

namespace hearth {

void CircuitBreaker::restore(int failures, qint64 lastFailureAt)
{
    m_failures = qMax(0, failures);
    m_lastFailureAt = lastFailureAt;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_lastFailureAt = 0;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    m_lastFailureAt = nowMs;
}

bool CircuitBreaker::isOpen(qint64 nowMs) const
{
    return m_failures >= threshold && nowMs < reopensAt();
}

} // namespace hearth
