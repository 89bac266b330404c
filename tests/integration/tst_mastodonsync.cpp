// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Mastodon account synced from a simulated instance on loopback (no real Mastodon can run
// here): first sync over several pages, incremental sync, no duplicates after a repeated or
// interrupted sync, direct messages and threads, public and private replies and a retried
// send posted once, block and report, the rate limit (a used-up window, 429), 5xx, a
// hanging connection, malformed JSON, a wrong token, and the OAuth sign-in with PKCE. The
// access token must never reach the log, an error or the stored sync state.
#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "logcapture.h"
#include "mastodonconnector.h"
#include "mastodonsignin.h"
#include "mastodonsimulator.h"
#include "messagestore.h"
#include "syncbackoff.h"
#include "syncrun.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Qt 5's QSignalSpy needs the signals' types declared; Qt 6 accepts this too.
Q_DECLARE_METATYPE(hearth::MastodonCredentials)
Q_DECLARE_METATYPE(hearth::SyncError)

using namespace hearth;

namespace {

const QString accessToken = QStringLiteral("ZA-secret-token_0123456789abcdefghijklmnopqrstuv");
const QString wrongToken = QStringLiteral("ZA-not-the-token_9876543210zyxwvutsrqponmlkjihgf");

QJsonObject ola()
{
    return MastodonSimulator::account(
        QStringLiteral("109000000000000501"), QStringLiteral("ola"), QStringLiteral("Ola Nordmann"), QStringLiteral("fosstodon.example"));
}

QJsonObject zofia()
{
    return MastodonSimulator::account(QStringLiteral("502"), QStringLiteral("zofia"), QString());
}

const QString messagesOf = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");
const QString distinctOf = QStringLiteral("SELECT count(DISTINCT remote_id) FROM messages WHERE account_id = ?");

} // namespace

class TestMastodonSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstSyncPagesAndIncrementalSyncAddsOnlyNew();
    void accountWithoutMentionsYetSyncs();
    void interruptedSyncStoresTheRestOnce();
    void readsStatusesDirectMessagesAndThreads();
    void unreadableNotificationIsSkippedAndPassed();
    void directConversationsAddFilteredMessagesOnce();
    void publicRepliesKeepTheOriginalsVisibility();
    void privateReplyIsDirectAndMentionsTheAuthor();
    void retriedSendPostsOnce();
    void blocksAndReports();
    void holdsRequestsWhileTheWindowIsUsedUp();
    void obeysRetryAfterOn429();
    void waitsForTheWindowOn429WithoutRetryAfter();
    void backsOffOnServerErrors();
    void abandonsAHangingConnection();
    void malformedJsonLosesNothing();
    void wrongTokenStopsWithoutShowingIt();
    void factoryMakesMastodonConnectors();
    void signInWithPkceOnLoopback();
    void declinedSignInSaysSo();
    void forgedStateIsRefused();
    void unreachableInstanceSaysSo();
    void unreadableAnswersToTheSignInSaySo();

private:
    qint64 addAccount(const QString &name);
    std::unique_ptr<MastodonConnector> connector(const QString &token = accessToken, int timeoutMs = 10000);
    QString syncOnce(qint64 accountId, std::unique_ptr<MastodonConnector> connector = nullptr);
    int count(const QString &statement, qint64 accountId);
    SendResult sendAndWait(MastodonConnector *mastodon, qint64 token, const DeliveryTarget &target,
        const QString &text, bool privately);
    // Plays the person's browser: opens the URL and follows the redirect to Hearth's listener.
    void openInBrowser(const QUrl &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MastodonSimulator> m_mastodon;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_browser;
};

void TestMastodonSync::initTestCase()
{
    qRegisterMetaType<FetchBatch>();
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<MastodonCredentials>();
    qRegisterMetaType<SyncError>();
    logcapture::start();
}

void TestMastodonSync::cleanupTestCase()
{
    logcapture::stop();
}

void TestMastodonSync::init()
{
    logcapture::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("sync.hearth"))));
    m_mastodon = std::make_unique<MastodonSimulator>(accessToken);
    QVERIFY(m_mastodon->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
}

void TestMastodonSync::cleanup()
{
    for (const QString &line : logcapture::lines())
        QVERIFY2(!line.contains(QLatin1String("ZA-")), qPrintable(line));
    if (m_workspace) {
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT last_error FROM sync_status")));
        while (query.next())
            QVERIFY2(!query.value(0).toString().contains(QLatin1String("ZA-")), qPrintable(query.value(0).toString()));
    }
    m_browser.reset();
    m_network.reset();
    m_mastodon.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestMastodonSync::addAccount(const QString &name)
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("mastodon"), name, QStringLiteral("@lemonade@mastodon.example"),
        QJsonObject {{QStringLiteral("baseUrl"), m_mastodon->baseUrl().toString()}});
    if (id == 0)
        qWarning() << accounts.errorString();
    return id;
}

std::unique_ptr<MastodonConnector> TestMastodonSync::connector(const QString &token, int timeoutMs)
{
    auto mastodon = std::make_unique<MastodonConnector>(m_network.get(), m_mastodon->baseUrl(), token);
    mastodon->setPollIntervalMs(50);
    mastodon->setTimeoutMs(timeoutMs);
    return mastodon;
}

QString TestMastodonSync::syncOnce(qint64 accountId, std::unique_ptr<MastodonConnector> mastodon)
{
    return syncrun::once(*m_workspace, accountId, mastodon ? std::move(mastodon) : connector(), 60000);
}

int TestMastodonSync::count(const QString &statement, qint64 accountId)
{
    return syncrun::count(*m_workspace, statement, accountId);
}

SendResult TestMastodonSync::sendAndWait(
    MastodonConnector *mastodon, qint64 token, const DeliveryTarget &target, const QString &text, bool privately)
{
    QSignalSpy sent(mastodon, &ChannelConnector::sent);
    mastodon->send(token, target, text, privately);
    if (!sent.wait(20000))
        return {false, QString(), {SyncError::Kind::Timeout, QStringLiteral("no answer"), std::nullopt}};
    if (sent.constFirst().at(0).toLongLong() != token)
        return {false, QString(), {SyncError::Kind::Malformed, QStringLiteral("another token"), std::nullopt}};
    return sent.constFirst().at(1).value<SendResult>();
}

void TestMastodonSync::openInBrowser(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_browser->get(request);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void TestMastodonSync::firstSyncPagesAndIncrementalSyncAddsOnlyNew()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    QVERIFY(id);
    for (int i = 0; i < 90; ++i) {
        m_mastodon->mention(i % 2 ? ola() : zofia(), QStringLiteral("<p>@lemonade question %1</p>").arg(i));
        if (i % 30 == 0)
            m_mastodon->notify(QStringLiteral("favourite"), ola()); // not asked for
    }
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 90);
    // Three pages, each immediately newer than the last: 40 + 40 + 10.
    const QStringList firstRun = m_mastodon->minIdsAsked();
    QCOMPARE(firstRun.size(), 3);
    QCOMPARE(firstRun.constFirst(), QStringLiteral("0"));
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);
    QVERIFY(cursor.has_value());
    QVERIFY(firstRun.at(1) < firstRun.at(2) && firstRun.at(2) < *cursor);

    // Only what came after the cursor.
    m_mastodon->mention(ola(), QStringLiteral("<p>Thanks!</p>"));
    m_mastodon->mention(zofia(), QStringLiteral("<p>Dzięki</p>"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 92);
    QCOMPARE(m_mastodon->minIdsAsked().value(3), *cursor);

    // Nothing new: nothing stored twice, the cursor kept.
    const std::optional<QString> secondCursor = MessageStore(*m_workspace).cursor(id);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 92);
    QCOMPARE(count(distinctOf, id), 92);
    QCOMPARE(m_mastodon->minIdsAsked().constLast(), *secondCursor);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), secondCursor);
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 0);
    QCOMPARE(account->state.fetchedTotal, qint64(92));
}

void TestMastodonSync::accountWithoutMentionsYetSyncs()
{
    const qint64 id = addAccount(QStringLiteral("New account"));
    QVERIFY(id);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("0")));
    m_mastodon->mention(ola(), QStringLiteral("<p>First!</p>"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 1);
    QCOMPARE(m_mastodon->minIdsAsked().constLast(), QStringLiteral("0"));
}

void TestMastodonSync::interruptedSyncStoresTheRestOnce()
{
    const qint64 id = addAccount(QStringLiteral("Busy"));
    for (int i = 0; i < 100; ++i)
        m_mastodon->mention(i % 2 ? ola() : zofia(), QStringLiteral("<p>Message %1</p>").arg(i));
    // The first page is answered, the second fails.
    m_mastodon->failNext(MastodonSimulator::Fault::Unavailable, 1, 1);
    const QString error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("HTTP 503")), qPrintable(error));
    QCOMPARE(count(messagesOf, id), 40);
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);
    QVERIFY(cursor.has_value());

    // Started again from the stored cursor: the rest, once.
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 100);
    QCOMPARE(count(distinctOf, id), 100);
    // The failed request never reached the notifications; the retry starts at the cursor.
    QCOMPARE(m_mastodon->minIdsAsked().value(1), *cursor);

    // Fetching everything again from the start (a lost cursor) stores nothing twice.
    std::unique_ptr<MastodonConnector> mastodon = connector();
    QSignalSpy fetched(mastodon.get(), &ChannelConnector::fetched);
    mastodon->fetch(std::nullopt);
    QVERIFY(fetched.wait(20000));
    const FetchBatch again = fetched.constFirst().at(0).value<FetchBatch>();
    QCOMPARE(again.messages.size(), 40);
    const IngestResult result = MessageStore(*m_workspace).ingest(id, again.messages);
    QVERIFY(result.ok);
    QCOMPARE(result.inserted, 0);
    QCOMPARE(count(messagesOf, id), 100);
}

void TestMastodonSync::readsStatusesDirectMessagesAndThreads()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    const QString question = m_mastodon->mention(ola(),
        QStringLiteral("<p><span class=\"h-card\"><a href=\"https://mastodon.example/@lemonade\" class=\"u-url "
                       "mention\">@<span>lemonade</span></a></span> Is it sugar-free?</p><p>Asking for my kid "
                       "&amp; me<script>alert(1)</script></p>"),
        QStringLiteral("public"), QString(), QStringLiteral("food question"), QStringLiteral("en"));
    const QString followUp = m_mastodon->mention(zofia(), QStringLiteral("<p>Też chcę wiedzieć</p>"),
        QStringLiteral("unlisted"), question, QString(), QStringLiteral("pl"));
    const QString deeper = m_mastodon->mention(ola(), QStringLiteral("<p>Still waiting</p>"),
        QStringLiteral("public"), followUp);
    const QString secret = m_mastodon->mention(zofia(), QStringLiteral("<p>@lemonade mam reklamację</p>"),
        QStringLiteral("direct"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 4);
    // The reply chain is one conversation, the direct message another.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = ?"), id), 2);

    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT m.body_text, m.visibility, m.lang, m.url, m.parent_remote_id, a.name, "
                                 "a.handle, c.remote_thread_id, c.subject FROM messages m JOIN authors a ON a.id = "
                                 "m.author_id JOIN conversations c ON c.id = m.conversation_id WHERE m.remote_id = ?"));
    query.addBindValue(question);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const QString text = query.value(0).toString();
    QVERIFY2(text.startsWith(QStringLiteral("food question")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("@lemonade Is it sugar-free?")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("my kid & me")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("alert")) && !text.contains(QLatin1Char('<')), qPrintable(text));
    QCOMPARE(query.value(1).toString(), QStringLiteral("public"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("en"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("https://mastodon.example/@ola/%1").arg(question));
    QCOMPARE(query.value(5).toString(), QStringLiteral("Ola Nordmann"));
    QCOMPARE(query.value(6).toString(), QStringLiteral("@ola@fosstodon.example"));
    QCOMPARE(query.value(7).toString(), question);
    QCOMPARE(query.value(8).toString(), QStringLiteral("food question"));
    query.finish();

    query.addBindValue(deeper);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(4).toString(), followUp);
    QCOMPARE(query.value(7).toString(), question); // the chain's root
    query.finish();

    query.addBindValue(secret);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("private"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("zofia")); // no display name
    QCOMPARE(query.value(6).toString(), QStringLiteral("@zofia"));
    QCOMPARE(query.value(7).toString(), secret);
    query.finish();

    // Two replies to a post Hearth never fetched (the account's own) gather under it.
    const QString own = m_mastodon->mention(zofia(), QStringLiteral("<p>not a mention of ours</p>"));
    const QString first = m_mastodon->mention(ola(), QStringLiteral("<p>Love it</p>"), QStringLiteral("public"), own);
    const QString second = m_mastodon->mention(zofia(), QStringLiteral("<p>Me too</p>"), QStringLiteral("public"), own);
    QCOMPARE(syncOnce(id), QString());
    QSqlQuery thread(m_workspace->database());
    thread.prepare(QStringLiteral("SELECT c.remote_thread_id FROM messages m JOIN conversations c ON c.id = "
                                  "m.conversation_id WHERE m.remote_id = ?"));
    for (const QString &reply : {first, second}) {
        thread.addBindValue(reply);
        QVERIFY(thread.exec() && thread.next());
        QCOMPARE(thread.value(0).toString(), own);
        thread.finish();
    }
}

void TestMastodonSync::unreadableNotificationIsSkippedAndPassed()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Before</p>"));
    m_mastodon->pushNotification({{QStringLiteral("type"), QStringLiteral("mention")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}, {QStringLiteral("account"), ola()}});
    m_mastodon->mention(zofia(), QStringLiteral("<p>After</p>"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 2);
    // The cursor moved past all three, the broken one included.
    QCOMPARE(MessageStore(*m_workspace).cursor(id), std::optional<QString>(QStringLiteral("1002")));
    QCOMPARE(logcapture::lines().filter(QStringLiteral("notification 1001 could not be read")).size(), 1);
}

void TestMastodonSync::directConversationsAddFilteredMessagesOnce()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    const QJsonObject stranger = MastodonSimulator::account(
        QStringLiteral("903"), QStringLiteral("newcomer"), QStringLiteral("New Comer"), QStringLiteral("elsewhere.example"));
    // One direct message with its mention notification (so in both lists), one filtered
    // away from the notifications, and the account's own direct answer to the first.
    const QString known = m_mastodon->mention(zofia(), QStringLiteral("<p>@lemonade mam pytanie</p>"),
        QStringLiteral("direct"));
    const QString filtered = m_mastodon->filteredDirect(stranger, QStringLiteral("<p>@lemonade where can I buy it?</p>"));
    std::unique_ptr<MastodonConnector> mastodon = connector();
    DeliveryTarget target;
    target.replyToRemoteId = known;
    target.authorHandle = QStringLiteral("@zofia");
    QVERIFY(sendAndWait(mastodon.get(), 1, target, QStringLiteral("Tak?"), true).ok);

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND visibility = 'private'"), id), 2);
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT a.handle, m.body_text FROM messages m JOIN authors a ON a.id = m.author_id "
                                 "WHERE m.remote_id = ?"));
    query.addBindValue(filtered);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("@newcomer@elsewhere.example"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("@lemonade where can I buy it?"));
    query.finish();

    // Seen again in the next sync: not stored twice.
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 2);

    // The conversations failing does not hold the mentions back.
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    m_mastodon->failNext(MastodonSimulator::Fault::Unavailable, 1, 1);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 3);
    QCOMPARE(logcapture::lines().filter(QStringLiteral("direct conversations could not be read")).size(), 1);
}

void TestMastodonSync::publicRepliesKeepTheOriginalsVisibility()
{
    const QString open = m_mastodon->mention(ola(), QStringLiteral("<p>Public question</p>"));
    const QString quiet = m_mastodon->mention(ola(), QStringLiteral("<p>Unlisted question</p>"), QStringLiteral("unlisted"));
    const QString followers = m_mastodon->mention(ola(), QStringLiteral("<p>Followers only</p>"), QStringLiteral("private"));
    std::unique_ptr<MastodonConnector> mastodon = connector();
    DeliveryTarget target;
    target.authorRemoteId = ola().value(QStringLiteral("id")).toString();
    target.authorHandle = QStringLiteral("@ola@fosstodon.example");
    const QStringList originals {open, quiet, followers};
    for (int i = 0; i < originals.size(); ++i) {
        target.threadId = originals.at(i);
        target.replyToRemoteId = originals.at(i);
        const SendResult result = sendAndWait(mastodon.get(), i + 1, target, QStringLiteral("Yes, no sugar."), false);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.remoteId, m_mastodon->posted().value(i).id);
    }
    const QList<MastodonSimulator::Posted> posted = m_mastodon->posted();
    QCOMPARE(posted.size(), 3);
    QCOMPARE(posted.at(0).inReplyToId, open);
    QCOMPARE(posted.at(0).visibility, QStringLiteral("public"));
    QCOMPARE(posted.at(0).text, QStringLiteral("@ola@fosstodon.example Yes, no sugar."));
    QCOMPARE(posted.at(1).inReplyToId, quiet);
    QCOMPARE(posted.at(1).visibility, QStringLiteral("unlisted"));
    // A followers-only post is answered for its followers only, never for everyone to see.
    QCOMPARE(posted.at(2).inReplyToId, followers);
    QCOMPARE(posted.at(2).visibility, QStringLiteral("private"));

    // A post deleted meanwhile: a clear error, nothing posted.
    target.replyToRemoteId = QStringLiteral("999999999999999999");
    const SendResult gone = sendAndWait(mastodon.get(), 9, target, QStringLiteral("Hello?"), false);
    QVERIFY(!gone.ok);
    QVERIFY2(gone.error.message.contains(QStringLiteral("no longer exists")), qPrintable(gone.error.message));
    QCOMPARE(m_mastodon->posted().size(), 3);
}

void TestMastodonSync::privateReplyIsDirectAndMentionsTheAuthor()
{
    const QString complaint = m_mastodon->mention(zofia(), QStringLiteral("<p>My bottle leaked!</p>"));
    std::unique_ptr<MastodonConnector> mastodon = connector();
    DeliveryTarget target;
    target.threadId = complaint;
    target.replyToRemoteId = complaint;
    target.authorRemoteId = QStringLiteral("502");
    target.authorHandle = QStringLiteral("@zofia");
    SendResult result = sendAndWait(mastodon.get(), 1, target, QStringLiteral("Sorry! Which batch?"), true);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    // Already addressed: not twice.
    result = sendAndWait(mastodon.get(), 2, target, QStringLiteral("@Zofia thanks, a new one is on its way."), true);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    const QList<MastodonSimulator::Posted> posted = m_mastodon->posted();
    QCOMPARE(posted.size(), 2);
    QCOMPARE(posted.at(0).visibility, QStringLiteral("direct"));
    QCOMPARE(posted.at(0).inReplyToId, complaint);
    QCOMPARE(posted.at(0).text, QStringLiteral("@zofia Sorry! Which batch?"));
    QCOMPARE(posted.at(1).visibility, QStringLiteral("direct"));
    QCOMPARE(posted.at(1).text, QStringLiteral("@Zofia thanks, a new one is on its way."));
    QCOMPARE(result.remoteId, posted.at(1).id);

    // Without the author's address a direct message would reach nobody: refused, not posted.
    target.authorHandle.clear();
    result = sendAndWait(mastodon.get(), 3, target, QStringLiteral("Hello?"), true);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, SyncError::Kind::Setup);
    QCOMPARE(m_mastodon->posted().size(), 2);
}

void TestMastodonSync::retriedSendPostsOnce()
{
    const QString question = m_mastodon->mention(ola(), QStringLiteral("<p>Open on Sundays?</p>"));
    std::unique_ptr<MastodonConnector> mastodon = connector();
    DeliveryTarget target;
    target.replyToRemoteId = question;
    target.authorHandle = QStringLiteral("@ola@fosstodon.example");
    target.sendKey = QStringLiteral("hearth-0f1e2d3c-42");
    // The outbox sends an item again when it never learnt how the first try ended.
    const SendResult first = sendAndWait(mastodon.get(), 42, target, QStringLiteral("Yes, from ten."), true);
    const SendResult retry = sendAndWait(mastodon.get(), 42, target, QStringLiteral("Yes, from ten."), true);
    QVERIFY(first.ok && retry.ok);
    QCOMPARE(retry.remoteId, first.remoteId);
    QCOMPARE(m_mastodon->posted().size(), 1);
    QCOMPARE(m_mastodon->posted().constFirst().idempotencyKey, QByteArray("hearth-0f1e2d3c-42"));
    // Another outbox item (or the same number in another workspace) is another post.
    target.sendKey = QStringLiteral("hearth-4b5a6978-42");
    const SendResult other = sendAndWait(mastodon.get(), 42, target, QStringLiteral("Yes, from ten."), true);
    QVERIFY(other.ok);
    QVERIFY(other.remoteId != first.remoteId);
    QCOMPARE(m_mastodon->posted().size(), 2);
}

void TestMastodonSync::blocksAndReports()
{
    const QString spam = m_mastodon->mention(ola(), QStringLiteral("<p>Buy cheap followers</p>"));
    std::unique_ptr<MastodonConnector> mastodon = connector();
    QVERIFY(mastodon->capabilities() & ChannelConnector::Capability::Block);
    QVERIFY(!(mastodon->capabilities() & ChannelConnector::Capability::Delete));
    QSignalSpy moderated(mastodon.get(), &ChannelConnector::moderated);
    DeliveryTarget target;
    target.replyToRemoteId = spam;
    target.authorRemoteId = ola().value(QStringLiteral("id")).toString();

    mastodon->moderate(1, QStringLiteral("spam"), target);
    QVERIFY(moderated.wait(20000));
    SendResult result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_mastodon->reports().size(), 1);
    const MastodonSimulator::Reported report = m_mastodon->reports().constFirst();
    QCOMPARE(report.accountId, target.authorRemoteId);
    QCOMPARE(report.statusIds, QStringList {spam});
    QCOMPARE(report.category, QStringLiteral("spam"));
    QVERIFY(!report.comment.isEmpty());

    mastodon->moderate(2, QStringLiteral("block"), target);
    QVERIFY(moderated.wait(20000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_mastodon->blocked(), QStringList {target.authorRemoteId});

    // An account the instance does not know: a clear error.
    target.authorRemoteId = QStringLiteral("777");
    mastodon->moderate(3, QStringLiteral("block"), target);
    QVERIFY(moderated.wait(20000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QStringLiteral("no longer exists")), qPrintable(result.error.message));

    // Mastodon cannot hide or delete another account's post: refused without asking.
    const int requests = m_mastodon->requestCount();
    mastodon->moderate(4, QStringLiteral("hide"), target);
    mastodon->moderate(5, QStringLiteral("delete"), target);
    QTRY_COMPARE_WITH_TIMEOUT(moderated.size(), 2, 10000);
    QVERIFY(!moderated.at(0).at(1).value<SendResult>().ok);
    QVERIFY(!moderated.at(1).at(1).value<SendResult>().ok);
    QCOMPARE(m_mastodon->requestCount(), requests);
}

void TestMastodonSync::holdsRequestsWhileTheWindowIsUsedUp()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    for (int i = 0; i < 50; ++i)
        m_mastodon->mention(ola(), QStringLiteral("<p>Question %1</p>").arg(i));
    // The first page's answer says nothing is left for three seconds; the instance refuses
    // every request until then. A sync that did not wait would fail with 429.
    m_mastodon->leaveOneRequest(3000);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 50);
    QCOMPARE(m_mastodon->rateLimitRefusals(), 0);
    // Two pages of mentions, then the direct conversations.
    QCOMPARE(m_mastodon->requestCount(), 3);
}

void TestMastodonSync::obeysRetryAfterOn429()
{
    const qint64 id = addAccount(QStringLiteral("Limited"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    m_mastodon->failNext(MastodonSimulator::Fault::RateLimited, 1, 0, 30);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    AccountSync sync(*m_workspace, id, connector());
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(20000));
    sync.stop();
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 1);
    QVERIFY2(account->state.lastError.contains(QStringLiteral("slow down")), qPrintable(account->state.lastError));
    // The backoff alone waits at most a second; the instance asked for thirty.
    QVERIFY(account->state.nextSyncAt.value_or(0) >= before + 30000);
    QCOMPARE(m_mastodon->requestCount(), 1);
    QCOMPARE(count(messagesOf, id), 0);
}

void TestMastodonSync::waitsForTheWindowOn429WithoutRetryAfter()
{
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    // Another client of the account used the window up; the instance's 429 tells only when
    // it resets (X-RateLimit-Reset), as Mastodon's own answers do.
    m_mastodon->useUpWindow(60000);
    std::unique_ptr<MastodonConnector> mastodon = connector();
    QSignalSpy failed(mastodon.get(), &ChannelConnector::failed);
    mastodon->fetch(std::nullopt);
    QVERIFY(failed.wait(20000));
    const SyncError error = failed.constFirst().at(0).value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::RateLimited);
    QVERIFY(error.retryAfterMs.has_value());
    // About a minute, less the time since the window was used up.
    QVERIFY2(*error.retryAfterMs > 30000 && *error.retryAfterMs <= 60000, qPrintable(QString::number(*error.retryAfterMs)));
    QCOMPARE(m_mastodon->rateLimitRefusals(), 1);
}

void TestMastodonSync::backsOffOnServerErrors()
{
    const qint64 id = addAccount(QStringLiteral("Unlucky"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    m_mastodon->failNext(MastodonSimulator::Fault::Unavailable, 2);
    AccountSync sync(*m_workspace, id, connector());
    struct Seen
    {
        int failures;
        QString error;
        qint64 wait;
    };
    QList<Seen> seen;
    connect(&sync, &AccountSync::stateChanged, this, [&] {
        const SyncState state = AccountStore(*m_workspace).account(id)->state;
        seen.append({state.failures, state.lastError, state.nextSyncAt.value_or(0) - state.lastAttemptAt.value_or(0)});
    });
    sync.start();
    // Retried by itself after the backoff, twice, then it works.
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 30000);
    sync.stop();
    QCOMPARE(seen.at(0).failures, 1);
    QVERIFY2(seen.at(0).error.contains(QStringLiteral("HTTP 503")), qPrintable(seen.at(0).error));
    QVERIFY(seen.at(0).wait >= 0 && seen.at(0).wait <= SyncBackoff::ceilingMs(1));
    QCOMPARE(seen.at(1).failures, 2);
    QVERIFY(seen.at(1).wait >= 0 && seen.at(1).wait <= SyncBackoff::ceilingMs(2));
    QCOMPARE(seen.at(2).failures, 0);
    QCOMPARE(count(messagesOf, id), 1);
}

void TestMastodonSync::abandonsAHangingConnection()
{
    const qint64 id = addAccount(QStringLiteral("Patient"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    m_mastodon->failNext(MastodonSimulator::Fault::Hang);
    const QString error = syncOnce(id, connector(accessToken, 500));
    QVERIFY2(error.contains(QStringLiteral("did not answer in time")), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_mastodon->abandonedHangs(), 1, 10000);
    QCOMPARE(count(messagesOf, id), 0);
    QCOMPARE(count(QStringLiteral("SELECT failures FROM sync_status WHERE account_id = ?"), id), 1);

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 1);
}

void TestMastodonSync::malformedJsonLosesNothing()
{
    const qint64 id = addAccount(QStringLiteral("Lemonade"));
    m_mastodon->mention(ola(), QStringLiteral("<p>One</p>"));
    m_mastodon->mention(zofia(), QStringLiteral("<p>Two</p>"));
    QCOMPARE(syncOnce(id), QString());
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);

    m_mastodon->mention(ola(), QStringLiteral("<p>Three</p>"));
    m_mastodon->failNext(MastodonSimulator::Fault::MalformedJson);
    const QString error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
    QCOMPARE(count(messagesOf, id), 2);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), cursor);
    QCOMPARE(AccountStore(*m_workspace).account(id)->state.lastError, error);

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messagesOf, id), 3);
}

void TestMastodonSync::wrongTokenStopsWithoutShowingIt()
{
    const qint64 id = addAccount(QStringLiteral("Revoked"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    AccountSync sync(*m_workspace, id, connector(wrongToken));
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(20000));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QVERIFY2(account->state.lastError.contains(QStringLiteral("Sign in again")), qPrintable(account->state.lastError));
    // Waiting cannot fix a revoked token: no next sync until the account changes.
    QVERIFY(!account->state.nextSyncAt.has_value());
    QCOMPARE(m_mastodon->requestCount(), 1);

    // Nor does a send or a moderation show it.
    std::unique_ptr<MastodonConnector> mastodon = connector(wrongToken);
    DeliveryTarget target;
    target.replyToRemoteId = QStringLiteral("110000000000000001");
    target.authorRemoteId = QStringLiteral("502");
    target.authorHandle = QStringLiteral("@zofia");
    const SendResult result = sendAndWait(mastodon.get(), 1, target, QStringLiteral("Hi"), true);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, SyncError::Kind::Auth);
    QVERIFY(!result.error.message.contains(QLatin1String("ZA-")));
}

void TestMastodonSync::factoryMakesMastodonConnectors()
{
    QString why;
    {
        AccountStore accounts(*m_workspace);
        const qint64 bare = accounts.add(QStringLiteral("mastodon"), QStringLiteral("No instance"),
            QStringLiteral("@lemonade@mastodon.example"), QJsonObject());
        QVERIFY(bare);
        QVERIFY(!ConnectorFactory::create(*accounts.account(bare), m_network.get(), &why, accessToken));
        QVERIFY2(why.contains(QStringLiteral("instance")), qPrintable(why));
        // The token never travels in plain http to another computer.
        const qint64 plain = accounts.add(QStringLiteral("mastodon"), QStringLiteral("Plain"),
            QStringLiteral("@lemonade@mastodon.example"),
            QJsonObject {{QStringLiteral("baseUrl"), QStringLiteral("http://mastodon.example")}});
        QVERIFY(!ConnectorFactory::create(*accounts.account(plain), m_network.get(), &why, accessToken));
        QVERIFY2(why.contains(QStringLiteral("only over https")), qPrintable(why));
    }
    const qint64 id = addAccount(QStringLiteral("Factory"));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);

    // Not signed in (no token in the keychain): a connector whose sync says so.
    std::unique_ptr<ChannelConnector> made = ConnectorFactory::create(*account, m_network.get(), &why);
    QVERIFY(made);
    QVERIFY(made->capabilities() & ChannelConnector::Capability::PrivateMessage);
    {
        AccountSync sync(*m_workspace, id, std::move(made));
        QSignalSpy finished(&sync, &AccountSync::finished);
        sync.runOnce();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.constFirst().at(2).toString().contains(QStringLiteral("not signed in")),
            qPrintable(finished.constFirst().at(2).toString()));
    }
    QCOMPARE(m_mastodon->requestCount(), 0);

    // With the token, at the instance from the settings.
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    made = ConnectorFactory::create(*account, m_network.get(), &why, accessToken);
    QVERIFY(made);
    AccountSync sync(*m_workspace, id, std::move(made));
    QSignalSpy finished(&sync, &AccountSync::finished);
    sync.runOnce();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    QCOMPARE(count(messagesOf, id), 1);
}

void TestMastodonSync::signInWithPkceOnLoopback()
{
    MastodonSignIn signIn(m_network.get(), m_mastodon->baseUrl());
    QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
    QSignalSpy succeeded(&signIn, &MastodonSignIn::succeeded);
    QSignalSpy failed(&signIn, &MastodonSignIn::failed);
    signIn.start();
    QVERIFY(browser.wait(20000));
    const QUrl authorize = browser.constFirst().at(0).toUrl();
    const QUrlQuery query(authorize);
    QCOMPARE(authorize.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), MastodonSignIn::scopes());

    // The app was registered for a listener on 127.0.0.1 only.
    QCOMPARE(m_mastodon->redirectUris().size(), 1);
    const QUrl redirect(m_mastodon->redirectUris().constFirst());
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), redirect.toString());
    QTcpSocket elsewhere;
    QSignalSpy refused(&elsewhere, &QAbstractSocket::errorOccurred);
    elsewhere.connectToHost(QHostAddress(QHostAddress::LocalHostIPv6), quint16(redirect.port()));
    QVERIFY(refused.wait(10000));

    openInBrowser(authorize);
    QVERIFY(succeeded.wait(20000));
    QCOMPARE(failed.size(), 0);
    const MastodonCredentials credentials = succeeded.constFirst().at(0).value<MastodonCredentials>();
    QCOMPARE(credentials.accessToken, accessToken);
    QVERIFY(!credentials.clientId.isEmpty());
    QVERIFY(!credentials.clientSecret.isEmpty());
    // The instance gave the token only for the verifier that matches the challenge.
    QCOMPARE(m_mastodon->pkceVerified(), 1);
    QCOMPARE(m_mastodon->pkceRefused(), 0);

    // And the token works.
    const qint64 id = addAccount(QStringLiteral("Signed in"));
    m_mastodon->mention(ola(), QStringLiteral("<p>Hello</p>"));
    QCOMPARE(syncOnce(id, std::make_unique<MastodonConnector>(m_network.get(), m_mastodon->baseUrl(),
                              credentials.accessToken)),
        QString());
    QCOMPARE(count(messagesOf, id), 1);
}

void TestMastodonSync::declinedSignInSaysSo()
{
    m_mastodon->setConsent(MastodonSimulator::Consent::Deny);
    MastodonSignIn signIn(m_network.get(), m_mastodon->baseUrl());
    QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
    QSignalSpy succeeded(&signIn, &MastodonSignIn::succeeded);
    QSignalSpy failed(&signIn, &MastodonSignIn::failed);
    signIn.start();
    QVERIFY(browser.wait(20000));
    openInBrowser(browser.constFirst().at(0).toUrl());
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(QStringLiteral("declined")),
        qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(m_mastodon->pkceVerified(), 0);
}

void TestMastodonSync::forgedStateIsRefused()
{
    m_mastodon->setConsent(MastodonSimulator::Consent::ForgeState);
    MastodonSignIn signIn(m_network.get(), m_mastodon->baseUrl());
    QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
    QSignalSpy succeeded(&signIn, &MastodonSignIn::succeeded);
    QSignalSpy failed(&signIn, &MastodonSignIn::failed);
    signIn.start();
    QVERIFY(browser.wait(20000));
    openInBrowser(browser.constFirst().at(0).toUrl());
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(QStringLiteral("state did not match")),
        qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(succeeded.size(), 0);
    // The forged answer's code was never exchanged for a token.
    QCOMPARE(m_mastodon->pkceVerified() + m_mastodon->pkceRefused(), 0);
}

void TestMastodonSync::unreachableInstanceSaysSo()
{
    // A port nothing listens on any more.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    MastodonSignIn signIn(m_network.get(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
    QSignalSpy failed(&signIn, &MastodonSignIn::failed);
    signIn.start();
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(QStringLiteral("Could not reach")),
        qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(browser.size(), 0);
}

void TestMastodonSync::unreadableAnswersToTheSignInSaySo()
{
    // Not a Mastodon answer to the app's registration.
    {
        m_mastodon->failNext(MastodonSimulator::Fault::MalformedJson);
        MastodonSignIn signIn(m_network.get(), m_mastodon->baseUrl());
        QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
        QSignalSpy failed(&signIn, &MastodonSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.constFirst().at(0).toString().contains(QStringLiteral("cannot read")),
            qPrintable(failed.constFirst().at(0).toString()));
        QCOMPARE(browser.size(), 0);
    }
    // A broken answer to the token request (registration and consent went well).
    m_mastodon->failNext(MastodonSimulator::Fault::MalformedJson, 1, 2);
    MastodonSignIn signIn(m_network.get(), m_mastodon->baseUrl());
    QSignalSpy browser(&signIn, &MastodonSignIn::authorizeInBrowser);
    QSignalSpy succeeded(&signIn, &MastodonSignIn::succeeded);
    QSignalSpy failed(&signIn, &MastodonSignIn::failed);
    signIn.start();
    QVERIFY(browser.wait(20000));
    openInBrowser(browser.constFirst().at(0).toUrl());
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(QStringLiteral("access token Hearth cannot read")),
        qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(succeeded.size(), 0);
}

QTEST_GUILESS_MAIN(TestMastodonSync)
#include "tst_mastodonsync.moc"
