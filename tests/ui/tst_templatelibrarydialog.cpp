// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"
#include "templateeditordialog.h"
#include "templatelibrary.h"
#include "templatelibrarydialog.h"
#include "templatestore.h"
#include "userdirectory.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVariant>

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
    void submitsADraftForApproval();

private:
    bool showActive(QDialog &dialog)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        return QTest::qWaitForWindowActive(&dialog);
    }
    QTreeWidget *tree(QDialog &dialog) { return dialog.findChild<QTreeWidget *>(QStringLiteral("libraryTree")); }
    template<typename T> T *child(QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
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

QTEST_MAIN(TestTemplateLibraryDialog)
#include "tst_templatelibrarydialog.moc"
