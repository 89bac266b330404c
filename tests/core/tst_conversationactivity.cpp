// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationactivity.h"
#include "messagestore.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::baseTime;
using hearth::test::message;

// The audit trail and the notes are written elsewhere in Hearth; these rows are inserted as
// those parts write them.
class TestConversationActivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergesNotesAndAuditInTimeOrder();
    void describesEachActionWithNames();
    void toleratesUnknownActionsAndBadDetails();

private:
    void exec(const QString &statement, const QVariantList &values);
    void audit(qint64 at, const QVariant &user, const QString &action, const QString &details, qint64 conversation = 0);
    QList<ActivityEntry> load();

    QTemporaryDir m_dir;
    Workspace m_workspace;
    qint64 m_conversation = 0;
    qint64 m_other = 0;
};

void TestConversationActivity::initTestCase()
{
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("activity.hearth"))));
    MessageStore store(m_workspace);
    const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QVERIFY(store.ingest(account, {message(QStringLiteral("a"), 0, QStringLiteral("Broken"), QStringLiteral("a")),
                                   message(QStringLiteral("b"), 0, QStringLiteral("Other"), QStringLiteral("b"))})
                .ok);
    QSqlQuery query(m_workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations ORDER BY id")));
    QVERIFY(query.next());
    m_conversation = query.value(0).toLongLong();
    QVERIFY(query.next());
    m_other = query.value(0).toLongLong();
    exec(QStringLiteral("INSERT INTO users (id, name, role, created_at) VALUES (1, 'Maja', 'agent', 0), "
                        "(2, 'Tom', 'manager', 0)"),
         {});
    exec(QStringLiteral("INSERT INTO departments (id, name) VALUES (7, 'Customer service')"), {});
}

void TestConversationActivity::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_workspace.database());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestConversationActivity::audit(qint64 at, const QVariant &user, const QString &action, const QString &details,
                                     qint64 conversation)
{
    exec(QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, object_id, details) "
                        "VALUES (?, ?, ?, 'conversation', ?, ?)"),
         {at, user, action, conversation ? conversation : m_conversation, details});
}

QList<ActivityEntry> TestConversationActivity::load()
{
    QList<ActivityEntry> entries;
    QString error;
    if (!ConversationActivity::load(m_workspace, m_conversation, &entries, &error))
        qWarning() << error;
    return entries;
}

void TestConversationActivity::mergesNotesAndAuditInTimeOrder()
{
    exec(QStringLiteral("DELETE FROM audit_log"), {});
    exec(QStringLiteral("DELETE FROM notes"), {});
    exec(QStringLiteral("INSERT INTO notes (id, conversation_id, user_id, body, created_at) VALUES (?, ?, ?, ?, ?)"),
         {10, m_conversation, 1, QStringLiteral("She is a regular; send the big bottle."), baseTime + 2000});
    audit(baseTime + 3000, 2, QStringLiteral("status"), QStringLiteral(R"({"from":"new","to":"open"})"));
    audit(baseTime + 2000, 1, QStringLiteral("note"), QStringLiteral(R"({"note_id":10})"));
    audit(baseTime + 1000, 1, QStringLiteral("tagged"), QStringLiteral(R"({"tag":"refund"})"));
    // Another conversation's history, and another kind of object with the same id.
    audit(baseTime + 1500, 1, QStringLiteral("woke"), QStringLiteral("{}"), m_other);
    exec(QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, object_id, details) "
                        "VALUES (?, 1, 'approved', 'template', ?, '')"),
         {baseTime + 1600, m_conversation});

    const QList<ActivityEntry> entries = load();
    QCOMPARE(entries.size(), 3); // the note once, not its audit line as well
    QCOMPARE(entries.at(0).action, QStringLiteral("tagged"));
    QCOMPARE(entries.at(1).kind, ActivityEntry::Kind::Note);
    QCOMPARE(entries.at(1).noteText, QStringLiteral("She is a regular; send the big bottle."));
    QCOMPARE(entries.at(1).userName, QStringLiteral("Maja"));
    QCOMPARE(entries.at(1).at, baseTime + 2000);
    QCOMPARE(entries.at(2).action, QStringLiteral("status"));
    QCOMPARE(entries.at(2).sentence, QStringLiteral("Tom changed the status from New to Open."));
}

void TestConversationActivity::describesEachActionWithNames()
{
    exec(QStringLiteral("DELETE FROM audit_log"), {});
    exec(QStringLiteral("DELETE FROM notes"), {});
    qint64 at = baseTime;
    const QList<std::pair<QVariant, QString>> lines{
        {1, QStringLiteral(R"(assigned {"user_id":2,"department_id":null,"from_user_id":1,"from_department_id":null})")},
        {2, QStringLiteral(R"(assigned {"user_id":null,"department_id":7,"from_user_id":2,"from_department_id":null})")},
        {2, QStringLiteral(R"(assigned {"user_id":null,"department_id":null,"from_user_id":null,"from_department_id":7})")},
        {QVariant(), QStringLiteral(R"(woke {})")},
        {1, QStringLiteral(R"(follow_up {"at":null})")},
        {1, QStringLiteral(R"(untagged {"tag":"<b>vip</b>"})")},
        {2, QStringLiteral(R"(escalated {"reason":"Press is asking"})")},
        {2, QStringLiteral(R"(escalation_cleared {})")},
        {1, QStringLiteral(R"(reply_queued {"outbox_id":4,"visibility":"private"})")},
        {QVariant(), QStringLiteral(R"(reply_failed {"error":"HTTP 503"})")},
        {QVariant(), QStringLiteral(R"(reply_sent {"outbox_id":4})")},
        {1, QStringLiteral(R"(reply_discarded {"outbox_id":5})")},
        {1, QStringLiteral(R"(note {"note_id":999})")},
        {QVariant(), QStringLiteral(R"(automod {"rule":"Crypto links","match":"coin.example","decision_id":3})")},
        {QVariant(), QStringLiteral(R"(priority {"from":0,"to":2})")},
        {2, QStringLiteral(R"(automod_reverted {"rule":"Crypto links","decision_id":3})")},
    };
    for (const auto &[user, line] : lines) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        audit(at += 1000, user, line.left(space), line.mid(space + 1));
    }
    const QStringList expected{
        QStringLiteral("Maja assigned the conversation to Tom. Before: Maja."),
        QStringLiteral("Tom handed the conversation to Customer service. Before: Tom."),
        QStringLiteral("Tom unassigned the conversation. Before: Customer service."),
        QStringLiteral("Hearth woke the conversation from its snooze."),
        QStringLiteral("Maja cleared the follow-up."),
        QStringLiteral("Maja removed the tag “<b>vip</b>”."),
        QStringLiteral("Tom escalated the conversation: Press is asking"),
        QStringLiteral("Tom cleared the escalation."),
        QStringLiteral("Maja queued a private reply."),
        QStringLiteral("Hearth could not send the reply: HTTP 503"),
        QStringLiteral("Hearth sent the reply."),
        QStringLiteral("Maja discarded a reply."),
        QStringLiteral("Maja wrote an internal note that was later deleted."),
        QStringLiteral("Hearth applied the auto-moderation rule “Crypto links” (coin.example)."),
        QStringLiteral("Hearth changed the priority from 0 to 2."),
        QStringLiteral("Tom reverted what the auto-moderation rule “Crypto links” did."),
    };
    const QList<ActivityEntry> entries = load();
    QCOMPARE(entries.size(), expected.size());
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).sentence, expected.at(i));
    QVERIFY(!entries.at(3).userId);

    // Times in the details are shown in the reader's locale.
    exec(QStringLiteral("DELETE FROM audit_log"), {});
    audit(baseTime, 1, QStringLiteral("snoozed"), QStringLiteral(R"({"until":%1})").arg(baseTime + 3'600'000));
    audit(baseTime + 1, 1, QStringLiteral("follow_up"), QStringLiteral(R"({"at":%1})").arg(baseTime));
    const QList<ActivityEntry> timed = load();
    QCOMPARE(timed.size(), 2);
    QCOMPARE(timed.at(0).sentence,
             QStringLiteral("Maja snoozed the conversation until %1.")
                 .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(baseTime + 3'600'000), QLocale::ShortFormat)));
    QVERIFY(timed.at(1).sentence.startsWith(QStringLiteral("Maja set a follow-up for ")));
}

void TestConversationActivity::toleratesUnknownActionsAndBadDetails()
{
    exec(QStringLiteral("DELETE FROM audit_log"), {});
    exec(QStringLiteral("DELETE FROM notes"), {});
    audit(baseTime + 1, 1, QStringLiteral("merged_into"), QStringLiteral(R"({"conversation_id":3})"));
    audit(baseTime + 2, 1, QStringLiteral("status"), QStringLiteral("{not json"));
    audit(baseTime + 3, 2, QStringLiteral("assigned"), QStringLiteral("[1, 2]"));
    audit(baseTime + 4, 2, QStringLiteral("tagged"), QStringLiteral(""));
    audit(baseTime + 5, 2, QStringLiteral("follow_up"), QStringLiteral(R"({"at":"soon"})"));
    // A user the directory does not know (as another database could have written).
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"), {});
    audit(baseTime + 6, 42, QStringLiteral("reply_discarded"), QStringLiteral("{}"));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"), {});

    const QList<ActivityEntry> entries = load();
    QCOMPARE(entries.size(), 6);
    QCOMPARE(entries.at(0).sentence, QStringLiteral("Maja: merged_into"));
    QCOMPARE(entries.at(1).sentence, QStringLiteral("Maja changed the status."));
    QVERIFY(entries.at(1).details.isEmpty());
    QCOMPARE(entries.at(2).sentence, QStringLiteral("Tom changed who has the conversation."));
    QCOMPARE(entries.at(3).sentence, QStringLiteral("Tom added a tag."));
    QCOMPARE(entries.at(4).sentence, QStringLiteral("Tom changed the follow-up."));
    QCOMPARE(entries.at(5).sentence, QStringLiteral("A former user discarded a reply."));
}

QTEST_MAIN(TestConversationActivity)
#include "tst_conversationactivity.moc"
