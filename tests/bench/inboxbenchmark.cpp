// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxbenchmark.h"

#include "benchlog.h"
#include "inboxmodel.h"
#include "processmemory.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QRandomGenerator>

#include <cmath>

namespace hearth::bench {

namespace {
QJsonValue megabytes(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue(QJsonValue::Null);
}

// Reads what a screenful from a row shows; false when a row is missing.
bool readScreen(const InboxModel &model, int from)
{
    const int to = std::min(model.rowCount(), from + InboxBenchmark::rowsOnScreen);
    for (int row = from; row < to; ++row) {
        if (model.data(model.index(row, 0), InboxModel::ConversationIdRole).toLongLong() <= 0)
            return false;
        for (const int column : {InboxModel::AuthorColumn, InboxModel::ConversationColumn, InboxModel::StatusColumn,
                 InboxModel::AssigneeColumn, InboxModel::TagsColumn})
            model.data(model.index(row, column));
    }
    return true;
}
} // namespace

InboxBenchmark::InboxBenchmark(const QString &path, quint32 seed)
    : m_path(path)
    , m_seed(seed)
{ }

bool InboxBenchmark::run(qint64 accountId)
{
    ProcessMemory::releaseFreeHeap();
    const std::optional<double> before = ProcessMemory::currentMb();
    const bool peakReset = ProcessMemory::resetPeak();
    const bool ok = runScenario(QStringLiteral("all_open"), std::nullopt)
        && runScenario(QStringLiteral("all_open_account"), accountId);
    const std::optional<double> after = ProcessMemory::currentMb();
    m_json.insert(QStringLiteral("rss_before_mb"), megabytes(before));
    m_json.insert(QStringLiteral("rss_after_mb"), megabytes(after));
    m_json.insert(QStringLiteral("phase_peak_rss_mb"), megabytes(peakReset ? ProcessMemory::peakMb() : std::nullopt));
    m_json.insert(QStringLiteral("page_rows"), InboxModel::pageSize);
    m_json.insert(QStringLiteral("max_cached_pages"), InboxModel::maxCachedPages);
    return ok;
}

bool InboxBenchmark::runScenario(const QString &name, std::optional<qint64> accountId)
{
    InboxFilter filter;
    filter.view = InboxView::Open;
    filter.accountId = accountId;
    Percentiles firstRows, middle, elsewhere;
    QRandomGenerator random(m_seed);
    int rows = 0, middleQueries = 0, otherQueries = 0, maxCached = 0;
    std::optional<double> rssWithModel;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        Workspace workspace; // a new connection: SQLite's own cache starts empty
        if (!workspace.open(m_path, Workspace::OpenMode::ExistingOnly)) {
            BenchLog::warning(QStringLiteral("inbox: cannot open the workspace: ") + workspace.errorString());
            return false;
        }
        InboxModel model;
        model.setView(filter, InboxSort::Newest);
        timer.start();
        model.setWorkspace(&workspace, {});
        const bool shown = readScreen(model, 0);
        firstRows.add(timer.nsecsElapsed());
        if (!shown && model.rowCount() > 0) {
            BenchLog::warning(QStringLiteral("inbox %1: the first rows could not be read").arg(name));
            return false;
        }
        rows = model.rowCount();

        for (int jump = 0; jump < jumps && rows > 0; ++jump) {
            // The middle at a page's first row, as the model test drags the scroll bar there;
            // elsewhere a screenful may cross into a second page, read on by cursor.
            const int row = jump == 0 ? rows / 2 - rows / 2 % InboxModel::pageSize : int(random.bounded(rows));
            const int queries = model.pageQueries();
            timer.start();
            const bool read = readScreen(model, row);
            (jump == 0 ? middle : elsewhere).add(timer.nsecsElapsed());
            if (!read) {
                BenchLog::warning(QStringLiteral("inbox %1: row %2 could not be read").arg(name).arg(row));
                return false;
            }
            if (jump == 0)
                middleQueries = std::max(middleQueries, model.pageQueries() - queries);
            else
                otherQueries = std::max(otherQueries, model.pageQueries() - queries);
            maxCached = std::max(maxCached, model.cachedPages());
        }
        rssWithModel = ProcessMemory::currentMb();
    }
    if (!accountId) {
        m_firstRows = firstRows;
        m_middleJumps = middle;
        m_rowsInView = rows;
    }
    QJsonObject entry;
    entry.insert(QStringLiteral("rows"), rows);
    entry.insert(QStringLiteral("first_rows_ms"), firstRows.toJson({50}, true));
    entry.insert(QStringLiteral("middle_jump_ms"), middle.toJson({50}, true));
    entry.insert(QStringLiteral("other_jumps_ms"), elsewhere.toJson({50, 95}, true));
    entry.insert(QStringLiteral("middle_jump_keyset_queries"), middleQueries);
    entry.insert(QStringLiteral("other_jump_keyset_queries_max"), otherQueries);
    entry.insert(QStringLiteral("max_cached_pages_seen"), maxCached);
    entry.insert(QStringLiteral("rss_with_model_mb"), megabytes(rssWithModel));
    entry.insert(QStringLiteral("runs"), runs);
    m_json.insert(name, entry);
    return true;
}

} // namespace hearth::bench
