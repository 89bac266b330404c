// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcorpus.h"

#include "vocabulary.h"
#include "wordlists.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace hearth::bench {

namespace {
constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr int backfillPercent = 5;
constexpr int outboundReplyPercent = 35;
constexpr int sameAuthorReplyPercent = 60;
constexpr int rareWordPercent = 4;
constexpr int commaPercent = 8;

// Share of conversations per language, in WordLists::languages() order: en de fr da pl.
constexpr std::array<int, 5> languageWeights {35, 20, 15, 12, 18};

QString capitalized(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}
} // namespace

BenchCorpus::BenchCorpus(qint64 messageCount, quint32 seed, qint64 endMs)
    : m_random(seed)
    , m_total(messageCount)
    , m_startMs(endMs - spanMs)
    , m_endMs(endMs)
    , m_clockMs(double(endMs - spanMs))
    , m_stepMs(double(spanMs) / double(std::max<qint64>(1, messageCount)))
{
}

const QList<BenchAccount> &BenchCorpus::accounts()
{
    static const QList<BenchAccount> list {
        {QStringLiteral("email"), QStringLiteral("Support mail"), QStringLiteral("support@hearth.example"), 25, true},
        {QStringLiteral("email"), QStringLiteral("Press mail"), QStringLiteral("press@hearth.example"), 8, true},
        {QStringLiteral("feed"), QStringLiteral("Blog comments"), QStringLiteral("https://blog.hearth.example/feed"),
            12, false},
        {QStringLiteral("mastodon"), QStringLiteral("Mastodon @hearth"), QStringLiteral("@hearth@social.example"), 25,
            false},
        {QStringLiteral("telegram"), QStringLiteral("Telegram community"), QStringLiteral("@hearth_community"), 20,
            false},
        {QStringLiteral("telegram"), QStringLiteral("Telegram support"), QStringLiteral("@hearth_support_bot"), 10,
            true},
    };
    return list;
}

QStringList BenchCorpus::channelKinds()
{
    QStringList kinds;
    for (const BenchAccount &account : accounts())
        kinds << account.kind;
    kinds.removeDuplicates();
    return kinds;
}

bool BenchCorpus::next(CorpusBatch *batch)
{
    for (;;) {
        for (int account = 0; account < accountCount; ++account) {
            if (m_pending[size_t(account)].size() >= batchSize) {
                takeBatch(account, batch);
                return true;
            }
        }
        if (m_generated < m_total) {
            generateConversation();
            continue;
        }
        // The end of the stream: what is left of each account, in account order.
        for (int account = 0; account < accountCount; ++account) {
            if (!m_pending[size_t(account)].isEmpty()) {
                takeBatch(account, batch);
                return true;
            }
        }
        return false;
    }
}

void BenchCorpus::takeBatch(int account, CorpusBatch *batch)
{
    QList<IncomingMessage> &pending = m_pending[size_t(account)];
    const qsizetype count = std::min<qsizetype>(batchSize, pending.size());
    batch->account = account;
    batch->messages = pending.mid(0, count);
    pending = pending.mid(count);
    // A sync cursor names the newest item of the round, as a platform's "since id" would.
    batch->cursor = batch->messages.constLast().remoteId;
}

void BenchCorpus::generateConversation()
{
    const int account = pickAccount();
    const QString &kind = accounts().at(account).kind;
    const bool isPrivate = accounts().at(account).isPrivate;
    const Vocabulary &language = pickLanguage();
    const int length = int(std::min<qint64>(1 + m_random.bounded(6), m_total - m_generated));
    const qint64 conversation = m_conversations++;

    double time = m_clockMs + m_random.generateDouble() * m_stepMs;
    m_clockMs += double(length) * m_stepMs;
    if (m_random.bounded(100) < backfillPercent) {
        // History that arrives late (an import, a reconnected account): up to half a year back.
        time -= double(dayMs + qint64(m_random.bounded(180)) * dayMs);
        time = std::max(time, double(m_startMs));
    }

    const int starter = pickAuthor();
    QString subject;
    if (kind == QLatin1String("email")) {
        subject = capitalized(words(language, 3 + m_random.bounded(5), false));
        subject.chop(1); // no full stop in a subject line
    }
    QString threadId;
    QString previous;
    for (int i = 0; i < length; ++i) {
        const qint64 number = m_generated++;
        IncomingMessage message;
        if (kind == QLatin1String("email"))
            message.remoteId = QStringLiteral("<m%1@mail.example>").arg(number);
        else if (kind == QLatin1String("mastodon"))
            message.remoteId = QString::number(109000000000000000LL + number);
        else if (kind == QLatin1String("telegram"))
            message.remoteId = QStringLiteral("msg/%1").arg(number);
        else
            message.remoteId = QStringLiteral("comment-%1").arg(number);
        if (i == 0) {
            // Feed comments hang under a post; everywhere else the first message names the thread.
            threadId = kind == QLatin1String("feed") ? QStringLiteral("post-%1").arg(conversation) : message.remoteId;
        }
        message.threadId = threadId;
        message.parentId = previous;
        previous = message.remoteId;

        message.outbound = i > 0 && m_random.bounded(100) < outboundReplyPercent;
        if (message.outbound) {
            const QStringList &team = WordLists::instance().teamNames();
            message.authorName = team.at(m_random.bounded(int(team.size())));
        } else {
            setAuthor(
                &message, kind, i == 0 || m_random.bounded(100) < sameAuthorReplyPercent ? starter : pickAuthor());
        }
        if (!subject.isEmpty())
            message.subject = i == 0 ? subject : QStringLiteral("Re: ") + subject;
        message.text = words(language, 10 + m_random.bounded(51), m_random.bounded(100) < rareWordPercent);
        message.lang = language.code();
        if (kind == QLatin1String("mastodon"))
            message.url = QStringLiteral("https://social.example/@hearth/") + message.remoteId;
        else if (kind == QLatin1String("feed"))
            message.url = QStringLiteral("https://blog.hearth.example/posts/%1#%2").arg(conversation).arg(number);
        message.isPrivate = isPrivate;
        message.createdAt = std::min(qint64(time), m_endMs);
        m_pending[size_t(account)].append(message);

        // Replies follow after half a minute to about a day and a half, log-uniformly.
        time += 30000.0 * std::pow(2.0, m_random.generateDouble() * 12.0);
    }
}

int BenchCorpus::pickAccount()
{
    int total = 0;
    for (const BenchAccount &account : accounts())
        total += account.weight;
    int pick = m_random.bounded(total);
    for (int i = 0; i < accountCount; ++i) {
        pick -= accounts().at(i).weight;
        if (pick < 0)
            return i;
    }
    return 0;
}

const Vocabulary &BenchCorpus::pickLanguage()
{
    int total = 0;
    for (const int weight : languageWeights)
        total += weight;
    int pick = m_random.bounded(total);
    const QList<Vocabulary> &languages = WordLists::instance().languages();
    for (size_t i = 0; i < languageWeights.size(); ++i) {
        pick -= languageWeights[i];
        if (pick < 0)
            return languages.at(qsizetype(i));
    }
    return languages.constFirst();
}

int BenchCorpus::pickAuthor()
{
    // Squaring a uniform number favours low indices: some people write a lot, most rarely.
    const WordLists &lists = WordLists::instance();
    const int pool = int(lists.firstNames().size() * lists.lastNames().size());
    const double u = m_random.generateDouble();
    return std::min(pool - 1, int(u * u * pool));
}

void BenchCorpus::setAuthor(IncomingMessage *message, const QString &kind, int author) const
{
    const WordLists &lists = WordLists::instance();
    const qsizetype firstCount = lists.firstNames().size();
    message->authorName =
        lists.firstNames().at(author % firstCount) + QLatin1Char(' ') + lists.lastNames().at(author / firstCount);
    if (kind == QLatin1String("email")) {
        message->authorRemoteId = QStringLiteral("person%1@example.net").arg(author);
        message->authorHandle = message->authorRemoteId;
    } else if (kind == QLatin1String("mastodon")) {
        message->authorRemoteId = QString::number(100000 + author);
        message->authorHandle = QStringLiteral("@user%1@social.example").arg(author);
    } else if (kind == QLatin1String("telegram")) {
        message->authorRemoteId = QString::number(500000000 + author);
        message->authorHandle = QStringLiteral("@tg_user%1").arg(author);
    } else {
        message->authorRemoteId = QStringLiteral("commenter-%1").arg(author);
    }
}

QString BenchCorpus::words(const Vocabulary &vocabulary, int count, bool withRareWord)
{
    const int rarePosition = withRareWord ? m_random.bounded(count) : -1;
    QString text;
    text.reserve(count * 9);
    int sentenceLeft = 5 + m_random.bounded(10);
    bool sentenceStart = true;
    for (int i = 0; i < count; ++i) {
        if (i == rarePosition) {
            const QStringList &rare = WordLists::instance().rareWords();
            text += rare.at(m_random.bounded(int(rare.size())));
        } else {
            const QString &word = vocabulary.pick(m_random);
            text += sentenceStart ? capitalized(word) : word;
        }
        sentenceStart = false;
        if (i == count - 1)
            break;
        if (--sentenceLeft == 0) {
            static const QString ends[] = {
                QStringLiteral(". "), QStringLiteral(". "), QStringLiteral("? "), QStringLiteral("! ")};
            text += ends[m_random.bounded(4)];
            sentenceLeft = 5 + m_random.bounded(10);
            sentenceStart = true;
        } else {
            text += m_random.bounded(100) < commaPercent ? QStringLiteral(", ") : QStringLiteral(" ");
        }
    }
    text += QLatin1Char('.');
    return text;
}

} // namespace hearth::bench
