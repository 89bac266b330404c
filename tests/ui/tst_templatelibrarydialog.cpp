// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"
#include "netiquettelibrary.h"
#include "templateeditordialog.h"
#include "templatelibrary.h"
#include "templatelibrarydialog.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVariant>

#include <algorithm>

using namespace hearth;

namespace {
std::optional<TemplateSummary> byTitle(const Workspace &workspace, const QString &title)
{
    const QList<TemplateSummary> all = TemplateStore(workspace).templates();
    for (const TemplateSummary &summary : all) {
        if (summary.latest.title == title)
            return summary;
    }
    return std::nullopt;
}
} // namespace

class TestTemplateLibraryDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void treeGroupsByCategory();
    void searchAndFiltersNarrowTheTree();
    void editorCreatesADraft();
    void editorShowsPlaceholderProblems();
    void editorPreviewCitesRules();
    void submitsADraftForApproval();
    void writesANewTemplateByKeyboard();
    void editsAnApprovedTemplateIntoANewDraft();
    void editorAddsAnyLanguage();
    void managersRetireAfterConfirming();
    void agentsCannotRetire();
    void showsRefusalsToRetire();
    void findsUnusedTemplatesAndSortsByUses();

private:
    bool showActive(QDialog &dialog)
    {
        dialog.show();
        return activate(&dialog);
    }
    // The offscreen platform has no window manager: a window is active again after a dialog
    // over it closes only when the test says so.
    static bool activate(QWidget *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        return QTest::qWaitForWindowActive(window);
    }
    QTreeWidget *tree(QDialog &dialog) { return dialog.findChild<QTreeWidget *>(QStringLiteral("libraryTree")); }
    template<typename T> T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }

    // The editor the library window opened (window modal), once it is active.
    TemplateEditorDialog *openedEditor(QDialog &library)
    {
        TemplateEditorDialog *editor = nullptr;
        if (!QTest::qWaitFor([&] {
                editor = library.findChild<TemplateEditorDialog *>();
                return editor && editor->isVisible();
            }))
            return nullptr;
        return activate(editor) ? editor : nullptr;
    }
    template<typename T> T *openedChild(QWidget &parent, const char *name)
    {
        T *found = nullptr;
        if (!QTest::qWaitFor([&] {
                found = parent.findChild<T *>(QLatin1String(name));
                return found && found->isVisible();
            }))
            return nullptr;
        return activate(found) ? found : nullptr;
    }
    // Keys go where the focus is, as a person's typing does.
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    User userWithRole(const QString &role) const
    {
        const QList<User> users = UserDirectory(*m_workspace).users();
        for (const User &user : users) {
            if (user.role == role)
                return user;
        }
        return User();
    }
    int approvedCount() const
    {
        const QList<TemplateSummary> all = TemplateStore(*m_workspace).templates();
        return int(std::count_if(all.cbegin(), all.cend(),
            [](const TemplateSummary &summary) { return summary.approvedVersionId.has_value(); }));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    User m_agent;
};

void TestTemplateLibraryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("demo.hearth"))));
    QString error;
    QVERIFY2(DemoWorkspace::populate(*m_workspace, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QCOMPARE(TemplateStore(*m_workspace).templates().size(), 16);
    // The demo's first agent wrote the library.
    const std::optional<User> agent =
        UserDirectory(*m_workspace).user(TemplateStore(*m_workspace).queue().constFirst().version.authorId);
    QVERIFY(agent);
    QCOMPARE(agent->role, QStringLiteral("agent"));
    m_agent = *agent;
}

void TestTemplateLibraryDialog::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestTemplateLibraryDialog::treeGroupsByCategory()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QCOMPARE(dialog.visibleTemplateCount(), 16);
    QTreeWidget *templates = tree(dialog);
    QList<QTreeWidgetItem *> crisis = templates->findItems(QStringLiteral("Crisis"), Qt::MatchExactly, 0);
    QCOMPARE(crisis.size(), 1);
    QCOMPARE(crisis.constFirst()->childCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(crisis.constFirst()->child(row)->text(3), QStringLiteral("Crisis"));
    QList<QTreeWidgetItem *> shipping = templates->findItems(QStringLiteral("Shipping"), Qt::MatchExactly, 0);
    QCOMPARE(shipping.size(), 1);
    QCOMPARE(shipping.constFirst()->child(0)->text(2), QStringLiteral("::late"));

    // Selecting one shows its texts and history.
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(late);
    QVERIFY(dialog.selectTemplate(late->id));
    QCOMPARE(dialog.selectedTemplateId(), std::optional<qint64>(late->id));
    QVERIFY(!child<QPlainTextEdit>(dialog, "libraryTexts")->toPlainText().isEmpty());
    QVERIFY(child<QTreeWidget>(dialog, "libraryHistory")->topLevelItemCount() >= 1);
    QVERIFY(!child<QPlainTextEdit>(dialog, "libraryDiff")->toPlainText().isEmpty());
    // Approved: nothing to submit.
    QVERIFY(!child<QPushButton>(dialog, "librarySubmit")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "libraryEdit")->isEnabled());
}

void TestTemplateLibraryDialog::searchAndFiltersNarrowTheTree()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    auto *search = child<QLineEdit>(dialog, "librarySearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("late"));
    QCOMPARE(dialog.visibleTemplateCount(), 1);
    QTreeWidget *templates = tree(dialog);
    QCOMPARE(templates->topLevelItem(0)->text(0), QStringLiteral("Shipping"));
    QCOMPARE(templates->topLevelItem(0)->child(0)->text(0), QStringLiteral("Late delivery: we're on it"));
    search->clear();
    QCOMPARE(dialog.visibleTemplateCount(), 16);

    auto *state = child<QComboBox>(dialog, "libraryStateFilter");
    state->setCurrentIndex(state->findData(TemplateLibrary::awaiting));
    QCOMPARE(dialog.visibleTemplateCount(), 3);
    state->setCurrentIndex(state->findData(TemplateLibrary::draft));
    QCOMPARE(dialog.visibleTemplateCount(), 1);
    state->setCurrentIndex(state->findData(TemplateLibrary::changesRequested));
    QCOMPARE(dialog.visibleTemplateCount(), 1);
    state->setCurrentIndex(0);
    QCOMPARE(dialog.visibleTemplateCount(), 16);

    auto *language = child<QComboBox>(dialog, "libraryLanguageFilter");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(dialog.visibleTemplateCount(), 16);
}

void TestTemplateLibraryDialog::editorCreatesADraft()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateEditorDialog editor(&session, std::nullopt);
    QSignalSpy saved(&editor, &TemplateEditorDialog::saved);
    QVERIFY(showActive(editor));
    QTest::keyClicks(child<QLineEdit>(editor, "editorTitle"), QStringLiteral("Opening hours"));
    QComboBox *category = child<QComboBox>(editor, "editorCategory");
    QVERIFY(category->findText(QStringLiteral("Shipping")) >= 0);
    QTest::keyClicks(category->lineEdit(), QStringLiteral("Questions"));
    QTest::keyClicks(child<QLineEdit>(editor, "editorShortcut"), QStringLiteral("hours"));
    QTest::keyClicks(child<QLineEdit>(editor, "editorTags"), QStringLiteral("hours, shop"));
    auto *english = child<QPlainTextEdit>(editor, "editorText_en");
    english->setFocus();
    QTest::keyClicks(english, QStringLiteral("Hi {{author.first_name}}, we open at nine. {{agent.first_name}}"));
    const QString preview = child<QLabel>(editor, "editorPreview_en")->text();
    QVERIFY2(preview.startsWith(QStringLiteral("Hi Alex, we open at nine. ")), qPrintable(preview));
    QVERIFY2(preview.endsWith(Placeholders::firstName(m_agent.name)), qPrintable(preview));

    QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(TemplateStore(*m_workspace).templates().size(), 17);
    const std::optional<TemplateSummary> created = byTitle(*m_workspace, QStringLiteral("Opening hours"));
    QVERIFY(created);
    QCOMPARE(created->id, *editor.templateId());
    QCOMPARE(created->latest.state, TemplateLibrary::draft);
    QCOMPARE(created->latest.category, QStringLiteral("Questions"));
    QCOMPARE(created->latest.shortcut, QStringLiteral("hours"));
    QCOMPARE(created->latest.tags, (QStringList {QStringLiteral("hours"), QStringLiteral("shop")}));
    QCOMPARE(created->latest.authorId, m_agent.id);
    QCOMPARE(created->latest.languages(), QStringList {QStringLiteral("en")});
}

void TestTemplateLibraryDialog::editorShowsPlaceholderProblems()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateEditorDialog editor(&session, std::nullopt);
    QSignalSpy saved(&editor, &TemplateEditorDialog::saved);
    QVERIFY(showActive(editor));
    QTest::keyClicks(child<QLineEdit>(editor, "editorTitle"), QStringLiteral("Broken greeting"));
    QTest::keyClicks(child<QComboBox>(editor, "editorCategory")->lineEdit(), QStringLiteral("Questions"));
    auto *english = child<QPlainTextEdit>(editor, "editorText_en");
    english->setFocus();
    QTest::keyClicks(english, QStringLiteral("Hello"));
    QTest::keyClick(english, Qt::Key_Return);
    QTest::keyClicks(english, QStringLiteral("Dear {{author.nam}}"));
    QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    QVERIFY(editor.isVisible());
    auto *error = child<QLabel>(editor, "editorError");
    QVERIFY(error->isVisibleTo(&editor));
    QVERIFY2(error->text().contains(QStringLiteral("en, line 2, column 6")), qPrintable(error->text()));
    QCOMPARE(TemplateStore(*m_workspace).templates().size(), 16);
    QVERIFY(!byTitle(*m_workspace, QStringLiteral("Broken greeting")));

    // A shortcut already taken is the core's refusal too.
    english->clear();
    QTest::keyClicks(english, QStringLiteral("Hello"));
    QTest::keyClicks(child<QLineEdit>(editor, "editorShortcut"), QStringLiteral("late"));
    QTest::mouseClick(child<QPushButton>(editor, "editorSave"), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    QVERIFY(editor.isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(TemplateStore(*m_workspace).templates().size(), 16);
}

void TestTemplateLibraryDialog::editorPreviewCitesRules()
{
    const QList<CitableRule> rules = NetiquetteLibrary(*m_workspace, m_agent.id).publishedRules(QStringLiteral("de"));
    QVERIFY(rules.size() > 1);
    const CitableRule &rule = rules.at(1);
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateEditorDialog editor(&session, std::nullopt);
    QVERIFY(showActive(editor));
    auto *german = child<QPlainTextEdit>(editor, "editorText_de");
    QVERIFY(german);
    german->setFocus();
    QTest::keyClicks(german, QStringLiteral("Siehe {{rule.%1}} und {{rule.999}}.").arg(rule.ruleId));
    const QString preview = child<QLabel>(editor, "editorPreview_de")->text();
    // The published rule as it is cited in German: its number and title.
    QVERIFY2(!preview.contains(QStringLiteral("{{")), qPrintable(preview));
    QVERIFY2(preview.contains(rule.title), qPrintable(preview));
    QVERIFY2(preview.contains(QString::number(rule.number)), qPrintable(preview));
    // A rule the netiquette does not have gets a sample.
    QVERIFY2(preview.contains(QStringLiteral("Rule 999: …")), qPrintable(preview));
}

void TestTemplateLibraryDialog::submitsADraftForApproval()
{
    const std::optional<TemplateSummary> draft = byTitle(*m_workspace, QStringLiteral("Where to buy"));
    QVERIFY(draft);
    QCOMPARE(draft->latest.state, TemplateLibrary::draft);
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QSignalSpy changed(&dialog, &TemplateLibraryDialog::changed);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.selectTemplate(draft->id));
    QPushButton *submit = child<QPushButton>(dialog, "librarySubmit");
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(TemplateStore(*m_workspace).summary(draft->id)->latest.state, TemplateLibrary::awaiting);
    QCOMPARE(TemplateStore(*m_workspace).queue().size(), 4);
    QCOMPARE(dialog.selectedTemplateId(), std::optional<qint64>(draft->id));
    QVERIFY(!submit->isEnabled());
    QVERIFY(!child<QLabel>(dialog, "libraryError")->isVisibleTo(&dialog));
    auto *state = child<QComboBox>(dialog, "libraryStateFilter");
    state->setCurrentIndex(state->findData(TemplateLibrary::awaiting));
    QCOMPARE(dialog.visibleTemplateCount(), 4);
}

void TestTemplateLibraryDialog::writesANewTemplateByKeyboard()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QSignalSpy changed(&dialog, &TemplateLibraryDialog::changed);
    QVERIFY(showActive(dialog));
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    TemplateEditorDialog *editor = openedEditor(dialog);
    QVERIFY(editor);
    QCOMPARE(editor->windowModality(), Qt::WindowModal);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(*editor, "editorTitle"));
    type(QStringLiteral("Opening hours"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Questions"));
    press(Qt::Key_Tab);
    type(QStringLiteral("hours"));
    press(Qt::Key_Tab);
    type(QStringLiteral("hours, shop"));
    press(Qt::Key_Tab); // the source language: English
    press(Qt::Key_Tab); // crisis: no
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(*editor, "editorText_en"));
    type(QStringLiteral("Hi {{author.first_name|there}}, we open at nine."));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(*editor, "editorText_de"));
    type(QStringLiteral("Hallo {{author.first_name|zusammen}}, ab neun Uhr sind wir da."));
    // Back to the title, and Return saves.
    QTest::keyClick(editor, Qt::Key_T, Qt::AltModifier);
    press(Qt::Key_Return);

    QTRY_VERIFY(!dialog.findChild<TemplateEditorDialog *>());
    QCOMPARE(changed.size(), 1);
    const std::optional<TemplateSummary> created = byTitle(*m_workspace, QStringLiteral("Opening hours"));
    QVERIFY(created);
    QCOMPARE(created->latest.state, TemplateLibrary::draft);
    QCOMPARE(created->latest.category, QStringLiteral("Questions"));
    QCOMPARE(created->latest.shortcut, QStringLiteral("hours"));
    QCOMPARE(created->latest.tags, (QStringList {QStringLiteral("hours"), QStringLiteral("shop")}));
    QCOMPARE(created->latest.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("de")}));
    // The library shows it at once, selected, ready to submit.
    QCOMPARE(dialog.visibleTemplateCount(), int(TemplateStore(*m_workspace).templates().size()));
    QCOMPARE(dialog.selectedTemplateId(), std::optional<qint64>(created->id));
    QVERIFY(child<QPushButton>(dialog, "librarySubmit")->isEnabled());
}

void TestTemplateLibraryDialog::editsAnApprovedTemplateIntoANewDraft()
{
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(late && late->approvedVersionId);
    const qint64 approvedId = *late->approvedVersionId;
    const int versionsBefore = int(TemplateStore(*m_workspace).versions(late->id).size());
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.selectTemplate(late->id));
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    TemplateEditorDialog *editor = openedEditor(dialog);
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(*editor, "editorTitle")->text(), late->latest.title);
    auto *english = child<QPlainTextEdit>(*editor, "editorText_en");
    const QString before = english->toPlainText();
    QVERIFY(!before.isEmpty());
    english->setFocus();
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" Thank you for waiting."));
    QTest::keyClick(editor, Qt::Key_T, Qt::AltModifier);
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog.findChild<TemplateEditorDialog *>());

    const TemplateStore store(*m_workspace);
    const QList<TemplateVersion> versions = store.versions(late->id);
    QCOMPARE(versions.size(), versionsBefore + 1);
    QCOMPARE(versions.constLast().state, TemplateLibrary::draft);
    QCOMPARE(
        versions.constLast().variant(QStringLiteral("en"))->body, before + QStringLiteral(" Thank you for waiting."));
    // The approved version stays in use until the new one is approved.
    QCOMPARE(store.summary(late->id)->approvedVersionId, std::optional<qint64>(approvedId));
    QCOMPARE(store.byShortcut(QStringLiteral("late"))->id, approvedId);
    QCOMPARE(child<QTreeWidget>(dialog, "libraryHistory")->topLevelItemCount(), versionsBefore + 1);
    QCOMPARE(dialog.selectedTemplateId(), std::optional<qint64>(late->id));
    // The English source changed: the translations are out of date, in the tree and the editor.
    QVERIFY2(tree(dialog)->currentItem()->text(4).endsWith(QStringLiteral("(4 out of date)")),
        qPrintable(tree(dialog)->currentItem()->text(4)));
    {
        TemplateEditorDialog again(&session, late->id);
        QCOMPARE(child<QLabel>(again, "editorLanguage_de")->text(), QStringLiteral("de (out of date)"));
        QCOMPARE(child<QLabel>(again, "editorLanguage_en")->text(), QStringLiteral("en"));
    }

    // Submitting it, from the keyboard too.
    QPushButton *submit = child<QPushButton>(dialog, "librarySubmit");
    QVERIFY(submit->isEnabled());
    QVERIFY(activate(&dialog));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // a mnemonic clicks after a moment
    QTRY_COMPARE(store.summary(late->id)->latest.state, TemplateLibrary::awaiting);
    QCOMPARE(store.byShortcut(QStringLiteral("late"))->id, approvedId);
    QCOMPARE(store.queue().constLast().version.id, versions.constLast().id);
    QVERIFY(store.queue().constLast().diff.contains(QStringLiteral("Thank you for waiting.")));
    QVERIFY(!submit->isEnabled());
}

void TestTemplateLibraryDialog::editorAddsAnyLanguage()
{
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "libraryNew"), Qt::LeftButton);
    TemplateEditorDialog *editor = openedEditor(dialog);
    QVERIFY(editor);
    type(QStringLiteral("Delivery to Brazil"));
    child<QComboBox>(*editor, "editorCategory")->lineEdit()->setText(QStringLiteral("Shipping"));
    child<QPlainTextEdit>(*editor, "editorText_en")->setPlainText(QStringLiteral("We ship to Brazil."));

    // A word that is no language code is refused, and nothing is added.
    QTest::keyClick(editor, Qt::Key_L, Qt::AltModifier);
    auto *ask = openedChild<QInputDialog>(*editor, "addLanguageDialog");
    QVERIFY(ask);
    type(QStringLiteral("Portuguese"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!editor->findChild<QInputDialog *>());
    QVERIFY(child<QLabel>(*editor, "editorError")->isVisibleTo(editor));
    QVERIFY(child<QLabel>(*editor, "editorError")->text().contains(QStringLiteral("Portuguese")));
    QCOMPARE(editor->shownLanguages(), TemplateEditorDialog::languages());

    QTest::mouseClick(child<QPushButton>(*editor, "editorAddLanguage"), Qt::LeftButton);
    ask = openedChild<QInputDialog>(*editor, "addLanguageDialog");
    QVERIFY(ask);
    type(QStringLiteral("pt_br"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!editor->findChild<QInputDialog *>());
    QVERIFY(!child<QLabel>(*editor, "editorError")->isVisibleTo(editor));
    QCOMPARE(editor->shownLanguages().constLast(), QStringLiteral("pt-BR"));
    auto *portuguese = child<QPlainTextEdit>(*editor, "editorText_pt-BR");
    QVERIFY(portuguese);
    QVERIFY(activate(editor));
    QTRY_COMPARE(QApplication::focusWidget(), portuguese);
    // Scrolled to, though the columns are wider than the window now.
    QTRY_COMPARE(portuguese->visibleRegion().boundingRect().width(), portuguese->width());
    QVERIFY(editor->findChild<QScrollArea *>()->horizontalScrollBar()->value() > 0);
    type(QStringLiteral("Oi {{author.first_name|pessoal}}, enviamos para o Brasil."));
    QVERIFY(child<QLabel>(*editor, "editorPreview_pt-BR")->text().startsWith(QStringLiteral("Oi Alex, ")));
    auto *source = child<QComboBox>(*editor, "editorSourceLanguage");
    QVERIFY(source->findData(QStringLiteral("pt-BR")) >= 0);
    // Tab leads from the last usual language into the added one.
    child<QPlainTextEdit>(*editor, "editorText_pl")->setFocus();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), portuguese);
    QTest::mouseClick(child<QPushButton>(*editor, "editorSave"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<TemplateEditorDialog *>());

    const std::optional<TemplateSummary> created = byTitle(*m_workspace, QStringLiteral("Delivery to Brazil"));
    QVERIFY(created);
    QCOMPARE(created->latest.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("pt-BR")}));
    // The library's language filter knows it now.
    auto *language = child<QComboBox>(dialog, "libraryLanguageFilter");
    language->setCurrentIndex(language->findData(QStringLiteral("pt-BR")));
    QCOMPARE(dialog.visibleTemplateCount(), 1);

    // Opened again, the editor shows the added language and keeps it when saving.
    TemplateEditorDialog again(&session, created->id);
    QVERIFY(again.shownLanguages().contains(QStringLiteral("pt-BR")));
    QCOMPARE(child<QPlainTextEdit>(again, "editorText_pt-BR")->toPlainText(),
        QStringLiteral("Oi {{author.first_name|pessoal}}, enviamos para o Brasil."));
    child<QLineEdit>(again, "editorTags")->setText(QStringLiteral("brazil"));
    QVERIFY(again.save());
    QVERIFY(TemplateStore(*m_workspace).summary(created->id)->latest.variant(QStringLiteral("pt-BR")));
}

void TestTemplateLibraryDialog::managersRetireAfterConfirming()
{
    const User manager = userWithRole(QStringLiteral("manager"));
    QVERIFY(manager.id != 0);
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(late);
    WorkspaceSession session(*m_workspace, manager);
    TemplateLibraryDialog dialog(&session);
    QSignalSpy changed(&dialog, &TemplateLibraryDialog::changed);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.selectTemplate(late->id));
    QPushButton *retire = child<QPushButton>(dialog, "libraryRetire");
    QVERIFY(retire->isEnabled());

    // Cancelling the confirmation retires nothing.
    QTest::mouseClick(retire, Qt::LeftButton);
    auto *confirm = openedChild<QInputDialog>(dialog, "retireDialog");
    QVERIFY(confirm);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>());
    QVERIFY(!TemplateStore(*m_workspace).summary(late->id)->retired);

    QVERIFY(activate(&dialog));
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    confirm = openedChild<QInputDialog>(dialog, "retireDialog");
    QVERIFY(confirm);
    QVERIFY(confirm->labelText().contains(late->latest.title));
    QVERIFY(confirm->labelText().contains(QStringLiteral("leaves the composer")));
    QVERIFY(confirm->labelText().contains(QStringLiteral("versions stay")));
    type(QStringLiteral("The courier problem is solved"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>());

    const TemplateStore store(*m_workspace);
    QVERIFY(store.summary(late->id)->retired);
    QVERIFY(!store.byShortcut(QStringLiteral("late")));
    QCOMPARE(changed.size(), 1);
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT details FROM audit_log WHERE object_type = 'template' AND object_id = ? "
                                 "AND action = 'retired'"));
    query.addBindValue(late->id);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).toString().contains(QStringLiteral("The courier problem is solved")));
    // Still listed and readable, shown as retired; nothing more to do with it.
    QCOMPARE(dialog.selectedTemplateId(), std::optional<qint64>(late->id));
    QCOMPARE(tree(dialog)->selectedItems().constFirst()->text(1), QStringLiteral("Retired"));
    QVERIFY(!child<QPlainTextEdit>(dialog, "libraryTexts")->toPlainText().isEmpty());
    QVERIFY(!retire->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "libraryEdit")->isEnabled());
}

void TestTemplateLibraryDialog::agentsCannotRetire()
{
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(late);
    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.selectTemplate(late->id));
    QPushButton *retire = child<QPushButton>(dialog, "libraryRetire");
    QVERIFY(!retire->isEnabled());
    QVERIFY(retire->toolTip().contains(QStringLiteral("Only a manager")));
    // Called anyway, the core refuses and the window says so.
    dialog.retireSelected();
    auto *confirm = openedChild<QInputDialog>(dialog, "retireDialog");
    QVERIFY(confirm);
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>());
    QVERIFY(!TemplateStore(*m_workspace).summary(late->id)->retired);
    QVERIFY(child<QLabel>(dialog, "libraryError")->text().contains(QStringLiteral("Only a manager")));
}

void TestTemplateLibraryDialog::showsRefusalsToRetire()
{
    const User manager = userWithRole(QStringLiteral("manager"));
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(manager.id != 0 && late);
    WorkspaceSession session(*m_workspace, manager);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.selectTemplate(late->id));
    QTest::mouseClick(child<QPushButton>(dialog, "libraryRetire"), Qt::LeftButton);
    QVERIFY(openedChild<QInputDialog>(dialog, "retireDialog"));
    // Someone else retires it while the confirmation is open.
    QVERIFY(TemplateLibrary(*m_workspace, manager.id).retire(late->id));
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>());
    auto *error = child<QLabel>(dialog, "libraryError");
    QVERIFY(error->isVisibleTo(&dialog));
    QVERIFY2(error->text().contains(QStringLiteral("already retired")), qPrintable(error->text()));
}

void TestTemplateLibraryDialog::findsUnusedTemplatesAndSortsByUses()
{
    // The demo team's uses (resources/demo/templates.json) and a few more: the late-delivery
    // answer used lately, a never-used one ("older") used once two months ago.
    const TemplateStore store(*m_workspace);
    const std::optional<TemplateSummary> late = byTitle(*m_workspace, QStringLiteral("Late delivery: we're on it"));
    QVERIFY(late && late->approvedVersionId);
    const QList<qint64> neverUsed = store.unusedSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    QVERIFY(neverUsed.size() > 1);
    const std::optional<TemplateSummary> older = store.summary(neverUsed.constFirst());
    QVERIFY(older && older->approvedVersionId);
    const User manager = userWithRole(QStringLiteral("manager"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TemplateLibrary agent(*m_workspace, m_agent.id);
    for (int days : {10, 12}) {
        agent.setCurrentTime(now.addDays(-days));
        QVERIFY2(agent.recordUse(*late->approvedVersionId, QStringLiteral("en"), std::nullopt, std::nullopt,
                     QStringLiteral("Sent"), {}),
            qPrintable(agent.errorString()));
    }
    TemplateLibrary other(*m_workspace, manager.id);
    other.setCurrentTime(now.addDays(-5));
    QVERIFY(other.recordUse(
        *late->approvedVersionId, QStringLiteral("de"), std::nullopt, std::nullopt, QStringLiteral("Gesendet"), {}));
    agent.setCurrentTime(now.addDays(-60));
    QVERIFY(agent.recordUse(*older->approvedVersionId, older->latest.sourceLanguage, std::nullopt, std::nullopt,
        QStringLiteral("Sent"), {}));

    WorkspaceSession session(*m_workspace, m_agent);
    TemplateLibraryDialog dialog(&session);
    QVERIFY(showActive(dialog));
    auto *usage = child<QComboBox>(dialog, "libraryUsageFilter");
    const auto visibleIds = [this, &dialog] {
        QList<qint64> ids;
        QTreeWidget *templates = tree(dialog);
        for (int row = 0; row < templates->topLevelItemCount(); ++row) {
            for (int index = 0; index < templates->topLevelItem(row)->childCount(); ++index)
                ids << templates->topLevelItem(row)->child(index)->data(0, Qt::UserRole).toLongLong();
        }
        return ids;
    };
    const auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    usage->setCurrentIndex(usage->findData(30));
    QCOMPARE(sorted(visibleIds()), sorted(store.unusedSince(now.addDays(-30))));
    QVERIFY(!visibleIds().contains(late->id));
    QVERIFY(visibleIds().contains(older->id));
    usage->setCurrentIndex(usage->findData(90));
    QCOMPARE(sorted(visibleIds()), sorted(store.unusedSince(now.addDays(-90))));
    QVERIFY(!visibleIds().contains(older->id));
    usage->setCurrentIndex(usage->findData(-1));
    QCOMPARE(visibleIds().size(), neverUsed.size() - 1);
    QVERIFY(!visibleIds().contains(older->id));
    usage->setCurrentIndex(0);
    QCOMPARE(dialog.visibleTemplateCount(), int(store.templates().size()));

    // Sorted by uses, most used first.
    QTreeWidget *templates = tree(dialog);
    QTest::mouseClick(templates->header()->viewport(), Qt::LeftButton, {},
        QPoint(templates->header()->sectionViewportPosition(5) + 5, 5));
    if (templates->header()->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(templates->header()->viewport(), Qt::LeftButton, {},
            QPoint(templates->header()->sectionViewportPosition(5) + 5, 5));
    QCOMPARE(templates->header()->sortIndicatorSection(), 5);
    QCOMPARE(templates->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    const TemplateUsageCount mostUsed = store.usage().constFirst();
    QCOMPARE(templates->topLevelItem(0)->child(0)->data(0, Qt::UserRole).toLongLong(), mostUsed.templateId);
    QCOMPARE(templates->topLevelItem(0)->child(0)->text(5), QString::number(mostUsed.uses));

    // The selected template's uses per language and per person.
    QVERIFY(dialog.selectTemplate(older->id));
    QTreeWidget *uses = child<QTreeWidget>(dialog, "libraryUsage");
    QCOMPARE(uses->topLevelItemCount(), 2);
    QTreeWidgetItem *languages = uses->topLevelItem(0);
    QCOMPARE(languages->childCount(), 1);
    QCOMPARE(languages->child(0)->text(0), older->latest.sourceLanguage);
    QCOMPARE(languages->child(0)->text(1), QStringLiteral("1"));
    QVERIFY(!languages->child(0)->text(2).isEmpty());
    QTreeWidgetItem *people = uses->topLevelItem(1);
    QCOMPARE(people->childCount(), 1);
    QCOMPARE(people->child(0)->text(0), m_agent.name);
    QVERIFY(dialog.selectTemplate(late->id));
    QCOMPARE(uses->topLevelItem(1)->childCount(), int(store.usageByUser(late->id).size()));
}

QTEST_MAIN(TestTemplateLibraryDialog)
#include "tst_templatelibrarydialog.moc"
