// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
}
#endif

namespace hearth {

// Hearth's access to KDE Syntax-Highlighting. Builds without the library (Qt 6 before
// KF6) keep working: the editors show plain text and the About box says so.
class SyntaxHighlighting
{
    Q_DECLARE_TR_FUNCTIONS(SyntaxHighlighting)

public:
    static bool isAvailable();
    // For the About box: the library and its version, or why there are no colours.
    static QString description();

    // Where Hearth's own definitions are (a resource folder holding "syntax/"), and their
    // names: Markdown with the netiquette's rule ids and references, and the plain text of
    // templates with placeholders (resources/syntax/syntax/*.xml).
    static QString customSearchPath();
    static QString netiquetteDefinition();
    static QString templateDefinition();

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    // One repository for the whole program, created on first use (it reads many files),
    // with Hearth's definitions from customSearchPath().
    static KSyntaxHighlighting::Repository &repository();
#endif
};

} // namespace hearth
