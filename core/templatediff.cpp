// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatediff.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace hearth {

QList<DiffLine> TemplateDiff::lines(const QString &older, const QString &newer)
{
    const QStringList a = older.isEmpty() ? QStringList() : older.split(QLatin1Char('\n'));
    const QStringList b = newer.isEmpty() ? QStringList() : newer.split(QLatin1Char('\n'));
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]. Templates are short,
    // so the quadratic table is small.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    QList<DiffLine> result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            result << DiffLine {DiffLine::Kind::Same, a.at(i)};
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            result << DiffLine {DiffLine::Kind::Removed, a.at(i++)};
        } else {
            result << DiffLine {DiffLine::Kind::Added, b.at(j++)};
        }
    }
    while (i < n)
        result << DiffLine {DiffLine::Kind::Removed, a.at(i++)};
    while (j < m)
        result << DiffLine {DiffLine::Kind::Added, b.at(j++)};
    return result;
}

QString TemplateDiff::readable(const QString &older, const QString &newer)
{
    QString text;
    for (const DiffLine &line : lines(older, newer)) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            text += QLatin1String("  ");
            break;
        case DiffLine::Kind::Added:
            text += QLatin1String("+ ");
            break;
        case DiffLine::Kind::Removed:
            text += QLatin1String("- ");
            break;
        }
        text += line.text + QLatin1Char('\n');
    }
    return text;
}

QStringList TemplateDiff::words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

int TemplateDiff::wordDistance(const QString &from, const QString &to)
{
    const QStringList a = words(from);
    const QStringList b = words(to);
    // Levenshtein over words, one row at a time.
    std::vector<int> previous(size_t(b.size() + 1));
    std::vector<int> current(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

double TemplateDiff::wordDifference(const QString &from, const QString &to)
{
    const qsizetype longest = std::max(words(from).size(), words(to).size());
    return longest == 0 ? 0.0 : double(wordDistance(from, to)) / double(longest);
}

} // namespace hearth
