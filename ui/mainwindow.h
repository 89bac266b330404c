// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesummary.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolBar;
class QMenu;
class QThread;

namespace hearth {

class ApprovalQueueDialog;
class ChannelsPanel;
class SyncEngine;
class AutoModerationDialog;
class NetiquetteEditor;
class RuleStatisticsDialog;
class TemplateLibraryDialog;
class ConversationActions;
class ConversationPane;
class InboxTabs;
class SearchPage;
class WorkspaceSession;
class LanguageManager;
class Notifier;
class OutboxDispatcher;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace in place of the current one. A failure is shown to the user and the
    // current workspace, if any, stays open.
    bool openWorkspace(const QString &path);
    bool openDemoWorkspace();
    Workspace *workspace() const { return m_workspace.get(); }
    WorkspaceSession *session() const { return m_session.get(); }
    // Sends the workspace's replies; tests give it a delivery of their own.
    OutboxDispatcher *outboxDispatcher() const { return m_dispatcher.get(); }
    SyncEngine *syncEngine() const { return m_syncEngine.get(); }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildLanguageMenu();
    void showWorkspace(std::unique_ptr<Workspace> workspace);
    void startOutbox();
    void checkWorkspaceInBackground();
    void reportIntegrity(const QString &path, const QStringList &problems);
    void refreshWorkspaceView();
    void searchMessages();
    void showInbox();
    void followCurrentConversation();
    void moveInCurrentList(int step);
    void describeWorkspace();
    void showError(const QString &title, const QString &text);
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToCreate();
    void showAbout();
    void showPreferences();
    void showNotification(const QString &title, const QString &text);
    void showShortcuts();
    void showTemplateLibrary();
    void showApprovalQueue();
    void showAutoModeration();
    void showNetiquetteEditor();
    bool afterNetiquetteEditor(std::function<void()> then);
    void showRuleStatistics();
    void showChannels();
    void startSync();
    void refreshApprovalCount();
    void describeApprovalCount();
    void forwardToFocusWidget(const char *slot);

    LanguageManager *m_languages;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceSession> m_session; // after m_workspace: ends before it
    std::unique_ptr<OutboxDispatcher> m_dispatcher; // after m_session: ends before it
    std::unique_ptr<SyncEngine> m_syncEngine;       // the open workspace's channels, on a thread of its own
    WorkspaceSummary m_summary;
    bool m_summaryRead = false;
    QStackedWidget *m_pages;
    InboxTabs *m_inbox;
    SearchPage *m_searchPage;
    ConversationPane *m_conversation;
    Notifier *m_notifier;
    QLineEdit *m_searchField;
    QToolBar *m_searchBar = nullptr;
    QLabel *m_workspaceLabel;
    QPointer<QDialog> m_about;
    QPointer<QDialog> m_shortcuts;
    QPointer<TemplateLibraryDialog> m_templateLibrary;
    QPointer<ApprovalQueueDialog> m_approvalQueue;
    QPointer<AutoModerationDialog> m_autoModeration;
    QPointer<NetiquetteEditor> m_netiquetteEditor;
    // What waits for the netiquette editor's unsaved changes to be saved or discarded.
    std::function<void()> m_afterNetiquetteEditor;
    QPointer<RuleStatisticsDialog> m_ruleStatistics;
    QPointer<ChannelsPanel> m_channels;
    int m_approvalsWaiting = 0;
    ConversationActions *m_conversationActions = nullptr;
    QList<QPointer<QThread>> m_integrityChecks;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_templatesMenu = nullptr;
    QMenu *m_communityMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_templateLibraryAction = nullptr;
    QAction *m_approvalQueueAction = nullptr;
    QAction *m_autoModerationAction = nullptr;
    QAction *m_ruleStatisticsAction = nullptr;
    QAction *m_channelsAction = nullptr;
    QAction *m_approvalsBadgeAction = nullptr; // on the search bar: how many versions wait
    QAction *m_netiquetteAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace hearth
