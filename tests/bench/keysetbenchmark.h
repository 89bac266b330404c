// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "percentiles.h"

#include <QJsonObject>
#include <QString>

namespace hearth {
class Workspace;
}

namespace hearth::bench {

// Times InboxQuery::fetchPage as the inbox list scrolls: the first page, then each next page
// from the cursor after the last row, a hundred pages deep, for the sorts and the filter the
// inbox uses most. Keyset paging should cost the same at page 1 and page 100; a sort or a
// scan in the statement shows as a page time growing with depth.
class KeysetBenchmark
{
public:
    static constexpr int pageSize = 200;
    static constexpr int pagesDeep = 100;

    explicit KeysetBenchmark(const Workspace &workspace);

    // accountId: the account for the filtered scenario.
    void run(qint64 accountId);

    const Percentiles &latencies() const { return m_all; }
    qint64 pages() const { return qint64(m_all.count()); }
    qint64 rows() const { return m_rows; }
    int orderingErrors() const { return m_orderingErrors; }
    QJsonObject byScenario() const { return m_scenarios; }

private:
    const Workspace &m_workspace;
    Percentiles m_all;
    QJsonObject m_scenarios;
    qint64 m_rows = 0;
    int m_orderingErrors = 0;
};

} // namespace hearth::bench
