// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QList>
#include <QStringList>

namespace hearth::bench {

// The raw material of the corpus: a few hundred everyday and support words in each of
// Hearth's languages (with their diacritics, which the search folds), made-up rare words
// that occur in few messages, and the names people post under. Fixed, so a seed always
// means the same corpus.
class WordLists
{
public:
    static const WordLists &instance();

    const QList<Vocabulary> &languages() const { return m_languages; } // en, de, fr, da, pl
    const QStringList &rareWords() const { return m_rareWords; }
    const QStringList &firstNames() const { return m_firstNames; }
    const QStringList &lastNames() const { return m_lastNames; }
    const QStringList &teamNames() const { return m_teamNames; }

private:
    WordLists();

    QList<Vocabulary> m_languages;
    QStringList m_rareWords;
    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_teamNames;
};

} // namespace hearth::bench
