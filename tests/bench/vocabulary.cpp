// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <algorithm>

namespace hearth::bench {

Vocabulary::Vocabulary(const QString &code, const QString &words)
    : m_code(code)
    , m_words(words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts))
{
    // A word listed twice would get two ranks; the first (more frequent) one counts.
    m_words.removeDuplicates();
    double sum = 0;
    m_cumulative.reserve(size_t(m_words.size()));
    for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
        sum += 1.0 / double(rank + 1);
        m_cumulative.push_back(sum);
    }
}

const QString &Vocabulary::pick(QRandomGenerator &random) const
{
    const double target = random.generateDouble() * m_cumulative.back();
    const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return word(qsizetype(found - m_cumulative.begin()));
}

} // namespace hearth::bench
