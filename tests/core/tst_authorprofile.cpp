// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorprofile.h"
#include "messagestore.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::message;

// The author card: who wrote, and what else they wrote before.
class TestAuthorProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEarlierConversationsNewestFirst();
    void staysWithinTheAuthorsAccount();
    void limitsTheList();
    void aConversationWithoutAnAuthorHasNoProfile();
    void anUnknownConversationFails();

private:
    qint64 conversation(qint64 account, const QString &thread);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_mail = 0;
    qint64 m_mastodon = 0;
};

void TestAuthorProfile::initTestCase()
{
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("authors.hearth"))));
    MessageStore store(m_workspace);
    m_mail = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    m_mastodon = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Fediverse"));
    // Zoë writes 25 conversations by mail; thread z0 is the oldest. Ola writes one. The same
    // address on Mastodon is another author (authors belong to an account).
    QList<IncomingMessage> mail;
    for (int i = 0; i < 25; ++i)
        mail << message(QStringLiteral("z%1").arg(i), i * 10, QStringLiteral("Question %1").arg(i), QStringLiteral("z%1").arg(i));
    mail << message(QStringLiteral("o"), 5, QStringLiteral("Hello"), QStringLiteral("o"), QStringLiteral("Ola Nordmann"));
    IncomingMessage announcement = hearth::test::reply(QStringLiteral("team"), 7, QStringLiteral("We are open on Sunday"), QString());
    announcement.threadId = QStringLiteral("team");
    mail << announcement;
    QVERIFY(store.ingest(m_mail, mail).ok);
    QVERIFY(store.ingest(m_mastodon, {message(QStringLiteral("t"), 300, QStringLiteral("Toot"), QStringLiteral("t"))}).ok);
}

qint64 TestAuthorProfile::conversation(qint64 account, const QString &thread)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE account_id = ? AND remote_thread_id = ?"));
    query.addBindValue(account);
    query.addBindValue(thread);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestAuthorProfile::listsEarlierConversationsNewestFirst()
{
    const qint64 current = conversation(m_mail, QStringLiteral("z3"));
    AuthorProfile profile;
    QVERIFY(AuthorProfile::load(m_workspace, current, &profile));
    QVERIFY(profile.hasAuthor());
    QCOMPARE(profile.name, QStringLiteral("Zoë Martin"));
    QCOMPARE(profile.accountName, QStringLiteral("Support"));
    QCOMPARE(profile.channelKind, QStringLiteral("email"));
    QCOMPARE(profile.conversationCount, 25);
    QCOMPARE(profile.firstSeen, hearth::test::baseTime); // z0
    QCOMPARE(profile.earlierConversations.size(), AuthorProfile::defaultLimit);
    QCOMPARE(profile.earlierConversations.first().id, conversation(m_mail, QStringLiteral("z24")));
    for (int i = 1; i < profile.earlierConversations.size(); ++i)
        QVERIFY(profile.earlierConversations.at(i - 1).lastMessageAt > profile.earlierConversations.at(i).lastMessageAt);
    for (const ConversationRow &row : std::as_const(profile.earlierConversations)) {
        QVERIFY(row.id != current);
        QCOMPARE(row.accountId, m_mail);
        QCOMPARE(row.authorName, QStringLiteral("Zoë Martin"));
    }
}

void TestAuthorProfile::staysWithinTheAuthorsAccount()
{
    AuthorProfile profile;
    QVERIFY(AuthorProfile::load(m_workspace, conversation(m_mastodon, QStringLiteral("t")), &profile));
    QVERIFY(profile.hasAuthor());
    QCOMPARE(profile.accountName, QStringLiteral("Fediverse"));
    QCOMPARE(profile.conversationCount, 1);
    QVERIFY(profile.earlierConversations.isEmpty());

    QVERIFY(AuthorProfile::load(m_workspace, conversation(m_mail, QStringLiteral("o")), &profile));
    QCOMPARE(profile.name, QStringLiteral("Ola Nordmann"));
    QCOMPARE(profile.conversationCount, 1);
    QVERIFY(profile.earlierConversations.isEmpty());
}

void TestAuthorProfile::limitsTheList()
{
    AuthorProfile profile;
    const qint64 newest = conversation(m_mail, QStringLiteral("z24"));
    QVERIFY(AuthorProfile::load(m_workspace, newest, &profile, 3));
    QCOMPARE(profile.earlierConversations.size(), 3);
    QCOMPARE(profile.earlierConversations.at(0).id, conversation(m_mail, QStringLiteral("z23")));
    QCOMPARE(profile.earlierConversations.at(2).id, conversation(m_mail, QStringLiteral("z21")));
    QVERIFY(AuthorProfile::load(m_workspace, newest, &profile, 100));
    QCOMPARE(profile.earlierConversations.size(), 24);
    QCOMPARE(profile.earlierConversations.last().id, conversation(m_mail, QStringLiteral("z0")));
}

void TestAuthorProfile::aConversationWithoutAnAuthorHasNoProfile()
{
    AuthorProfile profile;
    QVERIFY(AuthorProfile::load(m_workspace, conversation(m_mail, QStringLiteral("team")), &profile));
    QVERIFY(!profile.hasAuthor());
    QCOMPARE(profile.accountName, QStringLiteral("Support"));
    QVERIFY(profile.earlierConversations.isEmpty());
}

void TestAuthorProfile::anUnknownConversationFails()
{
    AuthorProfile profile;
    QVERIFY(!AuthorProfile::load(m_workspace, 999999, &profile));
}

QTEST_MAIN(TestAuthorProfile)
#include "tst_authorprofile.moc"
