// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesearch.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hearth::bench {

class Vocabulary;

// One timed search: what a person typed and filtered by, and which kind of query it is
// (so a slow kind shows up by name in the report rather than hiding in the percentiles).
struct SearchCase
{
    QString kind;
    SearchRequest request;
};

// The searches people run, in even shares: a single common word (thousands of hits), a rare
// word (a handful), two words that must both occur, a prefix ("wor*"), a phrase, and the same
// with a language, channel kind or date filter. Words come from the corpus's own lists, so
// the hits are real; the seed fixes which words.
class SearchQueryMix
{
public:
    SearchQueryMix(quint32 seed, qint64 startMs, qint64 endMs);

    static QStringList kinds();
    QList<SearchCase> build(int count);

private:
    SearchCase make(const QString &kind);
    const Vocabulary &language();
    QString commonWord(const Vocabulary &vocabulary);
    QString middleWord(const Vocabulary &vocabulary);
    QString prefix(const Vocabulary &vocabulary);
    void setWindow(SearchRequest *request, qint64 days);

    QRandomGenerator m_random;
    qint64 m_startMs;
    qint64 m_endMs;
};

} // namespace hearth::bench
