// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// One line of a line diff: kept, added in the newer text or removed from the older one.
struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffLine &other) const { return kind == other.kind && text == other.text; }
};

// Readable differences between two texts (Qt has no diff): a line diff from the longest
// common subsequence, and how far a sent reply strayed from its template, in words.
class TemplateDiff
{
public:
    static QList<DiffLine> lines(const QString &older, const QString &newer);
    // "  kept", "- removed", "+ added", one per line.
    static QString readable(const QString &older, const QString &newer);
    // Word edits (insertions, deletions, substitutions) turning one text into the other.
    static int wordDistance(const QString &from, const QString &to);
    // wordDistance as a share of the longer text's words: 0 the same words, 1 nothing alike.
    static double wordDifference(const QString &from, const QString &to);
    static QStringList words(const QString &text);
};

} // namespace hearth
