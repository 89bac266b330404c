// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoautomoderation.h"

#include "automoderation.h"
#include "incomingmessage.h"
#include "messagestore.h"
#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace hearth {

const QString DemoAutoModeration::spamRuleName = QStringLiteral("Links to giveaway and crypto sites");
const QString DemoAutoModeration::capsRuleName = QStringLiteral("Posts in capitals");
const QString DemoAutoModeration::spamTag = QStringLiteral("spam-suspect");

namespace {

constexpr qint64 minuteMs = 60 * 1000;

struct DemoPost
{
    const char *remoteId;
    const char *author;
    const char *lang;
    const char *text;
    int minutesAgo;
};

// Replies under the brand's latest Mastodon threads: two link spam, two shouting customers.
const DemoPost posts[] = {
    {"demo-automod-1", "Lucky Drops", "en",
        "🎉 Sunny Squeeze GIVEAWAY! The first 100 fans get free crypto: https://sunny-giveaway.example/claim", 170},
    {"demo-automod-2", "Airdrop Ava", "en",
        "Lemon lovers, claim your 500 USDT airdrop now 👉 https://coin-lemonade.example/airdrop?ref=sunny", 95},
    {"demo-automod-3", "Jonas Brandt", "de",
        "WO BLEIBT MEINE BESTELLUNG? ICH WARTE SEIT DREI WOCHEN UND NIEMAND ANTWORTET!!!", 60},
    {"demo-automod-4", "Harriet Cole", "en", "BRING BACK THE GINGER FLAVOUR, IT WAS THE BEST THING YOU EVER MADE!", 25},
};

// The demo's spam rule tags this many of the posts (the two links to other sites).
constexpr int expectedDecisions = 2;

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<qint64> mastodonAccount(const Workspace &workspace, QStringList *threads)
{
    QSqlQuery query(workspace.database());
    if (!sql::exec(query,
            QStringLiteral("SELECT c.account_id, c.remote_thread_id FROM conversations c "
                           "JOIN accounts a ON a.id = c.account_id WHERE a.kind = 'mastodon' "
                           "ORDER BY a.id, c.last_message_at DESC, c.id LIMIT 4")))
        return std::nullopt;
    qint64 account = 0;
    while (query.next()) {
        account = query.value(0).toLongLong();
        *threads << query.value(1).toString();
    }
    return threads->size() == 4 ? std::optional<qint64>(account) : std::nullopt;
}

bool ingestPosts(const Workspace &workspace, const QDateTime &now, QString *error)
{
    QStringList threads;
    const std::optional<qint64> account = mastodonAccount(workspace, &threads);
    if (!account)
        return failed(error,
            DemoAutoModeration::tr("The demo workspace has no Mastodon threads for the "
                                   "auto-moderation demo."));
    QList<IncomingMessage> messages;
    for (int i = 0; i < int(std::size(posts)); ++i) {
        const DemoPost &post = posts[i];
        IncomingMessage message;
        message.remoteId = QString::fromLatin1(post.remoteId);
        message.threadId = threads.at(i);
        message.authorName = QString::fromUtf8(post.author);
        message.authorRemoteId = QLatin1Char('@')
            + message.authorName.toLower().replace(QLatin1Char(' '), QLatin1Char('_'))
            + QLatin1String("@social.example");
        message.authorHandle = message.authorRemoteId;
        message.text = QString::fromUtf8(post.text);
        message.lang = QString::fromLatin1(post.lang);
        message.url = QStringLiteral("https://demo.example/%1").arg(message.remoteId);
        message.createdAt = now.toMSecsSinceEpoch() - post.minutesAgo * minuteMs;
        messages << message;
    }
    const IngestResult result = MessageStore(workspace).ingest(*account, messages);
    return result.ok || failed(error, result.error);
}

} // namespace

bool DemoAutoModeration::populate(const Workspace &workspace, qint64 managerId, const QDateTime &now, QString *error)
{
    // The manager set the rules up this morning; the spam rule has been live since.
    AutoModeration setup(workspace, managerId);
    setup.setCurrentTime(now.addSecs(-4 * 60 * 60));
    AutoModerationRule spam;
    spam.name = spamRuleName;
    spam.kind = AutoModeration::link;
    spam.pattern = QStringLiteral("sunnysqueeze.example\ndemo.example\nsocial.example");
    spam.action = AutoModeration::tag;
    spam.actionArg = spamTag;
    spam.mode = AutoModeration::dryRunMode;
    AutoModerationRule shouting;
    shouting.name = capsRuleName;
    shouting.kind = AutoModeration::caps;
    shouting.threshold = AutoModeration::defaultCapsThreshold;
    shouting.action = AutoModeration::flag;
    shouting.mode = AutoModeration::dryRunMode;
    const std::optional<qint64> spamId = setup.create(spam);
    if (!spamId || !setup.create(shouting))
        return failed(error, setup.errorString());
    // Tried in dry run first, as the rules require, then switched on.
    spam.id = *spamId;
    if (!setup.dryRun(spam) || !setup.setMode(*spamId, AutoModeration::liveMode))
        return failed(error, setup.errorString());

    // The rule is live when the posts come in: they are queued for it, whatever their time.
    if (!ingestPosts(workspace, now, error))
        return false;
    AutoModeration hearth(workspace, 0);
    hearth.setCurrentTime(now);
    const QList<AutoModerationDecision> decided = hearth.processNew();
    if (decided.size() == expectedDecisions)
        return true;
    const QString why = hearth.errorString();
    return failed(error,
        DemoAutoModeration::tr("The demo's spam rule made %n decision(s) instead of %1.", nullptr, int(decided.size()))
                .arg(expectedDecisions)
            + (why.isEmpty() ? QString() : QLatin1Char(' ') + why));
}

} // namespace hearth
