// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxhighlighting.h"

#include "uiresources.h"

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>
#endif

namespace hearth {

bool SyntaxHighlighting::isAvailable()
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString SyntaxHighlighting::description()
{
#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
    return tr("KDE Syntax-Highlighting %1").arg(QStringLiteral(SyntaxHighlighting_VERSION_STRING));
#else
    return tr("not available in this build; editors show plain text");
#endif
}

#ifdef HEARTH_HAVE_SYNTAX_HIGHLIGHTING
KSyntaxHighlighting::Repository &SyntaxHighlighting::repository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool customDefinitionsAdded = [] {
        initUiResources();
        // Adding a path reloads the repository: once, before anyone asks for a definition.
        repository.addCustomSearchPath(customSearchPath());
        return true;
    }();
    Q_UNUSED(customDefinitionsAdded)
    return repository;
}
#endif

QString SyntaxHighlighting::customSearchPath()
{
    return QStringLiteral(":/syntax");
}

QString SyntaxHighlighting::netiquetteDefinition()
{
    return QStringLiteral("Hearth Netiquette");
}

QString SyntaxHighlighting::templateDefinition()
{
    return QStringLiteral("Hearth Template");
}

} // namespace hearth
