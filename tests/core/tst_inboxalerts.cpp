// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxalerts.h"
#include "messagestore.h"
#include "testmessages.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::baseTime;
using hearth::test::message;
using hearth::test::reply;

class TestInboxAlerts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newCustomerMessagesInMyViewsOnly();
    void dueTargetsOfMyViewsOnly();

private:
    void assign(const QString &thread, const QString &column, qint64 id);
    qint64 conversation(const QString &thread);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    qint64 m_account = 0;
    qint64 m_me = 0;
    qint64 m_colleague = 0;
};

void TestInboxAlerts::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("alerts.hearth"))));
    m_account = MessageStore(*m_workspace).ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    UserDirectory users(*m_workspace);
    m_me = users.signIn(QStringLiteral("maja"), QStringLiteral("Maja Berg"))->id;
    m_colleague = users.signIn(QStringLiteral("tom"), QStringLiteral("Tom Hale"))->id;
}

void TestInboxAlerts::cleanup()
{
    delete m_workspace;
    delete m_dir;
}

void TestInboxAlerts::assign(const QString &thread, const QString &column, qint64 id)
{
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.prepare(QStringLiteral("UPDATE conversations SET %1 = ? WHERE remote_thread_id = ?").arg(column)));
    query.addBindValue(id);
    query.addBindValue(thread);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

qint64 TestInboxAlerts::conversation(const QString &thread)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = ?"));
    query.addBindValue(thread);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestInboxAlerts::newCustomerMessagesInMyViewsOnly()
{
    MessageStore store(*m_workspace);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a1"), 0, QStringLiteral("Old news"), QStringLiteral("a")),
                                     message(QStringLiteral("b1"), 1, QStringLiteral("Hello"), QStringLiteral("b")),
                                     message(QStringLiteral("c1"), 2, QStringLiteral("Hi"), QStringLiteral("c")),
                                     message(QStringLiteral("d1"), 3, QStringLiteral("Hey"), QStringLiteral("d"))})
                .ok);
    assign(QStringLiteral("b"), QStringLiteral("assignee_id"), m_me);
    assign(QStringLiteral("c"), QStringLiteral("assignee_id"), m_colleague);
    const InboxAlerts alerts(*m_workspace);
    const qint64 seen = alerts.newestMessageId().value_or(-1);
    QVERIFY(seen > 0);
    QVERIFY(alerts.newMessages(seen, m_me).isEmpty());

    // New customer messages in a, b (mine), c (a colleague's); d gets only the team's reply.
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a2"), 10, QStringLiteral("More"), QStringLiteral("a")),
                                     message(QStringLiteral("b2"), 11, QStringLiteral("Still there?"), QStringLiteral("b")),
                                     message(QStringLiteral("c2"), 12, QStringLiteral("Ping"), QStringLiteral("c")),
                                     reply(QStringLiteral("d2"), 13, QStringLiteral("Answered"), QStringLiteral("d1"))})
                .ok);
    const QList<InboxAlert> news = alerts.newMessages(seen, m_me);
    QCOMPARE(news.size(), 2);
    QCOMPARE(news.at(0).conversationId, conversation(QStringLiteral("b"))); // newest first
    QCOMPARE(news.at(0).at, baseTime + 11 * 60 * 1000);
    QCOMPARE(news.at(1).conversationId, conversation(QStringLiteral("a")));
    QCOMPARE(news.at(1).authorName, QStringLiteral("Zoë Martin"));
    // For the colleague, their own conversation and the unassigned one.
    QCOMPARE(alerts.newMessages(seen, m_colleague).size(), 2);
}

void TestInboxAlerts::dueTargetsOfMyViewsOnly()
{
    MessageStore store(*m_workspace);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a1"), 0, QStringLiteral("First"), QStringLiteral("a")),
                                     message(QStringLiteral("b1"), 30, QStringLiteral("Second"), QStringLiteral("b")),
                                     message(QStringLiteral("c1"), 5, QStringLiteral("Third"), QStringLiteral("c")),
                                     message(QStringLiteral("d1"), 6, QStringLiteral("Fourth"), QStringLiteral("d")),
                                     message(QStringLiteral("e1"), 7, QStringLiteral("Fifth"), QStringLiteral("e")),
                                     reply(QStringLiteral("e2"), 8, QStringLiteral("Answered"), QStringLiteral("e1"))})
                .ok);
    assign(QStringLiteral("c"), QStringLiteral("assignee_id"), m_colleague);
    QSqlQuery departments(m_workspace->database());
    QVERIFY(departments.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Logistics')")));
    assign(QStringLiteral("d"), QStringLiteral("department_id"), departments.lastInsertId().toLongLong());

    // Targets are an hour after the first message: a at 60, b at 90, c at 65 (a colleague's),
    // d at 66 (with a department), e answered.
    const InboxAlerts alerts(*m_workspace);
    const qint64 minute = 60 * 1000;
    QVERIFY(alerts.dueBefore(baseTime + 59 * minute, m_me).isEmpty());
    QList<InboxAlert> due = alerts.dueBefore(baseTime + 70 * minute, m_me);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).conversationId, conversation(QStringLiteral("a")));
    QCOMPARE(due.at(0).at, baseTime + 60 * minute);
    due = alerts.dueBefore(baseTime + 100 * minute, m_me);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(1).conversationId, conversation(QStringLiteral("b")));
    QCOMPARE(alerts.dueBefore(baseTime + 100 * minute, m_colleague).size(), 3);
}

QTEST_GUILESS_MAIN(TestInboxAlerts)
#include "tst_inboxalerts.moc"
