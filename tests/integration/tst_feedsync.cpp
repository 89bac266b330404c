// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds synced from a real nginx on loopback: first and incremental sync, conditional GET,
// no duplicates, keyword alerts, and the error paths (malformed feed, 429 with Retry-After,
// 5xx with backoff, a server that never answers), then the engine on its own thread.
#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "conversationworkflow.h"
#include "feedconnector.h"
#include "httpjob.h"
#include "keywordalerts.h"
#include "messagestore.h"
#include "nginxserver.h"
#include "syncbackoff.h"
#include "syncengine.h"
#include "syncrun.h"
#include "workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hearth;

namespace {

const QString extraLocations = QStringLiteral(
    "    location = /limited.xml { add_header Retry-After 120 always; return 429; }\n"
    "    location = /broken.xml { return 503; }\n");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/feeds/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The RSS fixture with one more item, as a blog that posted again.
QByteArray withOneMoreItem()
{
    QByteArray feed = fixture(QStringLiteral("rss2.xml"));
    feed.replace("  </channel>", "    <item><title>Third post: Sunny Squeeze in Kraków</title>"
                                 "<guid>lemonade-lovers-1050</guid><pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate>"
                                 "<description>Lemoniada w Krakowie.</description></item>\n  </channel>");
    return feed;
}

} // namespace

class TestFeedSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstAndIncrementalSyncWithoutDuplicates();
    void keywordAlertsTagAndPrioritiseNewItemsOnce();
    void malformedFeedLosesNothing();
    void obeysRetryAfterOn429();
    void backsOffOnServerErrors();
    void abandonsAServerThatNeverAnswers();
    void engineSyncsOnItsOwnThread();
    void syncNowTriesAnAccountWhoseBreakerIsOpen();
    void demoAccountsNeverGoOnline();

private:
    qint64 addFeed(const QString &name, const QUrl &url);
    // Runs one sync of the account to its end; returns its error ("" when it worked).
    QString syncOnce(qint64 accountId, int silenceMs = HttpJob::defaultTimeoutMs);
    int count(const QString &statement, qint64 accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<NginxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestFeedSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("sync.hearth"))));
    m_server = std::make_unique<NginxServer>(extraLocations);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), fixture(QStringLiteral("rss2.xml"))));
}

void TestFeedSync::cleanup()
{
    m_server.reset();
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestFeedSync::addFeed(const QString &name, const QUrl &url)
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("feed"), name, url.toString(), QJsonObject());
    if (id == 0)
        qWarning() << accounts.errorString();
    return id;
}

QString TestFeedSync::syncOnce(qint64 accountId, int silenceMs)
{
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(accountId);
    auto connector = std::make_unique<FeedConnector>(&m_network, QUrl(account->address));
    connector->setTimeouts(silenceMs, silenceMs * 2);
    return syncrun::once(*m_workspace, accountId, std::move(connector), 20000);
}

int TestFeedSync::count(const QString &statement, qint64 accountId)
{
    return syncrun::count(*m_workspace, statement, accountId);
}

void TestFeedSync::firstAndIncrementalSyncWithoutDuplicates()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), m_server->url(QStringLiteral("feed.xml")));
    QVERIFY(id);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = ?"), id), 2);
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);
    QVERIFY(cursor && cursor->contains(QStringLiteral("etag")));

    // Unchanged: a conditional GET, answered 304, stores nothing.
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(m_server->statusesFor(QStringLiteral("feed.xml")), (QList<int>{200, 304}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);

    // The blog posts again: the new item only, the old ones matched by their guid.
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), withOneMoreItem()));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(m_server->statusesFor(QStringLiteral("feed.xml")), (QList<int>{200, 304, 200}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT remote_id) FROM messages WHERE account_id = ?"), id), 3);

    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 0);
    QVERIFY(account->state.lastSuccessAt.has_value());
    QCOMPARE(account->state.fetchedTotal, 3);
    QVERIFY(account->state.lastError.isEmpty());
}

void TestFeedSync::keywordAlertsTagAndPrioritiseNewItemsOnce()
{
    KeywordAlerts alerts(*m_workspace);
    QVERIFY(alerts.add({QStringLiteral("L-2311"), QStringLiteral("recall")}, QStringLiteral("recall-watch"), 3));
    QVERIFY(!alerts.add({QStringLiteral("  ")}, QStringLiteral("x"), 1));
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), m_server->url(QStringLiteral("feed.xml")));
    QCOMPARE(syncOnce(id), QString());

    const QString tagged = QStringLiteral(
        "SELECT count(*) FROM conversations c JOIN conversation_tags ct ON ct.conversation_id = c.id "
        "JOIN tags t ON t.id = ct.tag_id WHERE c.account_id = ? AND t.name = 'recall-watch' AND c.priority = 3");
    QCOMPARE(count(tagged, id), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log a JOIN conversations c ON c.id = a.object_id "
                                  "WHERE a.action = 'keyword_alert' AND c.account_id = ?"),
                 id),
        1);

    // An agent takes the tag off; the item comes again in the next fetch, and stays untagged.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT conversation_id FROM messages WHERE remote_id LIKE '%recall'")));
    QVERIFY(query.next());
    QVERIFY(ConversationWorkflow(*m_workspace, 0).removeTag(query.value(0).toLongLong(), QStringLiteral("recall-watch")));
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), withOneMoreItem()));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversation_tags ct JOIN conversations c "
                                  "ON c.id = ct.conversation_id WHERE c.account_id = ?"),
                 id),
        0);
}

void TestFeedSync::malformedFeedLosesNothing()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), m_server->url(QStringLiteral("feed.xml")));
    QCOMPARE(syncOnce(id), QString());
    const std::optional<QString> cursor = MessageStore(*m_workspace).cursor(id);

    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), fixture(QStringLiteral("malformed.xml"))));
    const QString error = syncOnce(id);
    QVERIFY2(error.contains(QStringLiteral("not well-formed XML")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);
    QCOMPARE(MessageStore(*m_workspace).cursor(id), cursor);
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 1);
    QCOMPARE(account->state.lastError, error);

    // A hostile feed is no worse: no file from the disk, nothing else lost.
    QVERIFY(m_server->serve(QStringLiteral("feed.xml"), fixture(QStringLiteral("hostile.xml"))));
    syncOnce(id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND body_text LIKE '%root:%'"), id), 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id) >= 2);
}

void TestFeedSync::obeysRetryAfterOn429()
{
    const qint64 id = addFeed(QStringLiteral("Limited"), m_server->url(QStringLiteral("limited.xml")));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    AccountSync sync(*m_workspace, id,
        std::make_unique<FeedConnector>(&m_network, m_server->url(QStringLiteral("limited.xml"))));
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(10000));
    sync.stop();
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QCOMPARE(account->state.failures, 1);
    QVERIFY2(account->state.lastError.contains(QStringLiteral("slow down")), qPrintable(account->state.lastError));
    // The backoff alone would wait at most a second; the server asked for two minutes.
    QVERIFY(account->state.nextSyncAt.value_or(0) >= before + 120000);
    QCOMPARE(m_server->statusesFor(QStringLiteral("limited.xml")), QList<int>{429});
}

void TestFeedSync::backsOffOnServerErrors()
{
    const qint64 id = addFeed(QStringLiteral("Broken"), m_server->url(QStringLiteral("broken.xml")));
    AccountSync sync(*m_workspace, id,
        std::make_unique<FeedConnector>(&m_network, m_server->url(QStringLiteral("broken.xml"))));
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    // Retried by itself after jittered waits below 1 s, 2 s, 4 s ...
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 20000);
    sync.stop();
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    const int failures = account->state.failures;
    QVERIFY(failures >= 3);
    QVERIFY(account->state.lastError.contains(QStringLiteral("HTTP 503")));
    const qint64 next = account->state.nextSyncAt.value_or(0);
    QVERIFY(next >= account->state.lastAttemptAt.value_or(0));
    QVERIFY(next <= account->state.lastAttemptAt.value_or(0) + SyncBackoff::ceilingMs(failures));
    const QList<int> statuses = m_server->statusesFor(QStringLiteral("broken.xml"));
    QCOMPARE(statuses.size(), failures);
    QVERIFY(std::all_of(statuses.cbegin(), statuses.cend(), [](int status) { return status == 503; }));
}

void TestFeedSync::abandonsAServerThatNeverAnswers()
{
    QTcpServer silent; // accepts, then never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(silent.serverPort()));
    const qint64 id = addFeed(QStringLiteral("Silent"), url);
    const QString error = syncOnce(id, 500);
    QVERIFY2(error.contains(QStringLiteral("did not answer in time")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT failures FROM sync_status WHERE account_id = ?"), id), 1);
}

void TestFeedSync::engineSyncsOnItsOwnThread()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), m_server->url(QStringLiteral("feed.xml")));
    SyncEngine engine(m_workspace->path());
    QSignalSpy stored(&engine, &SyncEngine::stored);
    engine.start();
    QVERIFY(stored.wait(10000));
    QCOMPARE(stored.constFirst().at(0).toLongLong(), id);
    QCOMPARE(stored.constFirst().at(1).toInt(), 2);
    // Stored through the engine's own connection: this connection sees it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);

    // A paused account is left alone after a reload; a new one is picked up.
    QVERIFY(AccountStore(*m_workspace).setPaused(id, true));
    QVERIFY(m_server->serve(QStringLiteral("second.xml"), fixture(QStringLiteral("atom-google-alerts.xml"))));
    const qint64 second = addFeed(QStringLiteral("Alerts"), m_server->url(QStringLiteral("second.xml")));
    engine.reload();
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), second), 2, 10000);
    QCOMPARE(m_server->statusesFor(QStringLiteral("feed.xml")).size(), 1);
}

void TestFeedSync::syncNowTriesAnAccountWhoseBreakerIsOpen()
{
    const qint64 id = addFeed(QStringLiteral("Lemonade Lovers"), m_server->url(QStringLiteral("feed.xml")));
    // Eight failures in a row just now: the breaker is open and the next try an hour away.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(AccountStore(*m_workspace).recordFailure(id, now, 8, QStringLiteral("The server had trouble."), now + 3600 * 1000));
    SyncEngine engine(m_workspace->path());
    QSignalSpy stored(&engine, &SyncEngine::stored);
    engine.start();
    engine.syncNow(id);
    QVERIFY(stored.wait(10000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?"), id), 2);
    QCOMPARE(m_server->statusesFor(QStringLiteral("feed.xml")).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT failures FROM sync_status WHERE account_id = ?"), id), 0, 10000);
}

void TestFeedSync::demoAccountsNeverGoOnline()
{
    SyncAccount demo;
    demo.kind = QStringLiteral("feed");
    demo.address = m_server->url(QStringLiteral("feed.xml")).toString();
    demo.demo = true;
    QString why;
    QVERIFY(!ConnectorFactory::create(demo, &m_network, &why));
    QVERIFY(why.contains(QStringLiteral("Demo")));
    demo.demo = false;
    QVERIFY(ConnectorFactory::create(demo, &m_network, &why));
}

QTEST_GUILESS_MAIN(TestFeedSync)
#include "tst_feedsync.moc"
