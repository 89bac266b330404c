// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchoptions.h"

#include <QCommandLineParser>

#include <cstdio>

namespace hearth {

LaunchOptions::Outcome LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hearth, a desktop workstation for community managers."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        tr("Open the workspace FILE (created if missing) instead of the default one."), tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open the demo workspace (created on first use; never goes online)."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Show the user interface in LANG (en, de, fr, da, pl) from now on."),
                                            tr("LANG"));
    parser.addOptions({workspaceOption, demoOption, languageOption});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(tr("Run “hearth --help” for the options.")));
        m_exitCode = 2;
        return Outcome::Exit;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        // showHelp()/showVersion() print and exit the process themselves.
        if (parser.isSet(helpOption))
            parser.showHelp(0);
        parser.showVersion();
    }
    if (parser.isSet(demoOption) && parser.isSet(workspaceOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--demo and --workspace cannot be used together.")));
        m_exitCode = 2;
        return Outcome::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Unexpected argument: %1").arg(parser.positionalArguments().first())));
        m_exitCode = 2;
        return Outcome::Exit;
    }
    m_demo = parser.isSet(demoOption);
    m_workspacePath = parser.value(workspaceOption);
    m_language = parser.value(languageOption);
    return Outcome::Run;
}

} // namespace hearth
