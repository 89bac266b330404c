// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacesummary.h"

#include <QTabWidget>

namespace hearth {

// The unified inbox across all channel accounts, then one tab per account.
class InboxTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit InboxTabs(QWidget *parent = nullptr);

    // Rebuilds the tabs for a workspace; an empty summary shows an inbox with nothing in it.
    void showWorkspace(const WorkspaceSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createPage(const QIcon &icon);
    void describePage(int index, int conversations, const QString &details);
    void retranslateUi();

    WorkspaceSummary m_summary;
};

} // namespace hearth
