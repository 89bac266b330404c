// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"

#include "corelog.h"
#include "ingeststatements.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hearth {

namespace {
constexpr qint64 idsPerMillisecond = MessageStore::idsPerMillisecond;
constexpr int snippetLength = 200;
constexpr qsizetype maxCachedAuthors = 100000;

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
    m_toIndex.clear();
    m_nextId.clear();
    if (m_authors.size() > maxCachedAuthors)
        m_authors.clear();
    // Whole sentences (fragments do not translate), each ending with the driver's words.
    const auto failed = [this, &result](const QString &error) {
        result.error = error;
        m_authors.clear(); // the transaction rolls back, and with it authors it added
        return result;     // nothing of the batch is kept
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
    if (!findKnown(accountId, ordered))
        return failed(tr("The batch could not be checked against the workspace: %1").arg(m_lastError));
    QList<const IncomingMessage *> fresh;
    QHash<QString, QString> threads; // remote id -> thread key, for replies within the batch
    QHash<QString, QList<const IncomingMessage *>> byThread;
    QStringList threadOrder;
    for (const IncomingMessage *message : std::as_const(ordered)) {
        if (threads.contains(message->remoteId)) { // twice in one batch: a platform's hiccup
            ++result.unchanged;
            continue;
        }
        switch (refresh(*message)) {
        case Outcome::Updated: ++result.updated; continue;
        case Outcome::Unchanged: ++result.unchanged; continue;
        case Outcome::Failed: return failed(tr("Message %1 could not be updated: %2").arg(message->remoteId, m_lastError));
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
            return failed(tr("Conversation %1 could not be stored: %2").arg(thread, m_lastError));
        conversationIds.insert(thread, *id);
    }
    for (const IncomingMessage *message : std::as_const(fresh)) {
        if (!insertMessage(accountId, conversationIds.value(threads.value(message->remoteId)), *message))
            return failed(tr("Message %1 could not be stored: %2").arg(message->remoteId, m_lastError));
        ++result.inserted;
    }
    if (!indexNewMessages())
        return failed(tr("The messages could not be added to the search index: %1").arg(m_lastError));
    if (newCursor && !saveCursor(accountId, *newCursor))
        return failed(tr("The sync position could not be saved: %1").arg(m_lastError));
    if (!transaction.commit()) {
        m_authors.clear();
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
    m_prepared = prepare(m_findMessages, ingest::findMessages) && prepare(m_updateMessage, ingest::updateMessage)
        && prepare(m_findAuthor, ingest::findAuthor) && prepare(m_insertAuthor, ingest::insertAuthor)
        && prepare(m_updateAuthor, ingest::updateAuthor) && prepare(m_findParent, ingest::findParent)
        && prepare(m_findConversation, ingest::findConversation)
        && prepare(m_insertConversation, ingest::insertConversation)
        && prepare(m_updateConversation, ingest::updateConversation)
        && prepare(m_setConversationAuthor, ingest::setConversationAuthor)
        && prepare(m_reopenConversation, ingest::reopenConversation)
        && prepare(m_indexMessage, ingest::indexMessage) && prepare(m_probeId, ingest::probeMessageId)
        && prepare(m_insertMessage, ingest::insertMessage) && prepare(m_saveCursor, ingest::saveCursor);
    return m_prepared;
}

bool MessageStore::findKnown(qint64 accountId, const QList<const IncomingMessage *> &messages)
{
    m_known.clear();
    QJsonArray remoteIds;
    for (const IncomingMessage *message : messages)
        remoteIds.append(message->remoteId);
    m_findMessages.addBindValue(QString::fromUtf8(QJsonDocument(remoteIds).toJson(QJsonDocument::Compact)));
    m_findMessages.addBindValue(accountId);
    if (!run(m_findMessages))
        return false;
    while (m_findMessages.next()) {
        m_known.insert(m_findMessages.value(0).toString(),
                       KnownMessage{m_findMessages.value(1).toLongLong(), m_findMessages.value(2).toString(),
                                    m_findMessages.value(3).toString(), m_findMessages.value(4).toString()});
    }
    m_findMessages.finish();
    return true;
}

// Inserted means "not stored yet": the caller stores it.
MessageStore::Outcome MessageStore::refresh(const IncomingMessage &message)
{
    const auto known = m_known.constFind(message.remoteId);
    if (known == m_known.constEnd())
        return Outcome::Inserted;
    if (known->text == message.text && known->html == message.html && known->authorName == message.authorName)
        return Outcome::Unchanged;
    m_updateMessage.addBindValue(text(message.text));
    m_updateMessage.addBindValue(textOrNull(message.html));
    m_updateMessage.addBindValue(text(message.authorName));
    m_updateMessage.addBindValue(known->id);
    return run(m_updateMessage) ? Outcome::Updated : Outcome::Failed;
}

bool MessageStore::insertMessage(qint64 accountId, qint64 conversationId, const IncomingMessage &message)
{
    const std::optional<qint64> author = authorId(accountId, message);
    if (!author)
        return false;
    // The next id of this millisecond as far as the batch knows; an earlier batch may have
    // taken it, which the insert's primary key reports, and then the table is asked.
    qint64 &next = m_nextId[message.createdAt];
    if (next == 0)
        next = message.createdAt * idsPerMillisecond;
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_insertMessage.addBindValue(next);
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
        m_insertMessage.addBindValue(*author > 0 ? QVariant(*author) : QVariant());
        if (m_insertMessage.exec()) {
            m_toIndex.append({next++, &message});
            return true;
        }
        m_lastError = sql::lastError(m_insertMessage);
        const std::optional<qint64> free = probeMessageId(message.createdAt);
        if (!free || *free == next)
            break; // the id was free: the insert failed for another reason
        next = *free;
    }
    qCWarning(lcCore).noquote() << "Could not store message" << message.remoteId << "--" << m_lastError;
    return false;
}

std::optional<qint64> MessageStore::authorId(qint64 accountId, const IncomingMessage &message)
{
    if (message.authorRemoteId.isEmpty())
        return 0;
    const QString key = QString::number(accountId) + QLatin1Char('/') + message.authorRemoteId;
    auto cached = m_authors.find(key);
    if (cached == m_authors.end()) {
        m_findAuthor.addBindValue(accountId);
        m_findAuthor.addBindValue(message.authorRemoteId);
        if (!run(m_findAuthor))
            return std::nullopt;
        if (m_findAuthor.next()) {
            cached = m_authors.insert(key, KnownAuthor{m_findAuthor.value(0).toLongLong(), m_findAuthor.value(1).toString(),
                                                       m_findAuthor.value(2).toString()});
        }
        m_findAuthor.finish();
    }
    if (cached == m_authors.end()) {
        m_insertAuthor.addBindValue(accountId);
        m_insertAuthor.addBindValue(message.authorRemoteId);
        m_insertAuthor.addBindValue(text(message.authorName));
        m_insertAuthor.addBindValue(text(message.authorHandle));
        if (!run(m_insertAuthor))
            return std::nullopt;
        m_authors.insert(key, KnownAuthor{m_insertAuthor.lastInsertId().toLongLong(), message.authorName,
                                          message.authorHandle});
        return m_insertAuthor.lastInsertId().toLongLong();
    }
    // Known: take a changed name or handle.
    if (cached->name != message.authorName || cached->handle != message.authorHandle) {
        m_updateAuthor.addBindValue(text(message.authorName));
        m_updateAuthor.addBindValue(text(message.authorHandle));
        m_updateAuthor.addBindValue(cached->id);
        if (!run(m_updateAuthor))
            return std::nullopt;
        cached->name = message.authorName;
        cached->handle = message.authorHandle;
    }
    return cached->id;
}

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
    const IncomingMessage *firstInbound = nullptr;
    bool answered = false;
    for (const IncomingMessage *message : messages) {
        if (subject.isEmpty())
            subject = message->subject;
        if (!firstInbound && !message->outbound)
            firstInbound = message;
        answered = answered || message->outbound;
    }
    QVariant authorId; // NULL: the batch has no message from outside, or it names no author
    if (firstInbound) {
        author = firstInbound->authorName;
        const std::optional<qint64> id = this->authorId(accountId, *firstInbound);
        if (!id)
            return std::nullopt;
        if (*id != 0)
            authorId = *id;
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
        m_insertConversation.addBindValue(authorId);
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
    const bool hasAuthor = !m_findConversation.value(7).isNull();
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
    if (!hasAuthor && !authorId.isNull()) {
        m_setConversationAuthor.addBindValue(authorId);
        m_setConversationAuthor.addBindValue(id);
        if (!run(m_setConversationAuthor))
            return std::nullopt;
    }
    if (reopens && (status == QLatin1String("resolved") || status == QLatin1String("waiting"))) {
        m_reopenConversation.addBindValue(id);
        if (!run(m_reopenConversation))
            return std::nullopt;
    }
    return id;
}

std::optional<qint64> MessageStore::probeMessageId(qint64 createdAt)
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
