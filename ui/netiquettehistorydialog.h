// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace hearth {

class WorkspaceSession;

// Every published version of the netiquette, newest first, with who published it and when;
// the selected one's texts, read-only, one tab per language.
class NetiquetteHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NetiquetteHistoryDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    void refresh();
    int versionCount() const;

private:
    void showSelected();

    WorkspaceSession *m_session;
    QTreeWidget *m_versions;
    QLabel *m_summary;
    QTabWidget *m_texts;
};

} // namespace hearth
