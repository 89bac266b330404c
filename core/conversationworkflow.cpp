// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationworkflow.h"

#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {

constexpr int maxTagLength = 60;
const QString conversationType = QStringLiteral("conversation");

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

QJsonValue jsonId(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool writeAudit(const QSqlDatabase &db, qint64 at, std::optional<qint64> userId, const QString &action,
    qint64 conversationId, const QJsonObject &details, QString *error)
{
    QSqlQuery query(db);
    if (sql::insertAudit(query, at, userId.value_or(0), action, conversationType, conversationId, details))
        return true;
    *error = sql::lastError(query);
    return false;
}

} // namespace

ConversationWorkflow::ConversationWorkflow(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_actor(actorUserId)
{ }

QDateTime ConversationWorkflow::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

const QStringList &ConversationWorkflow::settableStatuses()
{
    static const QStringList statuses {
        QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("waiting"), QStringLiteral("resolved")};
    return statuses;
}

bool ConversationWorkflow::assign(
    qint64 conversationId, std::optional<qint64> userId, std::optional<qint64> departmentId)
{
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    if (userId && !rowExists(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), *userId))
        return fail(tr("There is no such person in this workspace."));
    if (departmentId && !rowExists(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), *departmentId))
        return fail(tr("There is no such department in this workspace."));
    if (before->assigneeId == userId && before->departmentId == departmentId)
        return true;

    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE conversations SET assignee_id = ?, department_id = ? WHERE id = ?"));
    query.addBindValue(nullable(userId));
    query.addBindValue(nullable(departmentId));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    QJsonObject details {{QStringLiteral("user_id"), jsonId(userId)},
        {QStringLiteral("department_id"), jsonId(departmentId)},
        {QStringLiteral("from_user_id"), jsonId(before->assigneeId)},
        {QStringLiteral("from_department_id"), jsonId(before->departmentId)}};
    return audit(QStringLiteral("assigned"), conversationId, details)
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::setStatus(qint64 conversationId, const QString &status)
{
    if (status == QLatin1String("snoozed"))
        return fail(tr("Choose until when to snooze a conversation."));
    if (!settableStatuses().contains(status))
        return fail(tr("“%1” is not a conversation status.").arg(status));
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    if (before->status == status)
        return true;

    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE conversations SET status = ?, snoozed_until = NULL WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    QJsonObject details {{QStringLiteral("from"), before->status}, {QStringLiteral("to"), status}};
    return audit(QStringLiteral("status"), conversationId, details)
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::snooze(qint64 conversationId, const QDateTime &until)
{
    if (!until.isValid())
        return fail(tr("Choose until when to snooze the conversation."));
    if (until <= currentTime())
        return fail(tr("A conversation can only be snoozed until a time in the future."));
    Transaction transaction(m_workspace.database());
    if (!existing(conversationId))
        return false;

    const qint64 untilMs = until.toMSecsSinceEpoch();
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE conversations SET status = 'snoozed', snoozed_until = ? WHERE id = ?"));
    query.addBindValue(untilMs);
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("snoozed"), conversationId, QJsonObject {{QStringLiteral("until"), untilMs}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::setFollowUp(qint64 conversationId, const std::optional<QDateTime> &at)
{
    if (at && !at->isValid())
        return fail(tr("Choose when to follow up."));
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    const std::optional<qint64> atMs = at ? std::optional<qint64>(at->toMSecsSinceEpoch()) : std::nullopt;
    const bool unchanged = at ? before->followUpAt.isValid() && before->followUpAt.toMSecsSinceEpoch() == *atMs
                              : !before->followUpAt.isValid();
    if (unchanged)
        return true;

    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE conversations SET follow_up_at = ? WHERE id = ?"));
    query.addBindValue(nullable(atMs));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("follow_up"), conversationId, QJsonObject {{QStringLiteral("at"), jsonId(atMs)}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::addTag(qint64 conversationId, const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return fail(tr("A tag needs a name."));
    if (name.size() > maxTagLength)
        return fail(tr("A tag can be at most %n character(s) long.", nullptr, maxTagLength));
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;

    // Case-insensitive in every script, which SQL's lower() is not: "Rückruf" is "rückruf".
    qint64 tagId = 0;
    const std::optional<QString> known = findTag(name, &tagId);
    QString stored = known.value_or(name);
    if (!known) {
        QSqlQuery insert(m_workspace.database());
        sql::prepare(insert, QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        insert.addBindValue(name);
        if (!sql::exec(insert))
            return failSql(insert);
        tagId = insert.lastInsertId().toLongLong();
    } else if (before->tags.contains(stored)) {
        return true;
    }
    QSqlQuery link(m_workspace.database());
    sql::prepare(link, QStringLiteral("INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)"));
    link.addBindValue(conversationId);
    link.addBindValue(tagId);
    if (!sql::exec(link))
        return failSql(link);
    return audit(QStringLiteral("tagged"), conversationId, QJsonObject {{QStringLiteral("tag"), stored}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::removeTag(qint64 conversationId, const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return fail(tr("A tag needs a name."));
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    qint64 tagId = 0;
    const std::optional<QString> known = findTag(name, &tagId);
    if (!known || !before->tags.contains(*known))
        return fail(tr("The conversation has no tag “%1”.").arg(name));

    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("DELETE FROM conversation_tags WHERE conversation_id = ? AND tag_id = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(tagId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("untagged"), conversationId, QJsonObject {{QStringLiteral("tag"), *known}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::setTags(qint64 conversationId, const QStringList &tags)
{
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    const auto listed = [](const QStringList &list, const QString &tag) {
        return std::any_of(list.cbegin(), list.cend(), [&tag](const QString &entry) {
            return entry.simplified().compare(tag.simplified(), Qt::CaseInsensitive) == 0;
        });
    };
    for (const QString &tag : before->tags) {
        if (!listed(tags, tag) && !removeTag(conversationId, tag))
            return false;
    }
    for (const QString &tag : tags) {
        if (!listed(before->tags, tag) && !addTag(conversationId, tag))
            return false;
    }
    return transaction.commit() || fail(tr("The change could not be saved."));
}

bool ConversationWorkflow::escalate(qint64 conversationId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(tr("Say why the conversation is escalated: the team and management read it first."));
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    // An escalated case is urgent again, whatever was decided about it before.
    const bool reopen = before->status == QLatin1String("resolved") || before->status == QLatin1String("snoozed");
    const QString status = reopen ? QStringLiteral("open") : before->status;

    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("UPDATE conversations SET escalated_at = ?, escalated_by = ?, "
                       "escalation_reason = ?, priority = CASE WHEN priority < 2 THEN 2 ELSE priority END, "
                       "status = ?, snoozed_until = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(nullable(actor()));
    query.addBindValue(why);
    query.addBindValue(status);
    query.addBindValue(
        reopen || !before->snoozedUntil.isValid() ? QVariant() : QVariant(before->snoozedUntil.toMSecsSinceEpoch()));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    if (!audit(QStringLiteral("escalated"), conversationId, QJsonObject {{QStringLiteral("reason"), why}}))
        return false;
    if (reopen
        && !audit(QStringLiteral("status"), conversationId,
            QJsonObject {{QStringLiteral("from"), before->status}, {QStringLiteral("to"), status}}))
        return false;
    return transaction.commit() || fail(tr("The change could not be saved."));
}

bool ConversationWorkflow::clearEscalation(qint64 conversationId)
{
    Transaction transaction(m_workspace.database());
    const std::optional<ConversationState> before = existing(conversationId);
    if (!before)
        return false;
    if (!before->isEscalated())
        return fail(tr("The conversation is not escalated."));

    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("UPDATE conversations SET escalated_at = NULL, escalated_by = NULL, "
                       "escalation_reason = '' WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("escalation_cleared"), conversationId,
               QJsonObject {{QStringLiteral("reason"), before->escalationReason}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool ConversationWorkflow::addNote(qint64 conversationId, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return fail(tr("An empty note cannot be added."));
    Transaction transaction(m_workspace.database());
    if (!existing(conversationId))
        return false;

    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("INSERT INTO notes (conversation_id, user_id, body, created_at) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(nullable(actor()));
    query.addBindValue(body);
    query.addBindValue(nowMs());
    if (!sql::exec(query))
        return failSql(query);
    const qint64 noteId = query.lastInsertId().toLongLong();
    return audit(QStringLiteral("note"), conversationId, QJsonObject {{QStringLiteral("note_id"), noteId}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

QList<qint64> ConversationWorkflow::wakeSnoozed(const Workspace &workspace, const QDateTime &now, QString *error)
{
    QString failure;
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<qint64>();
    };
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Transaction transaction(workspace.database());
    QSqlQuery due(workspace.database());
    due.setForwardOnly(true);
    // The same WHERE as the snoozed index: the due ones are read from it alone.
    sql::prepare(due,
        QStringLiteral("SELECT id, snoozed_until FROM conversations "
                       "WHERE snoozed_until IS NOT NULL AND snoozed_until <= ? AND status = 'snoozed' "
                       "ORDER BY snoozed_until, id"));
    due.addBindValue(nowMs);
    if (!sql::exec(due))
        return failed(sql::lastError(due));
    QList<QPair<qint64, qint64>> woken;
    while (due.next())
        woken.append({due.value(0).toLongLong(), due.value(1).toLongLong()});
    due.finish();

    QSqlQuery wake(workspace.database());
    sql::prepare(wake, QStringLiteral("UPDATE conversations SET status = 'open', snoozed_until = NULL WHERE id = ?"));
    QList<qint64> ids;
    for (const QPair<qint64, qint64> &snoozed : std::as_const(woken)) {
        const qint64 id = snoozed.first;
        wake.addBindValue(id);
        if (!sql::exec(wake))
            return failed(sql::lastError(wake));
        if (!writeAudit(workspace.database(), nowMs, std::nullopt, QStringLiteral("woke"), id,
                QJsonObject {{QStringLiteral("until"), snoozed.second}}, &failure))
            return failed(failure);
        ids << id;
    }
    if (!transaction.commit())
        return failed(tr("The change could not be saved."));
    return ids;
}

QList<qint64> ConversationWorkflow::wakeSnoozed(const QDateTime &now)
{
    m_error.clear();
    return wakeSnoozed(m_workspace, now, &m_error);
}

std::optional<ConversationState> ConversationWorkflow::state(qint64 conversationId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT id, status, priority, assignee_id, department_id, snoozed_until, "
                       "follow_up_at, escalated_at, escalated_by, escalation_reason "
                       "FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    ConversationState state;
    state.id = query.value(0).toLongLong();
    state.status = query.value(1).toString();
    state.priority = query.value(2).toInt();
    state.assigneeId = optionalId(query.value(3));
    state.departmentId = optionalId(query.value(4));
    state.snoozedUntil = optionalTime(query.value(5));
    state.followUpAt = optionalTime(query.value(6));
    state.escalatedAt = optionalTime(query.value(7));
    state.escalatedBy = optionalId(query.value(8));
    state.escalationReason = query.value(9).toString();

    QSqlQuery tags(m_workspace.database());
    tags.setForwardOnly(true);
    sql::prepare(tags,
        QStringLiteral("SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id "
                       "WHERE ct.conversation_id = ? ORDER BY t.name"));
    tags.addBindValue(conversationId);
    if (!sql::exec(tags))
        return std::nullopt;
    while (tags.next())
        state.tags << tags.value(0).toString();
    return state;
}

QStringList ConversationWorkflow::allTags() const
{
    QStringList names;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT name FROM tags ORDER BY name"))) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

bool ConversationWorkflow::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ConversationWorkflow::failSql(const QSqlQuery &query)
{
    return fail(tr("The change could not be saved: %1").arg(sql::lastError(query)));
}

bool ConversationWorkflow::audit(const QString &action, qint64 conversationId, const QJsonObject &details)
{
    QString error;
    if (writeAudit(m_workspace.database(), nowMs(), actor(), action, conversationId, details, &error))
        return true;
    return fail(tr("The change could not be saved: %1").arg(error));
}

std::optional<ConversationState> ConversationWorkflow::existing(qint64 conversationId)
{
    m_error.clear();
    std::optional<ConversationState> found = state(conversationId);
    if (!found)
        fail(tr("The conversation no longer exists in this workspace."));
    return found;
}

std::optional<QString> ConversationWorkflow::findTag(const QString &name, qint64 *id) const
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT id, name FROM tags WHERE name = ?"));
    query.addBindValue(name);
    if (sql::exec(query) && query.next()) {
        *id = query.value(0).toLongLong();
        return query.value(1).toString();
    }
    // Not spelt the same: compare in Qt, which folds case in every script. The tag list is
    // short (tens to hundreds), and this runs only when a person tags by hand.
    QSqlQuery all(m_workspace.database());
    all.setForwardOnly(true);
    if (!sql::exec(all, QStringLiteral("SELECT id, name FROM tags ORDER BY id")))
        return std::nullopt;
    while (all.next()) {
        const QString candidate = all.value(1).toString();
        if (candidate.compare(name, Qt::CaseInsensitive) == 0) {
            *id = all.value(0).toLongLong();
            return candidate;
        }
    }
    return std::nullopt;
}

bool ConversationWorkflow::rowExists(const QString &statement, qint64 id)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, statement);
    query.addBindValue(id);
    return sql::exec(query) && query.next();
}

} // namespace hearth
