// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationview.h"
#include "messagestore.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

using namespace hearth;

// Message bodies and names are written by strangers: showing them must not run, fetch or
// reorder anything.
class TestConversationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheThreadInOrder();
    void showsHostileContentAsInertText();
    void marksPublicPrivateAndTeamReplies();

private:
    qint64 conversation(const QString &thread);

    QTemporaryDir m_dir;
    Workspace m_workspace;
    QTcpServer m_trap; // a loopback server that no message may ever reach
};

void TestConversationView::initTestCase()
{
    QVERIFY(m_trap.listen(QHostAddress::LocalHost));
    const QString trap = QStringLiteral("http://127.0.0.1:%1").arg(m_trap.serverPort());
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("view.hearth"))));
    MessageStore store(m_workspace);
    const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));

    IncomingMessage question;
    question.remoteId = QStringLiteral("q");
    question.threadId = QStringLiteral("calm");
    question.authorRemoteId = QStringLiteral("zoe@mail.example");
    question.authorName = QStringLiteral("Zoë Martin");
    question.text = QStringLiteral("My bottle broke.\nCan you help?");
    question.url = QStringLiteral("https://mail.example/q");
    question.lang = QStringLiteral("fr");
    question.createdAt = 1'790'000'000'000;
    IncomingMessage answer = question;
    answer.remoteId = QStringLiteral("a");
    answer.authorRemoteId.clear();
    answer.authorName = QStringLiteral("Maja");
    answer.outbound = true;
    answer.isPrivate = true;
    answer.text = QStringLiteral("Sorry, Zoë! A new one is on its way.");
    answer.createdAt += 60'000;

    IncomingMessage hostile = question;
    hostile.remoteId = QStringLiteral("h");
    hostile.threadId = QStringLiteral("hostile");
    hostile.authorName = QStringLiteral("<b>Admin</b>\u202Etxt.exe");
    hostile.text = QStringLiteral("<script>alert('x')</script><img src=\"%1/pixel.png\">"
                                  "<link rel=\"stylesheet\" href=\"%1/style.css\">"
                                  "<a href=\"file:///etc/passwd\">your invoice</a> %2")
                       .arg(trap, QString(20000, QLatin1Char('A')));
    hostile.url = QStringLiteral("file:///etc/passwd");
    QVERIFY(store.ingest(account, {question, answer, hostile}).ok);
}

qint64 TestConversationView::conversation(const QString &thread)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE remote_thread_id = ?"));
    query.addBindValue(thread);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestConversationView::showsTheThreadInOrder()
{
    ConversationView view;
    view.showConversation(m_workspace, conversation(QStringLiteral("calm")));
    const QString text = view.toPlainText();
    QVERIFY(text.indexOf(QStringLiteral("My bottle broke.")) < text.indexOf(QStringLiteral("A new one is on its way")));
    QVERIFY(text.contains(QStringLiteral("Private message")));
    QVERIFY(text.contains(QStringLiteral("Can you help?")));
    // The platform link shows its real target.
    QVERIFY(text.contains(QStringLiteral("https://mail.example/q")));
}

void TestConversationView::showsHostileContentAsInertText()
{
    ConversationView view;
    view.resize(800, 600);
    view.show();
    view.showConversation(m_workspace, conversation(QStringLiteral("hostile")));
    QTest::qWait(100);

    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("<script>alert('x')</script>")));   // shown, not run
    QVERIFY(text.contains(QStringLiteral("<b>Admin</b>")));                   // markup as text
    QVERIFY(!text.contains(QChar(0x202E)));                                   // no reordering
    QVERIFY(text.contains(QString(20000, QLatin1Char('A'))));                 // the huge line is all there

    // Nothing was loaded, nothing tried to reach the trap, no image and no file link exists.
    QCOMPARE(view.refusedResources(), 0);
    QVERIFY(!m_trap.waitForNewConnection(200));
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY2(!format.anchorHref().startsWith(QStringLiteral("file:")), qPrintable(format.anchorHref()));
        }
    }
    // And should markup ever get through, the view refuses to load what it names.
    view.setHtml(QStringLiteral("<img src=\"http://127.0.0.1:%1/pixel.png\">").arg(m_trap.serverPort()));
    QTest::qWait(100);
    QVERIFY(view.refusedResources() > 0);
    QVERIFY(!m_trap.waitForNewConnection(200));
}

void TestConversationView::marksPublicPrivateAndTeamReplies()
{
    ConversationView view;
    view.showConversation(m_workspace, conversation(QStringLiteral("calm")));
    const QString text = view.toPlainText();
    // Who wrote, in public or private, from outside or from the team; when and in which language.
    QVERIFY2(text.contains(QStringLiteral("Zoë Martin · Public comment · Customer")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Maja · Private message · Team reply")));
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(1'790'000'000'000), QLocale::ShortFormat);
    QVERIFY(text.contains(when + QStringLiteral(" · Language: fr")));

    // The customer's message on the left, the team's reply on the right; a stripe of its own
    // colour for public and for private.
    QList<QTextTable *> tables;
    const QList<QTextFrame *> frames = view.document()->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables << table;
    }
    QCOMPARE(tables.size(), 2);
    QVERIFY(tables.at(0)->format().alignment().testFlag(Qt::AlignLeft));
    QVERIFY(!tables.at(0)->format().alignment().testFlag(Qt::AlignRight));
    QVERIFY(tables.at(1)->format().alignment().testFlag(Qt::AlignRight));
    const QColor publicStripe = tables.at(0)->cellAt(0, 0).format().background().color();
    const QColor privateStripe = tables.at(1)->cellAt(0, 0).format().background().color();
    QVERIFY(publicStripe.isValid() && privateStripe.isValid());
    QVERIFY(publicStripe != privateStripe);
    QVERIFY(tables.at(0)->format().background().color() != tables.at(1)->format().background().color());
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
