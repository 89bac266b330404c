// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettetextedit.h"
#include "syntaxhighlighting.h"
#include "templateeditordialog.h"
#include "texthighlighter.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace hearth;

namespace {

const QString netiquette = QStringLiteral("# House rules\n"
                                          "\n"
                                          "Welcome to our page.\n"
                                          "\n"
                                          "## Be kind {#rule-4}\n"
                                          "\n"
                                          "No insults, see also {{rule.7}} and ask {{agent.name|us}} plainly.\n");

QPalette paletteWithWindow(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
// The format the highlighter gave the character at this position (a default format: none).
QTextCharFormat formatAt(const QTextDocument &document, const QString &text, int offsetInText = 0)
{
    const int found = int(document.toPlainText().indexOf(text));
    if (found < 0)
        qFatal("The text \"%s\" is not in the document", qPrintable(text));
    const int position = found + offsetInText;
    const QTextBlock block = document.findBlock(position);
    const int inBlock = position - block.position();
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

// An editor in a light palette showing text through a highlighter of its own.
struct HighlightedEditor
{
    HighlightedEditor(const QString &text, TextHighlighter::Syntax syntax)
    {
        editor.setPalette(paletteWithWindow(Qt::white, Qt::black));
        editor.setPlainText(text);
        highlighter = new TextHighlighter(&editor, syntax);
    }
    const QTextDocument &document() const { return *editor.document(); }

    QPlainTextEdit editor;
    TextHighlighter *highlighter = nullptr;
};
#endif

} // namespace

class TestSyntaxHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void reportsWhatTheBuildHas();
    void editorsWorkWithoutColoursWhereTheLibraryIsMissing();
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    void customDefinitionsLoadFromTheSearchPath();
    void highlightsMarkdownHeadings();
    void rulesAndPlaceholdersHaveTheirOwnFormats();
    void templatesHighlightPlaceholdersInPlainText();
    void themeFollowsThePalette();
    void theRealEditorsAreHighlighted();
#endif
};

void TestSyntaxHighlighting::reportsWhatTheBuildHas()
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    QVERIFY(SyntaxHighlighting::isAvailable());
    QVERIFY(SyntaxHighlighting::description().startsWith(QStringLiteral("KDE Syntax-Highlighting ")));
    // The library's own definitions are there, not only Hearth's.
    QVERIFY(SyntaxHighlighting::repository().definitionForName(QStringLiteral("Markdown")).isValid());
#else
    QVERIFY(!SyntaxHighlighting::isAvailable());
    QVERIFY(SyntaxHighlighting::description().startsWith(QStringLiteral("not available")));
#endif
}

void TestSyntaxHighlighting::editorsWorkWithoutColoursWhereTheLibraryIsMissing()
{
    QPlainTextEdit editor;
    editor.setPlainText(netiquette);
    auto *highlighter = new TextHighlighter(&editor, TextHighlighter::Syntax::Netiquette);
    QCOMPARE(highlighter->parent(), &editor);
    editor.setPalette(paletteWithWindow(QColor(0x20, 0x20, 0x20), Qt::white));
    QTest::keyClicks(&editor, QStringLiteral("## Be patient"));
    QVERIFY(editor.toPlainText().contains(QStringLiteral("## Be patient")));
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    QVERIFY(highlighter->isActive());
    QVERIFY(!highlighter->themeName().isEmpty());
#else
    QVERIFY(!highlighter->isActive());
    QVERIFY(highlighter->themeName().isEmpty());
    QVERIFY(TextHighlighter::themeNameFor(editor.palette()).isEmpty());
    // Nothing coloured the text.
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next())
        QVERIFY(block.layout()->formats().isEmpty());
#endif
}

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
void TestSyntaxHighlighting::customDefinitionsLoadFromTheSearchPath()
{
    KSyntaxHighlighting::Repository &repository = SyntaxHighlighting::repository();
    QVERIFY(repository.customSearchPaths().contains(SyntaxHighlighting::customSearchPath()));
    const QString prefix = SyntaxHighlighting::customSearchPath() + QStringLiteral("/syntax/");
    for (const QString &name : {SyntaxHighlighting::netiquetteDefinition(), SyntaxHighlighting::templateDefinition()}) {
        const KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
        QVERIFY2(definition.isValid(), qPrintable(name));
        QVERIFY2(definition.filePath().startsWith(prefix), qPrintable(definition.filePath()));
    }
    // The netiquette is Markdown underneath.
    const QStringList includes = [&] {
        QStringList names;
        const auto included =
            repository.definitionForName(SyntaxHighlighting::netiquetteDefinition()).includedDefinitions();
        for (const KSyntaxHighlighting::Definition &definition : included)
            names << definition.name();
        return names;
    }();
    QVERIFY2(includes.contains(QStringLiteral("Markdown")), qPrintable(includes.join(QLatin1Char(','))));
    QVERIFY(includes.contains(SyntaxHighlighting::templateDefinition()));
}

void TestSyntaxHighlighting::highlightsMarkdownHeadings()
{
    HighlightedEditor shown(netiquette, TextHighlighter::Syntax::Netiquette);
    const QTextDocument &document = shown.document();

    const QTextCharFormat heading = formatAt(document, QStringLiteral("House rules"));
    const QTextCharFormat plain = formatAt(document, QStringLiteral("Welcome"));
    QVERIFY(heading != plain);
    QCOMPARE(heading.fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(document, QStringLiteral("Be kind")), heading);

    // Markdown itself is highlighted outside headings too.
    shown.editor.setPlainText(QStringLiteral("Please **never** post ads.\n"));
    QCOMPARE(formatAt(document, QStringLiteral("never")).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(document, QStringLiteral("Please")).fontWeight() != int(QFont::Bold));
}

void TestSyntaxHighlighting::rulesAndPlaceholdersHaveTheirOwnFormats()
{
    HighlightedEditor shown(netiquette, TextHighlighter::Syntax::Netiquette);
    const QTextDocument &document = shown.document();

    const QTextCharFormat plain = formatAt(document, QStringLiteral("No insults"));
    const QTextCharFormat heading = formatAt(document, QStringLiteral("Be kind"));
    const QTextCharFormat ruleId = formatAt(document, QStringLiteral("{#rule-4}"));
    const QTextCharFormat reference = formatAt(document, QStringLiteral("{{rule.7}}"));
    const QTextCharFormat placeholder = formatAt(document, QStringLiteral("{{agent.name"));
    const QTextCharFormat fallback = formatAt(document, QStringLiteral("|us}}"));
    const QList<QTextCharFormat> formats {plain, heading, ruleId, reference, placeholder, fallback};
    for (int i = 0; i < formats.size(); ++i) {
        for (int j = i + 1; j < formats.size(); ++j)
            QVERIFY2(formats.at(i) != formats.at(j), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
    }
    // A whole reference is one piece, and the placeholder closes where its braces do.
    QCOMPARE(formatAt(document, QStringLiteral("{{rule.7}}"), 9), reference);
    QCOMPARE(formatAt(document, QStringLiteral("us}}"), 3), placeholder);
    QCOMPARE(formatAt(document, QStringLiteral(" plainly")), plain);

    // An id that cannot be right stands out from a good one.
    shown.editor.setPlainText(QStringLiteral("## Be kind {#rule-x}\n"));
    QVERIFY(formatAt(document, QStringLiteral("{#rule-x}")) != ruleId);
    QVERIFY(formatAt(document, QStringLiteral("{#rule-x}")) != heading);
}

void TestSyntaxHighlighting::templatesHighlightPlaceholdersInPlainText()
{
    HighlightedEditor shown(
        QStringLiteral("# Hi {{author.first_name|there}}, see {{rule.2}}.\n"), TextHighlighter::Syntax::Template);
    const QTextDocument &document = shown.document();
    // Plain text: a leading "#" is no heading.
    const QTextCharFormat plain = formatAt(document, QStringLiteral("# Hi"));
    QCOMPARE(formatAt(document, QStringLiteral(", see")), plain);
    QVERIFY(formatAt(document, QStringLiteral("{{author")) != plain);
    QVERIFY(formatAt(document, QStringLiteral("{{rule.2}}")) != plain);
    QVERIFY(formatAt(document, QStringLiteral("{{rule.2}}")) != formatAt(document, QStringLiteral("{{author")));
}

void TestSyntaxHighlighting::themeFollowsThePalette()
{
    const QPalette light = paletteWithWindow(QColor(0xf4, 0xf4, 0xf4), Qt::black);
    const QPalette dark = paletteWithWindow(QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee));
    QVERIFY(TextHighlighter::themeNameFor(light) != TextHighlighter::themeNameFor(dark));

    QPlainTextEdit editor;
    editor.setPalette(light);
    editor.setPlainText(netiquette);
    auto *highlighter = new TextHighlighter(&editor, TextHighlighter::Syntax::Netiquette);
    QCOMPARE(highlighter->themeName(), TextHighlighter::themeNameFor(light));
    const QTextDocument &document = *editor.document();
    const QColor headingOnLight = formatAt(document, QStringLiteral("House rules")).foreground().color();
    const QColor referenceOnLight = formatAt(document, QStringLiteral("{{rule.7}}")).foreground().color();

    editor.setPalette(dark);
    QCOMPARE(highlighter->themeName(), TextHighlighter::themeNameFor(dark));
    const QColor headingOnDark = formatAt(document, QStringLiteral("House rules")).foreground().color();
    const QColor referenceOnDark = formatAt(document, QStringLiteral("{{rule.7}}")).foreground().color();
    QVERIFY(headingOnDark != headingOnLight);
    // Dark themes draw coloured text lighter than light themes do.
    QVERIFY(headingOnDark.lightness() > headingOnLight.lightness());
    QVERIFY(referenceOnDark.lightness() > referenceOnLight.lightness());

    // The widget follows the application again (light here), then the application turns dark.
    editor.setPalette(QPalette());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    QCOMPARE(highlighter->themeName(), TextHighlighter::themeNameFor(light));
    QCOMPARE(formatAt(document, QStringLiteral("House rules")).foreground().color(), headingOnLight);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QCOMPARE(highlighter->themeName(), TextHighlighter::themeNameFor(dark));
    QCOMPARE(formatAt(document, QStringLiteral("House rules")).foreground().color(), headingOnDark);
    QApplication::setPalette(before);
}

// Not only a highlighter on a bare editor: the netiquette editor and the template editor's
// texts are highlighted as they are built.
void TestSyntaxHighlighting::theRealEditorsAreHighlighted()
{
    NetiquetteTextEdit netiquetteEditor;
    netiquetteEditor.setPlainText(netiquette);
    const QTextDocument &rules = *netiquetteEditor.document();
    QVERIFY(formatAt(rules, QStringLiteral("{{rule.7}}")) != QTextCharFormat());
    QVERIFY(formatAt(rules, QStringLiteral("{{rule.7}}")) != formatAt(rules, QStringLiteral("No insults")));
    QVERIFY(formatAt(rules, QStringLiteral("{{agent.name")) != QTextCharFormat());

    TemplateEditorDialog dialog(nullptr, std::nullopt);
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("editorText_en"));
    QVERIFY(text);
    text->setPlainText(QStringLiteral("Hi {{author.first_name|there}}, see {{rule.2}}.\n"));
    const QTextDocument &reply = *text->document();
    QVERIFY(formatAt(reply, QStringLiteral("{{author")) != QTextCharFormat());
    QVERIFY(formatAt(reply, QStringLiteral("{{rule.2}}")) != QTextCharFormat());
    QVERIFY(formatAt(reply, QStringLiteral("{{author")) != formatAt(reply, QStringLiteral(", see")));
}
#endif

QTEST_MAIN(TestSyntaxHighlighting)
#include "tst_syntaxhighlighting.moc"
