// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QPalette;
class QPlainTextEdit;
class QTextDocument;
class QWidget;

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace hearth {

// Colours an editor's text with one of Hearth's syntax definitions, in the KDE
// Syntax-Highlighting theme that suits the editor's palette (dark or light by the lightness of
// its window colour), and chooses again whenever that palette changes. In a build without
// the library it does nothing: the editor shows plain text.
class TextHighlighter : public QObject
{
    Q_OBJECT

public:
    enum class Syntax {
        Netiquette, // Markdown with rule ids {#rule-N}, references {{rule.N}} and placeholders
        Template, // plain text with placeholders {{name|fallback}} and {{rule.N}}
    };

    // Highlights the editor's document; the editor owns the highlighter.
    TextHighlighter(QPlainTextEdit *editor, Syntax syntax);
    // Highlights any document, following paletteSource's palette; owned by the document.
    TextHighlighter(QTextDocument *document, QWidget *paletteSource, Syntax syntax);

    // Whether the text is coloured (false in a build without the library).
    bool isActive() const;
    // The theme in use, empty when inactive.
    QString themeName() const;
    // The theme Hearth uses with this palette (without the library: empty).
    static QString themeNameFor(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPalette(const QPalette &palette);

    QWidget *m_paletteSource;
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};

} // namespace hearth
