// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesummary.h"

#include <QList>
#include <QTabWidget>

#include <optional>

namespace hearth {

class ConversationList;
class InboxPage;
class WorkspaceSession;

// The unified inbox across all channel accounts, then one tab per account: each an
// InboxPage with the inbox's views, or a note when the account has no conversations yet.
// Ctrl+1 ... Ctrl+7 choose the current tab's view (window-wide actions, with text, so the
// keyboard-shortcut help lists them).
class InboxTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit InboxTabs(QWidget *parent = nullptr);

    // Rebuilds the tabs for a workspace (nullptr: none open).
    void showWorkspace(WorkspaceSession *session, const WorkspaceSummary &summary);
    // The current tab's list; nullptr when the tab has no conversations.
    ConversationList *currentList() const;
    qint64 currentConversationId() const;
    // The current tab's page; nullptr when it has no conversations.
    InboxPage *currentPage() const;
    // The actions choosing the views, in the view list's order.
    QList<QAction *> viewActions() const { return m_viewActions; }

signals:
    // The current tab's current conversation (0: none), also after switching tabs.
    void currentConversationChanged(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPage(const QIcon &icon, std::optional<qint64> accountId, int conversations);
    static QWidget *createEmptyState(const QIcon &icon);
    QWidget *createInboxPage(std::optional<qint64> accountId);
    void describePage(int index, int conversations, const QString &details);
    void retranslateUi();

    WorkspaceSession *m_session = nullptr;
    WorkspaceSummary m_summary;
    QList<QAction *> m_viewActions;
};

} // namespace hearth
