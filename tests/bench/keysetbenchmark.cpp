// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysetbenchmark.h"

#include "benchlog.h"
#include "inboxquery.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <optional>

namespace hearth::bench {

namespace {
struct Scenario
{
    QString name;
    InboxFilter filter;
    InboxSort sort;
};

// The page's sort key, to check the pages really continue one another.
qint64 sortKey(const ConversationRow &row, InboxSort sort)
{
    return InboxQuery::cursorAfter(row, sort).key;
}

bool inOrder(const ConversationRow &previous, const ConversationRow &next, InboxSort sort)
{
    const qint64 a = sortKey(previous, sort);
    const qint64 b = sortKey(next, sort);
    if (sort == InboxSort::Newest)
        return a > b || (a == b && previous.id > next.id);
    return a < b || (a == b && previous.id < next.id);
}
} // namespace

KeysetBenchmark::KeysetBenchmark(const Workspace &workspace)
    : m_workspace(workspace)
{
}

void KeysetBenchmark::run(qint64 accountId)
{
    InboxFilter byAccount;
    byAccount.accountId = accountId;
    const QList<Scenario> scenarios {
        {QStringLiteral("newest"), InboxFilter(), InboxSort::Newest},
        {QStringLiteral("newest_account"), byAccount, InboxSort::Newest},
        {QStringLiteral("due_soonest"), InboxFilter(), InboxSort::DueSoonest},
    };

    const InboxQuery inbox(m_workspace);
    QList<ConversationRow> rows;
    QElapsedTimer timer;
    for (const Scenario &scenario : scenarios) {
        Percentiles latencies;
        std::optional<InboxCursor> after;
        std::optional<ConversationRow> last;
        QSet<qint64> seen;
        double firstPageMs = 0;
        double lastPageMs = 0;
        for (int page = 0; page < pagesDeep; ++page) {
            timer.start();
            const bool ok = inbox.fetchPage(scenario.filter, scenario.sort, after, pageSize, &rows);
            const qint64 elapsed = timer.nsecsElapsed();
            if (!ok) {
                BenchLog::warning(QStringLiteral("inbox page %1 of %2 failed").arg(page + 1).arg(scenario.name));
                break;
            }
            latencies.add(elapsed);
            m_all.add(elapsed);
            (page == 0 ? firstPageMs : lastPageMs) = double(elapsed) / 1e6;
            for (const ConversationRow &row : std::as_const(rows)) {
                if (seen.contains(row.id) || (last && !inOrder(*last, row, scenario.sort)))
                    ++m_orderingErrors;
                seen.insert(row.id);
                last = row;
            }
            m_rows += rows.size();
            if (rows.size() < pageSize)
                break; // the end of the list
            after = InboxQuery::cursorAfter(rows.constLast(), scenario.sort);
        }
        // The plan next to the times: a "USE TEMP B-TREE" here is a sort of every matching
        // row on every page, the one thing keyset paging must not do.
        const QStringList plan = inbox.queryPlan(scenario.filter, scenario.sort);
        for (const QString &line : plan) {
            if (line.contains(QLatin1String("TEMP B-TREE")))
                BenchLog::warning(QStringLiteral("inbox pages of %1 sort rows: %2").arg(scenario.name, line));
        }
        QJsonObject entry = latencies.toJson({50, 95}, true);
        entry.insert(QStringLiteral("plan"), QJsonArray::fromStringList(plan));
        entry.insert(QStringLiteral("pages"), double(latencies.count()));
        entry.insert(QStringLiteral("rows"), double(seen.size()));
        entry.insert(QStringLiteral("first_page_ms"), Percentiles::roundMs(firstPageMs));
        entry.insert(QStringLiteral("last_page_ms"), Percentiles::roundMs(lastPageMs));
        m_scenarios.insert(scenario.name, entry);
    }
    if (m_orderingErrors > 0)
        BenchLog::warning(QStringLiteral("inbox pages repeated or misordered %1 rows").arg(m_orderingErrors));
}

} // namespace hearth::bench
