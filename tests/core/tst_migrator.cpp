// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void splitsStatements_data();
    void splitsStatements();
    void appliesStepsInOrder();
    void rollsBackAFailedStepWhole();
    void refusesANewerSchema();

private:
    void writeStep(const QString &name, const QString &sql);

    QTemporaryDir m_dir;
    QString m_migrations;
    QSqlDatabase m_db;
};

void TestMigrator::init()
{
    m_migrations = m_dir.filePath(QStringLiteral("migrations-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(QDir().mkpath(m_migrations));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY(m_db.open());
}

void TestMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
}

void TestMigrator::writeStep(const QString &name, const QString &sql)
{
    QFile file(QDir(m_migrations).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sql.toUtf8());
}

void TestMigrator::splitsStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                         << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("comments") << QStringLiteral("-- a; comment\nCREATE TABLE a (x); /* b; */ SELECT 1")
                              << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("SELECT 1")};
    QTest::newRow("quoted semicolons") << QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\");")
                                       << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\")")};
    QTest::newRow("trigger")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  "
                          "INSERT INTO b VALUES (2);\nEND;\nSELECT 2;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  "
                                      "INSERT INTO b VALUES (2);\nEND"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("empty") << QStringLiteral("  ;\n-- nothing\n;") << QStringList();
}

void TestMigrator::splitsStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(script), statements);
}

void TestMigrator::appliesStepsInOrder()
{
    writeStep(QStringLiteral("0001_first.sql"), QStringLiteral("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);"));
    writeStep(QStringLiteral("0002_second.sql"), QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT;\nUPDATE a SET y = 'two';"));

    Migrator first(m_db, m_migrations);
    QCOMPARE(first.latestVersion(), 2);
    QCOMPARE(first.currentVersion(), 0);
    QVERIFY2(first.migrate(), qPrintable(first.errorString()));
    QCOMPARE(first.currentVersion(), 2);

    // Running it again changes nothing.
    QVERIFY(Migrator(m_db, m_migrations).migrate());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT x, y FROM a")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("two"));
    QVERIFY(!query.next());
}

void TestMigrator::rollsBackAFailedStepWhole()
{
    writeStep(QStringLiteral("0001_first.sql"), QStringLiteral("CREATE TABLE a (x INTEGER);"));
    writeStep(QStringLiteral("0002_broken.sql"),
              QStringLiteral("CREATE TABLE b (y INTEGER);\nINSERT INTO no_such_table VALUES (1);"));

    Migrator migrator(m_db, m_migrations);
    QVERIFY(!migrator.migrate());
    QVERIFY(migrator.errorString().contains(QStringLiteral("Migration 2")));
    QCOMPARE(migrator.currentVersion(), 1);
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestMigrator::refusesANewerSchema()
{
    writeStep(QStringLiteral("0001_first.sql"), QStringLiteral("CREATE TABLE a (x INTEGER);"));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 5")));

    Migrator migrator(m_db, m_migrations);
    QVERIFY(!migrator.canMigrate());
    QVERIFY(!migrator.migrate());
    QVERIFY(migrator.errorString().contains(QStringLiteral("newer version")));
    QCOMPARE(migrator.currentVersion(), 5);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
