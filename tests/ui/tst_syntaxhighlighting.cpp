// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxhighlighting.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace hearth;

class TestSyntaxHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void reportsWhatTheBuildHas();
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    void highlightsMarkdownHeadings();
    void themeFollowsThePalette();
#endif
};

void TestSyntaxHighlighting::reportsWhatTheBuildHas()
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    QVERIFY(SyntaxHighlighting::isAvailable());
    QVERIFY(SyntaxHighlighting::description().startsWith(QStringLiteral("KDE Syntax-Highlighting ")));
    QCOMPARE(&SyntaxHighlighting::repository(), &SyntaxHighlighting::repository());
#else
    QVERIFY(!SyntaxHighlighting::isAvailable());
    QVERIFY(SyntaxHighlighting::description().startsWith(QStringLiteral("not available")));
#endif
}

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
void TestSyntaxHighlighting::highlightsMarkdownHeadings()
{
    KSyntaxHighlighting::Repository &repository = SyntaxHighlighting::repository();
    const KSyntaxHighlighting::Definition markdown = repository.definitionForName(QStringLiteral("Markdown"));
    QVERIFY(markdown.isValid());

    QTextDocument document(QStringLiteral("# House rules\n\nBe kind to each other.\n"));
    KSyntaxHighlighting::SyntaxHighlighter highlighter(&document);
    highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter.setDefinition(markdown);
    highlighter.rehighlight();

    const auto heading = document.firstBlock().layout()->formats();
    QVERIFY(!heading.isEmpty());
    const auto plain = document.findBlockByNumber(2).layout()->formats();
    QVERIFY(heading.first().format != (plain.isEmpty() ? QTextCharFormat() : plain.first().format));
}

void TestSyntaxHighlighting::themeFollowsThePalette()
{
    KSyntaxHighlighting::Repository &repository = SyntaxHighlighting::repository();
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const KSyntaxHighlighting::Theme lightTheme = repository.themeForPalette(light);
    const KSyntaxHighlighting::Theme darkTheme = repository.themeForPalette(dark);
    QVERIFY(lightTheme.isValid() && darkTheme.isValid());
    QVERIFY(lightTheme.name() != darkTheme.name());
    QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness()
            < QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness());
}
#endif

QTEST_MAIN(TestSyntaxHighlighting)
#include "tst_syntaxhighlighting.moc"
