// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "texthighlighter.h"

#include "syntaxhighlighting.h"
#include "uilog.h"

#include <QEvent>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTextDocument>

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace hearth {

namespace {
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return SyntaxHighlighting::repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}
#endif
} // namespace

TextHighlighter::TextHighlighter(QPlainTextEdit *editor, Syntax syntax)
    : TextHighlighter(editor->document(), editor, syntax)
{
    setParent(editor);
}

TextHighlighter::TextHighlighter(QTextDocument *document, QWidget *paletteSource, Syntax syntax)
    : QObject(document)
    , m_paletteSource(paletteSource)
{
    setObjectName(QStringLiteral("textHighlighter"));
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    const QString name = syntax == Syntax::Netiquette ? SyntaxHighlighting::netiquetteDefinition()
                                                      : SyntaxHighlighting::templateDefinition();
    const KSyntaxHighlighting::Definition definition = SyntaxHighlighting::repository().definitionForName(name);
    if (!definition.isValid()) {
        qCWarning(lcUi) << "The syntax definition" << name << "is missing; the editor shows plain text";
        return;
    }
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    m_highlighter->setTheme(themeFor(paletteSource->palette()));
    m_highlighter->setDefinition(definition);
    paletteSource->installEventFilter(this);
#else
    Q_UNUSED(document)
    Q_UNUSED(syntax)
#endif
}

bool TextHighlighter::isActive() const
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    return m_highlighter;
#else
    return false;
#endif
}

QString TextHighlighter::themeName() const
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    if (m_highlighter)
        return m_highlighter->theme().name();
#endif
    return QString();
}

QString TextHighlighter::themeNameFor(const QPalette &palette)
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    return themeFor(palette).name();
#else
    Q_UNUSED(palette)
    return QString();
#endif
}

bool TextHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // PaletteChange arrives once the widget's new palette is in place, also after the
    // application's palette changed (a switch to a dark desktop theme).
    if (watched == m_paletteSource && event->type() == QEvent::PaletteChange)
        followPalette(m_paletteSource->palette());
    return QObject::eventFilter(watched, event);
}

void TextHighlighter::followPalette(const QPalette &palette)
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    if (!m_highlighter)
        return;
    const KSyntaxHighlighting::Theme theme = themeFor(palette);
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
#else
    Q_UNUSED(palette)
#endif
}

} // namespace hearth
