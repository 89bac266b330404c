// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hearth {

// Stops an account from trying again and again when it keeps failing: after `threshold`
// failures in a row the circuit opens and no request is made for `openMs`; then one trial
// is let through (half open). A success closes the circuit; a failed trial opens it again.
class CircuitBreaker
{
public:
    static constexpr int threshold = 8;
    static constexpr qint64 openMs = 60 * 60 * 1000;

    // Restores what the workspace remembers: failures in a row and the last one's time.
    void restore(int failures, qint64 lastFailureAt);

    void recordSuccess();
    void recordFailure(qint64 nowMs);

    int failures() const { return m_failures; }
    bool isOpen(qint64 nowMs) const;
    // When the next trial may go out, while open.
    qint64 reopensAt() const { return m_lastFailureAt + openMs; }

private:
    int m_failures = 0;
    qint64 m_lastFailureAt = 0;
};

} // namespace hearth
