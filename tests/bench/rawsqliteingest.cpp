// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqliteingest.h"

#include "benchcorpus.h"
#include "benchlog.h"
#include "incomingmessage.h"
#include "ingeststatements.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
// conversation is due an answer within the default first response time, at most 100,000
// authors cached.
constexpr qint64 idsPerMillisecond = 4096;
constexpr int snippetLength = 200;
constexpr qint64 firstResponseMs = 60LL * 60 * 1000;
constexpr qsizetype maxCachedAuthors = 100000;
constexpr int busyTimeoutMs = 5000;
constexpr qint64 progressEvery = 100000;

// Every statement of the ingest path is MessageStore's own text (core/ingeststatements.h),
// and ingest() follows MessageStore::ingest step by step: items checked, stored oldest first;
// one lookup per batch of the messages stored before, re-fetches refreshed against it; new
// messages grouped by thread, one conversation write per thread; then authors (cached across
// batches) and messages in time order, each inserted with the next id its millisecond has in
// the batch and the table probed only when that insert fails; the full-text index after all
// other writes, in id order; the cursor; one transaction per batch. If MessageStore's steps change, change
// ingest() too, or the ratio compares different work; sameRowsAs() catches a baseline that
// stores different numbers of rows, not one that stores them differently.
//
// Text is bound as UTF-8 (each item encoded once per batch), which is what SQLite stores;
// QtSql binds UTF-16 and SQLite converts it. That difference is deliberately left in: it is
// part of what the core costs over the raw path, so part of what the ratio measures.

// Not part of the ingest path (once per account, not timed): MessageStore::ensureAccount's.
const char *const ensureAccountSql = "INSERT INTO accounts (kind, name, address, created_at) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, kind";

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
    return prepare(&m_ensureAccount, ensureAccountSql) && prepare(&m_findMessages, hearth::ingest::findMessages)
        && prepare(&m_updateMessage, hearth::ingest::updateMessage)
        && prepare(&m_findAuthor, hearth::ingest::findAuthor) && prepare(&m_insertAuthor, hearth::ingest::insertAuthor)
        && prepare(&m_updateAuthor, hearth::ingest::updateAuthor) && prepare(&m_findParent, hearth::ingest::findParent)
        && prepare(&m_findConversation, hearth::ingest::findConversation)
        && prepare(&m_insertConversation, hearth::ingest::insertConversation)
        && prepare(&m_updateConversation, hearth::ingest::updateConversation)
        && prepare(&m_setConversationAuthor, hearth::ingest::setConversationAuthor)
        && prepare(&m_reopenConversation, hearth::ingest::reopenConversation)
        && prepare(&m_probeId, hearth::ingest::probeMessageId)
        && prepare(&m_insertMessage, hearth::ingest::insertMessage)
        && prepare(&m_indexMessage, hearth::ingest::indexMessage) && prepare(&m_saveCursor, hearth::ingest::saveCursor);
}

void RawSqliteIngest::close()
{
    for (sqlite3_stmt **statement : {&m_ensureAccount, &m_findMessages, &m_updateMessage, &m_findAuthor,
             &m_insertAuthor, &m_updateAuthor, &m_findParent, &m_findConversation, &m_insertConversation, &m_updateConversation,
             &m_setConversationAuthor, &m_reopenConversation, &m_probeId, &m_insertMessage, &m_indexMessage, &m_saveCursor}) {
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

void RawSqliteIngest::account(Step step)
{
    const qint64 now = monotonicNs();
    m_stepNs[step] += now - m_since;
    m_since = now;
}

QJsonObject RawSqliteIngest::breakdown() const
{
    static const char *const names[StepCount] = {"encode", "begin", "find_known", "refresh", "find_parent",
        "find_conversation", "write_conversation", "author", "probe_id", "insert_message", "index_messages",
        "save_cursor", "commit"};
    QJsonObject object;
    for (int step = 0; step < StepCount; ++step)
        object.insert(QLatin1String(names[step]), std::round(double(m_stepNs[step]) / 1e6) / 1000);
    object.insert(QStringLiteral("pages_written"), double(m_pagesWritten));
    return object;
}

bool RawSqliteIngest::execute(sqlite3_stmt *statement, const char *what)
{
    const bool done = sqlite3_step(statement) == SQLITE_DONE || fail(QLatin1String(what));
    sqlite3_reset(statement);
    return done;
}

// MessageStore::ingest, step by step.
bool RawSqliteIngest::ingest(
    qint64 accountId, const QList<IncomingMessage> &messages, const QString &cursor, qint64 *inserted)
{
    m_since = monotonicNs();
    if (!exec("BEGIN"))
        return false;
    account(Begin);
    m_toIndex.clear();
    m_nextId.clear();
    if (m_authors.size() > maxCachedAuthors)
        m_authors.clear();
    const auto failed = [this]() {
        exec("ROLLBACK");
        m_authors.clear(); // the rollback takes the authors the batch added with it
        return false;
    };

    // Valid items (the corpus has no others) oldest first, so that ids rise through the batch.
    QList<const IncomingMessage *> ordered;
    for (const IncomingMessage &message : messages) {
        if (!message.remoteId.isEmpty() && message.createdAt > 0)
            ordered << &message;
    }
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const IncomingMessage *a, const IncomingMessage *b) { return a->createdAt < b->createdAt; });
    m_items.clear();
    m_items.reserve(size_t(ordered.size()));
    for (const IncomingMessage *message : std::as_const(ordered)) {
        m_items.push_back({message, message->remoteId.toUtf8(), message->parentId.toUtf8(),
            message->authorRemoteId.toUtf8(), message->authorName.toUtf8(), message->authorHandle.toUtf8(),
            message->text.toUtf8(), message->html.toUtf8(), message->lang.toUtf8(), message->url.toUtf8(), {}, 0});
    }
    account(Encode);

    // Re-fetches refreshed; new messages grouped by thread, in the order threads first appear.
    const bool found = findKnown(accountId);
    account(FindKnown);
    if (!found)
        return failed();
    QList<Item *> fresh;
    QHash<QByteArray, QByteArray> threads; // remote id -> thread key, for replies within the batch
    QHash<QByteArray, QList<const Item *>> byThread;
    QList<QByteArray> threadOrder;
    for (Item &item : m_items) {
        const Outcome outcome = refresh(item);
        account(Refresh);
        if (outcome == Outcome::Failed)
            return failed();
        if (outcome != Outcome::Inserted)
            continue;
        item.thread = threadKey(accountId, item, threads);
        threads.insert(item.remoteId, item.thread);
        auto group = byThread.find(item.thread);
        if (group == byThread.end()) {
            threadOrder << item.thread;
            group = byThread.insert(item.thread, {});
        }
        group->append(&item);
        fresh << &item;
        account(FindParent);
    }

    // One write per conversation, however many of its messages the batch brings.
    QHash<QByteArray, qint64> conversationIds;
    for (const QByteArray &thread : std::as_const(threadOrder)) {
        const std::optional<qint64> id = storeConversation(accountId, thread, byThread.value(thread));
        if (!id)
            return failed();
        conversationIds.insert(thread, *id);
    }
    for (Item *item : std::as_const(fresh)) {
        if (!insertMessage(accountId, conversationIds.value(item->thread), *item))
            return failed();
        ++*inserted;
    }
    if (!indexNewMessages())
        return failed();
    const bool saved = saveCursor(accountId, cursor);
    account(SaveCursor);
    if (!saved)
        return failed();
    const bool committed = exec("COMMIT");
    account(Commit);
    return committed;
}

// As MessageStore::findKnown: the batch's remote ids as a compact JSON array (bound as
// UTF-8 text), one statement, the rows it returns by remote id.
bool RawSqliteIngest::findKnown(qint64 accountId)
{
    m_known.clear();
    QJsonArray remoteIds;
    for (const Item &item : m_items)
        remoteIds.append(item.message->remoteId);
    const QByteArray json = QJsonDocument(remoteIds).toJson(QJsonDocument::Compact);
    bindText(m_findMessages, 1, json);
    sqlite3_bind_int64(m_findMessages, 2, accountId);
    int step;
    while ((step = sqlite3_step(m_findMessages)) == SQLITE_ROW) {
        m_known.insert(columnText(m_findMessages, 0),
            KnownMessage{sqlite3_column_int64(m_findMessages, 1), columnText(m_findMessages, 2),
                columnText(m_findMessages, 3), columnText(m_findMessages, 4)});
    }
    const bool done = step == SQLITE_DONE || fail(QStringLiteral("find messages"));
    sqlite3_reset(m_findMessages);
    return done;
}

// As MessageStore::refresh: Inserted means "not stored yet".
RawSqliteIngest::Outcome RawSqliteIngest::refresh(const Item &item)
{
    const auto known = m_known.constFind(item.remoteId);
    if (known == m_known.constEnd())
        return Outcome::Inserted;
    if (known->text == item.text && known->html == item.html && known->authorName == item.authorName)
        return Outcome::Unchanged;
    bindText(m_updateMessage, 1, item.text);
    bindTextOrNull(m_updateMessage, 2, item.html);
    bindText(m_updateMessage, 3, item.authorName);
    sqlite3_bind_int64(m_updateMessage, 4, known->id);
    return execute(m_updateMessage, "update message") ? Outcome::Updated : Outcome::Failed;
}

// As MessageStore::threadKey: the platform's thread; else the thread of the message answered
// (in this batch, else stored); else the answered message's id; else the message's own id.
QByteArray RawSqliteIngest::threadKey(
    qint64 accountId, const Item &item, const QHash<QByteArray, QByteArray> &batchThreads)
{
    if (!item.message->threadId.isEmpty())
        return item.message->threadId.toUtf8();
    if (item.parentId.isEmpty())
        return item.remoteId;
    const auto inBatch = batchThreads.constFind(item.parentId);
    if (inBatch != batchThreads.constEnd())
        return *inBatch;
    sqlite3_bind_int64(m_findParent, 1, accountId);
    bindText(m_findParent, 2, item.parentId);
    QByteArray key = item.parentId;
    if (sqlite3_step(m_findParent) == SQLITE_ROW) // an error falls back to the parent id, as in the core
        key = columnText(m_findParent, 0);
    sqlite3_reset(m_findParent);
    return key;
}

// As MessageStore::storeConversation: a batch's new messages of one thread (oldest first) in
// one write, find then insert or update, reopening a resolved or waiting conversation when
// a customer message at least as new as its last one arrives.
std::optional<qint64> RawSqliteIngest::storeConversation(
    qint64 accountId, const QByteArray &thread, const QList<const Item *> &items)
{
    const Item &first = *items.constFirst();
    const Item &newest = *items.constLast();
    QString subject;
    QByteArray author;
    const Item *firstInbound = nullptr;
    bool answered = false;
    for (const Item *item : items) {
        if (subject.isEmpty())
            subject = item->message->subject;
        if (!firstInbound && !item->message->outbound)
            firstInbound = item;
        answered = answered || item->message->outbound;
    }
    qint64 authorId = 0; // 0: NULL, the batch has no message from outside, or it names no author
    if (firstInbound) {
        author = firstInbound->authorName;
        const std::optional<qint64> id = this->authorId(accountId, *firstInbound);
        account(Author);
        if (!id)
            return std::nullopt;
        authorId = *id;
    }
    const auto bindAuthorId = [authorId](sqlite3_stmt *statement, int column) {
        if (authorId > 0)
            sqlite3_bind_int64(statement, column, authorId);
        else
            sqlite3_bind_null(statement, column);
    };
    const QByteArray subjectUtf8 = subject.toUtf8();
    const QByteArray snippet = newest.message->text.left(snippetLength).simplified().toUtf8();
    const qint64 count = items.size();

    sqlite3_bind_int64(m_findConversation, 1, accountId);
    bindText(m_findConversation, 2, thread);
    const int found = sqlite3_step(m_findConversation);
    if (found != SQLITE_ROW) {
        sqlite3_reset(m_findConversation);
        account(FindConversation);
        if (found != SQLITE_DONE) {
            fail(QStringLiteral("find conversation"));
            return std::nullopt;
        }
        sqlite3_bind_int64(m_insertConversation, 1, accountId);
        bindText(m_insertConversation, 2, thread);
        bindText(m_insertConversation, 3, subjectUtf8);
        if (first.message->outbound || answered)
            sqlite3_bind_null(m_insertConversation, 4);
        else
            sqlite3_bind_int64(m_insertConversation, 4, first.message->createdAt + firstResponseMs);
        sqlite3_bind_int64(m_insertConversation, 5, first.message->createdAt);
        sqlite3_bind_int64(m_insertConversation, 6, newest.message->createdAt);
        bindText(m_insertConversation, 7, author);
        bindAuthorId(m_insertConversation, 8);
        bindText(m_insertConversation, 9, snippet);
        sqlite3_bind_int64(m_insertConversation, 10, count);
        const bool stored = execute(m_insertConversation, "insert conversation");
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        account(WriteConversation);
        return stored ? std::optional<qint64>(id) : std::nullopt;
    }

    const qint64 id = sqlite3_column_int64(m_findConversation, 0);
    const QByteArray status = columnText(m_findConversation, 1);
    const QByteArray currentSubject = columnText(m_findConversation, 2);
    const QByteArray currentAuthor = columnText(m_findConversation, 3);
    const bool due = sqlite3_column_type(m_findConversation, 4) != SQLITE_NULL;
    const qint64 currentDue = sqlite3_column_int64(m_findConversation, 4); // when due
    const qint64 createdAt = sqlite3_column_int64(m_findConversation, 5);
    const qint64 lastMessageAt = sqlite3_column_int64(m_findConversation, 6);
    const bool hasAuthor = sqlite3_column_type(m_findConversation, 7) != SQLITE_NULL;
    sqlite3_reset(m_findConversation);
    account(FindConversation);

    bool reopens = false;
    for (const Item *item : items)
        reopens = reopens || (!item->message->outbound && item->message->createdAt >= lastMessageAt);
    sqlite3_bind_int64(m_updateConversation, 1, count);
    bindText(m_updateConversation, 2, currentSubject.isEmpty() ? subjectUtf8 : currentSubject);
    bindText(m_updateConversation, 3, currentAuthor.isEmpty() ? author : currentAuthor);
    if (newest.message->createdAt >= lastMessageAt)
        bindText(m_updateConversation, 4, snippet);
    else
        sqlite3_bind_null(m_updateConversation, 4); // NULL keeps the snippet there
    if (answered || !due)
        sqlite3_bind_null(m_updateConversation, 5);
    else
        sqlite3_bind_int64(m_updateConversation, 5, currentDue);
    sqlite3_bind_int64(m_updateConversation, 6, std::min(createdAt, first.message->createdAt));
    sqlite3_bind_int64(m_updateConversation, 7, std::max(lastMessageAt, newest.message->createdAt));
    sqlite3_bind_int64(m_updateConversation, 8, id);
    bool stored = execute(m_updateConversation, "update conversation");
    if (stored && !hasAuthor && authorId > 0) {
        bindAuthorId(m_setConversationAuthor, 1);
        sqlite3_bind_int64(m_setConversationAuthor, 2, id);
        stored = execute(m_setConversationAuthor, "set conversation author");
    }
    if (stored && reopens && (status == "resolved" || status == "waiting")) {
        sqlite3_bind_int64(m_reopenConversation, 1, id);
        stored = execute(m_reopenConversation, "reopen conversation");
    }
    account(WriteConversation);
    return stored ? std::optional<qint64>(id) : std::nullopt;
}

// As MessageStore::insertMessage: the author, then the row with the next id of its millisecond
// as far as the batch knows; an earlier batch may have taken that id, which the insert's
// primary key reports, and then the table is probed and the insert tried once more.
bool RawSqliteIngest::insertMessage(qint64 accountId, qint64 conversationId, Item &item)
{
    const std::optional<qint64> author = authorId(accountId, item);
    account(Author);
    if (!author)
        return false;
    qint64 &next = m_nextId[item.message->createdAt];
    if (next == 0)
        next = item.message->createdAt * idsPerMillisecond;

    static const QByteArray in("in"), out("out"), isPublic("public"), isPrivate("private");
    for (int attempt = 0; attempt < 2; ++attempt) {
        sqlite3_bind_int64(m_insertMessage, 1, next);
        sqlite3_bind_int64(m_insertMessage, 2, accountId);
        sqlite3_bind_int64(m_insertMessage, 3, conversationId);
        bindText(m_insertMessage, 4, item.remoteId);
        bindTextOrNull(m_insertMessage, 5, item.parentId);
        if (*author > 0)
            sqlite3_bind_int64(m_insertMessage, 6, *author);
        else
            sqlite3_bind_null(m_insertMessage, 6);
        bindText(m_insertMessage, 7, item.authorName);
        bindText(m_insertMessage, 8, item.message->outbound ? out : in);
        bindText(m_insertMessage, 9, item.message->isPrivate ? isPrivate : isPublic);
        bindText(m_insertMessage, 10, item.text);
        bindTextOrNull(m_insertMessage, 11, item.html);
        bindText(m_insertMessage, 12, item.lang);
        bindText(m_insertMessage, 13, item.url);
        sqlite3_bind_int64(m_insertMessage, 14, item.message->createdAt);
        sqlite3_bind_int64(m_insertMessage, 15, QDateTime::currentMSecsSinceEpoch());
        const bool inserted = execute(m_insertMessage, "insert message");
        account(InsertMessage);
        if (inserted) {
            item.id = next++;
            m_toIndex.append(&item);
            return true;
        }
        const std::optional<qint64> free = probeMessageId(item.message->createdAt); // keeps m_error if it succeeds
        account(ProbeId);
        if (!free || *free == next)
            break; // the id was free: the insert failed for another reason
        next = *free;
    }
    m_error = QStringLiteral("message %1: %2").arg(item.message->remoteId, m_error);
    return false;
}

// As MessageStore::authorId: cached by account and remote id across batches, else found;
// inserted when unknown, updated when the name or handle changed.
std::optional<qint64> RawSqliteIngest::authorId(qint64 accountId, const Item &item)
{
    if (item.authorRemoteId.isEmpty())
        return 0;
    const QByteArray key = QByteArray::number(accountId) + '/' + item.authorRemoteId;
    auto cached = m_authors.find(key);
    if (cached == m_authors.end()) {
        sqlite3_bind_int64(m_findAuthor, 1, accountId);
        bindText(m_findAuthor, 2, item.authorRemoteId);
        const int found = sqlite3_step(m_findAuthor);
        if (found == SQLITE_ROW) {
            cached = m_authors.insert(key, KnownAuthor{sqlite3_column_int64(m_findAuthor, 0),
                columnText(m_findAuthor, 1), columnText(m_findAuthor, 2)});
        } else if (found != SQLITE_DONE) {
            fail(QStringLiteral("find author"));
            sqlite3_reset(m_findAuthor);
            return std::nullopt;
        }
        sqlite3_reset(m_findAuthor);
    }
    if (cached == m_authors.end()) {
        sqlite3_bind_int64(m_insertAuthor, 1, accountId);
        bindText(m_insertAuthor, 2, item.authorRemoteId);
        bindText(m_insertAuthor, 3, item.authorName);
        bindText(m_insertAuthor, 4, item.authorHandle);
        if (!execute(m_insertAuthor, "insert author"))
            return std::nullopt;
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        m_authors.insert(key, KnownAuthor{id, item.authorName, item.authorHandle});
        return id;
    }
    // Known: take a changed name or handle.
    if (cached->name != item.authorName || cached->handle != item.authorHandle) {
        bindText(m_updateAuthor, 1, item.authorName);
        bindText(m_updateAuthor, 2, item.authorHandle);
        sqlite3_bind_int64(m_updateAuthor, 3, cached->id);
        if (!execute(m_updateAuthor, "update author"))
            return std::nullopt;
        cached->name = item.authorName;
        cached->handle = item.authorHandle;
    }
    return cached->id;
}

// As MessageStore::probeMessageId: the next id after the highest taken in the millisecond.
std::optional<qint64> RawSqliteIngest::probeMessageId(qint64 createdAt)
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

// As MessageStore::indexNewMessages: after every other write of the batch, in id order.
bool RawSqliteIngest::indexNewMessages()
{
    std::sort(m_toIndex.begin(), m_toIndex.end(), [](const Item *a, const Item *b) { return a->id < b->id; });
    bool ok = true;
    for (const Item *item : std::as_const(m_toIndex)) {
        sqlite3_bind_int64(m_indexMessage, 1, item->id);
        bindText(m_indexMessage, 2, item->text);
        bindText(m_indexMessage, 3, item->authorName);
        ok = execute(m_indexMessage, "index message");
        if (!ok)
            break;
    }
    m_toIndex.clear();
    account(IndexMessages);
    return ok;
}

bool RawSqliteIngest::saveCursor(qint64 accountId, const QString &cursor)
{
    const QByteArray utf8 = cursor.toUtf8();
    sqlite3_bind_int64(m_saveCursor, 1, accountId);
    bindText(m_saveCursor, 2, utf8);
    sqlite3_bind_int64(m_saveCursor, 3, QDateTime::currentMSecsSinceEpoch());
    return execute(m_saveCursor, "save cursor");
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
