// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentiles.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace hearth::bench {

void Percentiles::add(qint64 nanoseconds)
{
    m_samples.push_back(nanoseconds);
    m_sorted = false;
}

double Percentiles::percentileMs(double p) const
{
    if (m_samples.empty())
        return 0;
    sort();
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
    const auto index = std::clamp<qsizetype>(rank - 1, 0, qsizetype(m_samples.size()) - 1);
    return double(m_samples[size_t(index)]) / 1e6;
}

double Percentiles::maxMs() const
{
    if (m_samples.empty())
        return 0;
    sort();
    return double(m_samples.back()) / 1e6;
}

QJsonObject Percentiles::toJson(std::initializer_list<int> percentiles, bool withMax) const
{
    QJsonObject object;
    for (const int p : percentiles)
        object.insert(QLatin1Char('p') + QString::number(p), roundMs(percentileMs(p)));
    if (withMax)
        object.insert(QStringLiteral("max"), roundMs(maxMs()));
    return object;
}

double Percentiles::roundMs(double milliseconds)
{
    return std::round(milliseconds * 1000.0) / 1000.0;
}

void Percentiles::sort() const
{
    if (m_sorted)
        return;
    std::sort(m_samples.begin(), m_samples.end());
    m_sorted = true;
}

} // namespace hearth::bench
