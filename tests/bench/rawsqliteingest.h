// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingeststats.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hearth {
struct IncomingMessage;
}

namespace hearth::bench {

class BenchCorpus;

// The baseline the core is measured against: the same rows, written with the same SQL
// statements, pragmas, schema, batch size and transactions as MessageStore (see the note on
// the statements in the .cpp), but straight through the sqlite3 C API with statements
// prepared once. What the core costs on top of
// this is its own overhead (QtSql, QVariant binding, its bookkeeping); what both cost is
// SQLite's, the schema's and the full-text index's.
class RawSqliteIngest
{
public:
    // pragmas: (name, value) of the core's connection, applied in order; empty means
    // Workspace's basic three (WAL, synchronous NORMAL, foreign keys).
    RawSqliteIngest(const QString &path, const QList<QPair<QString, QString>> &pragmas);
    ~RawSqliteIngest();
    RawSqliteIngest(const RawSqliteIngest &) = delete;
    RawSqliteIngest &operator=(const RawSqliteIngest &) = delete;

    IngestStats run(BenchCorpus &corpus);

    // Seconds spent in each statement (and in COMMIT), to show where an ingest's time goes;
    // reading the clock costs well under 1% of a message's time.
    QJsonObject breakdown() const;

private:
    enum Step {
        FindMessage,
        UpsertAuthor,
        UpsertConversation,
        ProbeId,
        InsertMessage,
        IndexMessages,
        Commit,
        StepCount
    };

    struct PendingIndex
    {
        qint64 id;
        const IncomingMessage *message; // points into the batch being ingested
    };

    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    bool open();
    bool createSchema();
    bool prepareStatements();
    void close();
    bool exec(const QByteArray &sql);
    bool prepare(sqlite3_stmt **statement, const char *sql);
    bool fail(const QString &what);
    qint64 ensureAccount(const QString &kind, const QString &name, const QString &address);
    bool ingest(qint64 accountId, const QList<IncomingMessage> &messages, const QString &cursor, qint64 *inserted);
    Outcome store(qint64 accountId, const IncomingMessage &message);
    std::optional<qint64> authorId(qint64 accountId, const IncomingMessage &message);
    QByteArray threadKey(qint64 accountId, const IncomingMessage &message);
    std::optional<qint64> conversationFor(qint64 accountId, const IncomingMessage &message);
    std::optional<qint64> nextMessageId(qint64 createdAt);
    bool indexNewMessages();
    bool saveCursor(qint64 accountId, const QString &cursor);
    qint64 countRows(const char *table);

    void account(Step step, qint64 *since);

    QString m_path;
    QList<QPair<QString, QString>> m_pragmas;
    QString m_error;
    QList<PendingIndex> m_toIndex;
    qint64 m_stepNs[StepCount] = {};
    qint64 m_pagesWritten = 0;
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, qint64> m_authorIds; // per batch, as MessageStore keeps it
    sqlite3_stmt *m_ensureAccount = nullptr;
    sqlite3_stmt *m_findMessage = nullptr;
    sqlite3_stmt *m_updateMessage = nullptr;
    sqlite3_stmt *m_upsertAuthor = nullptr;
    sqlite3_stmt *m_findParent = nullptr;
    sqlite3_stmt *m_upsertConversation = nullptr;
    sqlite3_stmt *m_probeId = nullptr;
    sqlite3_stmt *m_insertMessage = nullptr;
    sqlite3_stmt *m_indexMessage = nullptr;
    sqlite3_stmt *m_saveCursor = nullptr;
};

} // namespace hearth::bench
