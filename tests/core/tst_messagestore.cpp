// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationthread.h"
#include "integritycheck.h"
#include "messagestore.h"
#include "testmessages.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::message;
using hearth::test::reply;

namespace {
int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}
} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesABatchAndItsCursor();
    void reFetchingNeverDuplicates();
    void takesAnEditedText();
    void failedBatchKeepsNothingAndNotTheCursor();
    void skipsItemsWithoutIdOrTime();
    void assemblesThreadsFromParentIds();
    void replyEndsTheWaitAndANewMessageReopens();
    void accountsByNameAndKind();
    void authorsTakeNewNamesAcrossBatches();
    void conversationsKnowWhoStartedThem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_account = 0;
};

void TestMessageStore::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    m_account = MessageStore(*m_workspace).ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QVERIFY(m_account > 0);
}

void TestMessageStore::cleanup()
{
    m_workspace.reset();
}

void TestMessageStore::storesABatchAndItsCursor()
{
    MessageStore store(*m_workspace);
    QCOMPARE(store.cursor(m_account), std::nullopt);
    const IngestResult result = store.ingest(m_account, {message(QStringLiteral("a"), 0, QStringLiteral("Hello")),
                                                         message(QStringLiteral("b"), 1, QStringLiteral("Second"))},
                                             QStringLiteral("uid:2"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.inserted, 2);
    QCOMPARE(store.cursor(m_account), std::optional<QString>(QStringLiteral("uid:2")));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 2);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM authors")), 1);
    // Message ids follow time, which is what lets search read newest first.
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE id / 4096 = created_at")), 2);
    QVERIFY(IntegrityCheck::run(*m_workspace, IntegrityCheck::Depth::Full).isEmpty());
}

void TestMessageStore::reFetchingNeverDuplicates()
{
    MessageStore store(*m_workspace);
    const QList<IncomingMessage> batch{message(QStringLiteral("a"), 0, QStringLiteral("Hello"), QStringLiteral("t1")),
                                       message(QStringLiteral("b"), 5, QStringLiteral("More"), QStringLiteral("t1")),
                                       message(QStringLiteral("c"), 9, QStringLiteral("Other"), QStringLiteral("t2"))};
    // The same new message twice in one batch is stored once.
    const IngestResult first = store.ingest(m_account, batch + QList<IncomingMessage>{batch.first()}, QStringLiteral("1"));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.inserted, 3);
    QCOMPARE(first.unchanged, 1);
    const IngestResult again = store.ingest(m_account, batch + batch, QStringLiteral("2"));
    QVERIFY(again.ok);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, 6);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 3);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations")), 2);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT message_count FROM conversations WHERE remote_thread_id = 't1'")), 2);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT sum(n) FROM conversation_counts")), 2);
    // Same millisecond, different messages, in one batch and across batches: distinct ids.
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("d"), 0, QStringLiteral("Same time")),
                                     message(QStringLiteral("e"), 0, QStringLiteral("Same time too"))}).ok);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("f"), 0, QStringLiteral("And again"))}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(DISTINCT id) FROM messages")), 6);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages WHERE id / 4096 = created_at")), 6);

    // Platform ids that need quoting are found again all the same.
    const QList<IncomingMessage> odd{message(QStringLiteral("<a\"b'c@mail.example>"), 30, QStringLiteral("quotes")),
                                     message(QStringLiteral("ü\\n[]{}"), 31, QStringLiteral("escapes"))};
    QCOMPARE(store.ingest(m_account, odd).inserted, 2);
    QCOMPARE(store.ingest(m_account, odd).unchanged, 2);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 8);
    QVERIFY(IntegrityCheck::run(*m_workspace, IntegrityCheck::Depth::Full).isEmpty());
}

void TestMessageStore::takesAnEditedText()
{
    MessageStore store(*m_workspace);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a"), 0, QStringLiteral("lemonade is sour"))}).ok);
    const IngestResult edited = store.ingest(m_account, {message(QStringLiteral("a"), 0, QStringLiteral("lemonade is sweet"))});
    QVERIFY(edited.ok);
    QCOMPARE(edited.updated, 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'sweet'")), 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'sour'")), 0);
    QVERIFY(IntegrityCheck::run(*m_workspace, IntegrityCheck::Depth::Full).isEmpty());
}

void TestMessageStore::failedBatchKeepsNothingAndNotTheCursor()
{
    MessageStore store(*m_workspace);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a"), 0, QStringLiteral("First"))}, QStringLiteral("1")).ok);

    // A storage failure half-way through the batch, as a full disk would cause.
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON messages WHEN new.remote_id = 'boom' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const IngestResult failed = store.ingest(m_account, {message(QStringLiteral("b"), 1, QStringLiteral("Second")),
                                                         message(QStringLiteral("boom"), 2, QStringLiteral("Third"))},
                                             QStringLiteral("3"));
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("disk full")), qPrintable(failed.error));
    QCOMPARE(store.cursor(m_account), std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations")), 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT sum(n) FROM conversation_counts")), 1);

    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER fail")));
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("b"), 1, QStringLiteral("Second")),
                                     message(QStringLiteral("boom"), 2, QStringLiteral("Third"))},
                         QStringLiteral("3")).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 3);
    QVERIFY(IntegrityCheck::run(*m_workspace, IntegrityCheck::Depth::Full).isEmpty());
}

void TestMessageStore::skipsItemsWithoutIdOrTime()
{
    IncomingMessage noTime = message(QStringLiteral("x"), 0, QStringLiteral("When?"));
    noTime.createdAt = 0;
    const IngestResult result = MessageStore(*m_workspace).ingest(
        m_account, {message(QString(), 0, QStringLiteral("Who?")), noTime, message(QStringLiteral("ok"), 1, QStringLiteral("Fine"))});
    QVERIFY(result.ok);
    QCOMPARE(result.inserted, 1);
    QCOMPARE(result.problems.size(), 2);
    QVERIFY(result.problems.at(0).contains(QStringLiteral("Item 1")));
    QVERIFY(result.problems.at(1).contains(QStringLiteral("Item 2")));
}

void TestMessageStore::assemblesThreadsFromParentIds()
{
    MessageStore store(*m_workspace);
    // The answer arrives before the message it answers (a paged fetch can do that).
    QVERIFY(store.ingest(m_account, {reply(QStringLiteral("r1"), 10, QStringLiteral("We are on it"), QStringLiteral("q1"))}).ok);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("q1"), 0, QStringLiteral("My bottle broke")),
                                     reply(QStringLiteral("r2"), 20, QStringLiteral("Refund sent"), QStringLiteral("r1"))}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations")), 1);

    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM conversations")) && query.next());
    ConversationThread thread;
    QVERIFY(ConversationThread::load(*m_workspace, query.value(0).toLongLong(), &thread));
    QCOMPARE(thread.messages.size(), 3);
    QCOMPARE(thread.messages.at(0).remoteId, QStringLiteral("q1"));
    QCOMPARE(thread.messages.at(2).remoteId, QStringLiteral("r2"));
    QCOMPARE(thread.conversation.messageCount, 3);
    QCOMPARE(thread.conversation.authorName, QStringLiteral("Zoë Martin"));
    QCOMPARE(thread.conversation.snippet, QStringLiteral("Refund sent"));
    QCOMPARE(thread.conversation.lastMessageAt, hearth::test::baseTime + 20 * 60 * 1000);
}

void TestMessageStore::replyEndsTheWaitAndANewMessageReopens()
{
    MessageStore store(*m_workspace);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("q"), 0, QStringLiteral("Help"), QStringLiteral("t"))}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT first_response_due - created_at FROM conversations")),
             MessageStore::defaultFirstResponseMinutes * 60 * 1000);

    IncomingMessage answer = reply(QStringLiteral("a"), 5, QStringLiteral("Here"), QStringLiteral("q"));
    answer.threadId = QStringLiteral("t");
    QVERIFY(store.ingest(m_account, {answer}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE first_response_due IS NULL")), 1);

    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved'")));
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT n FROM conversation_counts WHERE status = 'resolved'")), 1);
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("q2"), 60, QStringLiteral("Again"), QStringLiteral("t"))}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM conversations WHERE status = 'open'")), 1);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT n FROM conversation_counts WHERE status = 'resolved'")), 0);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT n FROM conversation_counts WHERE status = 'open'")), 1);
}

void TestMessageStore::accountsByNameAndKind()
{
    MessageStore store(*m_workspace);
    QCOMPARE(store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support")), m_account);
    QCOMPARE(store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Support")), 0);
    const qint64 other = store.ensureAccount(QStringLiteral("mastodon"), QStringLiteral("Fediverse"));
    QVERIFY(other > 0 && other != m_account);
    // The same platform id in two accounts is two messages.
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("1"), 0, QStringLiteral("mail"))}).ok);
    QVERIFY(store.ingest(other, {message(QStringLiteral("1"), 0, QStringLiteral("toot"))}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM messages")), 2);
}

void TestMessageStore::authorsTakeNewNamesAcrossBatches()
{
    MessageStore store(*m_workspace);
    IncomingMessage first = message(QStringLiteral("a"), 0, QStringLiteral("Hi"));
    IncomingMessage renamed = message(QStringLiteral("b"), 1, QStringLiteral("Hi again"));
    renamed.authorName = QStringLiteral("Zoë Martin-Dupont");
    QVERIFY(store.ingest(m_account, {first}).ok);
    QVERIFY(store.ingest(m_account, {renamed}).ok);
    QCOMPARE(count(*m_workspace, QStringLiteral("SELECT count(*) FROM authors")), 1);
    QSqlQuery query(m_workspace->database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM authors")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Zoë Martin-Dupont"));

    // A failed batch forgets the authors it added: the next batch adds them again.
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON messages WHEN new.remote_id = 'boom' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    IncomingMessage newcomer = message(QStringLiteral("boom"), 2, QStringLiteral("New here"), QString(), QStringLiteral("Ola Nowak"));
    QVERIFY(!store.ingest(m_account, {newcomer}).ok);
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER fail")));
    QVERIFY(store.ingest(m_account, {newcomer}).ok);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages m JOIN authors a ON a.id = m.author_id "
                                      "WHERE a.name = 'Ola Nowak'")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

// The author card lists a person's conversations through conversations.author_id: the first
// customer of the thread, also when the team wrote first and the customer answered later.
void TestMessageStore::conversationsKnowWhoStartedThem()
{
    MessageStore store(*m_workspace);
    IncomingMessage announcement = message(QStringLiteral("team-1"), 0, QStringLiteral("New flavour!"), QStringLiteral("t2"), QString());
    announcement.outbound = true;
    QVERIFY(store.ingest(m_account, {message(QStringLiteral("a"), 1, QStringLiteral("Hello"), QStringLiteral("t1")),
                                     message(QStringLiteral("b"), 2, QStringLiteral("Me too"), QStringLiteral("t1"),
                                             QStringLiteral("Ida Lund")),
                                     announcement})
                .ok);
    QSqlQuery query(m_workspace->database());
    const auto authorOf = [&query](const QString &thread) {
        query.prepare(QStringLiteral("SELECT a.name FROM conversations c LEFT JOIN authors a ON a.id = c.author_id "
                                     "WHERE c.remote_thread_id = ?"));
        query.addBindValue(thread);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<no conversation>");
    };
    QCOMPARE(authorOf(QStringLiteral("t1")), QStringLiteral("Zoë Martin"));
    QCOMPARE(authorOf(QStringLiteral("t2")), QString()); // nobody from outside yet

    QVERIFY(store.ingest(m_account, {message(QStringLiteral("c"), 3, QStringLiteral("Yum"), QStringLiteral("t2"),
                                             QStringLiteral("Ida Lund")),
                                     message(QStringLiteral("d"), 4, QStringLiteral("Later"), QStringLiteral("t1"),
                                             QStringLiteral("Ida Lund"))})
                .ok);
    QCOMPARE(authorOf(QStringLiteral("t2")), QStringLiteral("Ida Lund"));
    QCOMPARE(authorOf(QStringLiteral("t1")), QStringLiteral("Zoë Martin")); // the first stays
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
