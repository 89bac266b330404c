// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquerymix.h"

#include "benchcorpus.h"
#include "vocabulary.h"
#include "wordlists.h"

#include <algorithm>

namespace hearth::bench {

namespace {
constexpr qint64 dayMs = 24LL * 3600 * 1000;
// Rank bands of the Zipf-ordered word lists: the top words are in most messages of their
// language, the middle band in a few percent.
constexpr int commonRanks = 40;
constexpr int middleFirst = 20;
constexpr int middleRanks = 130;
} // namespace

SearchQueryMix::SearchQueryMix(quint32 seed, qint64 startMs, qint64 endMs)
    : m_random(seed ^ 0x5ea4c4u) // its own stream: changing the query count leaves the corpus alone
    , m_startMs(startMs)
    , m_endMs(endMs)
{
}

QStringList SearchQueryMix::kinds()
{
    return {QStringLiteral("common"), QStringLiteral("rare"), QStringLiteral("and2"), QStringLiteral("prefix"),
        QStringLiteral("phrase"), QStringLiteral("common+lang"), QStringLiteral("and2+kind"),
        QStringLiteral("common+dates"), QStringLiteral("prefix+lang"), QStringLiteral("phrase+dates")};
}

QList<SearchCase> SearchQueryMix::build(int count)
{
    const QStringList all = kinds();
    QList<SearchCase> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i)
        cases << make(all.at(i % all.size()));
    // Interleaved rather than grouped, so no kind profits from the one before warming the cache.
    std::shuffle(cases.begin(), cases.end(), m_random);
    return cases;
}

SearchCase SearchQueryMix::make(const QString &kind)
{
    SearchCase search {kind, SearchRequest()};
    SearchRequest &request = search.request;
    request.limit = 50;
    const Vocabulary &vocabulary = language();
    if (kind.startsWith(QLatin1String("common"))) {
        request.text = commonWord(vocabulary);
    } else if (kind == QLatin1String("rare")) {
        const QStringList &rare = WordLists::instance().rareWords();
        request.text = rare.at(m_random.bounded(int(rare.size())));
    } else if (kind.startsWith(QLatin1String("and2"))) {
        const QString first = middleWord(vocabulary);
        QString second = middleWord(vocabulary);
        while (second == first)
            second = middleWord(vocabulary);
        request.text = first + QLatin1Char(' ') + second;
    } else if (kind.startsWith(QLatin1String("prefix"))) {
        request.text = prefix(vocabulary);
    } else if (kind.startsWith(QLatin1String("phrase"))) {
        // Two frequent words side by side: frequent enough to occur as a pair.
        request.text =
            QLatin1Char('"') + commonWord(vocabulary) + QLatin1Char(' ') + commonWord(vocabulary) + QLatin1Char('"');
    }
    if (kind.endsWith(QLatin1String("+lang")))
        request.language = vocabulary.code();
    if (kind.endsWith(QLatin1String("+kind"))) {
        const QStringList channelKinds = BenchCorpus::channelKinds();
        request.channelKind = channelKinds.at(m_random.bounded(int(channelKinds.size())));
    }
    if (kind == QLatin1String("common+dates"))
        setWindow(&request, 30);
    if (kind == QLatin1String("phrase+dates"))
        setWindow(&request, 90);
    return search;
}

const Vocabulary &SearchQueryMix::language()
{
    const QList<Vocabulary> &languages = WordLists::instance().languages();
    return languages.at(m_random.bounded(int(languages.size())));
}

QString SearchQueryMix::commonWord(const Vocabulary &vocabulary)
{
    return vocabulary.word(m_random.bounded(commonRanks));
}

QString SearchQueryMix::middleWord(const Vocabulary &vocabulary)
{
    return vocabulary.word(middleFirst + m_random.bounded(middleRanks));
}

QString SearchQueryMix::prefix(const Vocabulary &vocabulary)
{
    // The first three letters of a word of at least four, as someone still typing would.
    QString word = middleWord(vocabulary);
    while (word.size() < 4)
        word = middleWord(vocabulary);
    return word.left(3) + QLatin1Char('*');
}

void SearchQueryMix::setWindow(SearchRequest *request, qint64 days)
{
    const qint64 length = days * dayMs;
    const qint64 room = std::max<qint64>(1, (m_endMs - m_startMs - length) / dayMs);
    const qint64 since = m_startMs + qint64(m_random.bounded(int(room))) * dayMs;
    request->since = since;
    request->until = since + length - 1;
}

} // namespace hearth::bench
