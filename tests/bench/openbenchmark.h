// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "percentiles.h"

#include <QString>

namespace hearth::bench {

// Times Workspace::open on an existing, full workspace: what a person waits for between
// choosing the file and seeing the inbox (header check, schema check, pragmas, no migration).
class OpenBenchmark
{
public:
    static constexpr int defaultRuns = 9;

    explicit OpenBenchmark(const QString &path);

    bool run(int runs = defaultRuns);
    const Percentiles &latencies() const { return m_latencies; }

private:
    QString m_path;
    Percentiles m_latencies;
};

} // namespace hearth::bench
