// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing and removing channel accounts: a new name and settings keep everything else; a
// removal takes the account's conversations, messages, authors, search entries, cursor and
// sync state in one transaction and touches no other account.
#include "accountstore.h"
#include "messagestore.h"
#include "testmessages.h"
#include "workspace.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updatesNameAddressAndSettings();
    void refusesATakenOrEmptyName();
    void removesAnAccountWithAllItHolds();
    void aFailedRemovalChangesNothing();

private:
    qint64 addWithMessages(const QString &name);
    int count(const QString &statement) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("accounts.hearth"))));
}

void TestAccountStore::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestAccountStore::addWithMessages(const QString &name)
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("feed"), name, QStringLiteral("https://example.org/%1").arg(name),
        QJsonObject{{QStringLiteral("pollMinutes"), 30}});
    if (id == 0)
        return 0;
    const QList<IncomingMessage> batch{test::message(name + QStringLiteral("-1"), 1, QStringLiteral("lemonade one")),
        test::message(name + QStringLiteral("-2"), 2, QStringLiteral("lemonade two"), name + QStringLiteral("-1")),
        test::message(name + QStringLiteral("-3"), 3, QStringLiteral("lemonade three"))};
    if (!MessageStore(*m_workspace).ingest(id, batch, QStringLiteral("cursor-") + name).ok)
        return 0;
    if (!accounts.recordSuccess(id, test::baseTime, 3, test::baseTime + 60000))
        return 0;
    return id;
}

int TestAccountStore::count(const QString &statement) const
{
    QSqlQuery query(m_workspace->database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

void TestAccountStore::updatesNameAddressAndSettings()
{
    const qint64 id = addWithMessages(QStringLiteral("alerts"));
    QVERIFY(id);
    AccountStore accounts(*m_workspace);
    QVERIFY(accounts.update(id, QStringLiteral("  Brand alerts "), QStringLiteral("https://example.org/new"),
        QJsonObject{{QStringLiteral("pollMinutes"), 5}}));
    const std::optional<SyncAccount> changed = accounts.account(id);
    QVERIFY(changed);
    QCOMPARE(changed->name, QStringLiteral("Brand alerts"));
    QCOMPARE(changed->address, QStringLiteral("https://example.org/new"));
    QCOMPARE(changed->settings.value(QStringLiteral("pollMinutes")).toInt(), 5);
    QCOMPARE(changed->kind, QStringLiteral("feed"));
    QCOMPARE(changed->state.fetchedTotal, qint64(3)); // its history stays
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(id)), 3);

    // No address at all is an empty one (a bot's handle is optional).
    QVERIFY2(accounts.update(id, QStringLiteral("Brand alerts"), QString(), QJsonObject()), qPrintable(accounts.errorString()));
    QCOMPARE(accounts.account(id)->address, QString());
    QVERIFY(accounts.add(QStringLiteral("telegram"), QStringLiteral("Bot"), QString(), QJsonObject()));
    QVERIFY(!accounts.update(id + 100, QStringLiteral("Nobody"), QString(), QJsonObject()));
    QVERIFY(!accounts.errorString().isEmpty());
}

void TestAccountStore::refusesATakenOrEmptyName()
{
    const qint64 first = addWithMessages(QStringLiteral("first"));
    const qint64 second = addWithMessages(QStringLiteral("second"));
    QVERIFY(first && second);
    AccountStore accounts(*m_workspace);
    QVERIFY(!accounts.update(second, QStringLiteral("first"), QString(), QJsonObject()));
    QCOMPARE(accounts.errorString(), QStringLiteral("There is already an account called “first”."));
    QVERIFY(!accounts.update(second, QStringLiteral("  "), QString(), QJsonObject()));
    QCOMPARE(accounts.account(second)->name, QStringLiteral("second"));
    // Its own name is no conflict.
    QVERIFY(accounts.update(second, QStringLiteral("second"), QStringLiteral("https://example.org/x"), QJsonObject()));
}

void TestAccountStore::removesAnAccountWithAllItHolds()
{
    const qint64 gone = addWithMessages(QStringLiteral("gone"));
    const qint64 kept = addWithMessages(QStringLiteral("kept"));
    QVERIFY(gone && kept);
    AccountStore accounts(*m_workspace);
    const AccountContents contents = accounts.contents(gone);
    QCOMPARE(contents.messages, qint64(3));
    QCOMPARE(contents.conversations, qint64(2));
    const int keptConversations = count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = %1").arg(kept));
    const int searchable = count(QStringLiteral("SELECT count(*) FROM messages_fts"));

    QVERIFY2(accounts.remove(gone), qPrintable(accounts.errorString()));
    QVERIFY(!accounts.account(gone));
    for (const QString &table : {QStringLiteral("messages"), QStringLiteral("conversations"), QStringLiteral("authors"),
             QStringLiteral("sync_cursors"), QStringLiteral("sync_status")})
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = %2").arg(table).arg(gone)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages_fts")), searchable - 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'lemonade'")), 3);
    // The other account is as it was.
    QVERIFY(accounts.account(kept));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(kept)), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = %1").arg(kept)), keptConversations);
    QCOMPARE(MessageStore(*m_workspace).cursor(kept), std::optional<QString>(QStringLiteral("cursor-kept")));
    QCOMPARE(accounts.account(kept)->state.fetchedTotal, qint64(3));
}

void TestAccountStore::aFailedRemovalChangesNothing()
{
    const qint64 id = addWithMessages(QStringLiteral("stays"));
    QVERIFY(id);
    // A trigger makes the last step fail: the deletes before it must roll back with it.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON accounts "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    AccountStore accounts(*m_workspace);
    QVERIFY(!accounts.remove(id));
    QVERIFY(accounts.errorString().contains(QStringLiteral("refused by the test")));
    QVERIFY(accounts.account(id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = %1").arg(id)), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = %1").arg(id)), 2);
    QVERIFY(!accounts.remove(id + 100));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
