// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netiquettelibrary.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace hearth {

class NetiquetteHistoryDialog;
class NetiquetteOutline;
class NetiquettePreview;
class NetiquetteTextEdit;
class NetiquetteWarningList;
class WorkspaceSession;

// Where the community's house rules are written: the netiquette's Markdown, one tab per
// language, beside a live preview of the current language, the outline of its rules and the
// problems of every language. Saving writes the draft (and gives new rules their ids);
// a manager publishes it; every published version stays readable in the history and the
// published one can be exported for the brand's website. The rules (who may publish, what
// blocks publishing) are NetiquetteLibrary's.
class NetiquetteEditor : public QMainWindow
{
    Q_OBJECT

public:
    explicit NetiquetteEditor(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NetiquetteEditor() override;

    // The languages offered even without a text; a draft may add more.
    static QStringList standardLanguages();
    QStringList languages() const;
    NetiquetteTextEdit *textEdit(const QString &language) const;
    QString currentLanguage() const;
    void setCurrentLanguage(const QString &language);
    bool isModified() const;

    // Reads the draft (else the published version) again; unsaved changes are dropped.
    void reload();
    // Saves the texts as the draft; false (the reason shown) when the library refuses.
    bool saveDraft();
    // Asks, then publishes the draft (saving unsaved changes first). Managers only.
    void publish();
    // Asks, then throws the draft and unsaved changes away.
    void discardDraft();
    void showHistory();
    // Asks for a folder (a window-modal file dialog) and exports the published version there.
    void chooseExportFolder();
    bool exportTo(const QString &folder);

signals:
    // Asked about unsaved changes on closing, the user kept the editor open.
    void closeCancelled();
    void published(qint64 versionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void retranslateUi();
    NetiquetteTextEdit *addLanguage(const QString &language);
    void textEdited(const QString &language);
    void noticeOutsideChanges();
    void showCurrentLanguage();
    void refreshWarnings();
    void refreshState();
    void goTo(const QString &language, int line, int column);
    void goToRule(int line, int ruleId);
    QMap<QString, QString> texts() const;
    QString sourceLanguage() const;
    bool isManager() const;
    void publishConfirmed();
    void askBeforeClosing();
    void showProblem(const QString &title, const QString &text);
    void saveWindowState() const;

    WorkspaceSession *m_session;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_sourceLabel;
    QComboBox *m_sourceLanguage;
    QLabel *m_state;
    QTabWidget *m_tabs;
    NetiquetteOutline *m_outline;
    NetiquetteWarningList *m_warnings;
    NetiquettePreview *m_preview;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_textSplitter = nullptr;
    QLabel *m_outlineLabel;
    QLabel *m_warningsLabel;
    QLabel *m_previewLabel;
    QMap<QString, NetiquetteTextEdit *> m_editors;
    std::optional<NetiquetteVersion> m_draft;
    std::optional<NetiquetteVersion> m_published;
    QPointer<NetiquetteHistoryDialog> m_history;
    bool m_sourceLanguageChanged = false;
    bool m_closeConfirmed = false;
};

} // namespace hearth
