// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderation.h"
#include "automoderationdialog.h"
#include "conversationworkflow.h"
#include "demoautomoderation.h"
#include "demoworkspace.h"
#include "messagestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hearth;

namespace {

// What the dialog must not change by itself: conversations, tags, audit, decisions.
QString snapshot(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    QStringList parts;
    for (const char *statement :
        {"SELECT group_concat(id || status || priority || coalesce(assignee_id, '-'), '|') FROM conversations",
            "SELECT count(*) FROM conversation_tags", "SELECT count(*) FROM automod_decisions",
            "SELECT count(*) FROM audit_log WHERE object_type = 'conversation'"}) {
        if (query.exec(QString::fromLatin1(statement)) && query.next())
            parts << query.value(0).toString();
    }
    return parts.join(QLatin1Char('#'));
}

QPushButton *acceptButtonOf(QMessageBox *box)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

class TestAutoModerationDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheDemoRulesAndDecisions();
    void keywordRuleFromDryRunToLiveAndBack();
    void refusalsAreShownAndSaveNothing();

private:
    bool showActive(QDialog &dialog);
    template<typename T> T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    QMessageBox *waitForBox(QDialog &dialog, const char *name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    User m_manager;
};

void TestAutoModerationDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("demo.hearth"));
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_path));
    QString error;
    QVERIFY2(DemoWorkspace::populate(*m_workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    const QList<User> users = UserDirectory(*m_workspace).users();
    for (const User &user : users) {
        if (user.role == QLatin1String("manager"))
            m_manager = user;
    }
    QVERIFY(m_manager.id > 0);
}

void TestAutoModerationDialog::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

bool TestAutoModerationDialog::showActive(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog);
}

QMessageBox *TestAutoModerationDialog::waitForBox(QDialog &dialog, const char *name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&]() {
        box = dialog.findChild<QMessageBox *>(QLatin1String(name));
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestAutoModerationDialog::showsTheDemoRulesAndDecisions()
{
    WorkspaceSession session(*m_workspace, m_manager);
    AutoModerationDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QTreeWidget *rules = child<QTreeWidget>(dialog, "ruleList");
    QCOMPARE(rules->topLevelItemCount(), 2);
    QCOMPARE(rules->topLevelItem(0)->text(0), DemoAutoModeration::spamRuleName);
    QCOMPARE(rules->topLevelItem(0)->text(3), QStringLiteral("Live"));
    QCOMPARE(rules->topLevelItem(1)->text(3), QStringLiteral("Dry run"));
    QTreeWidget *decisions = child<QTreeWidget>(dialog, "decisionList");
    QCOMPARE(decisions->topLevelItemCount(), 2);
    QCOMPARE(decisions->topLevelItem(0)->text(4), QStringLiteral("Tag “spam-suspect”"));

    // The caps rule's dry run shows the two shouted posts and changes nothing.
    const QString before = snapshot(*m_workspace);
    QVERIFY(dialog.selectRule(rules->topLevelItem(1)->data(0, Qt::UserRole).toLongLong()));
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    QTreeWidget *results = child<QTreeWidget>(dialog, "dryRunResults");
    QTRY_VERIFY(results->topLevelItemCount() >= 2); // a mnemonic clicks its button after a moment
    QStringList authors;
    for (int row = 0; row < results->topLevelItemCount(); ++row)
        authors << results->topLevelItem(row)->text(0);
    QVERIFY(authors.contains(QStringLiteral("Harriet Cole")));
    QVERIFY(authors.contains(QStringLiteral("Jonas Brandt")));
    QVERIFY(child<QLabel>(dialog, "dryRunSummary")->text().contains(QLatin1String("Nothing was changed")));
    QCOMPARE(snapshot(*m_workspace), before);
}

void TestAutoModerationDialog::keywordRuleFromDryRunToLiveAndBack()
{
    WorkspaceSession session(*m_workspace, m_manager);
    AutoModerationDialog dialog(&session);
    QVERIFY(showActive(dialog));
    const QString before = snapshot(*m_workspace);

    // A new keyword rule, typed: name, (kind: keywords), keywords, (action: flag), save.
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QLineEdit *name = child<QLineEdit>(dialog, "ruleName");
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Where is my order"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to "Looks for": keywords already
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "rulePattern"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bestellung"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(AutoModeration(*m_workspace, 0).rules().size(), 3);
    const QList<AutoModerationRule> rules = AutoModeration(*m_workspace, 0).rules();
    QCOMPARE(rules.size(), 3);
    const AutoModerationRule saved = rules.constLast();
    QCOMPARE(saved.name, QStringLiteral("Where is my order"));
    QCOMPARE(saved.pattern, QStringLiteral("Bestellung"));
    QCOMPARE(saved.action, AutoModeration::flag);
    QCOMPARE(saved.mode, AutoModeration::dryRunMode);
    QCOMPARE(dialog.selectedRuleId(), std::optional<qint64>(saved.id));
    QVERIFY(!child<QPushButton>(dialog, "switchOn")->isEnabled()); // not before its dry run

    // Its dry run lists the demo messages that say "Bestellung", whatever their case.
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    const std::optional<QList<AutoModerationDecision>> expected = AutoModeration(*m_workspace, 0).dryRun(saved);
    QVERIFY(expected && !expected->isEmpty());
    QTreeWidget *results = child<QTreeWidget>(dialog, "dryRunResults");
    QTRY_COMPARE(results->topLevelItemCount(), int(expected->size()));
    for (int row = 0; row < results->topLevelItemCount(); ++row) {
        QCOMPARE(results->topLevelItem(row)->data(0, Qt::UserRole).toLongLong(), expected->at(row).messageId);
        QVERIFY(results->topLevelItem(row)->text(1).contains(QLatin1String("bestellung"), Qt::CaseInsensitive));
    }
    QCOMPARE(snapshot(*m_workspace), before);
    QVERIFY(child<QPushButton>(dialog, "switchOn")->isEnabled());

    // Switched on after the confirmation; history stays as it is.
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
    QMessageBox *confirm = waitForBox(dialog, "confirmSwitchOn");
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("Its dry run found %1 message").arg(expected->size())));
    QTest::mouseClick(acceptButtonOf(confirm), Qt::LeftButton);
    QTRY_COMPARE(AutoModeration(*m_workspace, 0).rule(saved.id)->mode, AutoModeration::liveMode);
    QCOMPARE(child<QTreeWidget>(dialog, "ruleList")->currentItem()->text(3), QStringLiteral("Live"));
    QCOMPARE(snapshot(*m_workspace), before);

    // A message from sync (another connection) meets the rule when the session notices it.
    {
        Workspace sync;
        QVERIFY(sync.open(m_path));
        MessageStore store(sync);
        const qint64 account = store.ensureAccount(QStringLiteral("email"), QStringLiteral("Support"));
        IncomingMessage message;
        message.remoteId = QStringLiteral("late-order");
        message.threadId = QStringLiteral("late-order");
        message.authorRemoteId = QStringLiteral("kunde@mail.example");
        message.authorName = QStringLiteral("Kai Kunde");
        message.text = QStringLiteral("Meine BESTELLUNG ist immer noch nicht da.");
        message.lang = QStringLiteral("de");
        message.createdAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(store.ingest(account, {message}).ok);
    }
    session.checkForOutsideChanges();
    QTreeWidget *decisions = child<QTreeWidget>(dialog, "decisionList");
    QTRY_COMPARE(decisions->topLevelItemCount(), 3);
    QCOMPARE(decisions->topLevelItem(0)->text(2), QStringLiteral("Kai Kunde"));
    const AutoModerationDecision decided = AutoModeration(*m_workspace, 0).decisions().constFirst();
    QCOMPARE(decided.ruleId, saved.id);
    ConversationWorkflow workflow(*m_workspace, 0);
    QVERIFY(workflow.state(decided.conversationId)->tags.contains(AutoModeration::flaggedTag));
    QCOMPARE(workflow.state(decided.conversationId)->priority, AutoModeration::highPriority);

    // Reverted from the list, after a confirmation.
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(child<QTabWidget>(dialog, "autoModerationTabs")->currentIndex(), 1);
    decisions->setFocus();
    QTest::keyClick(decisions, Qt::Key_Home);
    QCOMPARE(decisions->currentItem()->data(0, Qt::UserRole).toLongLong(), decided.id);
    QVERIFY(child<QPushButton>(dialog, "revertDecision")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
    QMessageBox *revert = waitForBox(dialog, "confirmRevert");
    QVERIFY(revert);
    QTest::mouseClick(acceptButtonOf(revert), Qt::LeftButton);
    QTRY_VERIFY(AutoModeration(*m_workspace, 0).decision(decided.id)->isReverted());
    QCOMPARE(AutoModeration(*m_workspace, 0).decision(decided.id)->revertedBy, m_manager.id);
    QVERIFY(!workflow.state(decided.conversationId)->tags.contains(AutoModeration::flaggedTag));
    QCOMPARE(workflow.state(decided.conversationId)->priority, 0);
    QCOMPARE(decisions->topLevelItem(0)->text(5), QStringLiteral("Reverted"));
    QVERIFY(!child<QPushButton>(dialog, "revertDecision")->isEnabled());
}

void TestAutoModerationDialog::refusalsAreShownAndSaveNothing()
{
    WorkspaceSession session(*m_workspace, m_manager);
    AutoModerationDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "ruleName"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Empty"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QLabel *error = child<QLabel>(dialog, "autoModerationError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("at least one keyword")), qPrintable(error->text()));
    QCOMPARE(AutoModeration(*m_workspace, 0).rules().size(), 2);
    // The dry run refuses the same way.
    error->hide();
    QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("at least one keyword")), qPrintable(error->text()));
    QCOMPARE(child<QTreeWidget>(dialog, "dryRunResults")->topLevelItemCount(), 0);
}

QTEST_MAIN(TestAutoModerationDialog)
#include "tst_automoderationdialog.moc"
