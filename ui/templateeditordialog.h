// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace hearth {

class WorkspaceSession;
struct TemplateDraft;

// Writes a new template or changes one: its fields, the language variants side by side and,
// under each, a live preview with sample placeholder values. The five usual languages are
// always there; Add Language adds any other by its code ("es", "pt-BR"). Saving is the
// core's (TemplateLibrary::create or edit); what it refuses is shown and the dialog stays open.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // templateId empty: a new template.
    TemplateEditorDialog(WorkspaceSession *session, std::optional<qint64> templateId, QWidget *parent = nullptr);

    // The languages every template offers a column for.
    static QStringList languages();
    // The languages this editor shows, the usual ones first, then those added.
    QStringList shownLanguages() const { return m_languages; }
    // Adds a column for another language, typed as a code; false (the error shown) when the
    // code names no language. An existing language's text gets the focus instead.
    bool addLanguage(const QString &typed);
    // What Save would write.
    TemplateDraft draft() const;
    // Saves; false (the error shown) when the core refuses.
    bool save();
    // The template written by the last successful save.
    std::optional<qint64> templateId() const { return m_templateId; }

signals:
    void saved(qint64 templateId);

private:
    void addLanguageColumn(const QString &code);
    void askForLanguage();
    void scrollTo(QWidget *column);
    void load(qint64 templateId);
    void updatePreviews();
    void showError(const QString &text);

    WorkspaceSession *m_session;
    std::optional<qint64> m_templateId;
    QHash<QString, QString> m_sampleValues;
    // {{rule.N}} as the published netiquette cites it, by language (filled when first needed).
    QHash<QString, QHash<QString, QString>> m_ruleSamples;
    QLineEdit *m_title;
    QComboBox *m_category;
    QLineEdit *m_shortcut;
    QLineEdit *m_tags;
    QCheckBox *m_crisis;
    QComboBox *m_sourceLanguage;
    QStringList m_languages;
    QGridLayout *m_columns;
    QScrollArea *m_languageColumns;
    QPushButton *m_addLanguage;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, QLabel *> m_previews;
    QLabel *m_error;
};

} // namespace hearth
