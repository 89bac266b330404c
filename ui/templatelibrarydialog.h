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
class QTabWidget;
class QTreeWidget;

namespace hearth {

class WorkspaceSession;
struct TemplateVersion;

// The canned-response library: templates in a tree by category, searchable by title,
// shortcut and text, filtered by the state of their newest version, by language and by use
// (approved templates nobody used for a while), sortable by uses and last use. The selected
// template's newest texts, its version history with each version's diff against the one
// before, and its uses per language and per person. New and Edit open the editor (window
// modal; the tree re-reads when it saves); drafts and versions sent back can be submitted;
// managers retire templates, after saying what that means.
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
    // Asks for confirmation (and an optional comment), then retires the selected template.
    void retireSelected();

signals:
    // A template was written or submitted: counts elsewhere change.
    void changed();

private:
    void openEditor(std::optional<qint64> templateId);
    void showWritten(qint64 templateId);
    void retire(qint64 templateId, const QString &comment);
    void updateLanguageFilter();
    void applyFilters();
    void showUsage(qint64 templateId);
    void showSelected();
    void showVersion();
    void updateButtons();
    void showError(const QString &text);
    QString stateName(const QString &state) const;
    QString languagesText(const TemplateVersion &version) const;

    WorkspaceSession *m_session;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_languageFilter;
    QComboBox *m_usageFilter;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_texts;
    QTabWidget *m_details;
    QTreeWidget *m_history;
    QPlainTextEdit *m_diff;
    QTreeWidget *m_usage;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_submit;
    QPushButton *m_retire;
    QPushButton *m_close;
};

} // namespace hearth
