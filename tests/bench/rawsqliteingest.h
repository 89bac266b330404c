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
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hearth {
struct IncomingMessage;
}

namespace hearth::bench {

class BenchCorpus;

// The baseline the core is measured against: the same rows, written with the same SQL
// statements (core/ingeststatements.h, the text MessageStore prepares), in the same order,
// with the same pragmas, schema, batch size and transactions as MessageStore::ingest, but
// straight through the sqlite3 C API with statements prepared once and text bound as UTF-8.
// What the core costs on top of this is its own overhead (QtSql, QVariant and UTF-16
// binding, its bookkeeping); what both cost is SQLite's, the schema's and the full-text
// index's.
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

    // Seconds spent in each step of ingest (mostly one statement or two, see Step), to show
    // where an ingest's time goes; together they are the ingest's time. Reading the clock
    // costs well under 1% of a message's time.
    QJsonObject breakdown() const;

private:
    enum Step {
        Encode,
        Begin,
        FindKnown, // findKnown(): which of the batch's messages are stored, one statement per batch
        Refresh, // refresh(): compare with the stored message, update an edited one
        FindParent,
        FindConversation,
        WriteConversation, // insert or update, and reopen
        Author, // a cache hit, or find; then insert, or update a changed name or handle
        ProbeId, // only after an insert failed: the taken ids of the millisecond
        InsertMessage, // every attempt
        IndexMessages,
        SaveCursor,
        Commit,
        StepCount
    };

    // One valid item of a batch, its text encoded once.
    struct Item
    {
        const IncomingMessage *message;
        QByteArray remoteId;
        QByteArray parentId;
        QByteArray authorRemoteId;
        QByteArray authorName;
        QByteArray authorHandle;
        QByteArray text;
        QByteArray html;
        QByteArray lang;
        QByteArray url;
        QByteArray thread; // its thread key, once known to be new
        qint64 id = 0; // its message id, once inserted
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
    bool findKnown(qint64 accountId);
    Outcome refresh(const Item &item);
    bool insertMessage(qint64 accountId, qint64 conversationId, Item &item);
    std::optional<qint64> authorId(qint64 accountId, const Item &item);
    QByteArray threadKey(qint64 accountId, const Item &item, const QHash<QByteArray, QByteArray> &batchThreads);
    std::optional<qint64> storeConversation(
        qint64 accountId, const QByteArray &thread, const QList<const Item *> &items);
    std::optional<qint64> probeMessageId(qint64 createdAt);
    bool indexNewMessages();
    bool saveCursor(qint64 accountId, const QString &cursor);
    bool execute(sqlite3_stmt *statement, const char *what); // runs a statement without rows, and resets it
    qint64 countRows(const char *table);

    void account(Step step); // the time since the last account() was this step's

    QString m_path;
    QList<QPair<QString, QString>> m_pragmas;
    QString m_error;
    std::vector<Item> m_items; // the batch being ingested; kept to reuse its capacity
    QList<const Item *> m_toIndex;
    qint64 m_stepNs[StepCount] = {};
    qint64 m_since = 0;
    qint64 m_pagesWritten = 0;
    sqlite3 *m_db = nullptr;
    // As MessageStore keeps them: authors by "account/remote id", across batches; the batch's
    // messages stored before, by remote id; the batch's next free id per millisecond.
    struct KnownAuthor
    {
        qint64 id;
        QByteArray name;
        QByteArray handle;
    };
    QHash<QByteArray, KnownAuthor> m_authors;
    struct KnownMessage
    {
        qint64 id;
        QByteArray text;
        QByteArray html;
        QByteArray authorName;
    };
    QHash<QByteArray, KnownMessage> m_known;
    QHash<qint64, qint64> m_nextId;
    sqlite3_stmt *m_ensureAccount = nullptr;
    sqlite3_stmt *m_findMessages = nullptr;
    sqlite3_stmt *m_updateMessage = nullptr;
    sqlite3_stmt *m_findAuthor = nullptr;
    sqlite3_stmt *m_insertAuthor = nullptr;
    sqlite3_stmt *m_updateAuthor = nullptr;
    sqlite3_stmt *m_findParent = nullptr;
    sqlite3_stmt *m_findConversation = nullptr;
    sqlite3_stmt *m_insertConversation = nullptr;
    sqlite3_stmt *m_updateConversation = nullptr;
    sqlite3_stmt *m_setConversationAuthor = nullptr;
    sqlite3_stmt *m_reopenConversation = nullptr;
    sqlite3_stmt *m_probeId = nullptr;
    sqlite3_stmt *m_insertMessage = nullptr;
    sqlite3_stmt *m_indexMessage = nullptr;
    sqlite3_stmt *m_saveCursor = nullptr;
};

} // namespace hearth::bench
