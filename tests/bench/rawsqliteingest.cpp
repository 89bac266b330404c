// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqliteingest.h"

#include "benchcorpus.h"
#include "benchlog.h"
#include "incomingmessage.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

// The migrations are resources of the static core library, registered by hand; this must
// be outside any namespace. Registering twice is harmless (Qt ignores a known resource).
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace hearth::bench {

namespace {
// As in MessageStore: ids are created_at * 4096 + n, snippets 200 characters, a new
// conversation is due an answer within the default first response time.
constexpr qint64 idsPerMillisecond = 4096;
constexpr int snippetLength = 200;
constexpr qint64 firstResponseMs = 60LL * 60 * 1000;
constexpr int busyTimeoutMs = 5000;
constexpr qint64 progressEvery = 100000;

// The statements below are MessageStore's, character for character, as of the version that
// upserts authors and conversations (core/messagestore.cpp, November 2026), and ingest()
// follows MessageStore::ingest step by step: the batch stored oldest first, the full-text
// index written after the batch's other writes, in id order. If MessageStore changes, change
// these, or the ratio compares different work; sameRowsAs() catches a baseline that stores
// different rows, not one that stores them differently.
const char *const ensureAccountSql = "INSERT INTO accounts (kind, name, address, created_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, kind";
const char *const findMessageSql =
    "SELECT id, body_text, body_html, author_name FROM messages WHERE account_id = ? AND remote_id = ?";
const char *const updateMessageSql = "UPDATE messages SET body_text = ?, body_html = ?, author_name = ? WHERE id = ?";
const char *const upsertAuthorSql =
    "INSERT INTO authors (account_id, remote_id, name, handle) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (account_id, remote_id) DO UPDATE SET name = excluded.name, handle = excluded.handle "
    "RETURNING id";
const char *const findParentSql =
    "SELECT c.remote_thread_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
    "WHERE m.account_id = ? AND m.remote_id = ?";
const char *const upsertConversationSql =
    "INSERT INTO conversations (account_id, remote_thread_id, subject, status, first_response_due, "
    "  created_at, last_message_at, author_name, snippet, message_count) "
    "VALUES (?, ?, ?, 'new', ?, ?, ?, ?, ?, 1) "
    "ON CONFLICT (account_id, remote_thread_id) DO UPDATE SET "
    "  message_count = conversations.message_count + 1, "
    "  subject = CASE WHEN conversations.subject = '' THEN excluded.subject ELSE conversations.subject END, "
    "  author_name = CASE WHEN conversations.author_name = '' THEN excluded.author_name "
    "                ELSE conversations.author_name END, "
    "  snippet = CASE WHEN excluded.last_message_at >= conversations.last_message_at "
    "            THEN excluded.snippet ELSE conversations.snippet END, "
    "  status = CASE WHEN excluded.first_response_due IS NOT NULL "
    "                 AND excluded.last_message_at >= conversations.last_message_at "
    "                 AND conversations.status IN ('resolved', 'waiting') "
    "            THEN 'open' ELSE conversations.status END, "
    "  first_response_due = CASE WHEN excluded.first_response_due IS NULL THEN NULL "
    "                       ELSE conversations.first_response_due END, "
    "  created_at = min(conversations.created_at, excluded.created_at), "
    "  last_message_at = max(conversations.last_message_at, excluded.last_message_at) "
    "RETURNING id";
const char *const indexMessageSql = "INSERT INTO messages_fts (rowid, body_text, author_name) VALUES (?, ?, ?)";
const char *const probeIdSql = "SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?";
const char *const insertMessageSql =
    "INSERT INTO messages (id, account_id, conversation_id, remote_id, parent_remote_id, author_id, "
    "  author_name, direction, visibility, body_text, body_html, lang, url, created_at, received_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char *const saveCursorSql =
    "INSERT INTO sync_cursors (account_id, cursor, updated_at) VALUES (?, ?, ?) "
    "ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at";

// Bound without copying (SQLITE_STATIC): the caller keeps the bytes alive until the
// statement is reset, as the QtSql driver does with its bound values.
void bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    // Never a null pointer: SQLite would bind NULL, MessageStore binds '' for an empty text.
    sqlite3_bind_text(statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

// MessageStore's textOrNull(): an empty text is stored as NULL.
void bindTextOrNull(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        bindText(statement, index, utf8);
}

qint64 monotonicNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
}

QByteArray columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArray(text ? text : "", sqlite3_column_bytes(statement, column));
}
} // namespace

RawSqliteIngest::RawSqliteIngest(const QString &path, const QList<QPair<QString, QString>> &pragmas)
    : m_path(path)
    , m_pragmas(pragmas)
{
}

RawSqliteIngest::~RawSqliteIngest()
{
    close();
}

IngestStats RawSqliteIngest::run(BenchCorpus &corpus)
{
    IngestStats stats;
    const auto failed = [this, &stats]() {
        stats.ok = false;
        stats.error = m_error;
        BenchLog::warning(QStringLiteral("raw ingest: ") + m_error);
        close();
        return stats;
    };
    if (!open() || !createSchema() || !prepareStatements())
        return failed();

    QList<qint64> accountIds;
    for (const BenchAccount &account : BenchCorpus::accounts()) {
        const qint64 id = ensureAccount(account.kind, account.name, account.address);
        if (id <= 0)
            return failed();
        accountIds << id;
    }

    QElapsedTimer wall;
    wall.start();
    QElapsedTimer timer;
    CorpusBatch batch;
    qint64 nextProgress = progressEvery;
    while (corpus.next(&batch)) {
        qint64 inserted = 0;
        timer.start();
        const bool ok = ingest(accountIds.at(batch.account), batch.messages, batch.cursor, &inserted);
        stats.nanoseconds += timer.nsecsElapsed();
        stats.messages += batch.messages.size();
        ++stats.batches;
        if (!ok)
            return failed();
        stats.inserted += inserted;
        if (stats.messages >= nextProgress) {
            BenchLog::progress(
                QStringLiteral("raw ingest: %1 messages, %2 msg/s").arg(stats.messages).arg(stats.messagesPerSecond()));
            nextProgress += progressEvery;
        }
    }
    stats.wallNanoseconds = wall.nsecsElapsed();
    int current = 0;
    int highwater = 0;
    if (sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highwater, 0) == SQLITE_OK)
        m_pagesWritten = current;

    stats.messageRows = countRows("messages");
    stats.conversationRows = countRows("conversations");
    stats.authorRows = countRows("authors");
    stats.indexedRows = countRows("messages_fts_docsize");
    close();
    stats.fileBytes = QFileInfo(m_path).size();
    return stats;
}

bool RawSqliteIngest::open()
{
    // One connection used by one thread, private cache: as Workspace uses its connection.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("open"));
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    if (m_pragmas.isEmpty()) {
        return exec("PRAGMA foreign_keys = ON") && exec("PRAGMA journal_mode = WAL")
            && exec("PRAGMA synchronous = NORMAL");
    }
    // The core connection's values, as read from it: names and values are SQLite's own.
    for (const auto &[name, value] : std::as_const(m_pragmas)) {
        if (!exec("PRAGMA " + name.toLatin1() + " = " + value.toUtf8()))
            return false;
    }
    return true;
}

bool RawSqliteIngest::createSchema()
{
    initCoreResources();
    // Every migration the core has, in order, each in a transaction with its version, as
    // Migrator applies them; sqlite3_exec runs a whole script, triggers included.
    static const QRegularExpression stepName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        m_error = QStringLiteral("no migrations found in the core's resources");
        return false;
    }
    for (const QString &name : files) {
        const QRegularExpressionMatch match = stepName.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read migration %1").arg(name);
            return false;
        }
        if (!exec("BEGIN") || !exec(file.readAll()) || !exec("PRAGMA user_version = " + match.captured(1).toLatin1())
            || !exec("COMMIT"))
            return false;
    }
    return true;
}

bool RawSqliteIngest::prepareStatements()
{
    return prepare(&m_ensureAccount, ensureAccountSql) && prepare(&m_findMessage, findMessageSql)
        && prepare(&m_updateMessage, updateMessageSql) && prepare(&m_upsertAuthor, upsertAuthorSql)
        && prepare(&m_findParent, findParentSql) && prepare(&m_upsertConversation, upsertConversationSql)
        && prepare(&m_probeId, probeIdSql) && prepare(&m_insertMessage, insertMessageSql)
        && prepare(&m_indexMessage, indexMessageSql) && prepare(&m_saveCursor, saveCursorSql);
}

void RawSqliteIngest::close()
{
    for (sqlite3_stmt **statement : {&m_ensureAccount, &m_findMessage, &m_updateMessage, &m_upsertAuthor, &m_findParent,
             &m_upsertConversation, &m_probeId, &m_insertMessage, &m_indexMessage, &m_saveCursor}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

bool RawSqliteIngest::exec(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QStringLiteral("%1 -- %2").arg(QString::fromUtf8(sql.left(80)), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

bool RawSqliteIngest::prepare(sqlite3_stmt **statement, const char *sql)
{
    if (sqlite3_prepare_v2(m_db, sql, -1, statement, nullptr) == SQLITE_OK)
        return true;
    return fail(QStringLiteral("prepare ") + QString::fromUtf8(sql).left(80));
}

bool RawSqliteIngest::fail(const QString &what)
{
    m_error = what + QStringLiteral(" -- ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 RawSqliteIngest::ensureAccount(const QString &kind, const QString &name, const QString &address)
{
    const QByteArray kindUtf8 = kind.toUtf8();
    const QByteArray nameUtf8 = name.toUtf8();
    const QByteArray addressUtf8 = address.toUtf8();
    bindText(m_ensureAccount, 1, kindUtf8);
    bindText(m_ensureAccount, 2, nameUtf8);
    bindText(m_ensureAccount, 3, addressUtf8);
    sqlite3_bind_int64(m_ensureAccount, 4, QDateTime::currentMSecsSinceEpoch());
    qint64 id = 0;
    if (sqlite3_step(m_ensureAccount) == SQLITE_ROW)
        id = sqlite3_column_int64(m_ensureAccount, 0);
    else
        fail(QStringLiteral("account ") + name);
    sqlite3_reset(m_ensureAccount);
    return id;
}

void RawSqliteIngest::account(Step step, qint64 *since)
{
    const qint64 now = monotonicNs();
    m_stepNs[step] += now - *since;
    *since = now;
}

QJsonObject RawSqliteIngest::breakdown() const
{
    static const char *const names[StepCount] = {"find_message", "upsert_author", "upsert_conversation", "probe_id",
        "insert_message", "index_messages", "commit"};
    QJsonObject object;
    for (int step = 0; step < StepCount; ++step)
        object.insert(QLatin1String(names[step]), std::round(double(m_stepNs[step]) / 1e6) / 1000);
    object.insert(QStringLiteral("pages_written"), double(m_pagesWritten));
    return object;
}

bool RawSqliteIngest::ingest(
    qint64 accountId, const QList<IncomingMessage> &messages, const QString &cursor, qint64 *inserted)
{
    m_authorIds.clear();
    m_toIndex.clear();
    if (!exec("BEGIN"))
        return false;
    // As MessageStore: valid items (the corpus has no others) stored oldest first, so ids rise
    // through the batch; the full-text index after all other writes, in id order.
    QList<int> order;
    for (int i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).remoteId.isEmpty() && messages.at(i).createdAt > 0)
            order << i;
    }
    std::stable_sort(order.begin(), order.end(),
        [&messages](int a, int b) { return messages.at(a).createdAt < messages.at(b).createdAt; });
    for (const int i : std::as_const(order)) {
        switch (store(accountId, messages.at(i))) {
        case Outcome::Inserted:
            ++*inserted;
            break;
        case Outcome::Updated:
        case Outcome::Unchanged:
            break;
        case Outcome::Failed:
            exec("ROLLBACK");
            return false;
        }
    }
    if (!indexNewMessages()) {
        exec("ROLLBACK");
        return false;
    }
    if (!saveCursor(accountId, cursor)) {
        exec("ROLLBACK");
        return false;
    }
    qint64 since = monotonicNs();
    const bool committed = exec("COMMIT");
    account(Commit, &since);
    return committed;
}

RawSqliteIngest::Outcome RawSqliteIngest::store(qint64 accountId, const IncomingMessage &message)
{
    const QByteArray remoteId = message.remoteId.toUtf8();
    const QByteArray text = message.text.toUtf8();
    const QByteArray html = message.html.toUtf8();
    const QByteArray authorName = message.authorName.toUtf8();

    qint64 since = monotonicNs();
    sqlite3_bind_int64(m_findMessage, 1, accountId);
    bindText(m_findMessage, 2, remoteId);
    const int found = sqlite3_step(m_findMessage);
    if (found == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(m_findMessage, 0);
        const bool same = columnText(m_findMessage, 1) == text && columnText(m_findMessage, 2) == html
            && columnText(m_findMessage, 3) == authorName;
        sqlite3_reset(m_findMessage);
        if (same)
            return Outcome::Unchanged;
        bindText(m_updateMessage, 1, text);
        bindTextOrNull(m_updateMessage, 2, html);
        bindText(m_updateMessage, 3, authorName);
        sqlite3_bind_int64(m_updateMessage, 4, id);
        const bool updated = sqlite3_step(m_updateMessage) == SQLITE_DONE || fail(QStringLiteral("update"));
        sqlite3_reset(m_updateMessage);
        return updated ? Outcome::Updated : Outcome::Failed;
    }
    sqlite3_reset(m_findMessage);
    if (found != SQLITE_DONE) {
        fail(QStringLiteral("find message"));
        return Outcome::Failed;
    }
    account(FindMessage, &since);

    const std::optional<qint64> author = authorId(accountId, message);
    account(UpsertAuthor, &since);
    const std::optional<qint64> conversation = author ? conversationFor(accountId, message) : std::nullopt;
    account(UpsertConversation, &since);
    const std::optional<qint64> probed = conversation ? nextMessageId(message.createdAt) : std::nullopt;
    account(ProbeId, &since);
    if (!probed)
        return Outcome::Failed;
    const qint64 id = *probed;

    static const QByteArray in("in"), out("out"), isPublic("public"), isPrivate("private");
    const QByteArray parentId = message.parentId.toUtf8();
    const QByteArray lang = message.lang.toUtf8();
    const QByteArray url = message.url.toUtf8();
    sqlite3_bind_int64(m_insertMessage, 1, id);
    sqlite3_bind_int64(m_insertMessage, 2, accountId);
    sqlite3_bind_int64(m_insertMessage, 3, *conversation);
    bindText(m_insertMessage, 4, remoteId);
    bindTextOrNull(m_insertMessage, 5, parentId);
    if (*author > 0)
        sqlite3_bind_int64(m_insertMessage, 6, *author);
    else
        sqlite3_bind_null(m_insertMessage, 6);
    bindText(m_insertMessage, 7, authorName);
    bindText(m_insertMessage, 8, message.outbound ? out : in);
    bindText(m_insertMessage, 9, message.isPrivate ? isPrivate : isPublic);
    bindText(m_insertMessage, 10, text);
    bindTextOrNull(m_insertMessage, 11, html);
    bindText(m_insertMessage, 12, lang);
    bindText(m_insertMessage, 13, url);
    sqlite3_bind_int64(m_insertMessage, 14, message.createdAt);
    sqlite3_bind_int64(m_insertMessage, 15, QDateTime::currentMSecsSinceEpoch());
    const bool inserted = sqlite3_step(m_insertMessage) == SQLITE_DONE || fail(QStringLiteral("insert message"));
    sqlite3_reset(m_insertMessage);
    account(InsertMessage, &since);
    if (!inserted)
        return Outcome::Failed;
    m_toIndex.append({id, &message});
    return Outcome::Inserted;
}

bool RawSqliteIngest::indexNewMessages()
{
    qint64 since = monotonicNs();
    std::sort(
        m_toIndex.begin(), m_toIndex.end(), [](const PendingIndex &a, const PendingIndex &b) { return a.id < b.id; });
    bool ok = true;
    for (const PendingIndex &pending : std::as_const(m_toIndex)) {
        const QByteArray text = pending.message->text.toUtf8();
        const QByteArray authorName = pending.message->authorName.toUtf8();
        sqlite3_bind_int64(m_indexMessage, 1, pending.id);
        bindText(m_indexMessage, 2, text);
        bindText(m_indexMessage, 3, authorName);
        ok = sqlite3_step(m_indexMessage) == SQLITE_DONE || fail(QStringLiteral("index message"));
        sqlite3_reset(m_indexMessage);
        if (!ok)
            break;
    }
    m_toIndex.clear();
    account(IndexMessages, &since);
    return ok;
}

std::optional<qint64> RawSqliteIngest::authorId(qint64 accountId, const IncomingMessage &message)
{
    if (message.authorRemoteId.isEmpty())
        return 0;
    const QByteArray remoteId = message.authorRemoteId.toUtf8();
    // Keyed on the remote id alone: a batch belongs to one account.
    const auto cached = m_authorIds.constFind(remoteId);
    if (cached != m_authorIds.constEnd())
        return *cached;
    const QByteArray name = message.authorName.toUtf8();
    const QByteArray handle = message.authorHandle.toUtf8();
    sqlite3_bind_int64(m_upsertAuthor, 1, accountId);
    bindText(m_upsertAuthor, 2, remoteId);
    bindText(m_upsertAuthor, 3, name);
    bindText(m_upsertAuthor, 4, handle);
    std::optional<qint64> id;
    if (sqlite3_step(m_upsertAuthor) == SQLITE_ROW)
        id = sqlite3_column_int64(m_upsertAuthor, 0);
    else
        fail(QStringLiteral("upsert author"));
    sqlite3_reset(m_upsertAuthor);
    if (id)
        m_authorIds.insert(remoteId, *id);
    return id;
}

QByteArray RawSqliteIngest::threadKey(qint64 accountId, const IncomingMessage &message)
{
    if (!message.threadId.isEmpty())
        return message.threadId.toUtf8();
    if (message.parentId.isEmpty())
        return message.remoteId.toUtf8();
    const QByteArray parentId = message.parentId.toUtf8();
    sqlite3_bind_int64(m_findParent, 1, accountId);
    bindText(m_findParent, 2, parentId);
    QByteArray key = parentId;
    if (sqlite3_step(m_findParent) == SQLITE_ROW)
        key = columnText(m_findParent, 0);
    sqlite3_reset(m_findParent);
    return key;
}

std::optional<qint64> RawSqliteIngest::conversationFor(qint64 accountId, const IncomingMessage &message)
{
    const QByteArray thread = threadKey(accountId, message);
    const QByteArray subject = message.subject.toUtf8();
    const QByteArray authorName = message.outbound ? QByteArray() : message.authorName.toUtf8();
    const QByteArray snippet = message.text.left(snippetLength).simplified().toUtf8();
    sqlite3_bind_int64(m_upsertConversation, 1, accountId);
    bindText(m_upsertConversation, 2, thread);
    bindText(m_upsertConversation, 3, subject);
    if (message.outbound)
        sqlite3_bind_null(m_upsertConversation, 4);
    else
        sqlite3_bind_int64(m_upsertConversation, 4, message.createdAt + firstResponseMs);
    sqlite3_bind_int64(m_upsertConversation, 5, message.createdAt);
    sqlite3_bind_int64(m_upsertConversation, 6, message.createdAt);
    bindText(m_upsertConversation, 7, authorName);
    bindText(m_upsertConversation, 8, snippet);
    std::optional<qint64> id;
    if (sqlite3_step(m_upsertConversation) == SQLITE_ROW)
        id = sqlite3_column_int64(m_upsertConversation, 0);
    else
        fail(QStringLiteral("upsert conversation"));
    sqlite3_reset(m_upsertConversation);
    return id;
}

std::optional<qint64> RawSqliteIngest::nextMessageId(qint64 createdAt)
{
    const qint64 first = createdAt * idsPerMillisecond;
    sqlite3_bind_int64(m_probeId, 1, first);
    sqlite3_bind_int64(m_probeId, 2, first + idsPerMillisecond - 1);
    std::optional<qint64> id;
    if (sqlite3_step(m_probeId) == SQLITE_ROW) {
        if (sqlite3_column_type(m_probeId, 0) == SQLITE_NULL)
            id = first;
        else if (const qint64 taken = sqlite3_column_int64(m_probeId, 0); taken < first + idsPerMillisecond - 1)
            id = taken + 1;
        else
            m_error = QStringLiteral("more than %1 messages in one millisecond").arg(idsPerMillisecond);
    } else {
        fail(QStringLiteral("probe id"));
    }
    sqlite3_reset(m_probeId);
    return id;
}

bool RawSqliteIngest::saveCursor(qint64 accountId, const QString &cursor)
{
    const QByteArray utf8 = cursor.toUtf8();
    sqlite3_bind_int64(m_saveCursor, 1, accountId);
    bindText(m_saveCursor, 2, utf8);
    sqlite3_bind_int64(m_saveCursor, 3, QDateTime::currentMSecsSinceEpoch());
    const bool saved = sqlite3_step(m_saveCursor) == SQLITE_DONE || fail(QStringLiteral("save cursor"));
    sqlite3_reset(m_saveCursor);
    return saved;
}

qint64 RawSqliteIngest::countRows(const char *table)
{
    sqlite3_stmt *statement = nullptr;
    qint64 count = -1;
    if (prepare(&statement, QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData())
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return count;
}

} // namespace hearth::bench
