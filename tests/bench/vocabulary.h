// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

namespace hearth::bench {

// The words of one language, most frequent first, drawn with Zipf weights (rank r weighs
// 1/(r+1)) as in natural text: the first few words are in nearly every message, the tail
// in few. That spread is what makes search cost differ between common and rare words.
class Vocabulary
{
public:
    Vocabulary() = default;
    Vocabulary(const QString &code, const QString &words);

    QString code() const { return m_code; }
    qsizetype size() const { return m_words.size(); }
    const QString &word(qsizetype rank) const { return m_words.at(qBound<qsizetype>(0, rank, size() - 1)); }
    const QString &pick(QRandomGenerator &random) const;

private:
    QString m_code;
    QStringList m_words;
    std::vector<double> m_cumulative; // running sum of the weights, for a binary search
};

} // namespace hearth::bench
