// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace hearth {

// How long an account waits after failures in a row: "full jitter" exponential backoff. The
// ceiling doubles with each failure from one second up to fifteen minutes, and the wait is
// drawn evenly below it, so many workstations that failed together do not retry together.
class SyncBackoff
{
public:
    static constexpr qint64 baseMs = 1000;
    static constexpr qint64 capMs = 15 * 60 * 1000;

    // Tests give a seeded generator; the program uses the system's.
    explicit SyncBackoff(QRandomGenerator *random = nullptr);

    // The longest wait after this many failures in a row (1 = the first failure).
    static qint64 ceilingMs(int failures);
    // A wait drawn from [0, ceilingMs(failures)].
    qint64 delayMs(int failures) const;

private:
    QRandomGenerator *m_random;
};

} // namespace hearth
