// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"
#include "benchrun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

// hearth-bench: the numbers behind docs/performance.md. Built with the project, never run
// by ctest: a full run takes minutes and its figures depend on the machine.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-bench"));
    const hearth::bench::BenchOptions options = hearth::bench::BenchOptions::fromCommandLine(app.arguments());

    hearth::bench::BenchRun run(options);
    QJsonObject result;
    const int status = run.run(&result);
    if (!result.isEmpty()) {
        const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
    }
    return status;
}
