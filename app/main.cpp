// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "catalogs.h"
#include "languagemanager.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "uiresources.h"
#include "workspacepaths.h"

#include <QApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    hearth::setApplicationIdentity();

    // The command line is read before QApplication exists, so --help and --version need
    // no display.
    hearth::LaunchOptions options;
    {
        QCoreApplication commandLine(argc, argv);
        hearth::initUiResources();
        QTranslator hearthCatalog;
        QTranslator qtCatalog;
        hearth::Catalogs::install(hearthCatalog, qtCatalog, QLocale::system());
        if (options.parse(QCoreApplication::arguments()) == hearth::LaunchOptions::Outcome::Exit)
            return options.exitCode();
    }

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("example.hearth.Hearth"));

    hearth::LanguageManager languages;
    if (options.language().isEmpty())
        languages.loadSavedLanguage();
    else
        languages.setLanguage(options.language());

    hearth::MainWindow window(&languages);
    window.show();
    if (options.demo())
        window.openDemoWorkspace();
    else
        window.openWorkspace(options.workspacePath().isEmpty() ? hearth::WorkspacePaths::defaultWorkspace()
                                                               : options.workspacePath());
    return QApplication::exec();
}
