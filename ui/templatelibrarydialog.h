// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hearth {

class WorkspaceSession;

// The canned-response library: templates in a tree by category, searchable by title,
// shortcut and text, filtered by the state of their newest version and by language. The
// selected template's newest texts and its version history, each version's diff against the
// one before. New and Edit open the editor; drafts and versions sent back can be submitted.
class TemplateLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateLibraryDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the library again, keeping the selected template.
    void refresh();
    // Templates shown with the current search and filters.
    int visibleTemplateCount() const;
    std::optional<qint64> selectedTemplateId() const;
    bool selectTemplate(qint64 templateId);

    void newTemplate();
    void editSelected();
    void submitSelected();

signals:
    // A template was written or submitted: counts elsewhere change.
    void changed();

private:
    void applyFilters();
    void showSelected();
    void showVersion();
    void updateButtons();
    void showError(const QString &text);
    QString stateName(const QString &state) const;

    WorkspaceSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_languageFilter;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_texts;
    QTreeWidget *m_history;
    QPlainTextEdit *m_diff;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_submit;
    QPushButton *m_close;
};

} // namespace hearth
