// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationpane.h"
#include "conversationthread.h"
#include "demoworkspace.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "netiquettelibrary.h"
#include "placeholders.h"
#include "replycomposer.h"
#include "templatelibrary.h"
#include "templatestore.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVariant>

#include <algorithm>

using namespace hearth;

namespace {

// A conversation that can be answered, whose newest message from outside is in this
// language; publicOnly: one answered in public (where Take private is offered).
qint64 conversationIn(const Workspace &workspace, const QString &lang, bool publicOnly = false)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT c.id FROM conversations c JOIN accounts a ON a.id = c.account_id "
        "WHERE a.kind IN ('email', 'telegram', 'mastodon') AND (? = 0 OR a.kind = 'mastodon') "
        "AND (SELECT m.lang FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
        "     ORDER BY m.id DESC LIMIT 1) = ? "
        "AND (? = 0 OR (SELECT m.visibility FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
        "     ORDER BY m.id DESC LIMIT 1) = 'public') ORDER BY c.id LIMIT 1"));
    query.addBindValue(publicOnly ? 1 : 0);
    query.addBindValue(lang);
    query.addBindValue(publicOnly ? 1 : 0);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int count(const Workspace &workspace, const QString &statement)
{
    QSqlQuery query(workspace.database());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

QString variantText(const Workspace &workspace, const QString &shortcut, const QString &lang)
{
    const std::optional<TemplateVersion> version = TemplateStore(workspace).byShortcut(shortcut);
    return version && version->variant(lang) ? version->variant(lang)->body : QString();
}

QList<QAction *> templateActions(const QMenu *menu)
{
    QList<QAction *> actions;
    const QList<QAction *> all = menu->actions();
    for (QAction *action : all) {
        if (action->data().isValid())
            actions << action;
    }
    return actions;
}

} // namespace

class TestTemplatePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shortcutInsertsTheConversationsLanguage_data();
    void shortcutInsertsTheConversationsLanguage();
    void unapprovedShortcutIsRefused();
    void menuOffersTheCrisisSetFirst();
    void sendingRecordsTheUseAndTheDifference();
    void refusesToSendATemplateNoLongerApproved();
    void takePrivateUsesTheLibrarysAnswer();
    void fillsRulesInTheAuthorsLanguage();

private:
    ReplyComposer *open(MainWindow &window, qint64 conversationId);

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QString m_path;
};

void TestTemplatePicker::initTestCase()
{
    m_languages.loadSavedLanguage();
}

void TestTemplatePicker::init()
{
    QSettings().clear();
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    m_path = m_dir.filePath(QStringLiteral("%1%2.hearth").arg(QString::fromLatin1(QTest::currentTestFunction()), tag));
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QString error;
    QVERIFY2(DemoWorkspace::populate(workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
}

ReplyComposer *TestTemplatePicker::open(MainWindow &window, qint64 conversationId)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window) || !window.openWorkspace(m_path) || conversationId == 0)
        return nullptr;
    auto *pane = window.findChild<ConversationPane *>();
    pane->showConversation(conversationId);
    ReplyComposer *composer = pane->composer();
    if (!QTest::qWaitFor([composer] { return composer->editor()->isVisible(); }))
        return nullptr;
    composer->editor()->setFocus();
    return composer;
}

void TestTemplatePicker::shortcutInsertsTheConversationsLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("typed");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("::late");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("/late");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("::late");
    QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("/late");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("::late");
}

void TestTemplatePicker::shortcutInsertsTheConversationsLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, typed);
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, lang);
    QVERIFY2(conversation > 0, qPrintable(lang));
    const QString expected = variantText(workspace, QStringLiteral("late"), lang);
    QVERIFY(!expected.isEmpty());

    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    QTest::keyClicks(composer->editor(), QStringLiteral("PS ") + typed);
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    // The token is replaced; placeholders stay for sending to fill; the keyboard stays.
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("PS ") + expected);
    QVERIFY(composer->editor()->hasFocus());
    QVERIFY(!composer->findChild<QLabel *>(QStringLiteral("replyProblem"))->isVisible());

    // Not at the start of a word: Tab is only Tab.
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), QStringLiteral("and/late"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("and/late"));
}

void TestTemplatePicker::unapprovedShortcutIsRefused()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, QStringLiteral("en"));
    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    auto *problem = composer->findChild<QLabel *>(QStringLiteral("replyProblem"));

    // Awaiting approval: refused, the text as typed.
    QTest::keyClicks(composer->editor(), QStringLiteral("/refund"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("/refund"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("not approved")), qPrintable(problem->text()));
    QVERIFY(composer->editor()->hasFocus());

    // Unknown.
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), QStringLiteral("::nosuch"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("::nosuch"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("::nosuch")), qPrintable(problem->text()));
    // Uses from replies (the demo's history of uses belongs to no conversation): none.
    QCOMPARE(count(*window.workspace(),
                 QStringLiteral("SELECT count(*) FROM template_usage WHERE conversation_id IS NOT NULL")),
        0);
}

void TestTemplatePicker::menuOffersTheCrisisSetFirst()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, QStringLiteral("de"));
    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    QVERIFY(composer->findChild<QToolButton *>(QStringLiteral("templatesButton"))->isVisible());

    // One key from the editor.
    QTest::keyClick(composer->editor(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QMenu *menu = composer->templatesMenu();
    QTRY_VERIFY(menu->isVisible());
    const QList<QAction *> all = menu->actions();
    QVERIFY(!all.isEmpty());
    QVERIFY(all.constFirst()->isSeparator());
    QCOMPARE(all.constFirst()->text(), QStringLiteral("Crisis"));

    const QList<QAction *> actions = templateActions(menu);
    const TemplateStore store(*window.workspace());
    QStringList shortcuts;
    for (QAction *action : actions)
        shortcuts << store.version(action->data().toLongLong())->shortcut;
    QCOMPARE(shortcuts.mid(0, 3),
        (QStringList {QStringLiteral("holding"), QStringLiteral("crisis-dm"), QStringLiteral("qa24")}));
    // Then every other approved one, once each; nothing awaiting approval.
    QCOMPARE(shortcuts.size(), store.offered().size());
    QVERIFY(shortcuts.contains(QStringLiteral("late")));
    QVERIFY(!shortcuts.contains(QStringLiteral("refund")));
    for (int i = 3; i < shortcuts.size(); ++i)
        QVERIFY(!store.version(actions.at(i)->data().toLongLong())->crisis);

    // Chosen, the holding statement goes in at the cursor, in German.
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(actions.constFirst()).center());
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(composer->editor()->toPlainText(),
        variantText(*window.workspace(), QStringLiteral("holding"), QStringLiteral("de")));
}

void TestTemplatePicker::sendingRecordsTheUseAndTheDifference()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, QStringLiteral("fr"));
    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    const qint64 late = TemplateStore(*window.workspace()).byShortcut(QStringLiteral("late"))->id;

    QTest::keyClicks(composer->editor(), QStringLiteral("::late"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    composer->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(composer->editor(), QStringLiteral(" PS: merci encore pour votre patience."));
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(composer->editor()->toPlainText(), QString());

    QSqlQuery query(window.workspace()->database());
    query.prepare(QStringLiteral("SELECT version_id, lang, outbox_id, conversation_id, edit_distance, difference, "
                                 "user_id FROM template_usage WHERE conversation_id IS NOT NULL"));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), late);
    QCOMPARE(query.value(1).toString(), QStringLiteral("fr"));
    QVERIFY(!query.value(2).isNull());
    QCOMPARE(query.value(3).toLongLong(), conversation);
    QVERIFY(query.value(4).toInt() > 0);
    QVERIFY(query.value(5).toDouble() > 0.0);
    QVERIFY(query.value(5).toDouble() < 1.0);
    QCOMPARE(query.value(6).toLongLong(), window.session()->currentUser().id);
    QVERIFY(!query.next());

    // A template whose text the agent replaced completely, or cleared, is not recorded.
    QTest::keyClicks(composer->editor(), QStringLiteral("::thanks"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QVERIFY(composer->editor()->toPlainText().size() > 20);
    composer->editor()->selectAll();
    QTest::keyClicks(composer->editor(), QStringLiteral("Tout est reecrit ici."));
    QVERIFY(composer->send());
    QTest::keyClicks(composer->editor(), QStringLiteral("::thanks"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), QStringLiteral("Bonjour"));
    QVERIFY(composer->send());
    QCOMPARE(count(*window.workspace(),
                 QStringLiteral("SELECT count(*) FROM template_usage WHERE conversation_id IS NOT NULL")),
        1);
}

void TestTemplatePicker::refusesToSendATemplateNoLongerApproved()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, QStringLiteral("en"));
    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    const Workspace &open = *window.workspace();
    const qint64 manager = count(open, QStringLiteral("SELECT min(id) FROM users WHERE role = 'manager'"));
    const qint64 otherManager =
        count(open, QStringLiteral("SELECT max(id) FROM users WHERE role IN ('manager', 'admin')"));
    const qint64 agent = count(open, QStringLiteral("SELECT min(id) FROM users WHERE role = 'agent'"));
    QVERIFY(manager > 0 && agent > 0 && otherManager != manager);
    const QString outbox = QStringLiteral("SELECT count(*) FROM outbox");
    const QString usage = QStringLiteral("SELECT count(*) FROM template_usage WHERE conversation_id IS NOT NULL");
    auto *status = composer->findChild<QLabel *>(QStringLiteral("replyStatus"));
    QVERIFY(status);

    // Retired between inserting and sending.
    const std::optional<TemplateVersion> late = TemplateStore(open).byShortcut(QStringLiteral("late"));
    QVERIFY(late);
    QTest::keyClicks(composer->editor(), QStringLiteral("::late"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    const QString inserted = composer->editor()->toPlainText();
    QVERIFY(inserted.size() > 20);
    const int queuedBefore = count(open, outbox);
    TemplateLibrary managing(open, manager);
    QVERIFY2(managing.retire(late->templateId), qPrintable(managing.errorString()));
    QVERIFY(!composer->send());
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(count(open, outbox), queuedBefore);
    QCOMPARE(count(open, usage), 0);
    QCOMPARE(composer->editor()->toPlainText(), inserted); // nothing lost
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(late->title) && status->text().contains(QStringLiteral("insert the template")),
        qPrintable(status->text()));

    // Replaced by a newer approved version between inserting and sending.
    composer->editor()->clear();
    const std::optional<TemplateVersion> thanks = TemplateStore(open).byShortcut(QStringLiteral("thanks"));
    QVERIFY(thanks);
    QTest::keyClicks(composer->editor(), QStringLiteral("::thanks"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QVERIFY(composer->editor()->toPlainText().size() > 20);
    TemplateLibrary writing(open, agent);
    TemplateDraft changed;
    changed.title = thanks->title;
    changed.category = thanks->category;
    changed.shortcut = thanks->shortcut;
    changed.sourceLanguage = thanks->sourceLanguage;
    for (const TemplateVariant &variant : thanks->variants)
        changed.variants.insert(variant.language, variant.body + QStringLiteral(" :)"));
    const std::optional<qint64> newer = writing.edit(thanks->templateId, changed);
    QVERIFY2(newer, qPrintable(writing.errorString()));
    QVERIFY(writing.submit(*newer));
    TemplateLibrary approving(open, otherManager);
    QVERIFY2(approving.approve(*newer), qPrintable(approving.errorString()));
    QVERIFY(!composer->send());
    QCOMPARE(count(open, outbox), queuedBefore);
    QVERIFY2(status->text().contains(thanks->title), qPrintable(status->text()));

    // Inserted again, it is the approved version, and it goes.
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), QStringLiteral("::thanks"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QVERIFY(composer->send());
    QCOMPARE(count(open, outbox), queuedBefore + 1);
    QSqlQuery used(open.database());
    QVERIFY(used.exec(QStringLiteral("SELECT version_id FROM template_usage WHERE conversation_id IS NOT NULL")));
    QVERIFY(used.next());
    QCOMPARE(used.value(0).toLongLong(), *newer);
}

void TestTemplatePicker::takePrivateUsesTheLibrarysAnswer()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    qint64 conversation = 0;
    QString lang;
    for (const QString &candidate : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("da"),
             QStringLiteral("pl"), QStringLiteral("en")}) {
        if ((conversation = conversationIn(workspace, candidate, true)) != 0) {
            lang = candidate;
            break;
        }
    }
    QVERIFY(conversation > 0);
    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    auto *takePrivate = composer->findChild<QPushButton *>(QStringLiteral("takePrivate"));
    QVERIFY(takePrivate->isVisible());
    const std::optional<TemplateVersion> answer =
        TemplateStore(*window.workspace()).byShortcut(ReplyComposer::takePrivateShortcut);
    QVERIFY(answer);
    ConversationThread thread;
    QVERIFY(ConversationThread::load(*window.workspace(), conversation, &thread));
    const QHash<QString, QString> values = Placeholders::valuesFor(thread, window.session()->currentUser());
    const QString expected = Placeholders::render(answer->variant(lang)->body, values);

    const auto publicBodies = [&window, conversation] {
        QSqlQuery query(window.workspace()->database());
        // Sent or not, a reply keeps its outbox row.
        query.prepare(QStringLiteral("SELECT body FROM outbox WHERE conversation_id = ? AND visibility = 'public'"));
        query.addBindValue(conversation);
        QStringList bodies;
        if (query.exec()) {
            while (query.next())
                bodies << query.value(0).toString();
        }
        return bodies;
    };
    const QStringList before = publicBodies();

    QTest::mouseClick(takePrivate, Qt::LeftButton);
    QVERIFY(composer->isPrivateMessage());
    QStringList bodies = publicBodies();
    for (const QString &body : before)
        bodies.removeOne(body);
    // The signature, if any, follows the answer.
    QCOMPARE(bodies.size(), 1);
    QVERIFY2(bodies.constFirst().startsWith(expected), qPrintable(bodies.constFirst()));

    QSqlQuery query(window.workspace()->database());
    query.prepare(
        QStringLiteral("SELECT version_id, lang, difference FROM template_usage WHERE conversation_id IS NOT NULL"));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), answer->id);
    QCOMPARE(query.value(1).toString(), lang);
    QCOMPARE(query.value(2).toDouble(), 0.0);
}

void TestTemplatePicker::fillsRulesInTheAuthorsLanguage()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const qint64 conversation = conversationIn(workspace, QStringLiteral("de"));
    QVERIFY(conversation > 0);
    const QList<CitableRule> rules = NetiquetteLibrary(workspace, 0).publishedRules(QStringLiteral("de"));
    QVERIFY(!rules.isEmpty()); // the demo publishes its netiquette
    const QString name = QStringLiteral("rule.%1").arg(rules.constFirst().ruleId);
    const QString expected = NetiquetteLibrary(workspace, 0).placeholderValues(QStringLiteral("de")).value(name);
    QVERIFY(expected.contains(rules.constFirst().title));

    // An approved template citing the rule, written by an agent and approved by a manager.
    QSqlQuery query(workspace.database());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT min(id) FROM users WHERE role = 'agent'), "
                                      "(SELECT min(id) FROM users WHERE role = 'manager')")));
    QVERIFY(query.next());
    TemplateLibrary agent(workspace, query.value(0).toLongLong());
    TemplateDraft draft;
    draft.title = QStringLiteral("House rule reminder");
    draft.shortcut = QStringLiteral("houserule");
    draft.sourceLanguage = QStringLiteral("en");
    draft.variants.insert(QStringLiteral("en"), QStringLiteral("Please read {{%1}}.").arg(name));
    draft.variants.insert(QStringLiteral("de"), QStringLiteral("Bitte lies {{%1}}.").arg(name));
    const std::optional<qint64> created = agent.create(draft);
    QVERIFY2(created, qPrintable(agent.errorString()));
    const qint64 version = agent.store().versions(*created).constFirst().id;
    QVERIFY(agent.submit(version));
    QVERIFY(TemplateLibrary(workspace, query.value(1).toLongLong()).approve(version));

    MainWindow window(&m_languages);
    ReplyComposer *composer = open(window, conversation);
    QVERIFY(composer);
    QTest::keyClicks(composer->editor(), QStringLiteral("::houserule"));
    QTest::keyClick(composer->editor(), Qt::Key_Tab);
    QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(composer->editor()->toPlainText(), QString());
    // Queued, or already delivered by the demo's channel.
    QSqlQuery sent(window.workspace()->database());
    sent.prepare(QStringLiteral("SELECT body FROM outbox WHERE conversation_id = ? UNION ALL "
                                "SELECT body_text FROM messages WHERE conversation_id = ? AND direction = 'out'"));
    sent.addBindValue(conversation);
    sent.addBindValue(conversation);
    QVERIFY(sent.exec());
    QStringList bodies;
    while (sent.next())
        bodies << sent.value(0).toString();
    QVERIFY2(std::any_of(bodies.cbegin(), bodies.cend(),
                 [&](const QString &body) { return body.startsWith(QStringLiteral("Bitte lies %1.").arg(expected)); }),
        qPrintable(bodies.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTemplatePicker)
#include "tst_templatepicker.moc"
