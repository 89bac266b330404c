// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylist.h"
#include "authorcard.h"
#include "conversationheader.h"
#include "conversationpane.h"
#include "conversationview.h"
#include "messagestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QLabel>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// What surrounds the thread: the header, the author card and the team's notes and history,
// all following the conversation the pane shows and every change announced for it.
class TestConversationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerFollowsChanges();
    void headerShowsUntrustedTextAsText();
    void authorCardOpensEarlierConversations();
    void conversationWithoutAuthorSaysSo();
    void activityShowsNotesAndAuditLines();

private:
    qint64 conversation(const QString &thread);
    void exec(const QString &statement, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ConversationPane> m_pane;
    qint64 m_account = 0;
};

void TestConversationPane::initTestCase()
{
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("pane.hearth"))));
    MessageStore store(m_workspace);
    m_account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
    QList<IncomingMessage> messages;
    for (int i = 1; i <= 3; ++i) {
        IncomingMessage m;
        m.remoteId = QStringLiteral("z%1").arg(i);
        m.threadId = m.remoteId;
        m.authorRemoteId = QStringLiteral("zoe@mail.example");
        m.authorName = QStringLiteral("Zoë Martin");
        m.authorHandle = QStringLiteral("zoe@mail.example");
        m.subject = QStringLiteral("Bottle %1").arg(i);
        m.text = QStringLiteral("Question number %1").arg(i);
        m.lang = QStringLiteral("en");
        m.createdAt = 1'790'000'000'000 + i * 3'600'000;
        messages << m;
    }
    IncomingMessage hostile = messages.first();
    hostile.remoteId = QStringLiteral("h");
    hostile.threadId = QStringLiteral("h");
    hostile.authorRemoteId = QStringLiteral("mallory@mail.example");
    hostile.authorName = QStringLiteral("<b>Admin</b>\u202Etxt.exe");
    hostile.subject = QStringLiteral("<img src=\"http://127.0.0.1:1/x.png\"><i>Urgent</i>");
    messages << hostile;
    IncomingMessage team = messages.first();
    team.remoteId = QStringLiteral("t");
    team.threadId = QStringLiteral("t");
    team.authorRemoteId.clear();
    team.authorName = QStringLiteral("Maja");
    team.outbound = true;
    team.subject = QStringLiteral("Summer opening hours");
    messages << team;
    QVERIFY(store.ingest(m_account, messages).ok);
    exec(QStringLiteral("INSERT INTO users (id, name, role, created_at) VALUES (1, 'Maja', 'agent', 0), "
                        "(2, 'Tom', 'manager', 0)"));
    exec(QStringLiteral("INSERT INTO departments (id, name) VALUES (7, 'Customer service')"));
}

void TestConversationPane::init()
{
    const std::optional<User> maja = UserDirectory(m_workspace).user(1);
    QVERIFY(maja);
    m_session = std::make_unique<WorkspaceSession>(m_workspace, *maja);
    m_pane = std::make_unique<ConversationPane>();
    m_pane->resize(1100, 700);
    m_pane->setSession(m_session.get());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestConversationPane::cleanup()
{
    m_pane.reset();
    m_session.reset();
}

qint64 TestConversationPane::conversation(const QString &thread)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = ?"));
    query.addBindValue(thread);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestConversationPane::exec(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_workspace.database());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestConversationPane::headerFollowsChanges()
{
    const qint64 id = conversation(QStringLiteral("z3"));
    m_pane->showConversation(id);
    ConversationHeader *header = m_pane->header();
    QCOMPARE(header->subjectText(), QStringLiteral("Bottle 3"));
    QCOMPARE(header->statusText(), QStringLiteral("New"));
    QCOMPARE(header->assigneeText(), QStringLiteral("Unassigned"));
    QVERIFY(!header->isEscalationShown());
    QCOMPARE(header->findChild<QLabel *>(QStringLiteral("headerAccount"))->text(), QStringLiteral("Support"));

    // Another part of Hearth writes, then says so.
    exec(QStringLiteral("UPDATE conversations SET status = 'waiting', assignee_id = 2, escalated_at = ?, "
                        "escalated_by = 1, escalation_reason = 'A journalist asked' WHERE id = ?"),
         {1'790'000'000'000LL, id});
    exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'refund'), (2, 'vip')"));
    exec(QStringLiteral("INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, 1), (?, 2)"), {id, id});
    QCOMPARE(header->statusText(), QStringLiteral("New")); // nothing changes before it is announced
    m_session->announceConversationChanged(id);
    QTRY_COMPARE(header->statusText(), QStringLiteral("Waiting"));
    QCOMPARE(header->assigneeText(), QStringLiteral("Assigned to Tom"));
    QCOMPARE(header->tagTexts(), (QStringList{QStringLiteral("refund"), QStringLiteral("vip")}));
    QVERIFY(header->isEscalationShown());
    QVERIFY(header->escalationText().contains(QStringLiteral("Escalated by Maja")));
    QVERIFY(header->escalationText().contains(QStringLiteral("A journalist asked")));

    // Handed to a department, escalation cleared.
    exec(QStringLiteral("UPDATE conversations SET assignee_id = NULL, department_id = 7, escalated_at = NULL WHERE id = ?"),
         {id});
    m_session->announceConversationChanged(id);
    QTRY_COMPARE(header->assigneeText(), QStringLiteral("With Customer service"));
    QVERIFY(!header->isEscalationShown());
    exec(QStringLiteral("DELETE FROM conversation_tags"));
    exec(QStringLiteral("DELETE FROM tags"));
    exec(QStringLiteral("UPDATE conversations SET status = 'new', department_id = NULL WHERE id = ?"), {id});
}

void TestConversationPane::headerShowsUntrustedTextAsText()
{
    m_pane->showConversation(conversation(QStringLiteral("h")));
    ConversationHeader *header = m_pane->header();
    const auto *subject = header->findChild<QLabel *>(QStringLiteral("headerSubject"));
    QCOMPARE(subject->textFormat(), Qt::PlainText);
    QCOMPARE(subject->text(), QStringLiteral("<img src=\"http://127.0.0.1:1/x.png\"><i>Urgent</i>"));
    const auto *name = m_pane->authorCard()->findChild<QLabel *>(QStringLiteral("authorName"));
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QVERIFY(name->text().startsWith(QStringLiteral("<b>Admin</b>")));
    QVERIFY(!name->text().contains(QChar(0x202E)));
}

void TestConversationPane::authorCardOpensEarlierConversations()
{
    m_pane->showConversation(conversation(QStringLiteral("z3")));
    AuthorCard *card = m_pane->authorCard();
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("authorName"))->text(), QStringLiteral("Zoë Martin"));
    const QString details = card->findChild<QLabel *>(QStringLiteral("authorDetails"))->text();
    QVERIFY2(details.contains(QStringLiteral("3 conversation")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("zoe@mail.example")));
    QListWidget *list = card->earlierConversations();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Bottle 2")));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Bottle 1")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("New")));

    // A click shows it in the pane.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(1)).center());
    QTRY_COMPARE(m_pane->conversationId(), conversation(QStringLiteral("z1")));
    QCOMPARE(m_pane->header()->subjectText(), QStringLiteral("Bottle 1"));
    QTRY_VERIFY(m_pane->thread()->toPlainText().contains(QStringLiteral("Question number 1")));
    QCOMPARE(list->count(), 2); // now z3 and z2
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Bottle 3")));

    // So does Enter on the current one.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(m_pane->conversationId(), conversation(QStringLiteral("z2")));
}

void TestConversationPane::conversationWithoutAuthorSaysSo()
{
    m_pane->showConversation(conversation(QStringLiteral("t")));
    AuthorCard *card = m_pane->authorCard();
    QVERIFY(!card->profile().hasAuthor());
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("authorName"))->text().contains(QStringLiteral("team started")));
    QVERIFY(card->earlierConversations()->isHidden());
}

void TestConversationPane::activityShowsNotesAndAuditLines()
{
    const qint64 id = conversation(QStringLiteral("z2"));
    m_pane->showConversation(id);
    ActivityList *activity = m_pane->activity();
    QVERIFY(activity->shownTexts().isEmpty());
    QVERIFY(activity->findChild<QLabel *>(QStringLiteral("noActivity"))->isVisible());

    exec(QStringLiteral("INSERT INTO notes (id, conversation_id, user_id, body, created_at) VALUES (5, ?, 1, ?, ?)"),
         {id, QStringLiteral("<b>Call her</b> before noon"), 1'790'000'060'000LL});
    exec(QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, object_id, details) VALUES "
                        "(?, 1, 'note', 'conversation', ?, '{\"note_id\":5}'), "
                        "(?, 2, 'status', 'conversation', ?, '{\"from\":\"new\",\"to\":\"open\"}')"),
         {1'790'000'060'000LL, id, 1'790'000'000'000LL, id});
    m_session->announceConversationChanged(id);
    QTRY_COMPARE(activity->shownTexts().size(), 2);
    const QStringList texts = activity->shownTexts();
    QVERIFY2(texts.at(0).startsWith(QStringLiteral("Tom changed the status from New to Open.")), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).startsWith(QStringLiteral("Internal note · Maja · ")), qPrintable(texts.at(1)));
    QVERIFY(texts.at(1).endsWith(QStringLiteral("<b>Call her</b> before noon")));
    auto *note = activity->findChild<QLabel *>(QStringLiteral("activityNoteText"));
    QCOMPARE(note->textFormat(), Qt::PlainText);
    QVERIFY(!activity->findChild<QLabel *>(QStringLiteral("noActivity"))->isVisible());
    // The note belongs to the team: it is not part of the thread sent or shown as a message.
    QVERIFY(!m_pane->thread()->toPlainText().contains(QStringLiteral("Call her")));
}

QTEST_MAIN(TestConversationPane)
#include "tst_conversationpane.moc"
