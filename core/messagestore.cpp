// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestore.h"

#include "corelog.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>

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
    m_authorIds.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.error = tr("The workspace is busy or read-only.");
        return result;
    }
    for (int i = 0; i < messages.size(); ++i) {
        const IncomingMessage &message = messages.at(i);
        if (message.remoteId.isEmpty()) {
            result.problems << tr("Item %1 has no id; skipped.").arg(i + 1);
            continue;
        }
        if (message.createdAt <= 0) {
            result.problems << tr("Item %1 (%2) has no valid time; skipped.").arg(i + 1).arg(message.remoteId);
            continue;
        }
        switch (store(accountId, message)) {
        case Outcome::Inserted: ++result.inserted; break;
        case Outcome::Updated: ++result.updated; break;
        case Outcome::Unchanged: ++result.unchanged; break;
        case Outcome::Failed:
            result.error = tr("Message %1 could not be stored: %2").arg(message.remoteId, m_lastError);
            return result; // the transaction rolls back: nothing of the batch is kept
        }
    }
    if (newCursor && !saveCursor(accountId, *newCursor)) {
        result.error = tr("The sync position could not be saved: %1").arg(m_lastError);
        return result;
    }
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
    const auto prepare = [this](QSqlQuery &query, const QString &statement) {
        query = QSqlQuery(m_db);
        if (sql::prepare(query, statement))
            return true;
        m_lastError = sql::lastError(query);
        return false;
    };
    m_prepared =
        prepare(m_findMessage, QStringLiteral("SELECT id, body_text, body_html, author_name FROM messages "
                                              "WHERE account_id = ? AND remote_id = ?"))
        && prepare(m_updateMessage, QStringLiteral("UPDATE messages SET body_text = ?, body_html = ?, author_name = ? "
                                                   "WHERE id = ?"))
        && prepare(m_upsertAuthor, QStringLiteral("INSERT INTO authors (account_id, remote_id, name, handle) "
                                                  "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, remote_id) "
                                                  "DO UPDATE SET name = excluded.name, handle = excluded.handle "
                                                  "RETURNING id"))
        && prepare(m_findParent, QStringLiteral("SELECT c.remote_thread_id FROM messages m "
                                                "JOIN conversations c ON c.id = m.conversation_id "
                                                "WHERE m.account_id = ? AND m.remote_id = ?"))
        // A new conversation waits for its first response if a customer started it; a reply
        // from the team (no due time) ends that wait, and a newer customer message reopens a
        // resolved or waiting conversation.
        && prepare(m_upsertConversation, QStringLiteral(
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
               "RETURNING id"))
        && prepare(m_probeId, QStringLiteral("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?"))
        && prepare(m_insertMessage, QStringLiteral(
               "INSERT INTO messages (id, account_id, conversation_id, remote_id, parent_remote_id, author_id, "
               "  author_name, direction, visibility, body_text, body_html, lang, url, created_at, received_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return m_prepared;
}

MessageStore::Outcome MessageStore::store(qint64 accountId, const IncomingMessage &message)
{
    m_findMessage.addBindValue(accountId);
    m_findMessage.addBindValue(message.remoteId);
    if (!run(m_findMessage))
        return Outcome::Failed;
    if (m_findMessage.next()) {
        // Known already: a re-fetch. Keep it, but take an edited text.
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
    m_findMessage.finish();

    const std::optional<qint64> author = authorId(accountId, message);
    const std::optional<qint64> conversation = author ? conversationFor(accountId, message) : std::nullopt;
    const std::optional<qint64> id = conversation ? nextMessageId(message.createdAt) : std::nullopt;
    if (!id)
        return Outcome::Failed;

    m_insertMessage.addBindValue(*id);
    m_insertMessage.addBindValue(accountId);
    m_insertMessage.addBindValue(*conversation);
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
    return run(m_insertMessage) ? Outcome::Inserted : Outcome::Failed;
}

// 0 for a message without an author (one the team sent), nullopt on failure.
std::optional<qint64> MessageStore::authorId(qint64 accountId, const IncomingMessage &message)
{
    if (message.authorRemoteId.isEmpty())
        return 0;
    const QString key = QString::number(accountId) + QLatin1Char('/') + message.authorRemoteId;
    const auto cached = m_authorIds.constFind(key);
    if (cached != m_authorIds.constEnd())
        return *cached;
    m_upsertAuthor.addBindValue(accountId);
    m_upsertAuthor.addBindValue(message.authorRemoteId);
    m_upsertAuthor.addBindValue(text(message.authorName));
    m_upsertAuthor.addBindValue(text(message.authorHandle));
    if (!run(m_upsertAuthor) || !m_upsertAuthor.next())
        return std::nullopt;
    const qint64 id = m_upsertAuthor.value(0).toLongLong();
    m_upsertAuthor.finish();
    m_authorIds.insert(key, id);
    return id;
}

// The platform's thread if it names one; else the thread of the message answered; else
// the answered message's id (so a parent that arrives later joins the same conversation);
// else the message starts a conversation of its own.
QString MessageStore::threadKey(qint64 accountId, const IncomingMessage &message)
{
    if (!message.threadId.isEmpty())
        return message.threadId;
    if (message.parentId.isEmpty())
        return message.remoteId;
    m_findParent.addBindValue(accountId);
    m_findParent.addBindValue(message.parentId);
    QString key = message.parentId;
    if (run(m_findParent) && m_findParent.next())
        key = m_findParent.value(0).toString();
    m_findParent.finish();
    return key;
}

std::optional<qint64> MessageStore::conversationFor(qint64 accountId, const IncomingMessage &message)
{
    m_upsertConversation.addBindValue(accountId);
    m_upsertConversation.addBindValue(threadKey(accountId, message));
    m_upsertConversation.addBindValue(text(message.subject));
    m_upsertConversation.addBindValue(message.outbound ? QVariant() : QVariant(message.createdAt + m_firstResponseMs));
    m_upsertConversation.addBindValue(message.createdAt);
    m_upsertConversation.addBindValue(message.createdAt);
    m_upsertConversation.addBindValue(text(message.outbound ? QString() : message.authorName));
    m_upsertConversation.addBindValue(text(message.text.left(snippetLength).simplified()));
    if (!run(m_upsertConversation) || !m_upsertConversation.next())
        return std::nullopt;
    const qint64 id = m_upsertConversation.value(0).toLongLong();
    m_upsertConversation.finish();
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

bool MessageStore::saveCursor(qint64 accountId, const QString &cursor)
{
    QSqlQuery query(m_db);
    sql::prepare(query, QStringLiteral("INSERT INTO sync_cursors (account_id, cursor, updated_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (account_id) DO UPDATE SET cursor = excluded.cursor, "
                                       "updated_at = excluded.updated_at"));
    query.addBindValue(accountId);
    query.addBindValue(cursor);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return run(query);
}

bool MessageStore::run(QSqlQuery &query)
{
    if (sql::exec(query))
        return true;
    m_lastError = sql::lastError(query);
    return false;
}

} // namespace hearth
