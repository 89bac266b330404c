// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    hearth::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    return hearth::Cli().run(QCoreApplication::arguments());
}
