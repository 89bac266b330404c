// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hearth {

SyncBackoff::SyncBackoff(QRandomGenerator *random)
    : m_random(random ? random : QRandomGenerator::global())
{
}

qint64 SyncBackoff::ceilingMs(int failures)
{
    if (failures <= 0)
        return 0;
    // 2^10 s already exceeds the cap; stop doubling before the shift could overflow.
    const int doublings = std::min(failures - 1, 10);
    return std::min(capMs, baseMs << doublings);
}

qint64 SyncBackoff::delayMs(int failures) const
{
    const qint64 ceiling = ceilingMs(failures);
    if (ceiling == 0)
        return 0;
    // The cap fits 32 bits, which Qt 5's generator needs.
    return qint64(m_random->bounded(quint32(ceiling) + 1));
}

} // namespace hearth
