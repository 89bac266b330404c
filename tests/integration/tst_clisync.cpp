// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// hearth-cli sync and accounts, run as a scheduled job would run them, against nginx.
#include "nginxserver.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsAccountsAndSyncsThemOnce();
    void syncsOneAccountByName();
    void reportsAFailingAccountAndGoesOn();
    void demoAccountsAreNotSynced();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result cli(const QStringList &arguments);
    int messages(const QString &account);

    QTemporaryDir m_dir;
    QString m_workspace;
    NginxServer m_server;
};

TestCliSync::Result TestCliSync::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), QStringList{QStringLiteral("-w"), m_workspace} + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

int TestCliSync::messages(const QString &account)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_workspace);
        QSqlQuery query(db);
        if (db.open()
            && query.exec(QStringLiteral("SELECT count(*) FROM messages m JOIN accounts a ON a.id = m.account_id "
                                         "WHERE a.name = '%1'")
                              .arg(account))
            && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return count;
}

void TestCliSync::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("scheduled.hearth"));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QFile rss(QStringLiteral(HEARTH_TEST_DATA_DIR "/feeds/rss2.xml"));
    QFile atom(QStringLiteral(HEARTH_TEST_DATA_DIR "/feeds/atom-google-alerts.xml"));
    QVERIFY(rss.open(QIODevice::ReadOnly) && atom.open(QIODevice::ReadOnly));
    QVERIFY(m_server.serve(QStringLiteral("blog.xml"), rss.readAll()));
    QVERIFY(m_server.serve(QStringLiteral("alerts.xml"), atom.readAll()));
}

void TestCliSync::addsAccountsAndSyncsThemOnce()
{
    Result result = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Blog"),
        m_server.url(QStringLiteral("blog.xml")).toString()});
    QCOMPARE(result.exitCode, 0);
    result = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Alerts"),
        m_server.url(QStringLiteral("alerts.xml")).toString()});
    QCOMPARE(result.exitCode, 0);
    result = cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Blog"),
        QStringLiteral("http://127.0.0.1:1/x")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("already an account")), qPrintable(result.err));
    QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("fax"), QStringLiteral("Fax"),
                  QStringLiteral("123")})
                 .exitCode,
        1);

    result = cli({QStringLiteral("sync")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Blog: 2 new messages")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Alerts: 2 new messages")), qPrintable(result.out));
    QCOMPARE(messages(QStringLiteral("Blog")), 2);

    // Again: nothing new, nothing doubled.
    result = cli({QStringLiteral("sync")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Blog: 0 new messages")));
    QCOMPARE(messages(QStringLiteral("Blog")), 2);
    QCOMPARE(messages(QStringLiteral("Alerts")), 2);

    result = cli({QStringLiteral("accounts"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("feed\tBlog\t")) && result.out.contains(QStringLiteral("synced ")),
        qPrintable(result.out));
}

void TestCliSync::syncsOneAccountByName()
{
    const int before = m_server.statusesFor(QStringLiteral("alerts.xml")).size();
    const Result result = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Blog")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Blog:")));
    QVERIFY(!result.out.contains(QStringLiteral("Alerts:")));
    QCOMPARE(m_server.statusesFor(QStringLiteral("alerts.xml")).size(), before);
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Nobody")}).exitCode, 1);
}

void TestCliSync::reportsAFailingAccountAndGoesOn()
{
    QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("Gone"),
                  m_server.url(QStringLiteral("gone.xml")).toString()})
                 .exitCode,
        0);
    const Result result = cli({QStringLiteral("sync")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Gone: failed: ")) && result.err.contains(QStringLiteral("HTTP 404")),
        qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Blog: 0 new messages")));
    const Result listed = cli({QStringLiteral("accounts"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains(QStringLiteral("failing: ")), qPrintable(listed.out));
}

void TestCliSync::demoAccountsAreNotSynced()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE), {QStringLiteral("--demo"), QStringLiteral("sync")});
    QVERIFY(process.waitForFinished(60000));
    // Nothing to sync: demo accounts never go online, and that is not a failure.
    QCOMPARE(process.exitCode(), 0);

    // Named, a demo account says so, and nothing looks for its secret (this test has no keychain).
    process.start(QStringLiteral(HEARTH_CLI_EXECUTABLE),
        {QStringLiteral("--demo"), QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("Telegram bot")});
    QVERIFY(process.waitForFinished(60000));
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(said.contains(QStringLiteral("Telegram bot: not synced: Demo accounts never go online.")), qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("keychain")), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
