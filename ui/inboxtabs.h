// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesummary.h"

#include <QTabWidget>

#include <optional>

namespace hearth {

class Workspace;

// The unified inbox across all channel accounts, then one tab per account: each a list of
// its conversations, newest first, or a note when it has none.
class InboxTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit InboxTabs(QWidget *parent = nullptr);

    // Rebuilds the tabs for a workspace (nullptr: none open).
    void showWorkspace(const Workspace *workspace, const WorkspaceSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPage(const QIcon &icon, std::optional<qint64> accountId, int conversations);
    static QWidget *createEmptyState(const QIcon &icon);
    QWidget *createConversationList(std::optional<qint64> accountId);
    void describePage(int index, int conversations, const QString &details);
    void retranslateUi();

    const Workspace *m_workspace = nullptr;
    WorkspaceSummary m_summary;
};

} // namespace hearth
