// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int countRows(const Workspace &workspace, const QString &table)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Writes a plain SQLite database with the given statements, through its own connection.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createsMigratesAndConfigures();
    void reopensWithItsData();
    void existingOnlyRefusesAMissingFile();
    void refusesACorruptFileWithoutTouchingIt();
    void refusesAnotherProgramsDatabase();
    void refusesANewerSchemaWithoutTouchingIt();
    void keepsSettings();
    void twoWorkspacesAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createsMigratesAndConfigures()
{
    const QString path = m_dir.filePath(QStringLiteral("new/folder/team.hearth"));
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QVERIFY(QFile::exists(path));
    QVERIFY(workspace.isOpen());
    QCOMPARE(workspace.schemaVersion(), Migrator(workspace.database()).latestVersion());
    QCOMPARE(workspace.journalMode(), QStringLiteral("wal"));

    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0x48525448);
    for (const char *table : {"accounts", "conversations", "messages", "authors", "users", "notes",
                              "audit_log", "sync_cursors", "tags", "conversation_tags"})
        QCOMPARE(countRows(workspace, QString::fromLatin1(table)), 0);
}

void TestWorkspace::reopensWithItsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.hearth"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO accounts (kind, name, created_at) VALUES (?, ?, 0)")));
        query.addBindValue(QStringLiteral("email"));
        query.addBindValue(QStringLiteral("Support – “Überall”"));
        QVERIFY(query.exec());
        workspace.close();
        QVERIFY(!workspace.isOpen());
    }
    Workspace reopened;
    QVERIFY2(reopened.open(path, Workspace::OpenMode::ExistingOnly), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.schemaVersion(), Migrator(reopened.database()).latestVersion());
    QSqlQuery query(reopened.database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM accounts")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Support – “Überall”"));
    QVERIFY(!query.next());
}

void TestWorkspace::existingOnlyRefusesAMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.hearth"));
    Workspace workspace;
    QVERIFY(!workspace.open(path, Workspace::OpenMode::ExistingOnly));
    QVERIFY(!QFile::exists(path));
    QVERIFY(workspace.errorString().contains(QStringLiteral("missing.hearth")));
    QVERIFY(!workspace.isOpen());
}

void TestWorkspace::refusesACorruptFileWithoutTouchingIt()
{
    // A real workspace whose pages are overwritten with garbage after the header.
    const QString path = m_dir.filePath(QStringLiteral("corrupt.hearth"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        QVERIFY(file.write(QByteArray(int(file.size()) - 100, '\x5a')) > 0);
    }
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("corrupt.hearth")), qPrintable(workspace.errorString()));
    QVERIFY(!workspace.isOpen());
    QCOMPARE(fileHash(path), before);

    // Not even an SQLite file.
    const QString text = m_dir.filePath(QStringLiteral("notes.hearth"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear diary, today the lemonade was sour.\n");
    }
    const QByteArray textBefore = fileHash(text);
    QVERIFY(!workspace.open(text));
    QVERIFY(workspace.errorString().contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(fileHash(text), textBefore);
}

void TestWorkspace::refusesAnotherProgramsDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    writeForeignDatabase(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                QStringLiteral("INSERT INTO recipes VALUES ('lemonade')")});
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QVERIFY(workspace.errorString().contains(QStringLiteral("another program")));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::refusesANewerSchemaWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("future.hearth"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);

    Workspace workspace;
    QVERIFY(!workspace.open(path));
    QVERIFY2(workspace.errorString().contains(QStringLiteral("newer version of Hearth")),
             qPrintable(workspace.errorString()));
    QVERIFY(workspace.errorString().contains(QStringLiteral("99")));
    QCOMPARE(fileHash(path), before);
}

void TestWorkspace::keepsSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("settings.hearth"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QCOMPARE(workspace.setting(QStringLiteral("brand"), QStringLiteral("none")), QStringLiteral("none"));
        QVERIFY(workspace.setSetting(QStringLiteral("brand"), QStringLiteral("Sunny'; DROP TABLE accounts; --")));
        QVERIFY(workspace.setSetting(QStringLiteral("brand"), QStringLiteral("Sunny Squeeze")));
    }
    Workspace workspace;
    QVERIFY(workspace.open(path));
    QCOMPARE(workspace.setting(QStringLiteral("brand")), QStringLiteral("Sunny Squeeze"));
    QCOMPARE(countRows(workspace, QStringLiteral("accounts")), 0);
}

void TestWorkspace::twoWorkspacesAtOnce()
{
    Workspace first;
    Workspace second;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("first.hearth"))));
    QVERIFY(second.open(m_dir.filePath(QStringLiteral("second.hearth"))));
    QVERIFY(first.setSetting(QStringLiteral("name"), QStringLiteral("first")));
    QCOMPARE(second.setting(QStringLiteral("name")), QString());
    QCOMPARE(first.setting(QStringLiteral("name")), QStringLiteral("first"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
