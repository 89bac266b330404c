// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationactions.h"
#include "conversationlist.h"
#include "conversationpane.h"
#include "conversationview.h"
#include "demoworkspace.h"
#include "inboxpage.h"
#include "inboxtabs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "moderation.h"
#include "moderationdialog.h"
#include "netiquettelibrary.h"
#include "rulestatisticsdialog.h"
#include "templatelibrary.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace hearth;

namespace {
QVariant scalar(const Workspace &workspace, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(workspace.database());
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

// A conversation on this kind of channel whose newest incoming message nobody moderated and
// whose author is not blocked.
const char *untouchedOn = "id IN (SELECT m.conversation_id FROM messages m JOIN accounts a ON a.id = m.account_id "
                          "JOIN authors au ON au.id = m.author_id WHERE a.kind = '%1' AND m.direction = 'in' "
                          "AND m.moderation IS NULL AND au.blocked_at IS NULL AND m.id = (SELECT max(n.id) FROM "
                          "messages n WHERE n.conversation_id = m.conversation_id AND n.direction = 'in'))";
} // namespace

class TestModerationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deletesATelegramMessageCitingARuleByKeyboard();
    void blocksAMastodonAuthorByKeyboard();
    void otherRequiresAReason();
    void undoesTheLatestModerationAfterAsking();
    void disablesWhatTheChannelCannotDo();
    void queuesANoticeFromAnApprovedTemplate();
    void statisticsShowTheCounts();
    void aNoticeThatCannotBeQueuedLeavesTheMessageAsItWas();
    void showsTheMessageTextAsPlainText();

private:
    void openWindow(const QString &kind);
    ModerationDialog *openDialog(QAction *action);
    int firstRuleId() const;
    qint64 approvedNotice(const QString &rule);

    LanguageManager m_languages;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ConversationActions *m_actions = nullptr;
    qint64 m_id = 0;
};

void TestModerationDialog::initTestCase()
{
    m_languages.loadSavedLanguage();
}

void TestModerationDialog::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("%1.hearth").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QString error;
    QVERIFY2(DemoWorkspace::populate(workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
}

void TestModerationDialog::cleanup()
{
    m_window.reset();
    m_id = 0;
}

void TestModerationDialog::openWindow(const QString &kind)
{
    m_window = std::make_unique<MainWindow>(&m_languages);
    QVERIFY(m_window->openWorkspace(m_path));
    m_window->show();
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The check of the workspace reports in the status bar, where moderation reports too.
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("no problems")));
    m_actions = m_window->findChild<ConversationActions *>();
    QVERIFY(m_actions);
    InboxPage *page = m_window->findChild<InboxTabs *>()->currentPage();
    ConversationList *list = m_window->findChild<InboxTabs *>()->currentList();
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(
        QStringLiteral("SELECT 1 FROM conversations WHERE id = ? AND ") + QString::fromLatin1(untouchedOn).arg(kind)));
    for (InboxView view : {InboxView::Open, InboxView::Waiting, InboxView::Snoozed, InboxView::Resolved}) {
        page->setView(view);
        while (m_id == 0 && list->moveCurrent(1)) {
            query.addBindValue(list->currentConversationId());
            QVERIFY(query.exec());
            if (query.next())
                m_id = list->currentConversationId();
        }
        if (m_id != 0)
            break;
    }
    QVERIFY2(m_id != 0, qPrintable(kind));
    QCOMPARE(m_actions->conversationId(), m_id);
}

ModerationDialog *TestModerationDialog::openDialog(QAction *action)
{
    QKeySequence key = action->shortcut();
    QTest::keySequence(m_window.get(), key);
    ModerationDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<ModerationDialog *>()) && dialog->isVisible()); }();
    if (dialog) {
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
    }
    return dialog;
}

int TestModerationDialog::firstRuleId() const
{
    const QList<CitableRule> rules = NetiquetteLibrary(*m_window->workspace(), 0).publishedRules(QStringLiteral("en"));
    return rules.isEmpty() ? 0 : rules.constFirst().ruleId;
}

void TestModerationDialog::deletesATelegramMessageCitingARuleByKeyboard()
{
    openWindow(QStringLiteral("telegram"));
    QVERIFY(firstRuleId()); // the demo publishes its netiquette
    const qint64 newest = scalar(*m_window->workspace(),
        QStringLiteral("SELECT max(id) FROM messages WHERE conversation_id = ? AND direction = 'in'"), {m_id})
                              .toLongLong();
    ModerationDialog *dialog = openDialog(m_actions->deleteMessageAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->action(), Moderation::remove);
    QCOMPARE(dialog->messageId(), newest);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("moderateButton"));
    QVERIFY(!ok->isEnabled()); // no rule yet
    auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"));
    QTRY_VERIFY(rule->hasFocus());
    QTest::keyClick(rule, Qt::Key_Down);
    QVERIFY(rule->currentText().startsWith(QStringLiteral("1. ")));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(rule, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<ModerationDialog *>());

    const QList<ModerationRecord> done = Moderation(*m_window->workspace(), 0).actions(m_id);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().action, Moderation::remove);
    QCOMPARE(done.constFirst().ruleId, std::optional<int>(firstRuleId()));
    QCOMPARE(done.constFirst().userId, m_window->session()->currentUser().id);
    QCOMPARE(done.constFirst().remoteState, QStringLiteral("local")); // a demo account
    QCOMPARE(scalar(*m_window->workspace(), QStringLiteral("SELECT moderation FROM messages WHERE id = ?"), {newest}),
        QVariant(QStringLiteral("deleted")));
    // The thread shows who did it and why; the activity says it too.
    auto *view = m_window->findChild<ConversationView *>();
    const QString deletedBy = QStringLiteral("Deleted by %1 — rule 1 “").arg(m_window->session()->currentUser().name);
    QTRY_VERIFY2(view->toPlainText().contains(deletedBy), qPrintable(view->toPlainText()));
    const QString sentence =
        QStringLiteral("%1 deleted a message citing rule 1 “").arg(m_window->session()->currentUser().name);
    QTRY_VERIFY([&] {
        for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("activitySentence"))) {
            if (label->text().startsWith(sentence))
                return true;
        }
        return false;
    }());
}

void TestModerationDialog::blocksAMastodonAuthorByKeyboard()
{
    openWindow(QStringLiteral("mastodon"));
    ModerationDialog *dialog = openDialog(m_actions->blockAuthorAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->action(), Moderation::block);
    auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"));
    QTRY_VERIFY(rule->hasFocus());
    QTest::keyClick(rule, Qt::Key_Down);
    QTest::keyClick(rule, Qt::Key_Down);
    QVERIFY(rule->currentText().startsWith(QStringLiteral("2. ")));
    QTest::keyClick(rule, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<ModerationDialog *>());
    const QList<ModerationRecord> done = Moderation(*m_window->workspace(), 0).actions(m_id);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().action, Moderation::block);
    QVERIFY(!scalar(*m_window->workspace(), QStringLiteral("SELECT blocked_at FROM authors WHERE id = ?"),
        {done.constFirst().authorId})
                 .isNull());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Author blocked by ")));
}

void TestModerationDialog::otherRequiresAReason()
{
    openWindow(QStringLiteral("telegram"));
    ModerationDialog *dialog = openDialog(m_actions->deleteMessageAction());
    QVERIFY(dialog);
    auto *rule = dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"));
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("moderationReason"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("moderateButton"));
    QVERIFY(!reason->isEnabled());
    QTRY_VERIFY(rule->hasFocus());
    QTest::keyClick(rule, Qt::Key_End);
    QCOMPARE(rule->currentText(), QStringLiteral("Other…"));
    QVERIFY(reason->isEnabled());
    QVERIFY(!ok->isEnabled()); // "Other" needs a reason
    QTest::keyClick(rule, Qt::Key_Tab);
    QTRY_VERIFY(reason->hasFocus());
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("Shares a stranger's address"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<ModerationDialog *>());
    const QList<ModerationRecord> done = Moderation(*m_window->workspace(), 0).actions(m_id);
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.constFirst().ruleId);
    QCOMPARE(done.constFirst().reason, QStringLiteral("Shares a stranger's address"));
}

void TestModerationDialog::undoesTheLatestModerationAfterAsking()
{
    openWindow(QStringLiteral("telegram"));
    QVERIFY(!m_actions->undoModerationAction()->isEnabled()); // nothing moderated here yet
    m_actions->markSpamAction()->trigger();
    const QList<ModerationRecord> done = Moderation(*m_window->workspace(), 0).actions(m_id);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().action, Moderation::spam);
    QTRY_VERIFY(m_actions->undoModerationAction()->isEnabled());

    // Asked first; "No" (the default) changes nothing.
    const auto answer = [this](QMessageBox::StandardButton button) {
        m_actions->undoModerationAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("undoModerationQuestion"))));
        QVERIFY(box->text().contains(QStringLiteral("Marked as spam by ")));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("undoModerationQuestion")));
    };
    answer(QMessageBox::No);
    QCOMPARE(scalar(*m_window->workspace(), QStringLiteral("SELECT moderation FROM messages WHERE id = ?"),
                 {done.constFirst().messageId}),
        QVariant(QStringLiteral("spam")));
    answer(QMessageBox::Yes);
    QVERIFY(scalar(*m_window->workspace(), QStringLiteral("SELECT moderation FROM messages WHERE id = ?"),
        {done.constFirst().messageId})
                .isNull());
    QVERIFY(Moderation(*m_window->workspace(), 0).record(done.constFirst().id)->revertedAt);
    QTRY_VERIFY(!m_actions->undoModerationAction()->isEnabled());
    QVERIFY(!m_window->findChild<ConversationView *>()->toPlainText().contains(QStringLiteral("Marked as spam")));
}

void TestModerationDialog::disablesWhatTheChannelCannotDo()
{
    openWindow(QStringLiteral("mastodon"));
    // Mastodon accounts cannot hide or delete other people's posts.
    QVERIFY(!m_actions->deleteMessageAction()->isEnabled());
    QVERIFY(!m_actions->hideMessageAction()->isEnabled());
    QVERIFY(m_actions->deleteMessageAction()->toolTip().contains(QStringLiteral("Mastodon")));
    QVERIFY(m_actions->markSpamAction()->isEnabled());
    QVERIFY(m_actions->blockAuthorAction()->isEnabled());

    ModerationDialog *dialog = openDialog(m_actions->blockAuthorAction());
    QVERIFY(dialog);
    auto *actions = dialog->findChild<QComboBox *>(QStringLiteral("moderationAction"));
    auto *model = qobject_cast<QStandardItemModel *>(actions->model());
    QVERIFY(model);
    QStringList enabled;
    for (int i = 0; i < actions->count(); ++i) {
        const QString action = actions->itemData(i).toString();
        if (model->item(i)->isEnabled())
            enabled << action;
        else
            QVERIFY2(!model->item(i)->toolTip().isEmpty(), qPrintable(action));
    }
    QCOMPARE(enabled, (QStringList {Moderation::spam, Moderation::block}));
    // Spam cites no rule.
    actions->setCurrentIndex(actions->findData(Moderation::spam));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"))->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("moderateButton"))->isEnabled());
    dialog->reject();
}

void TestModerationDialog::queuesANoticeFromAnApprovedTemplate()
{
    openWindow(QStringLiteral("telegram"));
    const Workspace &workspace = *m_window->workspace();
    const int ruleId = firstRuleId();
    QVERIFY(ruleId);
    const qint64 version = approvedNotice(QStringLiteral("{{rule.%1}}").arg(ruleId));
    QVERIFY(version);

    ModerationDialog *dialog = openDialog(m_actions->deleteMessageAction());
    QVERIFY(dialog);
    auto *rules = dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"));
    QTRY_VERIFY(rules->hasFocus());
    QTest::keyClick(rules, Qt::Key_Down);
    auto *notice = dialog->findChild<QCheckBox *>(QStringLiteral("moderationNotice"));
    QVERIFY(notice->isEnabled());
    // The reason is only for "Other…": Tab goes on to the notice.
    QTest::keyClick(rules, Qt::Key_Tab);
    QTRY_VERIFY(notice->hasFocus());
    QTest::keyClick(notice, Qt::Key_Space);
    QVERIFY(notice->isChecked());
    auto *templates = dialog->findChild<QComboBox *>(QStringLiteral("noticeTemplate"));
    templates->setCurrentIndex(templates->findData(version));
    QCOMPARE(dialog->noticeTemplateId(), version);
    const QString preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noticePreview"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("] Removed: ")) && !preview.contains(QStringLiteral("{{")),
        qPrintable(preview));
    // The rule cited with its number and title, in the conversation's language.
    const QString language = preview.mid(1, preview.indexOf(QLatin1Char(']')) - 1);
    const std::optional<CitableRule> cited = NetiquetteLibrary(workspace, 0).publishedRule(ruleId, language);
    QVERIFY2(cited, qPrintable(language));
    QVERIFY(!cited->title.isEmpty());
    QVERIFY2(preview.contains(QString::number(cited->number) + QLatin1Char(' ')) && preview.contains(cited->title),
        qPrintable(preview));
    QCOMPARE(preview,
        QStringLiteral("[%1] Removed: %2")
            .arg(language,
                NetiquetteLibrary(workspace, 0)
                    .placeholderValues(language)
                    .value(QStringLiteral("rule.%1").arg(ruleId))));
    QTest::keyClick(rules, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<ModerationDialog *>());

    const QList<ModerationRecord> done = Moderation(workspace, 0).actions(m_id);
    QCOMPARE(done.size(), 1);
    QVERIFY(done.constFirst().noticeOutboxId > 0);
    QCOMPARE(
        scalar(workspace, QStringLiteral("SELECT body FROM outbox WHERE id = ?"), {done.constFirst().noticeOutboxId})
            .toString(),
        preview);
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM template_usage WHERE version_id = ?"), {version})
                 .toInt(),
        1);
}

void TestModerationDialog::statisticsShowTheCounts()
{
    openWindow(QStringLiteral("telegram"));
    const Workspace &workspace = *m_window->workspace();
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("communityMenu"));
    QVERIFY(menu);
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("ruleStatisticsAction"));
    QVERIFY(open && menu->actions().contains(open));
    QCOMPARE(open->text(), QStringLiteral("Rule &Statistics…"));
    open->trigger();
    RuleStatisticsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RuleStatisticsDialog *>()) && dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ruleStatisticsTable"));
    QVERIFY(table && table->rowCount() >= 2);
    const QList<CitableRule> rules = NetiquetteLibrary(workspace, 0).publishedRules(QStringLiteral("en"));
    for (int row = 0; row < rules.size(); ++row) {
        const CitableRule &rule = rules.at(row);
        const int cited = scalar(workspace,
            QStringLiteral("SELECT count(*) FROM moderation_actions WHERE rule_id = ? AND reverted_at IS NULL"),
            {rule.ruleId})
                              .toInt();
        QVERIFY(table->item(row, RuleStatisticsDialog::ruleColumn)->text().startsWith(QString::number(rule.number)));
        QCOMPARE(table->item(row, RuleStatisticsDialog::totalColumn)->data(Qt::UserRole).toInt(), cited);
        if (cited == 0)
            QCOMPARE(table->item(row, RuleStatisticsDialog::totalColumn)->text(), QStringLiteral("Never cited"));
    }
    // The demo's moderators cited a rule on Telegram: its column and its month show it.
    const int ruleId = scalar(workspace,
        QStringLiteral("SELECT m.rule_id FROM moderation_actions m JOIN accounts a ON a.id = m.account_id "
                       "WHERE a.kind = 'telegram' AND m.rule_id IS NOT NULL LIMIT 1"))
                           .toInt();
    QVERIFY(ruleId);
    int row = 0;
    while (row < rules.size() && rules.at(row).ruleId != ruleId)
        ++row;
    QVERIFY(row < rules.size());
    const auto columnNamed = [table](const QString &name) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->horizontalHeaderItem(column)->text() == name)
                return column;
        }
        return -1;
    };
    const int telegram = columnNamed(QStringLiteral("Telegram"));
    QVERIFY(telegram >= RuleStatisticsDialog::firstChannelColumn);
    QCOMPARE(table->item(row, telegram)->text(),
        scalar(workspace,
            QStringLiteral("SELECT count(*) FROM moderation_actions m JOIN accounts a ON a.id = m.account_id "
                           "WHERE a.kind = 'telegram' AND m.rule_id = ?"),
            {ruleId})
            .toString());
    const qint64 citedAt =
        scalar(workspace, QStringLiteral("SELECT max(created_at) FROM moderation_actions WHERE rule_id = ?"), {ruleId})
            .toLongLong();
    const QDate month = QDateTime::fromMSecsSinceEpoch(citedAt, Qt::UTC).date();
    QVERIFY(
        columnNamed(QLocale().toString(QDate(month.year(), month.month(), 1), QStringLiteral("MMM yyyy"))) > telegram);
}

// An approved notice in the demo's languages: "[de] Removed: " and the rule.
qint64 TestModerationDialog::approvedNotice(const QString &rule)
{
    const Workspace &workspace = *m_window->workspace();
    const qint64 agent =
        scalar(workspace, QStringLiteral("SELECT min(id) FROM users WHERE role = 'agent'")).toLongLong();
    const qint64 manager =
        scalar(workspace, QStringLiteral("SELECT min(id) FROM users WHERE role = 'manager'")).toLongLong();
    TemplateLibrary writer(workspace, agent);
    TemplateDraft draft;
    draft.title = QStringLiteral("Post removed (test)");
    draft.sourceLanguage = QStringLiteral("en");
    for (const char *language : {"en", "de", "fr", "da", "pl"})
        draft.variants.insert(
            QString::fromLatin1(language), QStringLiteral("[%1] Removed: %2").arg(QLatin1String(language), rule));
    const std::optional<qint64> created = writer.create(draft);
    if (!created)
        return 0;
    const qint64 version = writer.store().versions(*created).constFirst().id;
    return writer.submit(version) && TemplateLibrary(workspace, manager).approve(version) ? version : 0;
}

void TestModerationDialog::aNoticeThatCannotBeQueuedLeavesTheMessageAsItWas()
{
    openWindow(QStringLiteral("telegram"));
    const Workspace &workspace = *m_window->workspace();
    const qint64 version = approvedNotice(QStringLiteral("{{rule.%1}}").arg(firstRuleId()));
    QVERIFY(version);
    ModerationDialog *dialog = openDialog(m_actions->deleteMessageAction());
    QVERIFY(dialog);
    const qint64 messageId = dialog->messageId();
    auto *rules = dialog->findChild<QComboBox *>(QStringLiteral("moderationRule"));
    QTRY_VERIFY(rules->hasFocus());
    QTest::keyClick(rules, Qt::Key_Down);
    auto *notice = dialog->findChild<QCheckBox *>(QStringLiteral("moderationNotice"));
    notice->setFocus();
    QTest::keyClick(notice, Qt::Key_Space);
    auto *templates = dialog->findChild<QComboBox *>(QStringLiteral("noticeTemplate"));
    templates->setCurrentIndex(templates->findData(version));
    QCOMPARE(dialog->noticeTemplateId(), version);
    // The outbox refuses the notice after it was rendered for the preview.
    QSqlQuery refuse(workspace.database());
    QVERIFY(refuse.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                                       "BEGIN SELECT RAISE(ABORT, 'the outbox is full'); END")));
    const int audits = scalar(workspace, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QTest::keyClick(rules, Qt::Key_Return, Qt::ControlModifier);

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("moderationError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("the outbox is full")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible()); // stays open
    QVERIFY(Moderation(workspace, 0).actions(m_id).isEmpty());
    QVERIFY(scalar(workspace, QStringLiteral("SELECT moderation FROM messages WHERE id = ?"), {messageId}).isNull());
    QCOMPARE(scalar(workspace, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audits);
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER refuse_outbox")));
    dialog->reject();
}

void TestModerationDialog::showsTheMessageTextAsPlainText()
{
    openWindow(QStringLiteral("telegram"));
    const QString body = QStringLiteral("<b>Free</b> <a href=\"https://evil.example\">pills</a> & <img src=x>");
    QSqlQuery query(m_window->workspace()->database());
    QVERIFY(query.prepare(QStringLiteral("UPDATE messages SET body_text = ? WHERE id = (SELECT max(id) FROM messages "
                                         "WHERE conversation_id = ? AND direction = 'in')")));
    query.addBindValue(body);
    query.addBindValue(m_id);
    QVERIFY(query.exec());
    ModerationDialog *dialog = openDialog(m_actions->deleteMessageAction());
    QVERIFY(dialog);
    auto *messages = dialog->findChild<QComboBox *>(QStringLiteral("moderationMessage"));
    const QString tip = messages->itemData(messages->currentIndex(), Qt::ToolTipRole).toString();
    // A tooltip renders what looks like markup as rich text: what it shows is the text as written.
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QCOMPARE(shown.toPlainText().trimmed(), body);
    QVERIFY(messages->currentText().contains(QStringLiteral("<b>Free</b>"))); // a combo shows plain text
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("Free")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    dialog->reject();
}

QTEST_MAIN(TestModerationDialog)
#include "tst_moderationdialog.moc"
