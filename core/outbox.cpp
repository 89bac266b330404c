// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "channelcapabilities.h"
#include "corelog.h"
#include "draftstore.h"
#include "incomingmessage.h"
#include "messagestore.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

const QString Outbox::queued = QStringLiteral("queued");
const QString Outbox::sending = QStringLiteral("sending");
const QString Outbox::failed = QStringLiteral("failed");
const QString Outbox::sent = QStringLiteral("sent");

namespace {

const QString itemColumns = QStringLiteral("id, conversation_id, coalesce(user_id, 0), visibility, body, state, "
                                           "attempts, last_error, next_attempt_at, message_id, created_at, updated_at");

OutboxItem readItem(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.conversationId = query.value(1).toLongLong();
    item.userId = query.value(2).toLongLong();
    item.visibility = query.value(3).toString();
    item.body = query.value(4).toString();
    item.state = query.value(5).toString();
    item.attempts = query.value(6).toInt();
    item.lastError = query.value(7).toString();
    if (!query.value(8).isNull())
        item.nextAttemptAt = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        item.messageId = query.value(9).toLongLong();
    item.createdAt = query.value(10).toLongLong();
    item.updatedAt = query.value(11).toLongLong();
    return item;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant userOrNull(qint64 userId)
{
    return userId > 0 ? QVariant(userId) : QVariant();
}

// One row of the audit log about a reply. The Activity view reads these action names.
bool audit(
    const QSqlDatabase &db, qint64 userId, const QString &action, const OutboxItem &item, QJsonObject details = {})
{
    details.insert(QStringLiteral("outbox_id"), QJsonValue(item.id));
    details.insert(QStringLiteral("visibility"), item.visibility);
    QSqlQuery query(db);
    return sql::insertAudit(query, now(), userId, action, QStringLiteral("conversation"), item.conversationId, details);
}

} // namespace

Outbox::Outbox(const Workspace &workspace)
    : m_workspace(workspace)
{ }

std::optional<qint64> Outbox::queue(
    qint64 conversationId, qint64 userId, const QString &visibility, const QString &body, bool deleteDraft)
{
    if (body.trimmed().isEmpty()) {
        fail(tr("There is nothing to send: the reply is empty."));
        return std::nullopt;
    }
    if (!DraftStore::isVisibility(visibility)) {
        fail(tr("A reply is either public or private, not “%1”.").arg(visibility));
        return std::nullopt;
    }
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        fail(busyMessage());
        return std::nullopt;
    }
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("SELECT a.kind FROM conversations c JOIN accounts a ON a.id = c.account_id "
                       "WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query) || !query.next()) {
        fail(tr("The conversation to answer is no longer in the workspace."));
        return std::nullopt;
    }
    // The channel's rules hold here, whatever a view offered.
    const ChannelCapabilities channel = ChannelCapabilities::forKind(query.value(0).toString());
    const bool isPrivate = visibility == DraftStore::privateVisibility;
    if (!channel.canReply()) {
        fail(channel.noReplyReason());
        return std::nullopt;
    }
    if (isPrivate ? !channel.canMessagePrivately() : !channel.canReplyPublicly()) {
        fail(isPrivate ? tr("This channel has no private messages; answer with a public reply.")
                       : tr("This channel has no public replies; answer with a private message."));
        return std::nullopt;
    }

    const qint64 at = now();
    sql::prepare(query,
        QStringLiteral("INSERT INTO outbox (conversation_id, user_id, visibility, body, state, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(userOrNull(userId));
    query.addBindValue(visibility);
    query.addBindValue(body);
    query.addBindValue(at);
    query.addBindValue(at);
    if (!sql::exec(query)) {
        fail(tr("The reply could not be queued: %1").arg(sql::lastError(query)));
        return std::nullopt;
    }
    OutboxItem item;
    item.id = query.lastInsertId().toLongLong();
    item.conversationId = conversationId;
    item.visibility = visibility;
    DraftStore drafts(m_workspace);
    if ((deleteDraft && !drafts.remove(conversationId, userId))
        || !audit(db, userId, QStringLiteral("reply_queued"), item) || !transaction.commit()) {
        fail(drafts.errorString().isEmpty() ? tr("The reply could not be queued.") : drafts.errorString());
        return std::nullopt;
    }
    m_error.clear();
    return item.id;
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return readItem(query);
}

QList<OutboxItem> Outbox::items(qint64 conversationId) const
{
    QList<OutboxItem> items;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT ") + itemColumns
            + QStringLiteral(" FROM outbox WHERE conversation_id = ? AND state <> 'sent' ORDER BY id"));
    query.addBindValue(conversationId);
    if (sql::exec(query)) {
        while (query.next())
            items << readItem(query);
    }
    return items;
}

QList<OutboxItem> Outbox::pending() const
{
    return pending(now());
}

QList<OutboxItem> Outbox::pending(qint64 now) const
{
    QList<OutboxItem> items;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT ") + itemColumns
            + QStringLiteral(" FROM outbox WHERE state = 'queued' "
                             "OR (state = 'failed' AND next_attempt_at <= ?) ORDER BY id"));
    query.addBindValue(now);
    if (sql::exec(query)) {
        while (query.next())
            items << readItem(query);
    }
    return items;
}

std::optional<qint64> Outbox::nextRetryAt() const
{
    QSqlQuery query(m_workspace.database());
    if (!sql::exec(query,
            QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'failed' "
                           "AND next_attempt_at IS NOT NULL"))
        || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<OutboxItem> Outbox::itemInState(qint64 id, const QStringList &states, const QString &refusal)
{
    const std::optional<OutboxItem> found = item(id);
    if (!found) {
        fail(tr("This reply is no longer in the outbox."));
        return std::nullopt;
    }
    if (!states.contains(found->state)) {
        fail(refusal);
        return std::nullopt;
    }
    return found;
}

bool Outbox::markSending(qint64 id)
{
    QSqlDatabase db = m_workspace.database();
    // One conditional update is the claim: of two senders, one changes the row, the other
    // finds it changed.
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("UPDATE outbox SET state = 'sending', updated_at = ? "
                       "WHERE id = ? AND state IN ('queued', 'failed')"));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!sql::exec(query))
        return fail(tr("The reply could not be prepared for sending: %1").arg(sql::lastError(query)));
    if (query.numRowsAffected() != 1) {
        return fail(item(id) ? tr("This reply is not waiting to be sent: it is being sent or was sent already.")
                             : tr("This reply is no longer in the outbox."));
    }
    m_error.clear();
    return true;
}

bool Outbox::markSent(qint64 id, const QString &remoteId)
{
    if (remoteId.isEmpty())
        return fail(tr("The channel did not say which message the reply became."));
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(busyMessage());
    std::optional<OutboxItem> item = itemInState(id, {sending}, tr("Only a reply being sent can be recorded as sent."));
    if (!item)
        return false;

    // The reply joins its thread as the sync path would have stored it: answering the
    // newest message from outside, in the conversation's platform thread.
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("SELECT c.account_id, c.remote_thread_id, coalesce(u.name, ''), "
                       "  (SELECT m.remote_id FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
                       "   ORDER BY m.created_at DESC, m.id DESC LIMIT 1) "
                       "FROM conversations c LEFT JOIN users u ON u.id = ? WHERE c.id = ?"));
    query.addBindValue(userOrNull(item->userId));
    query.addBindValue(item->conversationId);
    if (!sql::exec(query) || !query.next())
        return fail(tr("The conversation of the reply is no longer in the workspace."));
    const qint64 accountId = query.value(0).toLongLong();
    IncomingMessage message;
    message.remoteId = remoteId;
    message.threadId = query.value(1).toString();
    message.authorName = query.value(2).toString();
    message.parentId = query.value(3).toString();
    message.text = item->body;
    message.outbound = true;
    message.isPrivate = item->isPrivate();
    message.createdAt = now();
    query.finish();

    MessageStore store(m_workspace);
    const IngestResult stored = store.ingest(accountId, {message}); // a savepoint in this transaction
    if (!stored.ok)
        return fail(tr("The sent reply could not be added to the conversation: %1").arg(stored.error));
    sql::prepare(query, QStringLiteral("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(remoteId);
    if (!sql::exec(query) || !query.next())
        return fail(tr("The sent reply could not be added to the conversation."));
    const qint64 messageId = query.value(0).toLongLong();
    query.finish();

    sql::prepare(query, QStringLiteral("UPDATE messages SET sender_user_id = ? WHERE id = ?"));
    query.addBindValue(userOrNull(item->userId));
    query.addBindValue(messageId);
    if (!sql::exec(query))
        return fail(tr("The sent reply could not be added to the conversation: %1").arg(sql::lastError(query)));
    sql::prepare(query,
        QStringLiteral("UPDATE outbox SET state = 'sent', message_id = ?, last_error = '', "
                       "next_attempt_at = NULL, updated_at = ? WHERE id = ?"));
    query.addBindValue(messageId);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!sql::exec(query)
        || !audit(db, item->userId, QStringLiteral("reply_sent"), *item,
            {{QStringLiteral("message_id"), QJsonValue(messageId)}})
        || !transaction.commit())
        return fail(tr("The sent reply could not be recorded."));
    m_error.clear();
    return true;
}

bool Outbox::markFailed(qint64 id, const QString &error, bool retryable)
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(busyMessage());
    const std::optional<OutboxItem> item =
        itemInState(id, {sending}, tr("Only a reply being sent can be recorded as failed."));
    if (!item)
        return false;
    const int attempts = item->attempts + 1;
    const qint64 at = now();
    const QVariant next =
        retryable ? QVariant(at + backoffDelay(attempts, QRandomGenerator::global()->generateDouble())) : QVariant();
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("UPDATE outbox SET state = 'failed', attempts = ?, last_error = ?, "
                       "next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(attempts);
    query.addBindValue(error);
    query.addBindValue(next);
    query.addBindValue(at);
    query.addBindValue(id);
    if (!sql::exec(query)
        || !audit(db, item->userId, QStringLiteral("reply_failed"), *item,
            {{QStringLiteral("error"), error}, {QStringLiteral("attempts"), attempts}})
        || !transaction.commit())
        return fail(tr("The failure of the reply could not be recorded."));
    m_error.clear();
    return true;
}

bool Outbox::retry(qint64 id, qint64 byUserId)
{
    return changeFailed(id, byUserId, QString(), std::nullopt);
}

bool Outbox::edit(qint64 id, const QString &newBody, qint64 byUserId)
{
    if (newBody.trimmed().isEmpty())
        return fail(tr("There is nothing to send: the reply is empty. Discard it instead."));
    return changeFailed(id, byUserId, QStringLiteral("reply_edited"), newBody);
}

// Back to the queue, now, and as the agent's decision: no automatic retry is pending.
bool Outbox::changeFailed(qint64 id, qint64 byUserId, const QString &action, const std::optional<QString> &newBody)
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(busyMessage());
    const std::optional<OutboxItem> item = itemInState(id, {failed},
        newBody ? tr("Only a reply that failed can be edited.") : tr("Only a reply that failed can be retried."));
    if (!item)
        return false;
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("UPDATE outbox SET state = 'queued', body = ?, last_error = '', "
                       "next_attempt_at = NULL, updated_at = ? WHERE id = ?"));
    query.addBindValue(newBody.value_or(item->body));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!sql::exec(query))
        return fail(tr("The reply could not be queued again: %1").arg(sql::lastError(query)));
    if (!action.isEmpty() && !audit(db, byUserId > 0 ? byUserId : item->userId, action, *item))
        return fail(tr("The reply could not be queued again."));
    if (!transaction.commit())
        return fail(tr("The reply could not be queued again."));
    m_error.clear();
    return true;
}

bool Outbox::discard(qint64 id, qint64 byUserId)
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(busyMessage());
    const std::optional<OutboxItem> item = itemInState(id, {failed}, tr("Only a reply that failed can be discarded."));
    if (!item)
        return false;
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query)
        || !audit(db, byUserId > 0 ? byUserId : item->userId, QStringLiteral("reply_discarded"), *item)
        || !transaction.commit())
        return fail(tr("The reply could not be discarded."));
    m_error.clear();
    return true;
}

bool Outbox::returnToDraft(qint64 id, qint64 userId, const QString &draftBody)
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(busyMessage());
    const std::optional<OutboxItem> item = itemInState(id, {failed}, tr("Only a reply that failed can be edited."));
    if (!item)
        return false;
    DraftStore drafts(m_workspace);
    if (!drafts.save(item->conversationId, userId, item->visibility, draftBody))
        return fail(drafts.errorString());
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query)
        || !audit(db, userId, QStringLiteral("reply_discarded"), *item, {{QStringLiteral("to_draft"), true}})
        || !transaction.commit())
        return fail(tr("The reply could not be taken back for editing."));
    m_error.clear();
    return true;
}

int Outbox::recoverInterrupted()
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        fail(busyMessage());
        return -1;
    }
    QList<OutboxItem> interrupted;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(
            query, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM outbox WHERE state = 'sending'"))) {
        fail(tr("The outbox could not be read: %1").arg(sql::lastError(query)));
        return -1;
    }
    while (query.next())
        interrupted << readItem(query);
    query.finish();
    const QString error = tr("Hearth was closed while this reply was being sent, so it may or may not have reached "
                             "the channel. Check the conversation there before you retry it.");
    for (const OutboxItem &item : std::as_const(interrupted)) {
        // No next attempt: only the agent, having checked, sends it again.
        sql::prepare(query,
            QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                           "next_attempt_at = NULL, updated_at = ? WHERE id = ?"));
        query.addBindValue(error);
        query.addBindValue(now());
        query.addBindValue(item.id);
        if (!sql::exec(query)
            || !audit(db, item.userId, QStringLiteral("reply_failed"), item,
                {{QStringLiteral("error"), error}, {QStringLiteral("interrupted"), true}})) {
            fail(tr("The outbox could not be recovered: %1").arg(sql::lastError(query)));
            return -1;
        }
    }
    if (!transaction.commit()) {
        fail(tr("The outbox could not be recovered."));
        return -1;
    }
    if (!interrupted.isEmpty())
        qCWarning(lcCore) << "Replies interrupted while sending, now failed:" << interrupted.size();
    m_error.clear();
    return int(interrupted.size());
}

qint64 Outbox::backoffDelay(int attempts, double random)
{
    const int doublings = std::max(0, attempts - 1);
    const qint64 ceiling = doublings >= 20 ? backoffCapMs : std::min(backoffCapMs, backoffBaseMs << doublings);
    return qint64(std::clamp(random, 0.0, 1.0) * double(ceiling));
}

QString Outbox::busyMessage()
{
    return tr("The workspace is busy or read-only; try again in a moment.");
}

bool Outbox::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace hearth
