// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "cli.h"

#include "catalogs.h"

#include <QCoreApplication>
#include <QTranslator>

static void initTranslations()
{
    Q_INIT_RESOURCE(i18n);
}

int main(int argc, char *argv[])
{
    hearth::setApplicationIdentity();
    QCoreApplication app(argc, argv);

    // Messages in the system's language, like any command-line tool.
    initTranslations();
    QTranslator hearthCatalog;
    QTranslator qtCatalog;
    hearth::Catalogs::install(hearthCatalog, qtCatalog, QLocale::system());

    return hearth::Cli().run(QCoreApplication::arguments());
}
