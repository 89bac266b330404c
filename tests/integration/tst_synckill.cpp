// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A large sync (hearth-cli sync over many feeds from nginx) killed at random points, many
// times, while the feeds keep growing. After every kill the workspace must be whole: the
// integrity check passes, no message is stored twice, and each account's cursor names
// exactly the feed version whose items are stored, no more and no fewer.
#include "integritycheck.h"
#include "nginxserver.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
constexpr int feeds = 16;
constexpr int firstEntries = 200;
// Each round adds this many entries to every feed.
constexpr int entriesPerRound = 200;
constexpr int kills = 15;

QString feedName(int feed)
{
    return QStringLiteral("feed-%1.xml").arg(feed);
}

QByteArray feedDocument(int feed, int entries)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Feed "
        + QByteArray::number(feed) + "</title>\n";
    for (int entry = 0; entry < entries; ++entry) {
        xml += "<item><guid>f" + QByteArray::number(feed) + "-e" + QByteArray::number(entry)
            + "</guid><title>Sunny Squeeze mention " + QByteArray::number(entry)
            + "</title><description>Someone wrote about the lemonade, entry " + QByteArray::number(entry)
            + " of feed " + QByteArray::number(feed) + ".</description><pubDate>Mon, 07 Dec 2026 "
            + QByteArray::number(10 + entry % 12) + ":" + QByteArray::number(10 + entry % 50)
            + ":00 +0000</pubDate></item>\n";
    }
    return xml + "</channel></rss>\n";
}
} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void killedSyncsLeaveAConsistentWorkspace();

private:
    bool serve(int feed, int entries);
    void checkConsistent(const QString &when);
    int runCli(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_path;
    NginxServer m_server;
    QHash<int, int> m_served;                // feed -> entries now
    QHash<QString, int> m_entriesForVersion; // "feed/etag" -> entries in that version
};

bool TestSyncKill::serve(int feed, int entries)
{
    if (!m_server.serve(feedName(feed), feedDocument(feed, entries)))
        return false;
    m_served[feed] = entries;
    // nginx's ETag is the file's modification time and size, in hex.
    const QFileInfo file(m_server.wwwDir() + QLatin1Char('/') + feedName(feed));
    const QString etag = QStringLiteral("\"%1-%2\"")
                             .arg(file.lastModified().toSecsSinceEpoch(), 0, 16)
                             .arg(file.size(), 0, 16);
    m_entriesForVersion.insert(QString::number(feed) + QLatin1Char('/') + etag, entries);
    return true;
}

int TestSyncKill::runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), QStringList{QStringLiteral("-w"), m_path} + arguments);
    process.waitForFinished(600000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSyncKill::checkConsistent(const QString &when)
{
    QVERIFY2(IntegrityCheck::run(m_path, IntegrityCheck::Depth::Quick).isEmpty(), qPrintable(when));
    Workspace workspace;
    QVERIFY2(workspace.open(m_path, Workspace::OpenMode::ExistingOnly), qPrintable(workspace.errorString()));
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT account_id || '/' || remote_id) FROM messages")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), query.value(1).toInt());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT a.address, c.cursor, (SELECT count(*) FROM messages m WHERE m.account_id = a.id) "
        "FROM accounts a LEFT JOIN sync_cursors c ON c.account_id = a.id")));
    while (query.next()) {
        const QString feed = query.value(0).toString().section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0);
        const int stored = query.value(2).toInt();
        if (query.value(1).isNull()) {
            QVERIFY2(stored == 0, qPrintable(when + QStringLiteral(": messages without a cursor")));
            continue;
        }
        const QString etag = QJsonDocument::fromJson(query.value(1).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("etag"))
                                 .toString();
        const QString version = feed + QLatin1Char('/') + etag;
        QVERIFY2(m_entriesForVersion.contains(version), qPrintable(when + QStringLiteral(": unknown version ") + version));
        QVERIFY2(stored == m_entriesForVersion.value(version),
            qPrintable(QStringLiteral("%1: feed %2 has %3 stored for a version of %4")
                           .arg(when, feed)
                           .arg(stored)
                           .arg(m_entriesForVersion.value(version))));
    }
}

void TestSyncKill::killedSyncsLeaveAConsistentWorkspace()
{
    m_path = m_dir.filePath(QStringLiteral("killed.hearth"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (int feed = 0; feed < feeds; ++feed) {
        QVERIFY(serve(feed, firstEntries));
        QCOMPARE(runCli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"),
                     QStringLiteral("Feed %1").arg(feed), m_server.url(feedName(feed)).toString()}),
            0);
    }
    // How long one whole sync of this size takes here: the kills fall anywhere within it.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runCli({QStringLiteral("sync")}), 0);
    const int wholeSyncMs = int(clock.elapsed());
    checkConsistent(QStringLiteral("after the first sync"));

    QRandomGenerator random(20261207);
    int killedMidway = 0;
    for (int round = 0; round < kills; ++round) {
        // The feeds grow, so every sync has as much to store as the first one.
        for (int feed = 0; feed < feeds; ++feed)
            QVERIFY(serve(feed, m_served.value(feed) + entriesPerRound));
        QProcess sync;
        sync.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), {QStringLiteral("-w"), m_path, QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(int(random.bounded(10, wholeSyncMs)));
        if (sync.state() == QProcess::Running) {
            sync.kill(); // SIGKILL: no destructor, no rollback, no flush
            ++killedMidway;
        }
        sync.waitForFinished();
        checkConsistent(QStringLiteral("after kill %1").arg(round));
    }
    QVERIFY2(killedMidway > kills / 2, "the syncs ended before they could be killed: make them larger");

    clock.restart();
    QCOMPARE(runCli({QStringLiteral("sync")}), 0);
    qInfo("The first whole sync took %d ms, the last one %lld ms.", wholeSyncMs, qint64(clock.elapsed()));
    checkConsistent(QStringLiteral("after the last sync"));
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenMode::ExistingOnly));
    QSqlQuery query(workspace.database());
    int expected = 0;
    for (int feed = 0; feed < feeds; ++feed)
        expected += m_served.value(feed);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next());
    QCOMPARE(query.value(0).toInt(), expected);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
