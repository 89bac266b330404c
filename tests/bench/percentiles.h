// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <initializer_list>
#include <vector>

namespace hearth::bench {

// Latencies of one phase, summarized by percentiles. Nearest-rank percentiles: with a few
// hundred samples an interpolated p99 would claim a precision the data does not have.
class Percentiles
{
public:
    void add(qint64 nanoseconds);
    qsizetype count() const { return qsizetype(m_samples.size()); }

    // p in (0, 100]; 0 when there are no samples.
    double percentileMs(double p) const;
    double maxMs() const;
    double medianMs() const { return percentileMs(50); }

    // {"p50": ..., "p95": ..., "max": ...} in milliseconds, rounded to microseconds.
    QJsonObject toJson(std::initializer_list<int> percentiles, bool withMax) const;

    static double roundMs(double milliseconds);

private:
    void sort() const;

    mutable std::vector<qint64> m_samples;
    mutable bool m_sorted = true;
};

} // namespace hearth::bench
