// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "approvalqueuedialog.h"
#include "automoderationdialog.h"
#include "channelicons.h"
#include "channelspanel.h"
#include "conversationactions.h"
#include "conversationlist.h"
#include "conversationpane.h"
#include "channeldelivery.h"
#include "demoworkspace.h"
#include "inboxtabs.h"
#include "integritycheck.h"
#include "languagemanager.h"
#include "netiquetteeditor.h"
#include "notifier.h"
#include "outboxdispatcher.h"
#include "preferencesdialog.h"
#include "replycomposer.h"
#include "rulestatisticsdialog.h"
#include "searchpage.h"
#include "shortcutsdialog.h"
#include "syncengine.h"
#include "templatelibrarydialog.h"
#include "templatestore.h"
#include "uilog.h"
#include "workspace.h"
#include "workspacepaths.h"
#include "workspacesession.h"
#include "workspacesummary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace hearth {

namespace {
const QString geometryKey = QStringLiteral("mainwindow/geometry");
const QString stateKey = QStringLiteral("mainwindow/state");
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_pages(new QStackedWidget(this))
    , m_inbox(new InboxTabs(this))
    , m_searchPage(new SearchPage(this))
    , m_conversation(new ConversationPane(this))
    , m_notifier(new Notifier(this))
    , m_searchField(new QLineEdit(this))
    , m_workspaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ChannelIcons::application());
    // The inbox, or the results of a search over all messages in its place.
    m_pages->addWidget(m_inbox);
    m_pages->addWidget(m_searchPage);
    // The list on the left, the conversation being worked on beside it.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_pages);
    split->addWidget(m_conversation);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    setCentralWidget(split);
    connect(m_searchPage, &SearchPage::backToInbox, this, &MainWindow::showInbox);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::followCurrentConversation);
    connect(m_inbox, &InboxTabs::currentConversationChanged, this, &MainWindow::followCurrentConversation);
    connect(m_searchPage, &SearchPage::currentConversationChanged, this, &MainWindow::followCurrentConversation);
    connect(m_notifier, &Notifier::notified, this, &MainWindow::showNotification);
    connect(m_notifier, &Notifier::conversationRequested, this, [this](qint64 id) {
        m_conversation->showConversation(id);
        showNormal();
        raise();
        activateWindow();
    });
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(420);
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::searchMessages);
    m_searchBar = addToolBar(QString());
    m_searchBar->setObjectName(QStringLiteral("searchBar"));
    m_searchBar->setMovable(false);
    m_searchBar->addWidget(m_searchField);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    createMenus();
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::rebuildLanguageMenu);
    retranslateUi();

    // The first start fills most of the screen: the list, the thread and the side column
    // need the room. Later starts come back as they were left.
    const QRect available = screen()->availableGeometry();
    resize(available.size() * 0.9);
    // The list takes a little less than half; the conversation, with its side column, the rest.
    qobject_cast<QSplitter *>(centralWidget())->setSizes({width() * 9 / 20, width() * 11 / 20});
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_statusBarAction->setChecked(statusBar()->isVisible());
}

MainWindow::~MainWindow()
{
    // The queue reads the session; it goes before the session does.
    delete m_templateLibrary.data();
    delete m_approvalQueue.data();
    delete m_autoModeration.data();
    delete m_netiquetteEditor.data();
    delete m_ruleStatistics.data();
    delete m_channels.data();
    // The reply being written is saved while its workspace is still open.
    m_conversation->setSession(nullptr);
    // Checks still running hold connections to their workspace files; let them end first.
    for (const QPointer<QThread> &check : std::as_const(m_integrityChecks)) {
        if (check)
            check->wait();
    }
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (!afterNetiquetteEditor([this, path] { openWorkspace(path); }))
        return false;
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path)) {
        showError(tr("Could not open the workspace"), workspace->errorString());
        return false;
    }
    showWorkspace(std::move(workspace));
    return true;
}

bool MainWindow::openDemoWorkspace()
{
    if (!afterNetiquetteEditor([this] { openDemoWorkspace(); }))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto workspace = std::make_unique<Workspace>();
    QString error;
    const bool opened = DemoWorkspace::open(*workspace, WorkspacePaths::demoWorkspace(), &error);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Could not open the demo workspace"), error);
        return false;
    }
    showWorkspace(std::move(workspace));
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!afterNetiquetteEditor([this] { close(); })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToCreate);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);
    m_openDemoAction = new QAction(this);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);
    m_quitAction = new QAction(this);
    // Some platforms (Windows) define no Quit key; Ctrl+Q is what users of Qt apps know.
    const QKeySequence quitKey(QKeySequence::Quit);
    m_quitAction->setShortcut(quitKey.isEmpty() ? QKeySequence(QStringLiteral("Ctrl+Q")) : quitKey);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Edit actions work on whatever text field has the focus.
    const auto editAction = [this](QKeySequence::StandardKey key, const char *slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, slot] { forwardToFocusWidget(slot); });
        return action;
    };
    m_undoAction = editAction(QKeySequence::Undo, "undo");
    m_redoAction = editAction(QKeySequence::Redo, "redo");
    m_cutAction = editAction(QKeySequence::Cut, "cut");
    m_copyAction = editAction(QKeySequence::Copy, "copy");
    m_pasteAction = editAction(QKeySequence::Paste, "paste");
    m_selectAllAction = editAction(QKeySequence::SelectAll, "selectAll");
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    const QKeySequence preferencesKey(QKeySequence::Preferences);
    m_preferencesAction->setShortcut(
        preferencesKey.isEmpty() ? QKeySequence(QStringLiteral("Ctrl+,")) : preferencesKey);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setCheckable(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);
    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    // The workflow on the conversation shown; its shortcuts work wherever the focus is.
    m_conversationActions = new ConversationActions(this);
    addActions(m_conversationActions->actions());
    m_conversation->setToolBarActions(m_conversationActions->toolBarActions());
    connect(m_conversation, &ConversationPane::conversationShown, m_conversationActions,
        &ConversationActions::setConversation);
    connect(m_conversationActions, &ConversationActions::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_conversationActions, &ConversationActions::replyRequested, m_conversation->composer(),
        &ReplyComposer::startReply);
    connect(m_conversationActions, &ConversationActions::moveRequested, this, &MainWindow::moveInCurrentList);
    connect(m_conversationActions, &ConversationActions::escalated, m_notifier, &Notifier::announceEscalation);

    // The template library: browse, write and submit templates.
    m_templateLibraryAction = new QAction(this);
    m_templateLibraryAction->setObjectName(QStringLiteral("templateLibraryAction"));
    m_templateLibraryAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    m_templateLibraryAction->setEnabled(false);
    connect(m_templateLibraryAction, &QAction::triggered, this, &MainWindow::showTemplateLibrary);

    // The template approval queue, and on the search bar how many versions wait in it.
    m_approvalQueueAction = new QAction(this);
    m_approvalQueueAction->setObjectName(QStringLiteral("approvalQueueAction"));
    m_approvalQueueAction->setEnabled(false);
    connect(m_approvalQueueAction, &QAction::triggered, this, &MainWindow::showApprovalQueue);
    m_approvalsBadgeAction = m_searchBar->addAction(QString());
    m_approvalsBadgeAction->setObjectName(QStringLiteral("approvalsBadge"));
    m_approvalsBadgeAction->setVisible(false);
    connect(m_approvalsBadgeAction, &QAction::triggered, this, &MainWindow::showApprovalQueue);

    // Auto-moderation rules, their dry runs and decisions.
    m_autoModerationAction = new QAction(this);
    m_autoModerationAction->setObjectName(QStringLiteral("autoModerationAction"));
    m_autoModerationAction->setEnabled(false);
    connect(m_autoModerationAction, &QAction::triggered, this, &MainWindow::showAutoModeration);
    // The netiquette editor: the house rules, their drafts and published versions.
    m_netiquetteAction = new QAction(this);
    m_netiquetteAction->setObjectName(QStringLiteral("netiquetteAction"));
    m_netiquetteAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+N")));
    m_netiquetteAction->setEnabled(false);
    connect(m_netiquetteAction, &QAction::triggered, this, &MainWindow::showNetiquetteEditor);

    // How often moderation cites each rule.
    m_ruleStatisticsAction = new QAction(this);
    m_ruleStatisticsAction->setObjectName(QStringLiteral("ruleStatisticsAction"));
    m_ruleStatisticsAction->setEnabled(false);
    connect(m_ruleStatisticsAction, &QAction::triggered, this, &MainWindow::showRuleStatistics);

    // The channel accounts: their state, and adding, testing, pausing and removing them.
    m_channelsAction = new QAction(this);
    m_channelsAction->setObjectName(QStringLiteral("channelsAction"));
    m_channelsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+C")));
    m_channelsAction->setEnabled(false);
    connect(m_channelsAction, &QAction::triggered, this, &MainWindow::showChannels);

    m_shortcutsAction = new QAction(this);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_newAction, m_openAction, m_openDemoAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_cutAction, m_copyAction, m_pasteAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_conversationMenu = menuBar()->addMenu(QString());
    m_conversationMenu->setObjectName(QStringLiteral("conversationMenu"));
    m_conversationActions->addToMenu(m_conversationMenu);

    m_templatesMenu = menuBar()->addMenu(QString());
    m_templatesMenu->setObjectName(QStringLiteral("templatesMenu"));
    m_templatesMenu->addActions({m_templateLibraryAction, m_approvalQueueAction});

    // The house rules and how they are kept: netiquette, rule statistics, auto-moderation.
    m_communityMenu = menuBar()->addMenu(QString());
    m_communityMenu->setObjectName(QStringLiteral("communityMenu"));
    m_communityMenu->addAction(m_netiquetteAction);
    m_communityMenu->addAction(m_ruleStatisticsAction);
    m_communityMenu->addAction(m_autoModerationAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_channelsAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_statusBarAction, m_fullScreenAction});
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(this);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });
    rebuildLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({m_aboutAction, m_aboutQtAction});
}

void MainWindow::rebuildLanguageMenu()
{
    m_languageMenu->clear();
    const QList<QAction *> previous = m_languageGroup->actions();
    for (QAction *action : previous) {
        if (action != m_systemLanguageAction)
            delete action;
    }
    const auto addChoice = [this](QAction *action, const QString &code) {
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(m_languages->language() == code);
        m_languageGroup->addAction(action);
        m_languageMenu->addAction(action);
    };
    addChoice(m_systemLanguageAction, QString());
    m_languageMenu->addSeparator();
    // Each language is listed in its own name, so a user can find theirs in any UI language.
    const QStringList codes = m_languages->availableLanguages();
    for (const QString &code : codes)
        addChoice(new QAction(LanguageManager::nativeName(code), this), code);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_conversationMenu->setTitle(tr("&Conversation"));
    m_templatesMenu->setTitle(tr("&Templates"));
    m_communityMenu->setTitle(tr("Co&mmunity"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New Workspace…"));
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_openAction->setStatusTip(tr("Open a workspace file"));
    m_openDemoAction->setText(tr("Open &Demo Workspace"));
    m_openDemoAction->setStatusTip(tr("Open the Sunny Squeeze sample workspace; it never goes online"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_selectAllAction->setText(tr("Select &All"));
    m_findAction->setText(tr("&Find Messages…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_searchField->setPlaceholderText(
        tr("Search all messages (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchBar->setWindowTitle(tr("Search"));
    m_statusBarAction->setText(tr("Show &Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_systemLanguageAction->setText(tr("&System Language"));
    m_conversationActions->retranslateUi();
    m_templateLibraryAction->setText(tr("Template &Library…"));
    m_templateLibraryAction->setStatusTip(tr("Browse, write and submit canned responses"));
    m_approvalQueueAction->setText(tr("Approval &Queue…"));
    m_approvalQueueAction->setStatusTip(tr("Template versions waiting for a manager's decision"));
    m_ruleStatisticsAction->setText(tr("Rule &Statistics…"));
    m_ruleStatisticsAction->setStatusTip(tr("How often moderation cited each rule of the netiquette"));
    describeApprovalCount();
    m_autoModerationAction->setText(tr("&Auto-Moderation…"));
    m_autoModerationAction->setStatusTip(tr("Rules that flag, tag, hide or assign incoming messages by themselves"));
    m_netiquetteAction->setText(tr("&Netiquette Editor…"));
    m_netiquetteAction->setStatusTip(tr("Write, publish and export the community's house rules"));
    m_channelsAction->setText(tr("&Channels…"));
    m_channelsAction->setStatusTip(tr("The channel accounts: add, test, pause and remove them, and see how they sync"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts…"));
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut"));
    m_aboutAction->setText(tr("&About Hearth"));
    m_aboutQtAction->setText(tr("About &Qt"));
    describeWorkspace();
}

void MainWindow::showWorkspace(std::unique_ptr<Workspace> workspace)
{
    UserDirectory users(*workspace);
    const std::optional<User> me = users.signIn(UserDirectory::systemLogin(), UserDirectory::systemDisplayName());
    if (!me) {
        showError(tr("Could not open the workspace"), users.errorString());
        return;
    }
    // Nothing may hold the old session or workspace once they are gone.
    delete m_templateLibrary.data();
    delete m_approvalQueue.data();
    delete m_autoModeration.data();
    delete m_netiquetteEditor.data();
    delete m_ruleStatistics.data();
    delete m_channels.data();
    // The old workspace's sync ends (its thread closes its own connection) before another starts.
    m_syncEngine.reset();
    m_inbox->showWorkspace(nullptr, WorkspaceSummary());
    m_searchPage->forgetWorkspace();
    m_conversation->setSession(nullptr);
    m_notifier->setSession(nullptr);
    m_conversationActions->setSession(nullptr);
    m_conversation->composer()->setDispatcher(nullptr);
    m_dispatcher.reset();
    m_session.reset();
    m_workspace = std::move(workspace);
    m_session = std::make_unique<WorkspaceSession>(*m_workspace, *me);
    qCInfo(lcUi).noquote() << "Showing workspace" << m_workspace->path() << "as user" << me->id;
    startSync();
    startOutbox();
    m_conversation->setSession(m_session.get());
    m_notifier->setSession(m_session.get());
    m_conversationActions->setSession(m_session.get());
    connect(m_session.get(), &WorkspaceSession::workspaceChanged, this, &MainWindow::refreshApprovalCount);
    m_templateLibraryAction->setEnabled(true);
    m_approvalQueueAction->setEnabled(true);
    m_autoModerationAction->setEnabled(true);
    m_netiquetteAction->setEnabled(true);
    m_ruleStatisticsAction->setEnabled(true);
    m_channelsAction->setEnabled(true);
    refreshApprovalCount();
    refreshWorkspaceView();
    checkWorkspaceInBackground();
}

// Replies go out through the dispatcher: the demo's accounts "send" locally, real accounts
// through their connectors on the sync engine's thread.
void MainWindow::startOutbox()
{
    m_dispatcher = std::make_unique<OutboxDispatcher>(
        *m_workspace, std::make_unique<ChannelDelivery>(*m_workspace, m_syncEngine.get()));
    WorkspaceSession *session = m_session.get();
    connect(m_dispatcher.get(), &OutboxDispatcher::itemFinished, this,
        [this, session](qint64 conversationId, bool sent, const QString &error) {
            if (!sent)
                statusBar()->showMessage(tr("A reply was not sent: %1").arg(error), 10000);
            session->announceConversationChanged(conversationId);
        });
    m_dispatcher->recoverInterrupted(); // before anything is sent
    m_conversation->composer()->setDispatcher(m_dispatcher.get());
    // Replies queued before the last exit go out once the window is up.
    QTimer::singleShot(0, m_dispatcher.get(), &OutboxDispatcher::dispatchPending);
}

// The workspace's channel accounts sync off the UI thread for as long as it is open; what
// they store reaches the views through the session, at once rather than at its next poll.
void MainWindow::startSync()
{
    m_syncEngine = std::make_unique<SyncEngine>(m_workspace->path());
    WorkspaceSession *session = m_session.get();
    connect(m_syncEngine.get(), &SyncEngine::stored, session, &WorkspaceSession::checkForOutsideChanges);
    connect(m_syncEngine.get(), &SyncEngine::failed, this,
        [this](const QString &error) { statusBar()->showMessage(tr("Channels do not sync: %1").arg(error), 10000); });
    connect(m_conversationActions, &ConversationActions::moderationTaken, m_syncEngine.get(),
        &SyncEngine::carryOutModeration);
    // What the channel did with a moderation shows in the conversation's activity.
    connect(m_syncEngine.get(), &SyncEngine::moderationCarriedOut, session,
        &WorkspaceSession::checkForOutsideChanges);
    m_syncEngine->start();
}

// A damaged file should be noticed early, but checking a large workspace takes seconds:
// it runs on a thread of its own with its own connection, after the window is up.
// A check of a workspace opened before this one runs on; its report is ignored.
void MainWindow::checkWorkspaceInBackground()
{
    m_integrityChecks.removeAll(nullptr);
    const QString path = m_workspace->path();
    auto problems = std::make_shared<QStringList>();
    QThread *check =
        QThread::create([path, problems] { *problems = IntegrityCheck::run(path, IntegrityCheck::Depth::Quick); });
    connect(check, &QThread::finished, this, [this, path, problems] { reportIntegrity(path, *problems); });
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    m_integrityChecks << check;
    check->start(QThread::LowPriority);
}

void MainWindow::reportIntegrity(const QString &path, const QStringList &problems)
{
    if (!m_workspace || m_workspace->path() != path)
        return; // another workspace was opened meanwhile
    if (problems.isEmpty()) {
        statusBar()->showMessage(tr("Workspace checked: no problems found."), 5000);
        return;
    }
    qCWarning(lcUi).noquote() << "Integrity problems in" << path << problems;
    showError(tr("The workspace may be damaged"),
        tr("Hearth found problems in “%1”. Keep working, but make a copy of the file and run "
           "“hearth-cli check” for the full report.\n\n%2")
            .arg(QDir::toNativeSeparators(path), problems.mid(0, 5).join(QLatin1Char('\n'))));
}

void MainWindow::searchMessages()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty() || !m_workspace) {
        showInbox();
        return;
    }
    m_searchPage->search(*m_workspace, text);
    m_pages->setCurrentWidget(m_searchPage);
}

void MainWindow::showInbox()
{
    m_pages->setCurrentWidget(m_inbox);
}

void MainWindow::moveInCurrentList(int step)
{
    ConversationList *list =
        m_pages->currentWidget() == m_searchPage ? m_searchPage->results() : m_inbox->currentList();
    if (!list || !list->moveCurrent(step))
        statusBar()->showMessage(step > 0 ? tr("This is the last conversation of the list.")
                                          : tr("This is the first conversation of the list."),
            3000);
}

void MainWindow::followCurrentConversation()
{
    m_conversation->showConversation(m_pages->currentWidget() == m_searchPage ? m_searchPage->currentConversationId()
                                                                              : m_inbox->currentConversationId());
}

void MainWindow::refreshWorkspaceView()
{
    showInbox();
    m_summary = WorkspaceSummary();
    m_summaryRead = m_workspace && WorkspaceSummary::read(*m_workspace, &m_summary);
    m_inbox->showWorkspace(m_summaryRead ? m_session.get() : nullptr, m_summary);
    describeWorkspace();
    // The newest conversation is open at once, ready to be read.
    if (ConversationList *list = m_inbox->currentList(); list && list->currentConversationId() == 0)
        list->moveCurrent(1);
}

// Title and status bar, in the current language; no reading of the workspace.
void MainWindow::describeWorkspace()
{
    if (!m_workspace) {
        setWindowTitle(tr("Hearth"));
        m_workspaceLabel->setText(tr("No workspace open"));
        return;
    }
    const QString name =
        DemoWorkspace::isDemo(*m_workspace) ? tr("Demo workspace") : QFileInfo(m_workspace->path()).completeBaseName();
    setWindowTitle(tr("%1 — Hearth").arg(name));
    setWindowFilePath(m_workspace->path());
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
    if (!m_summaryRead) {
        m_workspaceLabel->setText(tr("%1: the workspace could not be read").arg(name));
        return;
    }
    m_workspaceLabel->setText(tr("%1 · %2 · %3")
                                  .arg(name, tr("%n channel account(s)", nullptr, int(m_summary.accounts.size())),
                                      tr("%n conversation(s)", nullptr, m_summary.conversations)));
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and asynchronous: the event loop (and the tests) keep running.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Hearth workspaces (*.hearth);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseWorkspaceToCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
        tr("Hearth workspaces (*.hearth)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".hearth");
    if (QFileInfo::exists(path)) {
        // Hearth never replaces an existing file with an empty workspace.
        showError(tr("Could not create the workspace"),
            tr("“%1” already exists. Use File › Open Workspace to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspace(path);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_session.get(), m_notifier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showNotification(const QString &title, const QString &text)
{
    statusBar()->showMessage(tr("%1: %2").arg(title, text), 15000);
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showTemplateLibrary()
{
    if (!m_session)
        return;
    if (!m_templateLibrary) {
        m_templateLibrary = new TemplateLibraryDialog(m_session.get(), this);
        m_templateLibrary->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_templateLibrary, &TemplateLibraryDialog::changed, this, &MainWindow::refreshApprovalCount);
    } else {
        m_templateLibrary->refresh();
    }
    m_templateLibrary->show();
    m_templateLibrary->raise();
    m_templateLibrary->activateWindow();
}

void MainWindow::showNetiquetteEditor()
{
    if (!m_session)
        return;
    if (!m_netiquetteEditor) {
        m_netiquetteEditor = new NetiquetteEditor(m_session.get(), this);
        connect(m_netiquetteEditor, &NetiquetteEditor::closeCancelled, this, [this] { m_afterNetiquetteEditor = {}; });
        // Queued: what waits may replace the workspace, which the editor's destruction must not see.
        connect(m_netiquetteEditor, &QObject::destroyed, this, [this] {
            if (std::function<void()> then = std::exchange(m_afterNetiquetteEditor, {}))
                QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection);
        });
    }
    m_netiquetteEditor->show();
    m_netiquetteEditor->raise();
    m_netiquetteEditor->activateWindow();
}

// Runs nothing and returns true when no house rules are being written unsaved; otherwise the
// editor asks (save, discard, cancel) and `then` runs once it has closed, so a draft is never
// dropped with its workspace or the window.
bool MainWindow::afterNetiquetteEditor(std::function<void()> then)
{
    if (!m_netiquetteEditor || !m_netiquetteEditor->isModified())
        return true;
    m_afterNetiquetteEditor = std::move(then);
    m_netiquetteEditor->show();
    m_netiquetteEditor->raise();
    m_netiquetteEditor->close();
    return false;
}

void MainWindow::showApprovalQueue()
{
    if (!m_session)
        return;
    if (!m_approvalQueue) {
        m_approvalQueue = new ApprovalQueueDialog(m_session.get(), this);
        m_approvalQueue->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_approvalQueue, &ApprovalQueueDialog::decided, this, &MainWindow::refreshApprovalCount);
    } else {
        m_approvalQueue->refresh();
    }
    m_approvalQueue->show();
    m_approvalQueue->raise();
    m_approvalQueue->activateWindow();
}

void MainWindow::showAutoModeration()
{
    if (!m_session)
        return;
    if (!m_autoModeration) {
        m_autoModeration = new AutoModerationDialog(m_session.get(), this);
        m_autoModeration->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_autoModeration->refresh();
    }
    m_autoModeration->show();
    m_autoModeration->raise();
    m_autoModeration->activateWindow();
}

void MainWindow::showRuleStatistics()
{
    if (!m_session)
        return;
    if (!m_ruleStatistics) {
        m_ruleStatistics = new RuleStatisticsDialog(m_session.get(), this);
        m_ruleStatistics->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_ruleStatistics->refresh();
    }
    m_ruleStatistics->show();
    m_ruleStatistics->raise();
    m_ruleStatistics->activateWindow();
}

void MainWindow::showChannels()
{
    if (!m_session)
        return;
    if (!m_channels) {
        m_channels = new ChannelsPanel(m_session.get(), m_syncEngine.get(), this);
        m_channels->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_channels, &ChannelsPanel::accountsChanged, this, &MainWindow::refreshWorkspaceView);
    } else {
        m_channels->refresh();
    }
    m_channels->show();
    m_channels->raise();
    m_channels->activateWindow();
}

void MainWindow::refreshApprovalCount()
{
    m_approvalsWaiting = m_workspace ? int(TemplateStore(*m_workspace).queue().size()) : 0;
    describeApprovalCount();
}

// The badge shows only when something waits: an empty queue needs no attention.
void MainWindow::describeApprovalCount()
{
    m_approvalsBadgeAction->setText(tr("Approvals: %n", nullptr, m_approvalsWaiting));
    m_approvalsBadgeAction->setToolTip(tr("%n template version(s) waiting for approval", nullptr, m_approvalsWaiting));
    m_approvalsBadgeAction->setVisible(m_approvalsWaiting > 0);
}

void MainWindow::forwardToFocusWidget(const char *slot)
{
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, slot);
}

} // namespace hearth
