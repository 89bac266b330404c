// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "percentiles.h"
#include "searchquerymix.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace hearth {
class Workspace;
}

namespace hearth::bench {

// Times MessageSearch::search, one call per case, as the search box runs it: a fresh
// statement each time, the first 50 hits with snippets. A query that fails or finds nothing
// is counted, because a fast search that finds nothing proves nothing.
class SearchBenchmark
{
public:
    explicit SearchBenchmark(const Workspace &workspace);

    void run(const QList<SearchCase> &cases);

    const Percentiles &latencies() const { return m_all; }
    int queriesWithHits() const { return m_withHits; }
    int failures() const { return m_failures; }
    QJsonObject byKind() const;

private:
    struct KindStats
    {
        Percentiles latencies;
        qint64 hits = 0;
        int withHits = 0;
        QString slowestQuery;
        qint64 slowestNs = -1;
    };

    const Workspace &m_workspace;
    Percentiles m_all;
    QMap<QString, KindStats> m_kinds;
    int m_withHits = 0;
    int m_failures = 0;
};

} // namespace hearth::bench
