// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"

#include "corelog.h"
#include "ingeststatements.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>

#include <algorithm>

namespace hearth {

namespace {
// Message ids are created_at * idsPerMillisecond + n, see migration 0002.
constexpr qint64 idsPerMillisecond = 4096;
constexpr int snippetLength = 200;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
} // namespace

MessageStore::MessageStore(const Workspace &workspace)
    : m_db(workspace.database())
    , m_firstResponseMs(
          workspace.setting(QStringLiteral("first_response_minutes")).toLongLong() * 60 * 1000)
{
    if (m_firstResponseMs <= 0)
        m_firstResponseMs = qint64(defaultFirstResponseMinutes) * 60 * 1000;
}

qint64 MessageStore::ensureAccount(const QString &kind, const QString &name, const QString &address)
{
    QSqlQuery query(m_db);
    sql::prepare(query, QStringLiteral("INSERT INTO accounts (kind, name, address, created_at) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, kind"));
    query.addBindValue(kind);
    query.addBindValue(name);
    query.addBindValue(text(address));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(query) || !query.next())
        return 0;
    if (query.value(1).toString() != kind) {
        qCWarning(lcCore).noquote() << "Account" << name << "is a" << query.value(1).toString() << "account, not" << kind;
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<QString> MessageStore::cursor(qint64 accountId)
{
    QSqlQuery query(m_db);
    sql::prepare(query, QStringLiteral("SELECT cursor FROM sync_cursors WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

IngestResult MessageStore::ingest(qint64 accountId, const QList<IncomingMessage> &messages,
                                  const std::optional<QString> &newCursor)
{
    IngestResult result;
    if (!prepareStatements()) {
        result.error = tr("The workspace cannot store messages: %1").arg(m_lastError);
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = tr("The workspace is busy or read-only.");
        return result;
    }
    m_authorIds.clear();
    m_toIndex.clear();
    const auto failed = [this, &result](const QString &what) {
        result.error = tr("%1 could not be stored: %2").arg(what, m_lastError);
        return result; // the transaction rolls back: nothing of the batch is kept
    };

    // Oldest first, so that message ids (which follow time) rise through the batch.
    QList<const IncomingMessage *> ordered;
    for (int i = 0; i < messages.size(); ++i) {
        const IncomingMessage &message = messages.at(i);
        if (message.remoteId.isEmpty())
            result.problems << tr("Item %1 has no id; skipped.").arg(i + 1);
        else if (message.createdAt <= 0)
            result.problems << tr("Item %1 (%2) has no valid time; skipped.").arg(i + 1).arg(message.remoteId);
        else
            ordered << &message;
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const IncomingMessage *a, const IncomingMessage *b) { return a->createdAt < b->createdAt; });

    // Messages seen before are re-fetches: kept once, with an edited text taken over.
    QList<const IncomingMessage *> fresh;
    QHash<QString, QString> threads; // remote id -> thread key, for replies within the batch
    QHash<QString, QList<const IncomingMessage *>> byThread;
    QStringList threadOrder;
    for (const IncomingMessage *message : std::as_const(ordered)) {
        switch (refresh(accountId, *message)) {
        case Outcome::Updated: ++result.updated; continue;
        case Outcome::Unchanged: ++result.unchanged; continue;
        case Outcome::Failed: return failed(tr("Message %1").arg(message->remoteId));
        case Outcome::Inserted: break;
        }
        const QString thread = threadKey(accountId, *message, threads);
        threads.insert(message->remoteId, thread);
        if (!byThread.contains(thread))
            threadOrder << thread;
        byThread[thread] << message;
        fresh << message;
    }

    // One write per conversation, however many of its messages the batch brings.
    QHash<QString, qint64> conversationIds;
    for (const QString &thread : std::as_const(threadOrder)) {
        const std::optional<qint64> id = storeConversation(accountId, thread, byThread.value(thread));
        if (!id)
            return failed(tr("Conversation %1").arg(thread));
        conversationIds.insert(thread, *id);
    }
    for (const IncomingMessage *message : std::as_const(fresh)) {
        if (!insertMessage(accountId, conversationIds.value(threads.value(message->remoteId)), *message))
            return failed(tr("Message %1").arg(message->remoteId));
        ++result.inserted;
    }
    if (!indexNewMessages())
        return failed(tr("The search index"));
    if (newCursor && !saveCursor(accountId, *newCursor))
        return failed(tr("The sync position"));
    if (!transaction.commit()) {
        result.error = tr("The messages could not be saved.");
        return result;
    }
    for (const QString &problem : std::as_const(result.problems))
        qCWarning(lcCore).noquote() << "Ingest:" << problem;
    result.ok = true;
    return result;
}

bool MessageStore::prepareStatements()
{
    if (m_prepared)
        return true;
    const auto prepare = [this](QSqlQuery &query, const char *statement) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true); // no row cache: each result is read once
        if (sql::prepare(query, QString::fromLatin1(statement)))
            return true;
        m_lastError = sql::lastError(query);
        return false;
    };
    m_prepared = prepare(m_findMessage, ingest::findMessage) && prepare(m_updateMessage, ingest::updateMessage)
        && prepare(m_findAuthor, ingest::findAuthor) && prepare(m_insertAuthor, ingest::insertAuthor)
        && prepare(m_updateAuthor, ingest::updateAuthor) && prepare(m_findParent, ingest::findParent)
        && prepare(m_findConversation, ingest::findConversation)
        && prepare(m_insertConversation, ingest::insertConversation)
        && prepare(m_updateConversation, ingest::updateConversation)
        && prepare(m_reopenConversation, ingest::reopenConversation)
        && prepare(m_indexMessage, ingest::indexMessage) && prepare(m_probeId, ingest::probeMessageId)
        && prepare(m_insertMessage, ingest::insertMessage) && prepare(m_saveCursor, ingest::saveCursor);
    return m_prepared;
}

// Inserted means "not stored yet": the caller stores it.
MessageStore::Outcome MessageStore::refresh(qint64 accountId, const IncomingMessage &message)
{
    m_findMessage.addBindValue(accountId);
    m_findMessage.addBindValue(message.remoteId);
    if (!run(m_findMessage))
        return Outcome::Failed;
    if (!m_findMessage.next()) {
        m_findMessage.finish();
        return Outcome::Inserted;
    }
    const qint64 id = m_findMessage.value(0).toLongLong();
    const bool same = m_findMessage.value(1).toString() == message.text
        && m_findMessage.value(2).toString() == message.html
        && m_findMessage.value(3).toString() == message.authorName;
    m_findMessage.finish();
    if (same)
        return Outcome::Unchanged;
    m_updateMessage.addBindValue(text(message.text));
    m_updateMessage.addBindValue(textOrNull(message.html));
    m_updateMessage.addBindValue(text(message.authorName));
    m_updateMessage.addBindValue(id);
    return run(m_updateMessage) ? Outcome::Updated : Outcome::Failed;
}

bool MessageStore::insertMessage(qint64 accountId, qint64 conversationId, const IncomingMessage &message)
{
    const std::optional<qint64> author = authorId(accountId, message);
    const std::optional<qint64> id = author ? nextMessageId(message.createdAt) : std::nullopt;
    if (!id)
        return false;
    m_insertMessage.addBindValue(*id);
    m_insertMessage.addBindValue(accountId);
    m_insertMessage.addBindValue(conversationId);
    m_insertMessage.addBindValue(message.remoteId);
    m_insertMessage.addBindValue(textOrNull(message.parentId));
    m_insertMessage.addBindValue(*author > 0 ? QVariant(*author) : QVariant());
    m_insertMessage.addBindValue(text(message.authorName));
    m_insertMessage.addBindValue(message.outbound ? QStringLiteral("out") : QStringLiteral("in"));
    m_insertMessage.addBindValue(message.isPrivate ? QStringLiteral("private") : QStringLiteral("public"));
    m_insertMessage.addBindValue(text(message.text));
    m_insertMessage.addBindValue(textOrNull(message.html));
    m_insertMessage.addBindValue(text(message.lang));
    m_insertMessage.addBindValue(text(message.url));
    m_insertMessage.addBindValue(message.createdAt);
    m_insertMessage.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!run(m_insertMessage))
        return false;
    m_toIndex.append({*id, &message});
    return true;
}

std::optional<qint64> MessageStore::authorId(qint64 accountId, const IncomingMessage &message)
{
    if (message.authorRemoteId.isEmpty())
        return 0;
    const QString key = QString::number(accountId) + QLatin1Char('/') + message.authorRemoteId;
    const auto cached = m_authorIds.constFind(key);
    if (cached != m_authorIds.constEnd())
        return *cached;

    m_findAuthor.addBindValue(accountId);
    m_findAuthor.addBindValue(message.authorRemoteId);
    if (!run(m_findAuthor))
        return std::nullopt;
    qint64 id = 0;
    if (m_findAuthor.next()) {
        // Known: take a changed name or handle.
        id = m_findAuthor.value(0).toLongLong();
        const bool same = m_findAuthor.value(1).toString() == message.authorName
            && m_findAuthor.value(2).toString() == message.authorHandle;
        m_findAuthor.finish();
        if (!same) {
            m_updateAuthor.addBindValue(text(message.authorName));
            m_updateAuthor.addBindValue(text(message.authorHandle));
            m_updateAuthor.addBindValue(id);
            if (!run(m_updateAuthor))
                return std::nullopt;
        }
    } else {
        m_findAuthor.finish();
        m_insertAuthor.addBindValue(accountId);
        m_insertAuthor.addBindValue(message.authorRemoteId);
        m_insertAuthor.addBindValue(text(message.authorName));
        m_insertAuthor.addBindValue(text(message.authorHandle));
        if (!run(m_insertAuthor))
            return std::nullopt;
        id = m_insertAuthor.lastInsertId().toLongLong();
    }
    m_authorIds.insert(key, id);
    return id;
}

// The platform's thread if it names one; else the thread of the message answered; else
// the answered message's id (so a parent that arrives later joins the same conversation);
// else the message starts a conversation of its own.
QString MessageStore::threadKey(qint64 accountId, const IncomingMessage &message,
                                const QHash<QString, QString> &batchThreads)
{
    if (!message.threadId.isEmpty())
        return message.threadId;
    if (message.parentId.isEmpty())
        return message.remoteId;
    const auto inBatch = batchThreads.constFind(message.parentId);
    if (inBatch != batchThreads.constEnd())
        return *inBatch;
    m_findParent.addBindValue(accountId);
    m_findParent.addBindValue(message.parentId);
    QString key = message.parentId;
    if (run(m_findParent) && m_findParent.next())
        key = m_findParent.value(0).toString();
    m_findParent.finish();
    return key;
}

// Applies a batch's new messages of one conversation (oldest first) in one write, with the
// effect of adding them one by one: a customer's new conversation waits for its first
// response, the team's reply ends that wait, a newer customer message reopens a resolved or
// waiting conversation. Plain SELECT, INSERT and UPDATE rather than an upsert: SQLite builds
// a temporary table for every RETURNING, which cost a third of the ingest time; and the
// status is written only when it changes, so its counter trigger does not run each time.
std::optional<qint64> MessageStore::storeConversation(qint64 accountId, const QString &thread,
                                                      const QList<const IncomingMessage *> &messages)
{
    const IncomingMessage &first = *messages.constFirst();
    const IncomingMessage &newest = *messages.constLast();
    QString subject, author;
    bool answered = false;
    for (const IncomingMessage *message : messages) {
        if (subject.isEmpty())
            subject = message->subject;
        if (author.isEmpty() && !message->outbound)
            author = message->authorName;
        answered = answered || message->outbound;
    }
    const QString snippet = newest.text.left(snippetLength).simplified();

    m_findConversation.addBindValue(accountId);
    m_findConversation.addBindValue(thread);
    if (!run(m_findConversation))
        return std::nullopt;
    if (!m_findConversation.next()) {
        m_findConversation.finish();
        m_insertConversation.addBindValue(accountId);
        m_insertConversation.addBindValue(thread);
        m_insertConversation.addBindValue(text(subject));
        m_insertConversation.addBindValue(first.outbound || answered ? QVariant()
                                                                     : QVariant(first.createdAt + m_firstResponseMs));
        m_insertConversation.addBindValue(first.createdAt);
        m_insertConversation.addBindValue(newest.createdAt);
        m_insertConversation.addBindValue(text(author));
        m_insertConversation.addBindValue(text(snippet));
        m_insertConversation.addBindValue(messages.size());
        if (!run(m_insertConversation))
            return std::nullopt;
        return m_insertConversation.lastInsertId().toLongLong();
    }

    const qint64 id = m_findConversation.value(0).toLongLong();
    const QString status = m_findConversation.value(1).toString();
    const QString currentSubject = m_findConversation.value(2).toString();
    const QString currentAuthor = m_findConversation.value(3).toString();
    const QVariant currentDue = m_findConversation.value(4);
    const qint64 createdAt = m_findConversation.value(5).toLongLong();
    const qint64 lastMessageAt = m_findConversation.value(6).toLongLong();
    m_findConversation.finish();

    bool reopens = false;
    for (const IncomingMessage *message : messages)
        reopens = reopens || (!message->outbound && message->createdAt >= lastMessageAt);
    m_updateConversation.addBindValue(messages.size());
    m_updateConversation.addBindValue(currentSubject.isEmpty() ? text(subject) : QVariant(currentSubject));
    m_updateConversation.addBindValue(currentAuthor.isEmpty() ? text(author) : QVariant(currentAuthor));
    m_updateConversation.addBindValue(newest.createdAt >= lastMessageAt ? text(snippet) : QVariant()); // NULL keeps it
    m_updateConversation.addBindValue(answered ? QVariant() : currentDue);
    m_updateConversation.addBindValue(std::min(createdAt, first.createdAt));
    m_updateConversation.addBindValue(std::max(lastMessageAt, newest.createdAt));
    m_updateConversation.addBindValue(id);
    if (!run(m_updateConversation))
        return std::nullopt;
    if (reopens && (status == QLatin1String("resolved") || status == QLatin1String("waiting"))) {
        m_reopenConversation.addBindValue(id);
        if (!run(m_reopenConversation))
            return std::nullopt;
    }
    return id;
}

std::optional<qint64> MessageStore::nextMessageId(qint64 createdAt)
{
    const qint64 first = createdAt * idsPerMillisecond;
    m_probeId.addBindValue(first);
    m_probeId.addBindValue(first + idsPerMillisecond - 1);
    if (!run(m_probeId) || !m_probeId.next())
        return std::nullopt;
    const QVariant taken = m_probeId.value(0);
    m_probeId.finish();
    if (taken.isNull())
        return first;
    if (taken.toLongLong() >= first + idsPerMillisecond - 1) {
        m_lastError = tr("more than %1 messages in one millisecond").arg(idsPerMillisecond);
        return std::nullopt;
    }
    return taken.toLongLong() + 1;
}

// New messages enter the full-text index after every other write of the batch, in id order:
// FTS5 keeps them in memory until the commit, unless another statement of the transaction
// opens a savepoint (the conversation upsert's triggers do) or an id goes backwards, which
// makes it write out what it holds. Measured: interleaved, ingest ran three times slower.
bool MessageStore::indexNewMessages()
{
    std::sort(m_toIndex.begin(), m_toIndex.end(),
              [](const PendingIndex &a, const PendingIndex &b) { return a.id < b.id; });
    for (const PendingIndex &pending : std::as_const(m_toIndex)) {
        m_indexMessage.addBindValue(pending.id);
        m_indexMessage.addBindValue(text(pending.message->text));
        m_indexMessage.addBindValue(text(pending.message->authorName));
        if (!run(m_indexMessage))
            return false;
    }
    m_toIndex.clear();
    return true;
}

bool MessageStore::saveCursor(qint64 accountId, const QString &cursor)
{
    m_saveCursor.addBindValue(accountId);
    m_saveCursor.addBindValue(cursor);
    m_saveCursor.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return run(m_saveCursor);
}

bool MessageStore::run(QSqlQuery &query)
{
    if (sql::exec(query))
        return true;
    m_lastError = sql::lastError(query);
    return false;
}

} // namespace hearth
