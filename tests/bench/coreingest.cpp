// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coreingest.h"

#include "benchcorpus.h"
#include "benchlog.h"
#include "messagestore.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <memory>

namespace hearth::bench {

namespace {
constexpr qint64 progressEvery = 100000;

// Per-connection settings that change what a write costs. journal_mode goes first: it decides
// what the others mean.
const char *const connectionPragmaNames[] = {"journal_mode", "foreign_keys", "synchronous", "cache_size", "cache_spill",
    "temp_store", "wal_autocheckpoint", "journal_size_limit", "mmap_size", "busy_timeout", "secure_delete",
    "automatic_index", "locking_mode"};

qint64 countRows(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

CoreIngest::CoreIngest(const QString &path)
    : m_path(path)
{
}

IngestStats CoreIngest::run(BenchCorpus &corpus)
{
    IngestStats stats;
    const auto fail = [&stats](const QString &error) {
        stats.ok = false;
        stats.error = error;
        BenchLog::warning(QStringLiteral("core ingest: ") + error);
        return stats;
    };

    Workspace workspace;
    if (!workspace.open(m_path))
        return fail(workspace.errorString());
    {
        QSqlQuery query(workspace.database());
        m_pragmas.clear();
        for (const char *name : connectionPragmaNames) {
            if (query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && query.next())
                m_pragmas.append({QLatin1String(name), query.value(0).toString()});
        }
    }
    // Held by pointer so it can go before the workspace closes: its prepared queries keep
    // the connection in use.
    auto store = std::make_unique<MessageStore>(workspace);
    m_accountIds.clear();
    for (const BenchAccount &account : BenchCorpus::accounts()) {
        const qint64 id = store->ensureAccount(account.kind, account.name, account.address);
        if (id <= 0)
            return fail(QStringLiteral("account %1 could not be created").arg(account.name));
        m_accountIds << id;
    }

    QElapsedTimer wall;
    wall.start();
    QElapsedTimer timer;
    CorpusBatch batch;
    qint64 nextProgress = progressEvery;
    while (corpus.next(&batch)) {
        timer.start();
        const IngestResult result = store->ingest(m_accountIds.at(batch.account), batch.messages, batch.cursor);
        stats.nanoseconds += timer.nsecsElapsed();
        stats.messages += batch.messages.size();
        ++stats.batches;
        if (!result.ok)
            return fail(result.error);
        stats.inserted += result.inserted;
        if (result.inserted != batch.messages.size())
            BenchLog::warning(QStringLiteral("core ingest: batch %1 stored %2 of %3 messages as new")
                                  .arg(stats.batches)
                                  .arg(result.inserted)
                                  .arg(batch.messages.size()));
        if (stats.messages >= nextProgress) {
            BenchLog::progress(QStringLiteral("core ingest: %1 messages, %2 msg/s")
                                   .arg(stats.messages)
                                   .arg(stats.messagesPerSecond()));
            nextProgress += progressEvery;
        }
    }
    stats.wallNanoseconds = wall.nsecsElapsed();
    store.reset();

    {
        // Scoped: the connection must have no other handle left when the workspace closes.
        const QSqlDatabase database = workspace.database();
        stats.messageRows = countRows(database, QStringLiteral("messages"));
        stats.conversationRows = countRows(database, QStringLiteral("conversations"));
        stats.authorRows = countRows(database, QStringLiteral("authors"));
        // One docsize row per indexed document: the index itself, not the content table.
        stats.indexedRows = countRows(database, QStringLiteral("messages_fts_docsize"));
    }
    workspace.close();
    stats.fileBytes = QFileInfo(m_path).size();
    return stats;
}

} // namespace hearth::bench
