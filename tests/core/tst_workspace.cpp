// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"
#include "migrator.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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
    void migratesAVersionOneWorkspace();
    void givesAVersionSixWorkspaceAStableId();
    void integrityCheckFindsDamage();

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
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 8192);
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next());
    QCOMPARE(query.value(0).toInt(), 256 * 1024 * 1024 / 8192);
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

void TestWorkspace::givesAVersionSixWorkspaceAStableId()
{
    // A workspace as the sync release left it: accounts, no id for the keychain yet.
    Workspace resources; // registers the migrations resource
    const QString v6Steps = m_dir.filePath(QStringLiteral("v6-steps"));
    QVERIFY(QDir().mkpath(v6Steps));
    for (const QString &step : {QStringLiteral("0001_initial.sql"), QStringLiteral("0002_search_and_inbox.sql"),
             QStringLiteral("0003_workflow.sql"), QStringLiteral("0004_templates.sql"),
             QStringLiteral("0005_netiquette.sql"), QStringLiteral("0006_sync.sql")})
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + step, v6Steps + QLatin1Char('/') + step));
    const QString path = m_dir.filePath(QStringLiteral("v6.hearth"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Migrator migrator(db, v6Steps);
        QVERIFY2(migrator.migrate(), qPrintable(migrator.errorString()));
        QCOMPARE(migrator.currentVersion(), 6);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, kind, name, settings, created_at) "
                                          "VALUES (1, 'telegram', 'Bot', '{}', 0)")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM workspace_settings")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    QString id;
    {
        Workspace workspace;
        QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
        QCOMPARE(workspace.schemaVersion(), Migrator(workspace.database()).latestVersion());
        id = workspace.setting(QStringLiteral("workspace_id"));
        QCOMPARE(id.size(), 32);
        QCOMPARE(id, id.toLower());
        QVERIFY(!QByteArray::fromHex(id.toLatin1()).isEmpty());
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM accounts WHERE id = 1")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Bot"));
    }
    // The id stays what it is: the keychain keeps the secrets under it.
    Workspace reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.setting(QStringLiteral("workspace_id")), id);
    Workspace other;
    QVERIFY(other.open(m_dir.filePath(QStringLiteral("other-v7.hearth"))));
    QVERIFY(other.setting(QStringLiteral("workspace_id")) != id);
}

void TestWorkspace::migratesAVersionOneWorkspace()
{
    // A workspace as Hearth 0.1's first schema left it.
    Workspace resources; // registers the migrations resource
    const QString v1Steps = m_dir.filePath(QStringLiteral("v1-steps"));
    QVERIFY(QDir().mkpath(v1Steps));
    QVERIFY(QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), v1Steps + QLatin1String("/0001_initial.sql")));
    const QString path = m_dir.filePath(QStringLiteral("v1.hearth"));
    const qint64 at = 1'790'000'000'000;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Migrator migrator(db, v1Steps);
        QVERIFY(migrator.migrate());
        QCOMPARE(migrator.currentVersion(), 1);
        QSqlQuery query(db);
        for (const QString &statement :
             {QStringLiteral("INSERT INTO users VALUES (1, 'Maja', NULL, 'agent', 0)"),
              QStringLiteral("INSERT INTO accounts (id, kind, name, created_at) VALUES (1, 'email', 'Support', 0)"),
              QStringLiteral("INSERT INTO authors VALUES (1, 1, 'zoe@mail.example', 'Zoë Martin', '')"),
              QStringLiteral("INSERT INTO conversations (id, account_id, remote_thread_id, status, created_at, last_message_at) "
                             "VALUES (1, 1, 't1', 'open', %1, %2)").arg(at).arg(at + 60000),
              QStringLiteral("INSERT INTO messages (id, account_id, conversation_id, remote_id, author_id, direction, "
                             "visibility, body_text, created_at, received_at) "
                             "VALUES (1, 1, 1, 'q', 1, 'in', 'private', 'My bottle broke', %1, %1)").arg(at),
              QStringLiteral("INSERT INTO messages (id, account_id, conversation_id, remote_id, sender_user_id, direction, "
                             "visibility, body_text, created_at, received_at) "
                             "VALUES (2, 1, 1, 'a', 1, 'out', 'private', 'A new one is on its way', %1, %1)").arg(at + 60000)})
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), Migrator(workspace.database()).latestVersion());
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, author_name FROM messages ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), at * 4096 + 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("Zoë Martin"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("Maja"));
    QVERIFY(query.exec(QStringLiteral("SELECT message_count, snippet, author_name, author_id FROM conversations"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toString(), QStringLiteral("A new one is on its way"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Zoë Martin"));
    QCOMPARE(query.value(3).toLongLong(), 1); // the conversation's author, found in its first message
    QVERIFY(query.exec(QStringLiteral("SELECT n FROM conversation_counts WHERE status = 'open'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'bottle'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(IntegrityCheck::run(workspace, IntegrityCheck::Depth::Full), QStringList());
}

void TestWorkspace::integrityCheckFindsDamage()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.hearth"));
    Workspace workspace;
    QVERIFY(workspace.open(path));
    QCOMPARE(IntegrityCheck::run(path, IntegrityCheck::Depth::Quick), QStringList());
    QSqlQuery query(workspace.database());
    // A message pointing at a conversation that is not there, written with the checks off.
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (id, kind, name, created_at) VALUES (1, 'email', 'S', 0)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (id, account_id, conversation_id, remote_id, direction, "
                                      "visibility, body_text, created_at, received_at) "
                                      "VALUES (4096, 1, 77, 'x', 'in', 'public', 'orphan', 1, 1)")));
    // Written past the ingest path, it is missing from the search index too.
    const QStringList problems = IntegrityCheck::run(workspace, IntegrityCheck::Depth::Full);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("“messages”")));
    QVERIFY(problems.at(1).contains(QStringLiteral("search index")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
