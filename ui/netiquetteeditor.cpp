// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquetteeditor.h"

#include "languagemanager.h"
#include "netiquettedocument.h"
#include "netiquetteexporter.h"
#include "netiquettehistorydialog.h"
#include "netiquetteoutline.h"
#include "netiquettepreview.h"
#include "netiquettetextedit.h"
#include "netiquettewarninglist.h"
#include "userdirectory.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hearth {

namespace {
const QString geometryKey = QStringLiteral("netiquetteeditor/geometry");
const QString stateKey = QStringLiteral("netiquetteeditor/state");
const QString splitterKey = QStringLiteral("netiquetteeditor/splitter");
const QString textSplitterKey = QStringLiteral("netiquetteeditor/textSplitter");

QString shortTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

// A titled pane: a small bold caption over the widget.
QWidget *titled(QLabel *caption, QWidget *content, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setBuddy(content);
    layout->addWidget(caption);
    layout->addWidget(content, 1);
    return pane;
}
} // namespace

NetiquetteEditor::NetiquetteEditor(WorkspaceSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_sourceLabel(new QLabel(this))
    , m_sourceLanguage(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_outline(new NetiquetteOutline(this))
    , m_warnings(new NetiquetteWarningList(this))
    , m_preview(new NetiquettePreview(this))
    , m_outlineLabel(new QLabel(this))
    , m_warningsLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("netiquetteEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_sourceLanguage->setObjectName(QStringLiteral("netiquetteSourceLanguage"));
    m_sourceLabel->setBuddy(m_sourceLanguage);
    m_state->setObjectName(QStringLiteral("netiquetteState"));
    m_state->setTextFormat(Qt::PlainText);
    m_tabs->setObjectName(QStringLiteral("netiquetteLanguages"));
    m_tabs->setDocumentMode(true);

    createActions();
    createLayout();
    for (const QString &language : standardLanguages())
        addLanguage(language);

    connect(m_tabs, &QTabWidget::currentChanged, this, &NetiquetteEditor::showCurrentLanguage);
    connect(m_sourceLanguage, qOverload<int>(&QComboBox::activated), this, [this] {
        const std::optional<NetiquetteVersion> &shown = m_draft ? m_draft : m_published;
        m_sourceLanguageChanged = shown && shown->sourceLanguage != sourceLanguage();
        setWindowModified(isModified());
        refreshWarnings();
        refreshState();
    });
    connect(m_outline, &NetiquetteOutline::headingActivated, this, &NetiquetteEditor::goToRule);
    connect(m_warnings, &NetiquetteWarningList::warningActivated, this, &NetiquetteEditor::goTo);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &NetiquetteEditor::noticeOutsideChanges);

    retranslateUi();
    reload();
    setCurrentLanguage(sourceLanguage());
    resize(1400, 820);
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_textSplitter->restoreState(settings.value(textSplitterKey).toByteArray());
}

NetiquetteEditor::~NetiquetteEditor()
{
    saveWindowState();
}

QStringList NetiquetteEditor::standardLanguages()
{
    return {
        QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("da"), QStringLiteral("pl")};
}

void NetiquetteEditor::createActions()
{
    const auto create = [this](const char *name, const QString &icon, QStyle::StandardPixmap fallback, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), QString(), this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_saveAction = create(
        "netiquetteSave", QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, &NetiquetteEditor::saveDraft);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_publishAction = create(
        "netiquettePublish", QStringLiteral("document-send"), QStyle::SP_DialogApplyButton, &NetiquetteEditor::publish);
    m_publishAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_discardAction = create("netiquetteDiscard", QStringLiteral("edit-delete"), QStyle::SP_DialogDiscardButton,
        &NetiquetteEditor::discardDraft);
    m_historyAction = create("netiquetteHistory", QStringLiteral("view-history"), QStyle::SP_FileDialogDetailedView,
        &NetiquetteEditor::showHistory);
    m_exportAction = create("netiquetteExport", QStringLiteral("document-export"), QStyle::SP_DirOpenIcon,
        &NetiquetteEditor::chooseExportFolder);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("netiquetteClose"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
}

void NetiquetteEditor::createLayout()
{
    m_menu = menuBar()->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("netiquetteMenu"));
    m_menu->addActions({m_saveAction, m_publishAction, m_discardAction});
    m_menu->addSeparator();
    m_menu->addActions({m_historyAction, m_exportAction});
    m_menu->addSeparator();
    m_menu->addAction(m_closeAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("netiquetteToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_saveAction, m_publishAction, m_discardAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_historyAction, m_exportAction});
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_sourceLabel);
    m_toolBar->addWidget(m_sourceLanguage);

    m_textSplitter = new QSplitter(Qt::Vertical, this);
    m_textSplitter->setObjectName(QStringLiteral("netiquetteTextSplitter"));
    m_textSplitter->setChildrenCollapsible(false);
    m_textSplitter->addWidget(m_tabs);
    m_textSplitter->addWidget(titled(m_warningsLabel, m_warnings, this));
    m_textSplitter->setStretchFactor(0, 4);
    m_textSplitter->setStretchFactor(1, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("netiquetteSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(titled(m_outlineLabel, m_outline, this));
    m_splitter->addWidget(m_textSplitter);
    m_splitter->addWidget(titled(m_previewLabel, m_preview, this));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({260, 640, 500});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_state);
}

void NetiquetteEditor::retranslateUi()
{
    setWindowTitle(tr("Netiquette Editor[*]"));
    m_menu->setTitle(tr("&Netiquette"));
    m_toolBar->setWindowTitle(tr("Netiquette"));
    m_saveAction->setText(tr("&Save Draft"));
    m_saveAction->setStatusTip(tr("Save the texts as the draft; new rules get their ids"));
    m_publishAction->setText(tr("&Publish…"));
    m_discardAction->setText(tr("&Discard Draft…"));
    m_discardAction->setStatusTip(tr("Throw the draft and unsaved changes away"));
    m_historyAction->setText(tr("&History…"));
    m_historyAction->setStatusTip(tr("Every published version, with who published it and when"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Write the published version as HTML and Markdown for the website"));
    m_closeAction->setText(tr("&Close"));
    m_sourceLabel->setText(tr("&Written in:"));
    m_sourceLanguage->setToolTip(tr("The language the rules are written in first; the others are its translations"));
    m_outlineLabel->setText(tr("&Rules"));
    m_warningsLabel->setText(tr("Pro&blems"));
    m_previewLabel->setText(tr("Pre&view"));
    m_outline->retranslateUi();
    m_warnings->retranslateUi();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        const QString language = m_tabs->widget(tab)->property("language").toString();
        m_tabs->setTabText(tab, QStringLiteral("%1 (%2)").arg(LanguageManager::nativeName(language), language));
        m_sourceLanguage->setItemText(tab, m_tabs->tabText(tab));
    }
    for (NetiquetteTextEdit *editor : std::as_const(m_editors)) {
        editor->setPlaceholderText(tr("# House rules\n\nWhat this page is for, in a few sentences.\n\n"
                                      "## Be kind\n\nEach rule is a level-2 heading; saving gives it an id "
                                      "that moderation cites.\n\n## No advertising\n\n…"));
    }
    refreshState();
    refreshWarnings();
}

NetiquetteTextEdit *NetiquetteEditor::addLanguage(const QString &language)
{
    if (NetiquetteTextEdit *existing = m_editors.value(language))
        return existing;
    auto *editor = new NetiquetteTextEdit(m_tabs);
    editor->setObjectName(QStringLiteral("netiquetteText_") + language);
    editor->setProperty("language", language);
    m_editors.insert(language, editor);
    m_tabs->addTab(editor, language);
    m_sourceLanguage->addItem(language, language);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, language] { textEdited(language); });
    connect(editor, &QPlainTextEdit::modificationChanged, this, [this] { setWindowModified(isModified()); });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this, editor] {
        if (editor == m_tabs->currentWidget())
            m_outline->markRuleAtLine(editor->currentLine());
    });
    return editor;
}

QStringList NetiquetteEditor::languages() const
{
    QStringList codes;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        codes << m_tabs->widget(tab)->property("language").toString();
    return codes;
}

NetiquetteTextEdit *NetiquetteEditor::textEdit(const QString &language) const
{
    return m_editors.value(language);
}

QString NetiquetteEditor::currentLanguage() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->property("language").toString() : QString();
}

void NetiquetteEditor::setCurrentLanguage(const QString &language)
{
    if (NetiquetteTextEdit *editor = m_editors.value(language))
        m_tabs->setCurrentWidget(editor);
}

bool NetiquetteEditor::isModified() const
{
    return m_sourceLanguageChanged
        || std::any_of(m_editors.cbegin(), m_editors.cend(),
            [](const NetiquetteTextEdit *editor) { return editor->document()->isModified(); });
}

QString NetiquetteEditor::sourceLanguage() const
{
    return m_sourceLanguage->currentData().toString();
}

QMap<QString, QString> NetiquetteEditor::texts() const
{
    QMap<QString, QString> result;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString text = it.value()->toPlainText();
        if (!text.trimmed().isEmpty())
            result.insert(it.key(), text);
    }
    return result;
}

bool NetiquetteEditor::isManager() const
{
    const QString &role = m_session->currentUser().role;
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

void NetiquetteEditor::reload()
{
    const NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    m_draft = library.draftVersion();
    m_published = library.publishedVersion();
    const std::optional<NetiquetteVersion> &shown = m_draft ? m_draft : m_published;
    if (shown) {
        for (auto it = shown->texts.cbegin(); it != shown->texts.cend(); ++it)
            addLanguage(it.key());
    }
    retranslateUi();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setPlainText(shown ? shown->texts.value(it.key()) : QString());
        it.value()->document()->setModified(false);
    }
    const int source = m_sourceLanguage->findData(shown ? shown->sourceLanguage : standardLanguages().constFirst());
    m_sourceLanguage->setCurrentIndex(std::max(0, source));
    m_sourceLanguageChanged = false;
    setWindowModified(false);
    refreshWarnings();
    showCurrentLanguage();
    refreshState();
}

void NetiquetteEditor::noticeOutsideChanges()
{
    // Someone else saved, published or discarded: show it, unless that would drop edits here.
    const NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    const auto stamp = [](const std::optional<NetiquetteVersion> &version) {
        return version ? std::pair(version->id, version->updatedAt) : std::pair(qint64(0), qint64(0));
    };
    if (stamp(library.draftVersion()) == stamp(m_draft) && stamp(library.publishedVersion()) == stamp(m_published))
        return;
    if (isModified()) {
        statusBar()->showMessage(tr("The netiquette was changed elsewhere; saving replaces that draft."), 8000);
        return;
    }
    reload();
}

void NetiquetteEditor::textEdited(const QString &language)
{
    refreshWarnings();
    if (language == currentLanguage())
        showCurrentLanguage();
    refreshState();
}

void NetiquetteEditor::showCurrentLanguage()
{
    const NetiquetteTextEdit *editor = m_editors.value(currentLanguage());
    if (!editor)
        return;
    const NetiquetteDocument document = NetiquetteDocument::parse(editor->toPlainText());
    m_outline->setRules(document.rules());
    m_outline->markRuleAtLine(editor->currentLine());
    m_preview->showDocument(document);
}

void NetiquetteEditor::refreshWarnings()
{
    const NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    const QMap<QString, QList<NetiquetteWarning>> found = library.warnings(sourceLanguage(), texts());
    m_warnings->setWarnings(languages(), found);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        const QList<NetiquetteWarning> problems = found.value(m_tabs->widget(tab)->property("language").toString());
        const bool hasError =
            std::any_of(problems.cbegin(), problems.cend(), [](const NetiquetteWarning &w) { return w.isError(); });
        m_tabs->setTabIcon(tab, hasError ? errorIcon : QIcon());
    }
    m_warningsLabel->setText(m_warnings->warningCount() == 0
            ? tr("Pro&blems")
            : tr("Pro&blems (%1)").arg(QString::number(m_warnings->warningCount())));
}

void NetiquetteEditor::refreshState()
{
    const bool modified = isModified();
    QString state;
    if (m_draft) {
        state =
            tr("Draft of version %1, saved %2.").arg(QString::number(m_draft->number), shortTime(m_draft->updatedAt));
    } else if (m_published) {
        state =
            tr("Published version %1. Saving changes starts a new draft.").arg(QString::number(m_published->number));
    } else {
        state = tr("No netiquette yet: write the rules as level-2 headings and save a draft.");
    }
    if (modified)
        state += QLatin1Char(' ') + tr("Unsaved changes.");
    m_state->setText(state);
    m_saveAction->setEnabled(modified);
    m_publishAction->setEnabled(isManager() && (m_draft || modified));
    m_publishAction->setStatusTip(isManager() ? tr("Make the draft the netiquette moderation cites")
                                              : tr("Only a manager can publish the netiquette"));
    m_publishAction->setToolTip(m_publishAction->statusTip());
    m_discardAction->setEnabled(m_draft || modified);
    m_exportAction->setEnabled(m_published.has_value());
    m_historyAction->setEnabled(m_published.has_value());
}

void NetiquetteEditor::goTo(const QString &language, int line, int column)
{
    setCurrentLanguage(language);
    if (NetiquetteTextEdit *editor = m_editors.value(language))
        editor->moveToLine(line, column);
}

void NetiquetteEditor::goToRule(int line, int ruleId)
{
    goTo(currentLanguage(), line, 1);
    if (ruleId > 0)
        m_preview->showRule(ruleId);
}

bool NetiquetteEditor::saveDraft()
{
    NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    if (!library.saveDraft(sourceLanguage(), texts())) {
        showProblem(tr("The draft could not be saved"), library.errorString());
        return false;
    }
    m_draft = library.draftVersion();
    if (m_draft) {
        // Saving gave new rules their ids: the texts take them without losing the cursor.
        for (auto it = m_draft->texts.cbegin(); it != m_draft->texts.cend(); ++it) {
            if (NetiquetteTextEdit *editor = m_editors.value(it.key()))
                editor->replaceTextKeepingCursor(it.value());
        }
    }
    for (NetiquetteTextEdit *editor : std::as_const(m_editors))
        editor->document()->setModified(false);
    m_sourceLanguageChanged = false;
    setWindowModified(false);
    refreshWarnings();
    showCurrentLanguage();
    refreshState();
    statusBar()->showMessage(tr("Draft saved."), 5000);
    return true;
}

void NetiquetteEditor::publish()
{
    if (!isManager()) {
        showProblem(tr("The netiquette was not published"), tr("Only a manager can publish the netiquette."));
        return;
    }
    if (m_warnings->errorCount() > 0) {
        showProblem(tr("The netiquette cannot be published yet"),
            tr("Fix the problems marked as errors first (%n error(s) in the list).", nullptr,
                m_warnings->errorCount()));
        return;
    }
    const int number = m_draft ? m_draft->number : (m_published ? m_published->number + 1 : 1);
    QString text = tr("Version %1 becomes the netiquette that moderation cites and {{rule.N}} renders.")
                       .arg(QString::number(number));
    if (m_published)
        text += QLatin1Char(' ')
            + tr("Version %1, published now, stays readable in the history.").arg(QString::number(m_published->number));
    if (isModified())
        text += QLatin1Char(' ') + tr("Your unsaved changes are saved first.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Publish the netiquette?"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPublish"));
    QPushButton *confirm = box->addButton(tr("&Publish"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmPublishButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button == confirm)
            publishConfirmed();
    });
    box->open();
}

void NetiquetteEditor::publishConfirmed()
{
    if (isModified() && !saveDraft())
        return;
    NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
    if (!library.publish()) {
        showProblem(tr("The netiquette was not published"), library.errorString());
        return;
    }
    reload();
    if (m_published) {
        statusBar()->showMessage(tr("Version %1 published.").arg(QString::number(m_published->number)), 5000);
        emit published(m_published->id);
    }
    if (m_history)
        m_history->refresh();
}

void NetiquetteEditor::discardDraft()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard the draft?"),
        m_published ? tr("The draft and your unsaved changes are thrown away; the editor "
                         "shows the published version again. This cannot be undone.")
                    : tr("The draft and your unsaved changes are thrown away. "
                         "This cannot be undone."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDiscardDraft"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Discard)
            return;
        NetiquetteLibrary library(m_session->workspace(), m_session->currentUser().id);
        if (m_draft && !library.discardDraft()) {
            showProblem(tr("The draft was not discarded"), library.errorString());
            return;
        }
        reload();
        statusBar()->showMessage(tr("Draft discarded."), 5000);
    });
    box->open();
}

void NetiquetteEditor::showHistory()
{
    if (!m_history) {
        m_history = new NetiquetteHistoryDialog(m_session, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_history->refresh();
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void NetiquetteEditor::chooseExportFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export the Published Netiquette To"));
    dialog->setObjectName(QStringLiteral("netiquetteExportFolder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setDirectory(QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { exportTo(folder); });
    dialog->open();
}

bool NetiquetteEditor::exportTo(const QString &folder)
{
    NetiquetteExporter exporter(m_session->workspace());
    const std::optional<QStringList> written = exporter.exportTo(folder);
    if (!written) {
        showProblem(tr("The netiquette was not exported"), exporter.errorString());
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %n file(s) to %1.", nullptr, int(written->size())).arg(QDir::toNativeSeparators(folder)), 8000);
    return true;
}

void NetiquetteEditor::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("netiquetteProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void NetiquetteEditor::closeEvent(QCloseEvent *event)
{
    if (isModified() && !m_closeConfirmed) {
        event->ignore();
        askBeforeClosing();
        return;
    }
    m_closeConfirmed = false;
    if (m_history)
        m_history->close();
    event->accept();
}

void NetiquetteEditor::askBeforeClosing()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Save the netiquette draft?"),
        tr("Your changes to the netiquette are not saved yet."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmCloseNetiquette"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        const QMessageBox::StandardButton choice = box->standardButton(button);
        if (choice == QMessageBox::Cancel || (choice == QMessageBox::Save && !saveDraft())) {
            emit closeCancelled();
            return;
        }
        m_closeConfirmed = true;
        close();
    });
    box->open();
}

void NetiquetteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void NetiquetteEditor::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(textSplitterKey, m_textSplitter->saveState());
}

} // namespace hearth
