// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"
#include "conversationpane.h"
#include "conversationthread.h"
#include "conversationview.h"
#include "demoworkspace.h"
#include "draftstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagedelivery.h"
#include "outbox.h"
#include "outboxdispatcher.h"
#include "outboxstrip.h"
#include "replycomposer.h"
#include "syncengine.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace hearth;

namespace {

// A channel for the tests: refuses or takes every reply, as told.
class ScriptedDelivery : public MessageDelivery
{
public:
    explicit ScriptedDelivery(bool succeed)
        : m_succeed(succeed)
    { }
    void deliver(const OutboxItem &item, const Done &done) override
    {
        if (m_succeed)
            done(DeliveryResult::delivered(QStringLiteral("test-out-%1").arg(item.id)));
        else
            done(DeliveryResult::failed(QStringLiteral("The server is on strike."), false));
    }

private:
    bool m_succeed;
};

int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

// A conversation of this kind of channel whose newest message from outside is public or not.
qint64 conversationOn(const Workspace &workspace, const QString &kind, bool publicConversation)
{
    QSqlQuery query(workspace.database());
    query.prepare(
        QStringLiteral("SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE a.kind = ? "
                       "AND (SELECT m.visibility FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
                       "     ORDER BY m.id DESC LIMIT 1) = ? ORDER BY c.id LIMIT 1"));
    query.addBindValue(kind);
    query.addBindValue(publicConversation ? QStringLiteral("public") : QStringLiteral("private"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList outboundTexts(const Workspace &workspace, qint64 conversationId)
{
    QStringList texts;
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT body_text FROM messages WHERE conversation_id = ? AND direction = 'out' "
                                 "ORDER BY id"));
    query.addBindValue(conversationId);
    if (query.exec()) {
        while (query.next())
            texts << query.value(0).toString();
    }
    return texts;
}

QList<QWidget *> outboxRows(const ReplyComposer *composer)
{
    QList<QWidget *> rows;
    const QList<QWidget *> widgets = composer->outboxStrip()->findChildren<QWidget *>(QStringLiteral("outboxItem"));
    for (QWidget *row : widgets) {
        if (row->isVisible())
            rows << row;
    }
    return rows;
}

} // namespace

class TestReplyComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void draftSurvivesSwitchingAndRestarting();
    void failedSendStaysInTheOutboxUntilRetried();
    void editAndDiscardAFailedReply();
    void realAccountsKeepTheirRepliesWithAReason();
    void takePrivateAnswersInPublicThenSwitches();
    void ctrlReturnSendsWithSignatureAndPlaceholders();
    void unknownPlaceholderIsShownAndNotSent();
    void modesFollowTheChannel();
    void interruptedSendIsShownAfterARestart();

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QString m_path;
};

void TestReplyComposer::initTestCase()
{
    m_languages.loadSavedLanguage();
}

void TestReplyComposer::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QString error;
    QVERIFY2(DemoWorkspace::populate(workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
}

void TestReplyComposer::draftSurvivesSwitchingAndRestarting()
{
    const QString typed = QStringLiteral("Dear {{author.first_name}}, a new bottle is on its way.");
    qint64 mail = 0;
    qint64 other = 0;
    {
        MainWindow window(&m_languages);
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
        other = conversationOn(*window.workspace(), QStringLiteral("mastodon"), true);
        QVERIFY(mail > 0 && other > 0);
        auto *pane = window.findChild<ConversationPane *>();
        pane->showConversation(mail);
        ReplyComposer *composer = pane->composer();
        QTRY_VERIFY(composer->editor()->isVisible());
        QTest::keyClicks(composer->editor(), typed);

        // Kept as it is typed, after a pause.
        const qint64 me = window.session()->currentUser().id;
        DraftStore drafts(*window.workspace());
        QTRY_VERIFY(drafts.load(mail, me).has_value());
        QCOMPARE(drafts.load(mail, me)->body, typed);

        // Another conversation has its own (empty) draft; coming back brings this one back.
        QTest::keyClicks(composer->editor(), QStringLiteral(" Cheers"));
        pane->showConversation(other);
        QCOMPARE(composer->editor()->toPlainText(), QString());
        QCOMPARE(drafts.load(mail, me)->body, typed + QStringLiteral(" Cheers")); // saved on the switch
        pane->showConversation(mail);
        QCOMPARE(composer->editor()->toPlainText(), typed + QStringLiteral(" Cheers"));

        // The last words typed just before the window goes, with no pause to save them.
        QTest::keyClicks(composer->editor(), QStringLiteral("!"));
    }
    MainWindow reopened(&m_languages);
    reopened.show();
    QVERIFY(reopened.openWorkspace(m_path));
    auto *pane = reopened.findChild<ConversationPane *>();
    pane->showConversation(mail);
    QCOMPARE(pane->composer()->editor()->toPlainText(), typed + QStringLiteral(" Cheers!"));
    QVERIFY(pane->composer()->isPrivateMessage()); // an e-mail reply
}

void TestReplyComposer::failedSendStaysInTheOutboxUntilRetried()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    window.outboxDispatcher()->setDelivery(std::make_unique<ScriptedDelivery>(false));
    const qint64 mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    QTest::keyClicks(composer->editor(), QStringLiteral("Your refund is on its way."));
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("sendReply")), Qt::LeftButton);

    // Not sent: out of the editor, into the outbox with the channel's error.
    QCOMPARE(composer->editor()->toPlainText(), QString());
    QTRY_COMPARE(outboxRows(composer).size(), 1);
    QWidget *row = outboxRows(composer).constFirst();
    QCOMPARE(
        row->findChild<QLabel *>(QStringLiteral("outboxError"))->text(), QStringLiteral("The server is on strike."));
    QVERIFY(row->findChild<QLabel *>(QStringLiteral("outboxStatus"))
                ->text()
                .contains(QStringLiteral("Your refund is on its way.")));
    QVERIFY(outboundTexts(*window.workspace(), mail).isEmpty());
    QVERIFY(!pane->thread()->toPlainText().contains(QStringLiteral("Your refund is on its way.")));
    QCOMPARE(DraftStore(*window.workspace()).load(mail, window.session()->currentUser().id), std::nullopt);

    // The channel works again: Retry sends it, once, and the thread shows it.
    window.outboxDispatcher()->setDelivery(std::make_unique<ScriptedDelivery>(true));
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("retryOutboxItem")), Qt::LeftButton);
    QTRY_VERIFY(outboxRows(composer).isEmpty());
    QVERIFY(!composer->outboxStrip()->isVisible());
    QTRY_VERIFY(pane->thread()->toPlainText().contains(QStringLiteral("Your refund is on its way.")));
    QCOMPARE(outboundTexts(*window.workspace(), mail).filter(QStringLiteral("Your refund")).size(), 1);
    window.outboxDispatcher()->dispatchPending();
    QCOMPARE(outboundTexts(*window.workspace(), mail).filter(QStringLiteral("Your refund")).size(), 1);
}

void TestReplyComposer::editAndDiscardAFailedReply()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    // A signature, to see that Edit gives back what was written and not what was sent.
    User me = window.session()->currentUser();
    QVERIFY(UserDirectory(*window.workspace()).setProfile(me.id, me.name, QStringLiteral("— {{agent.first_name}}")));
    me = *UserDirectory(*window.workspace()).user(me.id);
    window.session()->setCurrentUser(me);
    window.outboxDispatcher()->setDelivery(std::make_unique<ScriptedDelivery>(false));
    const qint64 mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    QTest::keyClicks(composer->editor(), QStringLiteral("Helo there"));
    QVERIFY(composer->send());
    QTRY_COMPARE(outboxRows(composer).size(), 1);
    Outbox outbox(*window.workspace());
    QVERIFY(outbox.items(mail).constFirst().body.endsWith(QStringLiteral("\n\n— ") + me.firstName()));

    // Edit: the text is back in the editor, the reply out of the outbox.
    QTest::mouseClick(
        outboxRows(composer).constFirst()->findChild<QPushButton *>(QStringLiteral("editOutboxItem")), Qt::LeftButton);
    QTRY_VERIFY(outboxRows(composer).isEmpty());
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("Helo there"));
    QVERIFY(outbox.items(mail).isEmpty());
    QCOMPARE(DraftStore(*window.workspace()).load(mail, me.id)->body, QStringLiteral("Helo there"));

    // Discard asks first; Cancel keeps the reply.
    composer->editor()->selectAll();
    QTest::keyClicks(composer->editor(), QStringLiteral("Hello there"));
    QVERIFY(composer->send());
    QTRY_COMPARE(outboxRows(composer).size(), 1);
    QTest::mouseClick(outboxRows(composer).constFirst()->findChild<QPushButton *>(QStringLiteral("discardOutboxItem")),
        Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmDiscard"))) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("confirmDiscard")));
    QCOMPARE(outbox.items(mail).size(), 1);
    QCOMPARE(outboxRows(composer).size(), 1);

    QTest::mouseClick(outboxRows(composer).constFirst()->findChild<QPushButton *>(QStringLiteral("discardOutboxItem")),
        Qt::LeftButton);
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("confirmDiscard"))) && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(outboxRows(composer).isEmpty());
    QVERIFY(outbox.items(mail).isEmpty());
    QVERIFY(outboundTexts(*window.workspace(), mail).filter(QStringLiteral("Hello there")).isEmpty());
    QCOMPARE(
        count(*window.workspace(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reply_discarded'")),
        2);
}

void TestReplyComposer::realAccountsKeepTheirRepliesWithAReason()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    // A real mailbox that cannot connect: this test has no keychain to hold its password.
    QSqlQuery query(window.workspace()->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET is_demo = 0 WHERE kind = 'email'")));
    window.syncEngine()->reload();
    const std::optional<SyncAccount> mailbox = AccountStore(*window.workspace()).accountNamed(QStringLiteral("Support"));
    QVERIFY(mailbox);
    QTRY_VERIFY_WITH_TIMEOUT(
        !AccountStore(*window.workspace()).account(mailbox->id)->state.lastError.isEmpty(), 20000);
    const qint64 mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    QTest::keyClicks(composer->editor(), QStringLiteral("We will call you."));
    QVERIFY(composer->send());
    QTRY_COMPARE(outboxRows(composer).size(), 1);
    const QString error = outboxRows(composer).constFirst()->findChild<QLabel *>(QStringLiteral("outboxError"))->text();
    QVERIFY2(error.startsWith(QStringLiteral("“Support” is not connected: No keychain is available")), qPrintable(error));
    QVERIFY(outboundTexts(*window.workspace(), mail).filter(QStringLiteral("We will call you.")).isEmpty());
}

void TestReplyComposer::takePrivateAnswersInPublicThenSwitches()
{
    MainWindow window(&m_languages);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_path));
    const qint64 toot = conversationOn(*window.workspace(), QStringLiteral("mastodon"), true);
    QVERIFY(toot > 0);
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(toot);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    QVERIFY(!composer->isPrivateMessage()); // a public conversation is answered in public first
    auto *takePrivate = composer->findChild<QPushButton *>(QStringLiteral("takePrivate"));
    QVERIFY(takePrivate->isVisible());
    QTest::keyClicks(composer->editor(), QStringLiteral("Could you send us your order number?"));

    // The demo's library has no answer for taking a conversation private: the built-in one.
    QSqlQuery query(window.workspace()->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE template_versions SET shortcut = '' WHERE shortcut = 'private'")));
    QVERIFY(!TemplateStore(*window.workspace()).byShortcut(ReplyComposer::takePrivateShortcut));

    QTest::mouseClick(takePrivate, Qt::LeftButton);
    // In public: the short answer, with the person's first name.
    ConversationThread thread;
    QVERIFY(ConversationThread::load(*window.workspace(), toot, &thread));
    const QString firstName = thread.conversation.authorName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    QTRY_VERIFY(pane->thread()->toPlainText().contains(QStringLiteral("we have sent you a private message")));
    query.prepare(
        QStringLiteral("SELECT body_text, visibility FROM messages WHERE conversation_id = ? AND direction = 'out' "
                       "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(toot);
    QVERIFY(query.exec() && query.next());
    QVERIFY2(query.value(0).toString().startsWith(
                 QStringLiteral("Hi %1, we have sent you a private message").arg(firstName)),
        qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toString(), QStringLiteral("public"));

    // Then the private message, with what was already written, and the keyboard there.
    QVERIFY(composer->isPrivateMessage());
    QVERIFY(composer->findChild<QRadioButton *>(QStringLiteral("privateMessageMode"))->isChecked());
    QTRY_VERIFY(composer->editor()->hasFocus());
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("Could you send us your order number?"));
    const std::optional<Draft> draft = DraftStore(*window.workspace()).load(toot, window.session()->currentUser().id);
    QVERIFY(draft);
    QCOMPARE(draft->visibility, QStringLiteral("private"));
    QCOMPARE(draft->body, QStringLiteral("Could you send us your order number?"));

    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(pane->thread()->toPlainText().contains(QStringLiteral("Could you send us your order number?")));
    query.addBindValue(toot);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Could you send us your order number?"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("private"));
}

void TestReplyComposer::ctrlReturnSendsWithSignatureAndPlaceholders()
{
    MainWindow window(&m_languages);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openWorkspace(m_path));
    User me = window.session()->currentUser();
    QVERIFY(
        UserDirectory(*window.workspace()).setProfile(me.id, me.name, QStringLiteral("Cheers, {{agent.first_name}}")));
    me = *UserDirectory(*window.workspace()).user(me.id);
    window.session()->setCurrentUser(me);
    const qint64 mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
    ConversationThread thread;
    QVERIFY(ConversationThread::load(*window.workspace(), mail, &thread));
    const QString firstName = thread.conversation.authorName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    QVERIFY(!firstName.isEmpty());

    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    composer->startReply(false); // an e-mail reply is private whatever is asked
    QTRY_VERIFY(composer->editor()->hasFocus());
    QVERIFY(composer->isPrivateMessage());
    QTest::keyClicks(composer->editor(), QStringLiteral("Hi {{ author.first_name | there }}, it is refunded."));
    const QString expected = QStringLiteral("Hi %1, it is refunded.\n\nCheers, %2").arg(firstName, me.firstName());
    // The preview shows what will go out.
    QVERIFY2(composer->findChild<QLabel *>(QStringLiteral("replyPreview"))->text().contains(expected.simplified()),
        qPrintable(composer->findChild<QLabel *>(QStringLiteral("replyPreview"))->text()));

    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(composer->editor()->toPlainText(), QString());
    QTRY_COMPARE(
        outboundTexts(*window.workspace(), mail).filter(QStringLiteral("it is refunded")), QStringList {expected});
    QVERIFY(pane->thread()->toPlainText().contains(QStringLiteral("it is refunded")));
    QVERIFY(outboxRows(composer).isEmpty());
    QCOMPARE(DraftStore(*window.workspace()).load(mail, me.id), std::nullopt);
}

void TestReplyComposer::unknownPlaceholderIsShownAndNotSent()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    const qint64 mail = conversationOn(*window.workspace(), QStringLiteral("email"), false);
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_VERIFY(composer->editor()->isVisible());
    auto *problem = composer->findChild<QLabel *>(QStringLiteral("replyProblem"));
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sendReply"));
    QVERIFY(!problem->isVisible());

    QTest::keyClicks(composer->editor(), QStringLiteral("Thanks!"));
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QTest::keyClicks(composer->editor(), QStringLiteral("Hi {{author.nam}}"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Line 2, column 4: “author.nam” is not a placeholder")),
        qPrintable(problem->text()));
    QVERIFY(!send->isEnabled());
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!composer->send());
    QCOMPARE(count(*window.workspace(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(composer->editor()->textCursor().selectedText(), QStringLiteral("{{author.nam}}"));
    QVERIFY(composer->editor()->toPlainText().endsWith(QStringLiteral("Hi {{author.nam}}")));

    // Corrected, it goes.
    composer->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(composer->editor(), Qt::Key_Backspace);
    QTest::keyClick(composer->editor(), Qt::Key_Backspace);
    QTest::keyClicks(composer->editor(), QStringLiteral("e}}"));
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(count(*window.workspace(), QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestReplyComposer::modesFollowTheChannel()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    auto *pane = window.findChild<ConversationPane *>();
    ReplyComposer *composer = pane->composer();
    auto *publicMode = composer->findChild<QRadioButton *>(QStringLiteral("publicReplyMode"));
    auto *privateMode = composer->findChild<QRadioButton *>(QStringLiteral("privateMessageMode"));
    auto *takePrivate = composer->findChild<QPushButton *>(QStringLiteral("takePrivate"));
    auto *noReply = composer->findChild<QLabel *>(QStringLiteral("noReply"));

    // A feed is monitored, not answered.
    pane->showConversation(conversationOn(*window.workspace(), QStringLiteral("feed"), true));
    QTRY_VERIFY(noReply->isVisible());
    QVERIFY(noReply->text().contains(QStringLiteral("cannot be answered from Hearth")));
    QVERIFY(!composer->editor()->isVisible());
    QVERIFY(!composer->canReply());

    // E-mail: one mode, the e-mail reply.
    pane->showConversation(conversationOn(*window.workspace(), QStringLiteral("email"), false));
    QTRY_VERIFY(composer->editor()->isVisible());
    QVERIFY(!noReply->isVisible());
    QVERIFY(!publicMode->isVisible());
    QVERIFY(privateMode->isVisible());
    QCOMPARE(privateMode->text(), QStringLiteral("E-mail reply"));
    QVERIFY(!takePrivate->isVisible());

    // Telegram: chat messages only.
    pane->showConversation(conversationOn(*window.workspace(), QStringLiteral("telegram"), true));
    QTRY_COMPARE(privateMode->text(), QStringLiteral("Chat message"));
    QVERIFY(!publicMode->isVisible());
    QVERIFY(composer->isPrivateMessage());

    // Mastodon, in public: both, and the Reply actions choose.
    pane->showConversation(conversationOn(*window.workspace(), QStringLiteral("mastodon"), true));
    QTRY_VERIFY(publicMode->isVisible());
    QVERIFY(privateMode->isVisible());
    QCOMPARE(privateMode->text(), QStringLiteral("Private message"));
    QVERIFY(takePrivate->isVisible());
    composer->startReply(true);
    QVERIFY(composer->isPrivateMessage());
    QVERIFY(privateMode->isChecked());
    composer->startReply(false);
    QVERIFY(!composer->isPrivateMessage());
    QVERIFY(publicMode->isChecked());
    QTest::mouseClick(privateMode, Qt::LeftButton);
    QVERIFY(composer->isPrivateMessage());

    // Mastodon, a direct conversation: never answered in public.
    pane->showConversation(conversationOn(*window.workspace(), QStringLiteral("mastodon"), false));
    QTRY_VERIFY(!publicMode->isVisible());
    QVERIFY(composer->isPrivateMessage());
    QVERIFY(!takePrivate->isVisible());
    composer->startReply(false);
    QVERIFY(composer->isPrivateMessage());
}

void TestReplyComposer::interruptedSendIsShownAfterARestart()
{
    qint64 mail = 0;
    {
        // Hearth stopped while the channel had the reply: it is left 'sending'.
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        mail = conversationOn(workspace, QStringLiteral("email"), false);
        Outbox outbox(workspace);
        const std::optional<qint64> id = outbox.queue(mail, 0, QStringLiteral("private"), QStringLiteral("Half-sent"));
        QVERIFY(id);
        QVERIFY(outbox.markSending(*id));
    }
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(mail);
    ReplyComposer *composer = pane->composer();
    QTRY_COMPARE(outboxRows(composer).size(), 1);
    const QString error = outboxRows(composer).constFirst()->findChild<QLabel *>(QStringLiteral("outboxError"))->text();
    QVERIFY2(error.contains(QStringLiteral("Hearth was closed while this reply was being sent")), qPrintable(error));
    QVERIFY(outboxRows(composer).constFirst()->findChild<QPushButton *>(QStringLiteral("retryOutboxItem")));
    // Never sent again by itself.
    window.outboxDispatcher()->dispatchPending();
    QVERIFY(outboundTexts(*window.workspace(), mail).filter(QStringLiteral("Half-sent")).isEmpty());
    QCOMPARE(Outbox(*window.workspace()).items(mail).constFirst().state, Outbox::failed);
}

QTEST_MAIN(TestReplyComposer)
#include "tst_replycomposer.moc"
