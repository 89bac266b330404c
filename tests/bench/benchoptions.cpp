// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

namespace hearth::bench {

namespace {
[[noreturn]] void failWith(const QString &message)
{
    std::fprintf(stderr, "hearth-bench: %s\n", message.toLocal8Bit().constData());
    std::exit(2);
}
} // namespace

BenchOptions BenchOptions::fromCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Hearth's message store at scale: ingest through the core against raw SQLite, "
                       "search and inbox page latency, workspace open time and peak memory. Prints one JSON "
                       "object on stdout; progress goes to stderr."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages to generate and ingest (default %1).").arg(defaultMessages), QStringLiteral("N"),
        QString::number(defaultMessages));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
        QStringLiteral("Search queries to time (default %1).").arg(defaultQueries), QStringLiteral("N"),
        QString::number(defaultQueries));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"),
        QStringLiteral("Folder for the two databases (default: a temporary "
                       "folder, removed at exit). Existing files there are "
                       "replaced."),
        QStringLiteral("DIR"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed of the generated corpus and queries (default %1).").arg(defaultSeed), QStringLiteral("N"),
        QString::number(defaultSeed));
    parser.addOptions({messagesOption, queriesOption, workdirOption, seedOption});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        failWith(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));

    BenchOptions options;
    bool ok = false;
    options.messages = parser.value(messagesOption).toLongLong(&ok);
    if (!ok || options.messages < 1)
        failWith(QStringLiteral("--messages wants a positive number"));
    options.queries = parser.value(queriesOption).toInt(&ok);
    if (!ok || options.queries < 1)
        failWith(QStringLiteral("--queries wants a positive number"));
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        failWith(QStringLiteral("--seed wants a number from 0 to 4294967295"));
    options.workdir = parser.value(workdirOption);
    return options;
}

} // namespace hearth::bench
