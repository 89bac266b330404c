// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchrun.h"

#include "benchcorpus.h"
#include "benchlog.h"
#include "coreingest.h"
#include "inboxbenchmark.h"
#include "keysetbenchmark.h"
#include "openbenchmark.h"
#include "processmemory.h"
#include "rawsqliteingest.h"
#include "searchbenchmark.h"
#include "searchquerymix.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonValue>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace hearth::bench {

namespace {
constexpr qint64 dayMs = 24LL * 3600 * 1000;

// docs/performance.md: what the product promises at a million messages.
constexpr double targetIngestRatio = 0.70;
constexpr double targetIngestRate = 25000;
constexpr double targetSearchP95Ms = 20;
constexpr double targetPageMs = 5;
constexpr double targetOpenMs = 100;
constexpr double targetSearchRssMb = 200;

QJsonValue megabytes(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue(QJsonValue::Null);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    // Size 0 like every /proc file: read until a read comes back empty, not until atEnd().
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line).section(QLatin1Char(':'), 1).trimmed();
    }
    return QString();
}

QString driverSqliteVersion(const Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return QString();
    return query.value(0).toString();
}
} // namespace

BenchRun::BenchRun(const BenchOptions &options)
    : m_options(options)
{
}

BenchRun::~BenchRun() = default;

int BenchRun::run(QJsonObject *result)
{
    if (!prepareWorkdir())
        return 1;
    const QString corePath = replaceFile(QStringLiteral("core.hearth"));
    const QString rawPath = replaceFile(QStringLiteral("raw.sqlite"));
    // Today at midnight UTC: the same corpus all day long, whatever the hour.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 endMs = now - now % dayMs;
    BenchLog::progress(QStringLiteral("hearth-bench: %1 messages, seed %2, in %3")
                           .arg(m_options.messages)
                           .arg(m_options.seed)
                           .arg(QDir::toNativeSeparators(m_dir)));

    // 1. Ingest through the core.
    BenchCorpus coreCorpus(m_options.messages, m_options.seed, endMs);
    CoreIngest coreIngest(corePath);
    const IngestStats core = coreIngest.run(coreCorpus);
    if (!core.ok || coreIngest.accountIds().isEmpty())
        return 1;
    BenchLog::progress(
        QStringLiteral("core ingest: %1 msg/s over %2 s").arg(core.messagesPerSecond()).arg(core.seconds()));

    // 2. The same corpus, regenerated from the seed, through raw sqlite3.
    BenchCorpus rawCorpus(m_options.messages, m_options.seed, endMs);
    RawSqliteIngest rawIngest(rawPath, coreIngest.connectionPragmas());
    const IngestStats raw = rawIngest.run(rawCorpus);
    if (!raw.ok)
        return 1;
    BenchLog::progress(
        QStringLiteral("raw ingest: %1 msg/s over %2 s").arg(raw.messagesPerSecond()).arg(raw.seconds()));
    const bool sameRows = core.sameRowsAs(raw);
    if (!sameRows)
        BenchLog::warning(QStringLiteral("the raw baseline stored different rows than the core; the ratio is moot"));
    const double ratio = raw.messagesPerSecond() > 0 ? core.messagesPerSecond() / raw.messagesPerSecond() : 0;

    // 3. Memory: the peak so far is the ingest's; the search phase gets a peak of its own.
    const std::optional<double> ingestPeakMb = ProcessMemory::peakMb();
    const bool heapReleased = ProcessMemory::releaseFreeHeap();
    const std::optional<double> rssBeforeSearchMb = ProcessMemory::currentMb();
    const bool peakReset = ProcessMemory::resetPeak();
    if (!peakReset)
        BenchLog::warning(QStringLiteral("cannot reset the peak RSS; reporting the RSS after searching instead"));

    // 4. Search, on a freshly opened workspace (a cold SQLite cache, as after a start).
    Workspace workspace;
    if (!workspace.open(corePath, Workspace::OpenMode::ExistingOnly)) {
        BenchLog::warning(workspace.errorString());
        return 1;
    }
    SearchQueryMix mix(m_options.seed, coreCorpus.startMs(), coreCorpus.endMs());
    SearchBenchmark search(workspace);
    search.run(mix.build(m_options.queries));
    const std::optional<double> searchPeakMb = peakReset ? ProcessMemory::peakMb() : std::nullopt;
    const std::optional<double> rssAfterSearchMb = ProcessMemory::currentMb();
    BenchLog::progress(QStringLiteral("search: p50 %1 ms, p95 %2 ms, p99 %3 ms, %4 of %5 queries with hits")
                           .arg(search.latencies().percentileMs(50))
                           .arg(search.latencies().percentileMs(95))
                           .arg(search.latencies().percentileMs(99))
                           .arg(search.queriesWithHits())
                           .arg(search.latencies().count()));
    if (search.queriesWithHits() == 0)
        BenchLog::warning(QStringLiteral("no search query found anything: the search or the corpus is broken"));

    // 5. Inbox pages.
    KeysetBenchmark keyset(workspace);
    keyset.run(coreIngest.accountIds().constFirst());
    BenchLog::progress(QStringLiteral("inbox pages: p50 %1 ms, p95 %2 ms, max %3 ms over %4 pages")
                           .arg(keyset.latencies().percentileMs(50))
                           .arg(keyset.latencies().percentileMs(95))
                           .arg(keyset.latencies().maxMs())
                           .arg(keyset.pages()));
    const QString qtSqliteVersion = driverSqliteVersion(workspace);
    workspace.close();

    // 5b. The inbox list itself: first rows, a jump to the middle, memory.
    InboxBenchmark inbox(corePath, m_options.seed);
    if (!inbox.run(coreIngest.accountIds().constFirst()))
        return 1;
    BenchLog::progress(QStringLiteral("inbox: first rows median %1 ms, jump to the middle median %2 ms, %3 rows")
                           .arg(inbox.firstRows().medianMs())
                           .arg(inbox.middleJumps().medianMs())
                           .arg(inbox.rowsInView()));

    // 6. Opening the full workspace.
    OpenBenchmark open(corePath);
    open.run();
    BenchLog::progress(QStringLiteral("open: median %1 ms").arg(open.latencies().medianMs()));
    const std::optional<double> latePeakMb = ProcessMemory::peakMb();
    std::optional<double> peakMb = ingestPeakMb;
    if (latePeakMb)
        peakMb = std::max(peakMb.value_or(0), *latePeakMb);

    const double searchP95 = search.latencies().percentileMs(95);
    const double pageP95 = keyset.latencies().percentileMs(95);
    const double openMs = open.latencies().medianMs();
    const std::optional<double> searchRss = searchPeakMb ? searchPeakMb : rssAfterSearchMb;
    QJsonObject &json = *result;
    json.insert(QStringLiteral("messages"), double(m_options.messages));
    json.insert(QStringLiteral("seed"), double(m_options.seed));
    json.insert(QStringLiteral("conversations"), double(core.conversationRows));
    json.insert(QStringLiteral("authors"), double(core.authorRows));
    json.insert(QStringLiteral("ingest_core_msgs_per_s"), core.messagesPerSecond());
    json.insert(QStringLiteral("ingest_raw_msgs_per_s"), raw.messagesPerSecond());
    json.insert(QStringLiteral("ingest_ratio"), std::round(ratio * 1000) / 1000);
    json.insert(QStringLiteral("ingest_same_rows"), sameRows);
    json.insert(QStringLiteral("ingest_core"), core.toJson());
    QJsonObject rawJson = raw.toJson();
    rawJson.insert(QStringLiteral("seconds_by_statement"), rawIngest.breakdown());
    json.insert(QStringLiteral("ingest_raw"), rawJson);
    QJsonObject pragmas;
    for (const auto &[name, value] : coreIngest.connectionPragmas())
        pragmas.insert(name, value);
    json.insert(QStringLiteral("connection_pragmas"), pragmas);
    json.insert(QStringLiteral("search_ms"), search.latencies().toJson({50, 95, 99}, true));
    json.insert(QStringLiteral("search_queries"), double(search.latencies().count()));
    json.insert(QStringLiteral("search_queries_with_hits"), search.queriesWithHits());
    json.insert(QStringLiteral("search_failures"), search.failures());
    json.insert(QStringLiteral("search_by_kind"), search.byKind());
    json.insert(QStringLiteral("keyset_page_ms"), keyset.latencies().toJson({50, 95}, true));
    json.insert(QStringLiteral("keyset_pages"), double(keyset.pages()));
    json.insert(QStringLiteral("keyset_page_rows"), KeysetBenchmark::pageSize);
    json.insert(QStringLiteral("keyset_ordering_errors"), keyset.orderingErrors());
    json.insert(QStringLiteral("keyset_by_scenario"), keyset.byScenario());
    json.insert(QStringLiteral("inbox"), inbox.toJson());
    json.insert(QStringLiteral("open_ms"), Percentiles::roundMs(openMs));
    json.insert(QStringLiteral("open_runs"), double(open.latencies().count()));
    json.insert(QStringLiteral("peak_rss_mb"), megabytes(peakMb));
    json.insert(QStringLiteral("ingest_phase_rss_mb"), megabytes(ingestPeakMb));
    json.insert(QStringLiteral("search_phase_rss_mb"), megabytes(searchRss));
    json.insert(QStringLiteral("search_phase_rss_method"),
        searchPeakMb ? QStringLiteral("VmHWM after clear_refs") : QStringLiteral("VmRSS after search"));
    json.insert(QStringLiteral("rss_before_search_mb"), megabytes(rssBeforeSearchMb));
    json.insert(QStringLiteral("rss_after_search_mb"), megabytes(rssAfterSearchMb));
    json.insert(QStringLiteral("heap_trimmed_before_search"), heapReleased);
    json.insert(QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion()));
    json.insert(QStringLiteral("qt_sqlite_version"), qtSqliteVersion);
    json.insert(QStringLiteral("qt_version"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("cpu"), cpuModel());
    json.insert(QStringLiteral("cpus"), QThread::idealThreadCount());
    json.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    json.insert(QStringLiteral("targets"),
        QJsonObject {{QStringLiteral("ingest_ratio_min"), targetIngestRatio},
            {QStringLiteral("ingest_msgs_per_s_min"), targetIngestRate},
            {QStringLiteral("search_p95_ms_max"), targetSearchP95Ms},
            {QStringLiteral("keyset_page_p95_ms_max"), targetPageMs}, {QStringLiteral("open_ms_max"), targetOpenMs},
            {QStringLiteral("search_phase_rss_mb_max"), targetSearchRssMb}});
    json.insert(QStringLiteral("targets_met"),
        QJsonObject {{QStringLiteral("ingest_ratio"), ratio >= targetIngestRatio},
            {QStringLiteral("ingest_msgs_per_s"), core.messagesPerSecond() >= targetIngestRate},
            {QStringLiteral("search_p95"), searchP95 < targetSearchP95Ms},
            {QStringLiteral("keyset_page_p95"), pageP95 < targetPageMs},
            {QStringLiteral("open"), openMs < targetOpenMs},
            {QStringLiteral("search_phase_rss"),
                searchRss ? QJsonValue(*searchRss < targetSearchRssMb) : QJsonValue(QJsonValue::Null)}});
    return 0;
}

bool BenchRun::prepareWorkdir()
{
    if (m_options.workdir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hearth-bench-XXXXXX"));
        if (!m_temporary->isValid()) {
            BenchLog::warning(QStringLiteral("cannot create a temporary folder: ") + m_temporary->errorString());
            return false;
        }
        m_dir = m_temporary->path();
        return true;
    }
    m_dir = QDir(m_options.workdir).absolutePath();
    if (!QDir().mkpath(m_dir)) {
        BenchLog::warning(QStringLiteral("cannot create ") + m_dir);
        return false;
    }
    return true;
}

// Each run starts from empty databases: an earlier run's file and its WAL go first.
QString BenchRun::replaceFile(const QString &name) const
{
    const QString path = QDir(m_dir).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return path;
}

} // namespace hearth::bench
