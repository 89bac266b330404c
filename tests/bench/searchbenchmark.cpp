// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbenchmark.h"

#include "benchlog.h"
#include "messagesearch.h"
#include "workspace.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace hearth::bench {

namespace {
QString describe(const SearchRequest &request)
{
    QString text = request.text;
    if (!request.language.isEmpty())
        text += QStringLiteral(" [lang=") + request.language + QLatin1Char(']');
    if (!request.channelKind.isEmpty())
        text += QStringLiteral(" [kind=") + request.channelKind + QLatin1Char(']');
    if (request.since && request.until)
        text += QStringLiteral(" [%1 days]").arg((*request.until - *request.since + 1) / (24LL * 3600 * 1000));
    return text;
}
} // namespace

SearchBenchmark::SearchBenchmark(const Workspace &workspace)
    : m_workspace(workspace)
{
}

void SearchBenchmark::run(const QList<SearchCase> &cases)
{
    const MessageSearch search(m_workspace);
    QList<SearchHit> hits;
    QString error;
    QElapsedTimer timer;
    for (const SearchCase &searchCase : cases) {
        timer.start();
        const bool ok = search.search(searchCase.request, &hits, &error);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!ok) {
            ++m_failures;
            BenchLog::warning(QStringLiteral("search for %1 failed: %2").arg(describe(searchCase.request), error));
            continue;
        }
        m_all.add(elapsed);
        KindStats &kind = m_kinds[searchCase.kind];
        kind.latencies.add(elapsed);
        kind.hits += hits.size();
        if (!hits.isEmpty()) {
            ++kind.withHits;
            ++m_withHits;
        }
        if (elapsed > kind.slowestNs) {
            kind.slowestNs = elapsed;
            kind.slowestQuery = describe(searchCase.request);
        }
    }
}

QJsonObject SearchBenchmark::byKind() const
{
    QJsonObject object;
    for (auto it = m_kinds.constBegin(); it != m_kinds.constEnd(); ++it) {
        const KindStats &kind = it.value();
        QJsonObject entry = kind.latencies.toJson({50, 95}, true);
        entry.insert(QStringLiteral("queries"), double(kind.latencies.count()));
        entry.insert(QStringLiteral("with_hits"), kind.withHits);
        entry.insert(QStringLiteral("mean_hits"),
            std::round(double(kind.hits) / double(std::max<qsizetype>(1, kind.latencies.count())) * 10) / 10);
        entry.insert(QStringLiteral("slowest"), kind.slowestQuery);
        object.insert(it.key(), entry);
    }
    return object;
}

} // namespace hearth::bench
