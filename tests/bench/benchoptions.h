// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hearth::bench {

// What one benchmark run does, from the command line. The defaults are the published run
// (docs/performance.md); a smaller --messages is for checking the benchmark itself.
class BenchOptions
{
public:
    static constexpr qint64 defaultMessages = 1000000;
    static constexpr int defaultQueries = 200;
    static constexpr quint32 defaultSeed = 20260101;

    // Parses the application's arguments; prints help or the problem and exits on error.
    static BenchOptions fromCommandLine(const QStringList &arguments);

    qint64 messages = defaultMessages;
    int queries = defaultQueries;
    QString workdir; // empty: a temporary folder, removed at exit
    quint32 seed = defaultSeed;
};

} // namespace hearth::bench
