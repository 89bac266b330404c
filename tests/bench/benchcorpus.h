// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <array>

namespace hearth::bench {

class Vocabulary;

// One connected channel of the benchmark workspace.
struct BenchAccount
{
    QString kind;
    QString name;
    QString address;
    int weight; // share of the traffic
    bool isPrivate; // direct mail and chats are private, timelines and comments public
};

// What one sync round delivers for one account: the unit MessageStore::ingest stores in one
// transaction, and the cursor that round ends at.
struct CorpusBatch
{
    int account = 0; // index into BenchCorpus::accounts()
    QList<IncomingMessage> messages;
    QString cursor;
};

// A reproducible multilingual message stream, produced batch by batch so a million messages
// never sit in memory at once. Two corpora with the same size, seed and end time yield the
// same batches in the same order, which is how the core and the raw ingest get identical
// input without sharing it.
//
// Conversations of 1-6 messages (a thread id each), mostly in time order, ~5% of them
// backfilled into the past as an import or a late sync would; about a third of the replies
// are the team's (outbound); authors from a pool of 20,000, a few of them very active.
class BenchCorpus
{
public:
    static constexpr int batchSize = 1000;
    static constexpr qint64 spanMs = 730LL * 24 * 3600 * 1000; // two years

    BenchCorpus(qint64 messageCount, quint32 seed, qint64 endMs);

    static const QList<BenchAccount> &accounts();
    static QStringList channelKinds();

    // The next batch; false when all messages have been delivered.
    bool next(CorpusBatch *batch);

    qint64 generated() const { return m_generated; }
    qint64 conversations() const { return m_conversations; }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }

private:
    static constexpr int accountCount = 6;

    void generateConversation();
    int pickAccount();
    const Vocabulary &pickLanguage();
    int pickAuthor();
    QString words(const Vocabulary &vocabulary, int count, bool withRareWord);
    void setAuthor(IncomingMessage *message, const QString &kind, int author) const;
    void takeBatch(int account, CorpusBatch *batch);

    QRandomGenerator m_random;
    qint64 m_total;
    qint64 m_startMs;
    qint64 m_endMs;
    double m_clockMs;
    double m_stepMs;
    qint64 m_generated = 0;
    qint64 m_conversations = 0;
    std::array<QList<IncomingMessage>, accountCount> m_pending;
};

} // namespace hearth::bench
