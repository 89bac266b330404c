// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "approvalqueuedialog.h"
#include "automoderationdialog.h"
#include "channelspanel.h"
#include "conversationactions.h"
#include "conversationlist.h"
#include "conversationpane.h"
#include "demoworkspace.h"
#include "hearthversion.h"
#include "inboxmodel.h"
#include "inboxtabs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "netiquetteeditor.h"
#include "netiquettetextedit.h"
#include "notifier.h"
#include "replycomposer.h"
#include "searchpage.h"
#include "templatelibrarydialog.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacepaths.h"
#include "workspacesession.h"
#include "workspacesummary.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QPointer>
#include <QTreeWidget>

#include <algorithm>

using namespace hearth;

namespace {
QAction *findAction(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QString statusText(const MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("workspaceLabel"))->text();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void constructsWithItsMenus();
    void startsWithoutAWorkspace();
    void opensTheDemoWorkspaceWithOneTabPerChannel();
    void showsAnErrorAndKeepsTheCurrentWorkspace();
    void aboutShowsVersionsAndSyntaxHighlighting();
    void restoresItsGeometry();
    void quitsWithTheKeyboard();
    void editMenuWorksOnTheFocusedField();
    void checksTheWorkspaceInTheBackground();
    void searchesAllMessagesFromTheKeyboard();
    void workflowKeysReachTheListComposerAndNotifications();
    void approvalBadgeFollowsTheQueue();
    void templateLibraryOpensFromTheTemplatesMenu();
    void autoModerationOpensFromTheCommunityMenu();
    void netiquetteEditorOpensFromTheCommunityMenu();
    void channelsPanelOpensFromTheViewMenuByKeyboard();
    void unsavedNetiquetteIsAskedAboutFirst();

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
};

void TestMainWindow::initTestCase()
{
    // As at start-up: the C locale of the tests means English, with its plural forms.
    m_languages.loadSavedLanguage();
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::constructsWithItsMenus()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        titles << menu->text();
    QCOMPARE(titles,
        (QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Conversation"),
            QStringLiteral("&Templates"), QStringLiteral("Co&mmunity"), QStringLiteral("&View"),
            QStringLiteral("&Help")}));
    QVERIFY(window.findChild<InboxTabs *>());
    QVERIFY(window.statusBar()->isVisible());
}

void TestMainWindow::startsWithoutAWorkspace()
{
    MainWindow window(&m_languages);
    QCOMPARE(window.workspace(), nullptr);
    QCOMPARE(statusText(window), QStringLiteral("No workspace open"));
    auto *tabs = window.findChild<InboxTabs *>();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Unified inbox"));
}

void TestMainWindow::opensTheDemoWorkspaceWithOneTabPerChannel()
{
    MainWindow window(&m_languages);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->path(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/demo.hearth"));
    WorkspaceSummary summary;
    QVERIFY(WorkspaceSummary::read(*window.workspace(), &summary));

    auto *tabs = window.findChild<InboxTabs *>();
    QCOMPARE(tabs->count(), summary.accounts.size() + 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Unified inbox"));
    for (int i = 0; i < summary.accounts.size(); ++i) {
        // A name's '&' is shown as it is, not taken as a keyboard mnemonic.
        QCOMPARE(
            tabs->tabText(i + 1), QString(summary.accounts.at(i).name).replace(QLatin1Char('&'), QLatin1String("&&")));
        QVERIFY(tabs->tabToolTip(i + 1).contains(QStringLiteral("demo account")));
    }
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Demo workspace")));
    QVERIFY2(statusText(window).contains(QStringLiteral("%1 conversations").arg(DemoWorkspace::conversationCount)),
        qPrintable(statusText(window)));
}

void TestMainWindow::showsAnErrorAndKeepsTheCurrentWorkspace()
{
    const QString good = m_dir.filePath(QStringLiteral("good.hearth"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.hearth"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();

    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(good));
    QVERIFY(!window.openWorkspace(bad));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("bad.hearth")));
    QCOMPARE(window.workspace()->path(), good);
    QVERIFY(window.workspace()->isOpen());
    box->accept();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorMessage")));
}

void TestMainWindow::aboutShowsVersionsAndSyntaxHighlighting()
{
    MainWindow window(&m_languages);
    window.show();
    QMenu *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QAction *about = findAction(help, QStringLiteral("&About Hearth"));
    QVERIFY(about);
    about->trigger();

    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    const QString details = dialog->findChild<QLabel *>(QStringLiteral("aboutDetails"))->text();
    QVERIFY(dialog->findChildren<QLabel *>().size() >= 3);
    const QString all = [&] {
        QStringList texts;
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }();
    QVERIFY(all.contains(QStringLiteral(HEARTH_VERSION)));
    QVERIFY(details.contains(QString::fromLatin1(qVersion())));
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    QVERIFY2(details.contains(QStringLiteral("Syntax highlighting: KDE Syntax-Highlighting")), qPrintable(details));
#else
    QVERIFY2(details.contains(QStringLiteral("Syntax highlighting: not available")), qPrintable(details));
#endif
    dialog->close();
}

void TestMainWindow::restoresItsGeometry()
{
    {
        MainWindow window(&m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Smaller than the default, larger than the window's minimum.
        window.resize(1000, 640);
        QTRY_COMPARE(window.size(), QSize(1000, 640));
        window.close();
    }
    MainWindow reopened(&m_languages);
    QCOMPARE(reopened.size(), QSize(1000, 640));
}

void TestMainWindow::quitsWithTheKeyboard()
{
    MainWindow window(&m_languages);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::editMenuWorksOnTheFocusedField()
{
    MainWindow window(&m_languages);
    auto *field = new QLineEdit(QStringLiteral("lemonade"), &window);
    window.statusBar()->addWidget(field);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    field->deselect();

    QMenu *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    findAction(edit, QStringLiteral("Select &All"))->trigger();
    QCOMPARE(field->selectedText(), QStringLiteral("lemonade"));
    QTest::keyClicks(field, QStringLiteral("x"));
    QCOMPARE(field->text(), QStringLiteral("x"));
    findAction(edit, QStringLiteral("&Undo"))->trigger();
    QCOMPARE(field->text(), QStringLiteral("lemonade"));
}

void TestMainWindow::checksTheWorkspaceInTheBackground()
{
    const QString path = m_dir.filePath(QStringLiteral("checked.hearth"));
    {
        MainWindow window(&m_languages);
        QVERIFY(window.openWorkspace(path));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no problems")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorMessage")));
    }
    {
        // Damage that opening does not notice: a message whose conversation is gone.
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QSqlQuery query(workspace.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO accounts (id, kind, name, created_at) VALUES (1, 'email', 'S', 0)")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO messages (id, account_id, conversation_id, remote_id, direction, "
                                      "visibility, body_text, created_at, received_at) "
                                      "VALUES (4096, 1, 77, 'x', 'in', 'public', 'orphan', 1, 1)")));
    }
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(window.openWorkspace(path));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"))) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("checked.hearth")));
    QVERIFY(box->text().contains(QStringLiteral("hearth-cli check")));
    box->accept();
}

void TestMainWindow::searchesAllMessagesFromTheKeyboard()
{
    MainWindow window(&m_languages);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDemoWorkspace());
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *page = window.findChild<SearchPage *>();
    auto *inbox = window.findChild<InboxTabs *>();

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("refund"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(!inbox->isVisible());
    QVERIFY(page->hitCount() > 0);
    // The newest hit is selected and its whole conversation shown.
    auto *thread = window.findChild<QTextEdit *>(QStringLiteral("conversationView"));
    QVERIFY(thread->toPlainText().contains(QStringLiteral("refund"), Qt::CaseInsensitive));

    // Whatever is typed is safe; nothing searchable says so.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("\"'); DROP TABLE messages; --"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(page->hitCount(), 0);
    field->clear();
    QTest::keyClicks(field, QStringLiteral("***"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("searchSummary"))
                ->text()
                .contains(QStringLiteral("at least one word")));

    // Esc goes back to the inbox, which still has its conversations.
    page->findChild<QTreeView *>(QStringLiteral("searchResults"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(inbox->isVisible());
    QCOMPARE(window.findChild<InboxModel *>()->rowCount() > 0, true);
}

void TestMainWindow::workflowKeysReachTheListComposerAndNotifications()
{
    MainWindow window(&m_languages);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDemoWorkspace());
    auto *pane = window.findChild<ConversationPane *>();
    ConversationList *list = window.findChild<InboxTabs *>()->currentList();
    QVERIFY(list && list->model()->rowCount() > 2);
    const auto idAt = [list](int row) {
        return list->model()->index(row, 0).data(InboxModel::ConversationIdRole).toLongLong();
    };

    // Next and previous conversation, wherever the focus is.
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_COMPARE(pane->conversationId(), idAt(0));
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(pane->conversationId(), idAt(1));
    QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(pane->conversationId(), idAt(2));
    QTest::keyClick(&window, Qt::Key_Up, Qt::AltModifier);
    QTRY_COMPARE(pane->conversationId(), idAt(1));

    // Reply puts the keyboard into the composer.
    list->setFocus();
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(pane->composer()->editor()->hasFocus());

    // An escalation becomes a notification naming the conversation.
    auto *notifier = window.findChild<Notifier *>();
    notifier->setEnabled(true);
    QSignalSpy notified(notifier, &Notifier::notified);
    emit window.findChild<ConversationActions *>()->escalated(idAt(1), QStringLiteral("The press is asking"));
    QCOMPARE(notified.size(), 1);
    QVERIFY(notified.at(0).at(1).toString().endsWith(QStringLiteral("The press is asking")));
    QCOMPARE(notified.at(0).at(2).toLongLong(), idAt(1));

    // A resolved conversation leaves "All open", and the next one takes its place.
    const qint64 resolved = idAt(1);
    const qint64 next = idAt(2);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE(pane->conversationId(), next);
    QCOMPARE(idAt(1), next);
    QSqlQuery query(window.workspace()->database());
    QVERIFY(query.exec(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(resolved)) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("resolved"));
}

void TestMainWindow::approvalBadgeFollowsTheQueue()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *badge = window.findChild<QAction *>(QStringLiteral("approvalsBadge"));
    QAction *queueAction = window.findChild<QAction *>(QStringLiteral("approvalQueueAction"));
    QVERIFY(badge && queueAction);
    QVERIFY(!badge->isVisible());
    QVERIFY(!queueAction->isEnabled());
    // A fresh demo: an earlier run decided on the one it left behind.
    const QString demo = WorkspacePaths::demoWorkspace();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Approvals: 3"));

    // The demo signs in an agent; the manager decides.
    const QList<User> users = UserDirectory(*window.workspace()).users();
    const auto manager = std::find_if(
        users.cbegin(), users.cend(), [](const User &user) { return user.role == QLatin1String("manager"); });
    QVERIFY(manager != users.cend());
    window.session()->setCurrentUser(*manager);
    queueAction->trigger();
    auto *dialog = window.findChild<ApprovalQueueDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("approvalList"));
    list->clearSelection();
    list->item(0)->setSelected(true);
    dialog->approveSelected();
    QCOMPARE(badge->text(), QStringLiteral("Approvals: 2"));
    list->selectAll();
    dialog->approveSelected();
    QVERIFY(!badge->isVisible());
}

void TestMainWindow::templateLibraryOpensFromTheTemplatesMenu()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *libraryAction = window.findChild<QAction *>(QStringLiteral("templateLibraryAction"));
    QAction *queueAction = window.findChild<QAction *>(QStringLiteral("approvalQueueAction"));
    // The composer has a templates menu of its own: this one is the menu bar's.
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("templatesMenu"), Qt::FindDirectChildrenOnly);
    QVERIFY(libraryAction && queueAction && menu);
    // The library comes first, then the queue.
    QCOMPARE(menu->actions().indexOf(libraryAction), 0);
    QCOMPARE(menu->actions().indexOf(queueAction), 1);
    QVERIFY(!libraryAction->text().isEmpty());
    QVERIFY(!libraryAction->isEnabled());
    const QString demo = WorkspacePaths::demoWorkspace();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(libraryAction->isEnabled());
    libraryAction->trigger();
    auto *dialog = window.findChild<TemplateLibraryDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->visibleTemplateCount(), 16);
    // Triggered again: the same window.
    libraryAction->trigger();
    QCOMPARE(window.findChildren<TemplateLibraryDialog *>().size(), 1);
}

void TestMainWindow::autoModerationOpensFromTheCommunityMenu()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.findChild<QAction *>(QStringLiteral("autoModerationAction"));
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("communityMenu"), Qt::FindDirectChildrenOnly);
    QVERIFY(action && menu);
    QVERIFY(menu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Auto-Moderation…"));
    QVERIFY(!action->isEnabled());
    const QString demo = WorkspacePaths::demoWorkspace();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<AutoModerationDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("ruleList"))->topLevelItemCount(), 2);
    // Triggered again: the same window.
    action->trigger();
    QCOMPARE(window.findChildren<AutoModerationDialog *>().size(), 1);
}

void TestMainWindow::channelsPanelOpensFromTheViewMenuByKeyboard()
{
    MainWindow window(&m_languages);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction *action = window.findChild<QAction *>(QStringLiteral("channelsAction"));
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"), Qt::FindDirectChildrenOnly);
    QVERIFY(action && menu);
    QVERIFY(menu->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Channels…"));
    QVERIFY(!action->isEnabled());
    const QString demo = WorkspacePaths::demoWorkspace();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(action->isEnabled());
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QPointer<ChannelsPanel> panel = window.findChild<ChannelsPanel *>();
    QVERIFY(panel && panel->isVisible());
    auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("channelsList"));
    QVERIFY(list->topLevelItemCount() > 0);
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        QCOMPARE(list->topLevelItem(row)->text(ChannelsPanel::StateColumn), QStringLiteral("Demo — never goes online"));
    // Another workspace: the panel of the old one goes with it.
    QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("channels.hearth"))));
    QVERIFY(!panel);
}

void TestMainWindow::netiquetteEditorOpensFromTheCommunityMenu()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *editorAction = window.findChild<QAction *>(QStringLiteral("netiquetteAction"));
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("communityMenu"), Qt::FindDirectChildrenOnly);
    QVERIFY(editorAction && menu);
    QVERIFY(menu->actions().contains(editorAction));
    QCOMPARE(editorAction->text(), QStringLiteral("&Netiquette Editor…"));
    QVERIFY(!editorAction->shortcut().isEmpty());
    QVERIFY(!editorAction->isEnabled());
    const QString demo = WorkspacePaths::demoWorkspace();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(demo + suffix);
    QVERIFY(window.openDemoWorkspace());
    QVERIFY(editorAction->isEnabled());
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, editorAction->shortcut());
    NetiquetteEditor *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<NetiquetteEditor *>()) && editor->isVisible());
    QVERIFY(editor->isWindow());
    QCOMPARE(editor->languages().mid(0, 5), NetiquetteEditor::standardLanguages());
    // Opened again: the same window.
    editorAction->trigger();
    QCOMPARE(window.findChildren<NetiquetteEditor *>().size(), 1);
    // Closed, it is gone; the menu opens a new one.
    QVERIFY(editor->close());
    QTRY_VERIFY(window.findChildren<NetiquetteEditor *>().isEmpty());
    editorAction->trigger();
    QTRY_VERIFY(window.findChild<NetiquetteEditor *>());
}

// Another workspace, or quitting, never drops house rules being written: the editor asks, and
// what was asked for happens once the draft is saved or discarded, not at all on Cancel.
void TestMainWindow::unsavedNetiquetteIsAskedAboutFirst()
{
    MainWindow window(&m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
    const auto editUnsaved = [&window] {
        window.findChild<QAction *>(QStringLiteral("netiquetteAction"))->trigger();
        NetiquetteEditor *editor = window.findChild<NetiquetteEditor *>();
        editor->textEdit(QStringLiteral("en"))->appendPlainText(QStringLiteral("\n## Be patient\n"));
        QVERIFY(editor->isModified());
    };
    const auto answer = [&window](QMessageBox::StandardButton button) {
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = window.findChild<QMessageBox *>(QStringLiteral("confirmCloseNetiquette"))) && box->isVisible());
        box->button(button)->click();
    };

    editUnsaved();
    Workspace *before = window.workspace();
    QVERIFY(!window.openDemoWorkspace());
    answer(QMessageBox::Cancel);
    QVERIFY(window.findChild<NetiquetteEditor *>());
    QCOMPARE(window.workspace(), before);

    QVERIFY(!window.openDemoWorkspace());
    answer(QMessageBox::Discard);
    QTRY_VERIFY(window.workspace() != before);
    QVERIFY(!window.findChild<NetiquetteEditor *>());

    editUnsaved();
    QVERIFY(!window.close());
    answer(QMessageBox::Discard);
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
