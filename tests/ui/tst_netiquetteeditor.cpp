// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettedocument.h"
#include "netiquetteeditor.h"
#include "netiquetteexporter.h"
#include "netiquettehistorydialog.h"
#include "netiquettelibrary.h"
#include "netiquetteoutline.h"
#include "netiquettepreview.h"
#include "netiquettetextedit.h"
#include "netiquettewarninglist.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hearth;

namespace {

const QString houseRules = QStringLiteral("# House rules\n"
                                          "\n"
                                          "Our page is for everyone.\n"
                                          "\n"
                                          "## Be kind\n"
                                          "\n"
                                          "No insults.\n"
                                          "\n"
                                          "## No advertising\n"
                                          "\n"
                                          "Ask first.\n");

// Replaces the whole text as a paste would: an edit the editor has to save.
void paste(QPlainTextEdit *editor, const QString &text)
{
    QTextCursor cursor(editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

// The row of the problem list whose text mentions this, or none.
QTreeWidgetItem *problemMentioning(const NetiquetteWarningList *warnings, const QString &text)
{
    for (int row = 0; row < warnings->topLevelItemCount(); ++row) {
        if (warnings->topLevelItem(row)->text(2).contains(text))
            return warnings->topLevelItem(row);
    }
    return nullptr;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestNetiquetteEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersTheLanguagesAndStartsEmpty();
    void outlinePreviewAndWarningsFollowTheText();
    void warningsAndOutlineMoveTheCursor();
    void savingAssignsIdsWithoutLosingTheCursor();
    void managerPublishesAfterConfirming();
    void publishingIsRefusedWhileThereAreErrors();
    void agentsCannotPublish();
    void discardingTheDraftAsksFirst();
    void exportWritesHtmlAndMarkdownPerLanguage();
    void historyShowsThePublishedVersions();
    void closingAsksAboutUnsavedChanges();
    void showsWhatWasPublishedElsewhere();
    void previewLoadsNothingFromElsewhere();

private:
    NetiquetteEditor *openEditor(const User &user);
    QMessageBox *waitForBox(const char *name);
    // Types lines into the focused editor of a language, each ended with Return.
    void typeLines(const QString &language, const QStringList &lines);
    bool publishAsManager(const QString &englishText);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceSession> m_session;
    QPointer<NetiquetteEditor> m_editor;
    User m_manager;
    User m_agent;
};

void TestNetiquetteEditor::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("rules.hearth"))));
    UserDirectory users(*m_workspace);
    // The first user of a workspace is its admin (who may publish), the next an agent.
    const std::optional<User> admin = users.signIn(QStringLiteral("mia"), QStringLiteral("Mia Manager"));
    const std::optional<User> agent = users.signIn(QStringLiteral("alex"), QStringLiteral("Alex Agent"));
    QVERIFY(admin && agent);
    QCOMPARE(admin->role, QStringLiteral("admin"));
    QCOMPARE(agent->role, QStringLiteral("agent"));
    m_manager = *admin;
    m_agent = *agent;
}

void TestNetiquetteEditor::cleanup()
{
    delete m_editor.data();
    m_session.reset();
    m_workspace.reset();
    m_dir.reset();
}

NetiquetteEditor *TestNetiquetteEditor::openEditor(const User &user)
{
    delete m_editor.data();
    m_session = std::make_unique<WorkspaceSession>(*m_workspace, user);
    m_editor = new NetiquetteEditor(m_session.get());
    m_editor->show();
    QApplication::setActiveWindow(m_editor);
    if (!QTest::qWaitForWindowActive(m_editor))
        return nullptr;
    return m_editor;
}

QMessageBox *TestNetiquetteEditor::waitForBox(const char *name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (box = m_editor->findChild<QMessageBox *>(QLatin1String(name))) && box->isVisible(); });
    return shown ? box : nullptr;
}

void TestNetiquetteEditor::typeLines(const QString &language, const QStringList &lines)
{
    NetiquetteTextEdit *text = m_editor->textEdit(language);
    m_editor->setCurrentLanguage(language);
    text->setFocus();
    for (const QString &line : lines) {
        QTest::keyClicks(text, line);
        QTest::keyClick(text, Qt::Key_Return);
    }
}

bool TestNetiquetteEditor::publishAsManager(const QString &englishText)
{
    NetiquetteLibrary library(*m_workspace, m_manager.id);
    if (!library.saveDraft(QStringLiteral("en"), {{QStringLiteral("en"), englishText}}))
        return false;
    return library.publish();
}

void TestNetiquetteEditor::offersTheLanguagesAndStartsEmpty()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    QCOMPARE(editor->languages(), NetiquetteEditor::standardLanguages());
    QCOMPARE(editor->currentLanguage(), QStringLiteral("en"));
    QVERIFY(editor->textEdit(QStringLiteral("pl"))->toPlainText().isEmpty());
    QVERIFY(!editor->textEdit(QStringLiteral("en"))->placeholderText().isEmpty());
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->findChild<QAction *>(QStringLiteral("netiquetteSave"))->isEnabled());
    QVERIFY(!editor->findChild<QAction *>(QStringLiteral("netiquetteExport"))->isEnabled());

    // A draft in another language brings its tab along.
    NetiquetteLibrary library(*m_workspace, m_manager.id);
    QVERIFY2(library.saveDraft(QStringLiteral("en"),
                 {{QStringLiteral("en"), houseRules}, {QStringLiteral("sv"), QStringLiteral("## Var snäll\n")}}),
        qPrintable(library.errorString()));
    editor->reload();
    QCOMPARE(editor->languages().size(), 6);
    QVERIFY(editor->languages().contains(QStringLiteral("sv")));
    QVERIFY(editor->textEdit(QStringLiteral("sv"))->toPlainText().startsWith(QStringLiteral("## Var snäll")));
    QVERIFY(editor->textEdit(QStringLiteral("en"))->toPlainText().contains(QStringLiteral("{#rule-")));
}

void TestNetiquetteEditor::outlinePreviewAndWarningsFollowTheText()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    auto *outline = editor->findChild<NetiquetteOutline *>();
    auto *warnings = editor->findChild<NetiquetteWarningList *>();
    auto *preview = editor->findChild<NetiquettePreview *>();
    QVERIFY(outline && warnings && preview);
    QCOMPARE(outline->topLevelItemCount(), 0);

    typeLines(QStringLiteral("en"),
        {QStringLiteral("# House rules"), QString(), QStringLiteral("## Be kind"), QString(),
            QStringLiteral("No insults.")});
    QVERIFY(editor->isModified());
    QVERIFY(editor->isWindowModified());
    QCOMPARE(outline->topLevelItemCount(), 1);
    QCOMPARE(outline->topLevelItem(0)->text(0), QStringLiteral("1"));
    QCOMPARE(outline->topLevelItem(0)->text(1), QStringLiteral("Be kind"));
    QCOMPARE(outline->topLevelItem(0)->text(2), QStringLiteral("new"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("House rules")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("1. Be kind")));
    // Without an id yet: a warning, not an error.
    QCOMPARE(warnings->warningCount(), 1);
    QCOMPARE(warnings->errorCount(), 0);

    // A new rule, typed: the outline numbers it and the preview shows it.
    typeLines(QStringLiteral("en"), {QString(), QStringLiteral("## Stay on topic"), QString()});
    QCOMPARE(outline->topLevelItemCount(), 2);
    QCOMPARE(outline->topLevelItem(1)->text(0), QStringLiteral("2"));
    QCOMPARE(outline->topLevelItem(1)->text(1), QStringLiteral("Stay on topic"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("2. Stay on topic")));

    // A reference to a rule nobody has is an error, with its line; removing it clears it.
    const QString reference = QStringLiteral("See {{rule.42}}.");
    QTest::keyClicks(editor->textEdit(QStringLiteral("en")), reference);
    QCOMPARE(warnings->errorCount(), 1);
    QTreeWidgetItem *broken = problemMentioning(warnings, QStringLiteral("42"));
    QVERIFY(broken);
    QCOMPARE(broken->text(0), QStringLiteral("en"));
    QCOMPARE(broken->text(1), QStringLiteral("9"));
    QVERIFY(!editor->textEdit(QStringLiteral("en"))->toPlainText().isEmpty());
    for (int i = 0; i < reference.size(); ++i)
        QTest::keyClick(editor->textEdit(QStringLiteral("en")), Qt::Key_Backspace);
    QCOMPARE(warnings->errorCount(), 0);
    QCOMPARE(warnings->warningCount(), 2);

    // An untitled rule is an error too, and its language's tab is marked.
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("netiquetteLanguages"));
    QVERIFY(tabs->tabIcon(0).isNull());
    typeLines(QStringLiteral("en"), {QStringLiteral("## ")});
    QCOMPARE(warnings->errorCount(), 1);
    QVERIFY(!tabs->tabIcon(0).isNull());
    QCOMPARE(outline->topLevelItem(2)->text(1), QStringLiteral("(untitled)"));
}

void TestNetiquetteEditor::warningsAndOutlineMoveTheCursor()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    paste(editor->textEdit(QStringLiteral("de")),
        QStringLiteral("## Seid nett\n\nKeine Beleidigungen.\n\n"
                       "## Keine Werbung\n\nSiehe {{rule.77}}.\n"));
    QCOMPARE(editor->currentLanguage(), QStringLiteral("en"));
    auto *warnings = editor->findChild<NetiquetteWarningList *>();
    QTreeWidgetItem *broken = problemMentioning(warnings, QStringLiteral("77"));
    QVERIFY(broken);
    QCOMPARE(broken->text(0), QStringLiteral("de"));
    warnings->setFocus();
    warnings->setCurrentItem(broken);
    QTest::keyClick(warnings, Qt::Key_Return);
    QCOMPARE(editor->currentLanguage(), QStringLiteral("de"));
    NetiquetteTextEdit *german = editor->textEdit(QStringLiteral("de"));
    QCOMPARE(german->currentLine(), 7);
    QCOMPARE(german->textCursor().positionInBlock(), QStringLiteral("Siehe ").size());
    QTRY_VERIFY(german->hasFocus());

    // The outline shows the German rules now; Enter on one goes to its heading.
    auto *outline = editor->findChild<NetiquetteOutline *>();
    QCOMPARE(outline->topLevelItemCount(), 2);
    QCOMPARE(outline->currentItem(), outline->topLevelItem(1)); // the cursor is in rule 2
    outline->setFocus();
    outline->setCurrentItem(outline->topLevelItem(0));
    QTest::keyClick(outline, Qt::Key_Return);
    QCOMPARE(german->currentLine(), 1);
    QTRY_VERIFY(german->hasFocus());
}

void TestNetiquetteEditor::savingAssignsIdsWithoutLosingTheCursor()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    NetiquetteTextEdit *english = editor->textEdit(QStringLiteral("en"));
    paste(english, houseRules);
    QVERIFY(editor->isModified());
    english->moveToLine(7, 4); // "No |insults."
    QTest::keyClick(english, Qt::Key_S, Qt::ControlModifier);

    const QString saved = english->toPlainText();
    static const QRegularExpression kind(
        QStringLiteral("^## Be kind \\{#rule-(\\d+)\\}$"), QRegularExpression::MultilineOption);
    static const QRegularExpression advertising(
        QStringLiteral("^## No advertising \\{#rule-(\\d+)\\}$"), QRegularExpression::MultilineOption);
    QVERIFY2(kind.match(saved).hasMatch() && advertising.match(saved).hasMatch(), qPrintable(saved));
    QVERIFY(kind.match(saved).captured(1) != advertising.match(saved).captured(1));
    QCOMPARE(english->currentLine(), 7);
    QCOMPARE(english->textCursor().positionInBlock(), 3);
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->isWindowModified());
    QVERIFY(!editor->findChild<QAction *>(QStringLiteral("netiquetteSave"))->isEnabled());
    auto *outline = editor->findChild<NetiquetteOutline *>();
    QCOMPARE(outline->topLevelItem(0)->text(2), QStringLiteral("rule-") + kind.match(saved).captured(1));
    QCOMPARE(editor->findChild<NetiquetteWarningList *>()->warningCount(), 0);

    const std::optional<NetiquetteVersion> draft = NetiquetteLibrary(*m_workspace, m_manager.id).draftVersion();
    QVERIFY(draft);
    QCOMPARE(draft->texts.value(QStringLiteral("en")), saved);
    QVERIFY(!draft->texts.contains(QStringLiteral("de"))); // empty languages are not saved

    // Undo brings the text before saving back: the ids were one step.
    english->undo();
    QCOMPARE(english->toPlainText(), houseRules);
}

void TestNetiquetteEditor::managerPublishesAfterConfirming()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    QSignalSpy published(editor, &NetiquetteEditor::published);
    auto *publish = editor->findChild<QAction *>(QStringLiteral("netiquettePublish"));
    QVERIFY(!publish->isEnabled()); // nothing to publish yet
    paste(editor->textEdit(QStringLiteral("en")), houseRules);
    paste(editor->textEdit(QStringLiteral("fr")), QStringLiteral("## Soyez aimables\n\n## Pas de publicité\n"));
    QVERIFY(publish->isEnabled());

    // Cancel publishes nothing (and saves nothing).
    publish->trigger();
    QMessageBox *box = waitForBox("confirmPublish");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("unsaved changes are saved first")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<QMessageBox *>(QStringLiteral("confirmPublish")));
    QVERIFY(!NetiquetteLibrary(*m_workspace, m_manager.id).draftVersion());
    QCOMPARE(published.count(), 0);

    publish->trigger();
    box = waitForBox("confirmPublish");
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPublishButton")), Qt::LeftButton);
    QTRY_COMPARE(published.count(), 1);
    const NetiquetteLibrary library(*m_workspace, m_manager.id);
    const std::optional<NetiquetteVersion> version = library.publishedVersion();
    QVERIFY(version);
    QCOMPARE(version->number, 1);
    QCOMPARE(published.constFirst().constFirst().toLongLong(), version->id);
    QCOMPARE(version->publishedBy, m_manager.id);
    QVERIFY(!library.draftVersion());
    QCOMPARE(library.publishedRules(QStringLiteral("en")).size(), 2);
    QCOMPARE(library.publishedRules(QStringLiteral("fr")).size(), 2);
    // The editor shows the published text with its ids and nothing waits to be saved.
    QCOMPARE(editor->textEdit(QStringLiteral("en"))->toPlainText(), version->texts.value(QStringLiteral("en")));
    QVERIFY(!editor->isModified());
    QVERIFY(!publish->isEnabled());
    QVERIFY(editor->findChild<QAction *>(QStringLiteral("netiquetteExport"))->isEnabled());
    QVERIFY(editor->findChild<QAction *>(QStringLiteral("netiquetteHistory"))->isEnabled());
}

void TestNetiquetteEditor::publishingIsRefusedWhileThereAreErrors()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    paste(editor->textEdit(QStringLiteral("en")),
        QStringLiteral("## Be kind {#rule-1}\n\nText.\n\n## Be polite {#rule-1}\n\nMore.\n"));
    QCOMPARE(editor->findChild<NetiquetteWarningList *>()->errorCount() > 0, true);
    editor->findChild<QAction *>(QStringLiteral("netiquettePublish"))->trigger();
    QMessageBox *box = waitForBox("netiquetteProblem");
    QVERIFY(box);
    QVERIFY(!editor->findChild<QMessageBox *>(QStringLiteral("confirmPublish")));
    box->accept();
    QVERIFY(!NetiquetteLibrary(*m_workspace, m_manager.id).publishedVersion());
}

void TestNetiquetteEditor::agentsCannotPublish()
{
    NetiquetteEditor *editor = openEditor(m_agent);
    QVERIFY(editor);
    paste(editor->textEdit(QStringLiteral("en")), houseRules);
    auto *publish = editor->findChild<QAction *>(QStringLiteral("netiquettePublish"));
    QVERIFY(!publish->isEnabled());
    QVERIFY(publish->statusTip().contains(QStringLiteral("manager")));
    // Agents write drafts all the same.
    QVERIFY(editor->saveDraft());
    QVERIFY(NetiquetteLibrary(*m_workspace, m_agent.id).draftVersion());
    QVERIFY(!publish->isEnabled());
    editor->publish();
    QMessageBox *box = waitForBox("netiquetteProblem");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("manager")));
    box->accept();
    QVERIFY(!NetiquetteLibrary(*m_workspace, m_agent.id).publishedVersion());
}

void TestNetiquetteEditor::discardingTheDraftAsksFirst()
{
    QVERIFY(publishAsManager(houseRules));
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    const QString published = editor->textEdit(QStringLiteral("en"))->toPlainText();
    QVERIFY(published.contains(QStringLiteral("{#rule-")));
    auto *discard = editor->findChild<QAction *>(QStringLiteral("netiquetteDiscard"));
    QVERIFY(!discard->isEnabled());
    typeLines(QStringLiteral("en"), {QStringLiteral("## Stay on topic")});
    QVERIFY(editor->saveDraft());
    QVERIFY(discard->isEnabled());

    discard->trigger();
    QMessageBox *box = waitForBox("confirmDiscardDraft");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<QMessageBox *>(QStringLiteral("confirmDiscardDraft")));
    QVERIFY(NetiquetteLibrary(*m_workspace, m_manager.id).draftVersion());

    discard->trigger();
    box = waitForBox("confirmDiscardDraft");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!NetiquetteLibrary(*m_workspace, m_manager.id).draftVersion());
    QCOMPARE(editor->textEdit(QStringLiteral("en"))->toPlainText(), published);
    QVERIFY(!discard->isEnabled());
}

void TestNetiquetteEditor::exportWritesHtmlAndMarkdownPerLanguage()
{
    NetiquetteLibrary library(*m_workspace, m_manager.id);
    QVERIFY(library.saveDraft(QStringLiteral("en"),
        {{QStringLiteral("en"), houseRules},
            {QStringLiteral("de"), QStringLiteral("# Hausregeln\n\n## Seid nett\n\n## Keine Werbung\n")}}));
    // The German rules take the English ids.
    const std::optional<NetiquetteVersion> draft = library.draftVersion();
    QVERIFY(draft);
    const NetiquetteDocument english = NetiquetteDocument::parse(draft->texts.value(QStringLiteral("en")));
    QCOMPARE(english.rules().size(), 2);
    QString german = QStringLiteral("# Hausregeln\n\n## Seid nett {#rule-%1}\n\n## Keine Werbung {#rule-%2}\n")
                         .arg(english.rules().at(0).id)
                         .arg(english.rules().at(1).id);
    QVERIFY(library.saveDraft(
        QStringLiteral("en"), {{QStringLiteral("en"), english.markdown()}, {QStringLiteral("de"), german}}));
    QVERIFY2(library.publish(), qPrintable(library.errorString()));

    NetiquetteEditor *editor = openEditor(m_agent); // exporting is for everyone
    QVERIFY(editor);
    auto *exportAction = editor->findChild<QAction *>(QStringLiteral("netiquetteExport"));
    QVERIFY(exportAction->isEnabled());
    QTemporaryDir folder;
    exportAction->trigger();
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY(
        (chooser = editor->findChild<QFileDialog *>(QStringLiteral("netiquetteExportFolder"))) && chooser->isVisible());
    chooser->setDirectory(folder.path());
    chooser->selectFile(folder.path());
    static_cast<QDialog *>(chooser)->accept(); // QFileDialog's own accept() is protected

    QDir exported(folder.path());
    QTRY_COMPARE(exported.entryList({QStringLiteral("*.html")}, QDir::Files).size(), 2);
    QCOMPARE(exported.entryList({QStringLiteral("*.md")}, QDir::Files).size(), 2);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const QString page = readFile(exported.filePath(NetiquetteExporter::htmlFileName(language)));
        const QString text = readFile(exported.filePath(NetiquetteExporter::markdownFileName(language)));
        QVERIFY2(!page.isEmpty() && !text.isEmpty(), qPrintable(language));
        QVERIFY(page.contains(QStringLiteral("lang=\"%1\"").arg(language)));
        for (const NetiquetteRule &rule : english.rules()) {
            const QString anchor = QStringLiteral("rule-%1").arg(rule.id);
            QVERIFY2(page.contains(QStringLiteral("id=\"%1\"").arg(anchor)), qPrintable(page));
            QVERIFY2(text.contains(QStringLiteral("<a id=\"%1\"></a>").arg(anchor)), qPrintable(text));
        }
    }
    QVERIFY(readFile(exported.filePath(NetiquetteExporter::htmlFileName(QStringLiteral("de"))))
                .contains(QStringLiteral("Seid nett")));
}

void TestNetiquetteEditor::historyShowsThePublishedVersions()
{
    QVERIFY(publishAsManager(houseRules));
    QVERIFY(publishAsManager(houseRules + QStringLiteral("\n## Stay on topic\n")));
    NetiquetteEditor *editor = openEditor(m_agent);
    QVERIFY(editor);
    auto *historyAction = editor->findChild<QAction *>(QStringLiteral("netiquetteHistory"));
    QVERIFY(historyAction->isEnabled());
    historyAction->trigger();
    NetiquetteHistoryDialog *history = nullptr;
    QTRY_VERIFY((history = editor->findChild<NetiquetteHistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->versionCount(), 2);
    auto *versions = history->findChild<QTreeWidget *>(QStringLiteral("historyVersions"));
    QCOMPARE(versions->topLevelItem(0)->text(0), QStringLiteral("2"));
    QCOMPARE(versions->topLevelItem(0)->text(1), QStringLiteral("Current"));
    QCOMPARE(versions->topLevelItem(0)->text(3), m_manager.name);
    QVERIFY(!versions->topLevelItem(0)->text(2).isEmpty());
    QCOMPARE(versions->topLevelItem(1)->text(0), QStringLiteral("1"));
    QCOMPARE(versions->topLevelItem(1)->text(1), QStringLiteral("Superseded"));
    // The selected version's text, read-only.
    auto *text = history->findChild<NetiquetteTextEdit *>(QStringLiteral("historyText_en"));
    QVERIFY(text && text->isReadOnly());
    QVERIFY(text->toPlainText().contains(QStringLiteral("Stay on topic")));
    versions->setCurrentItem(versions->topLevelItem(1));
    text = history->findChild<NetiquetteTextEdit *>(QStringLiteral("historyText_en"));
    QVERIFY(text && !text->toPlainText().contains(QStringLiteral("Stay on topic")));
    // Opened again: the same window.
    historyAction->trigger();
    QCOMPARE(editor->findChildren<NetiquetteHistoryDialog *>().size(), 1);
}

void TestNetiquetteEditor::closingAsksAboutUnsavedChanges()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    // Nothing changed: it closes at once.
    QVERIFY(editor->close());
    QTRY_VERIFY(!m_editor);

    editor = openEditor(m_manager);
    QVERIFY(editor);
    typeLines(QStringLiteral("en"), {QStringLiteral("## Be kind")});
    QVERIFY(!editor->close());
    QMessageBox *box = waitForBox("confirmCloseNetiquette");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<QMessageBox *>(QStringLiteral("confirmCloseNetiquette")));
    QVERIFY(editor->isVisible());

    // Save: the draft is written, then the window closes.
    QVERIFY(!editor->close());
    box = waitForBox("confirmCloseNetiquette");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_editor);
    const std::optional<NetiquetteVersion> draft = NetiquetteLibrary(*m_workspace, m_manager.id).draftVersion();
    QVERIFY(draft);
    QVERIFY(draft->texts.value(QStringLiteral("en")).startsWith(QStringLiteral("## Be kind {#rule-")));

    // Discard: closes without writing.
    editor = openEditor(m_manager);
    QVERIFY(editor);
    typeLines(QStringLiteral("en"), {QStringLiteral("## Not kept")});
    QVERIFY(!editor->close());
    box = waitForBox("confirmCloseNetiquette");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!m_editor);
    QVERIFY(!NetiquetteLibrary(*m_workspace, m_manager.id)
                 .draftVersion()
                 ->texts.value(QStringLiteral("en"))
                 .contains(QStringLiteral("Not kept")));
}

void TestNetiquetteEditor::showsWhatWasPublishedElsewhere()
{
    NetiquetteEditor *editor = openEditor(m_agent);
    QVERIFY(editor);
    QVERIFY(editor->textEdit(QStringLiteral("en"))->toPlainText().isEmpty());
    QVERIFY(publishAsManager(houseRules));
    emit m_session->workspaceChanged();
    QVERIFY(editor->textEdit(QStringLiteral("en"))->toPlainText().startsWith(QStringLiteral("# House rules")));
    QVERIFY(editor->findChild<QAction *>(QStringLiteral("netiquetteHistory"))->isEnabled());

    // Edits in progress are not thrown away by someone else's publishing.
    typeLines(QStringLiteral("en"), {QStringLiteral("## Mine")});
    const QString mine = editor->textEdit(QStringLiteral("en"))->toPlainText();
    QVERIFY(publishAsManager(houseRules + QStringLiteral("\n## Theirs\n")));
    emit m_session->workspaceChanged();
    QCOMPARE(editor->textEdit(QStringLiteral("en"))->toPlainText(), mine);
    QVERIFY(editor->isModified());
}

void TestNetiquetteEditor::previewLoadsNothingFromElsewhere()
{
    NetiquetteEditor *editor = openEditor(m_manager);
    QVERIFY(editor);
    auto *preview = editor->findChild<NetiquettePreview *>();
    paste(editor->textEdit(QStringLiteral("en")),
        QStringLiteral("## Be kind\n\n![tracker](http://127.0.0.1:9/pixel.png)\n\n"
                       "<img src=\"http://127.0.0.1:9/raw.png\">\n"));
    QVERIFY(preview->refusedResources() >= 1);
    QVERIFY(!preview->toHtml().contains(QStringLiteral("raw.png"))); // raw HTML is dropped
}

QTEST_MAIN(TestNetiquetteEditor)
#include "tst_netiquetteeditor.moc"
