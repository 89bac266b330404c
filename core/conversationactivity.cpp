// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationactivity.h"

#include "sql.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {
std::optional<qint64> optionalId(const QJsonValue &value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QJsonObject parseDetails(const QString &text)
{
    // Details are written by other parts of Hearth and by older versions: anything that is
    // not a JSON object is read as no details at all.
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}
} // namespace

QString ConversationActivity::statusName(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

bool ConversationActivity::load(const Workspace &workspace, qint64 conversationId, QList<ActivityEntry> *entries,
                                QString *error)
{
    const auto fail = [error](const QSqlQuery &query) {
        if (error)
            *error = tr("The conversation's notes and history could not be read: %1").arg(sql::lastError(query));
        return false;
    };
    Names names;
    const UserDirectory directory(workspace);
    for (const User &user : directory.users())
        names.users.insert(user.id, user.name);
    for (const Department &department : directory.departments())
        names.departments.insert(department.id, department.name);

    QList<ActivityEntry> result;
    QSet<qint64> noteIds;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT id, created_at, user_id, body FROM notes WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return fail(query);
    while (query.next()) {
        ActivityEntry entry;
        entry.kind = ActivityEntry::Kind::Note;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            entry.userId = query.value(2).toLongLong();
        entry.action = QStringLiteral("note");
        entry.noteText = query.value(3).toString();
        noteIds.insert(entry.id);
        result << entry;
    }

    // audit_log_by_object: (object_type, object_id, at).
    sql::prepare(query, QStringLiteral("SELECT id, at, user_id, action, details FROM audit_log "
                                       "WHERE object_type = 'conversation' AND object_id = ?"));
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return fail(query);
    while (query.next()) {
        ActivityEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            entry.userId = query.value(2).toLongLong();
        entry.action = query.value(3).toString();
        entry.details = parseDetails(query.value(4).toString());
        // The note itself is shown; the line saying it was written would repeat it.
        if (entry.action == QLatin1String("note")) {
            const std::optional<qint64> noteId = optionalId(entry.details.value(QLatin1String("note_id")));
            if (noteId && noteIds.contains(*noteId))
                continue;
        }
        result << entry;
    }

    for (ActivityEntry &entry : result) {
        if (!entry.userId)
            entry.userName = tr("Hearth");
        else
            entry.userName = names.users.value(*entry.userId, tr("A former user"));
        entry.sentence = describe(entry, names);
    }
    std::stable_sort(result.begin(), result.end(), [](const ActivityEntry &a, const ActivityEntry &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.kind != b.kind)
            return a.kind == ActivityEntry::Kind::Event; // what was done, then what was said about it
        return a.id < b.id;
    });
    *entries = result;
    return true;
}

QString ConversationActivity::describe(const ActivityEntry &entry, const Names &names)
{
    const QString &who = entry.userName;
    const QJsonObject &details = entry.details;
    const QString action = entry.action;
    const auto userName = [&names](qint64 id) { return names.users.value(id, tr("a former user")); };
    const auto departmentName = [&names](qint64 id) { return names.departments.value(id, tr("a former department")); };
    const auto text = [&details](const char *key) { return details.value(QLatin1String(key)).toString(); };

    if (entry.kind == ActivityEntry::Kind::Note)
        return tr("%1 wrote an internal note.").arg(who);
    if (action == QLatin1String("assigned")) {
        const QJsonValue user = details.value(QLatin1String("user_id"));
        const QJsonValue department = details.value(QLatin1String("department_id"));
        QString sentence;
        if (const std::optional<qint64> toUser = optionalId(user))
            sentence = tr("%1 assigned the conversation to %2.").arg(who, userName(*toUser));
        else if (const std::optional<qint64> toDepartment = optionalId(department))
            sentence = tr("%1 handed the conversation to %2.").arg(who, departmentName(*toDepartment));
        else if (details.contains(QLatin1String("user_id")) || details.contains(QLatin1String("department_id")))
            sentence = tr("%1 unassigned the conversation.").arg(who);
        else
            return tr("%1 changed who has the conversation.").arg(who);
        if (const std::optional<qint64> fromUser = optionalId(details.value(QLatin1String("from_user_id"))))
            sentence += QLatin1Char(' ') + tr("Before: %1.").arg(userName(*fromUser));
        else if (const std::optional<qint64> fromDepartment = optionalId(details.value(QLatin1String("from_department_id"))))
            sentence += QLatin1Char(' ') + tr("Before: %1.").arg(departmentName(*fromDepartment));
        return sentence;
    }
    if (action == QLatin1String("status")) {
        const QString from = text("from");
        const QString to = text("to");
        if (to.isEmpty())
            return tr("%1 changed the status.").arg(who);
        if (from.isEmpty())
            return tr("%1 set the status to %2.").arg(who, statusName(to));
        return tr("%1 changed the status from %2 to %3.").arg(who, statusName(from), statusName(to));
    }
    if (action == QLatin1String("snoozed")) {
        if (const std::optional<qint64> until = optionalId(details.value(QLatin1String("until"))))
            return tr("%1 snoozed the conversation until %2.").arg(who, localTime(*until));
        return tr("%1 snoozed the conversation.").arg(who);
    }
    if (action == QLatin1String("woke"))
        return tr("%1 woke the conversation from its snooze.").arg(who);
    if (action == QLatin1String("follow_up")) {
        if (const std::optional<qint64> at = optionalId(details.value(QLatin1String("at"))))
            return tr("%1 set a follow-up for %2.").arg(who, localTime(*at));
        if (details.contains(QLatin1String("at")) && details.value(QLatin1String("at")).isNull())
            return tr("%1 cleared the follow-up.").arg(who);
        return tr("%1 changed the follow-up.").arg(who);
    }
    if (action == QLatin1String("tagged")) {
        const QString tag = text("tag");
        return tag.isEmpty() ? tr("%1 added a tag.").arg(who) : tr("%1 added the tag “%2”.").arg(who, tag);
    }
    if (action == QLatin1String("untagged")) {
        const QString tag = text("tag");
        return tag.isEmpty() ? tr("%1 removed a tag.").arg(who) : tr("%1 removed the tag “%2”.").arg(who, tag);
    }
    if (action == QLatin1String("escalated")) {
        const QString reason = text("reason");
        return reason.isEmpty() ? tr("%1 escalated the conversation.").arg(who)
                                : tr("%1 escalated the conversation: %2").arg(who, reason);
    }
    if (action == QLatin1String("escalation_cleared"))
        return tr("%1 cleared the escalation.").arg(who);
    if (action == QLatin1String("note"))
        return tr("%1 wrote an internal note that was later deleted.").arg(who);
    if (action == QLatin1String("reply_queued")) {
        const QString visibility = text("visibility");
        if (visibility == QLatin1String("private"))
            return tr("%1 queued a private reply.").arg(who);
        if (visibility == QLatin1String("public"))
            return tr("%1 queued a public reply.").arg(who);
        return tr("%1 queued a reply.").arg(who);
    }
    if (action == QLatin1String("reply_sent"))
        return tr("%1 sent the reply.").arg(who);
    if (action == QLatin1String("reply_failed")) {
        const QString error = text("error");
        return error.isEmpty() ? tr("%1 could not send the reply.").arg(who)
                               : tr("%1 could not send the reply: %2").arg(who, error);
    }
    if (action == QLatin1String("reply_discarded"))
        return tr("%1 discarded a reply.").arg(who);
    if (action == QLatin1String("priority"))
        return tr("%1 changed the priority from %2 to %3.")
            .arg(who, QString::number(details.value(QLatin1String("from")).toInt()),
                 QString::number(details.value(QLatin1String("to")).toInt()));
    if (action == QLatin1String("automod")) {
        const QString rule = text("rule");
        const QString match = text("match");
        return match.isEmpty() ? tr("%1 applied the auto-moderation rule “%2”.").arg(who, rule)
                               : tr("%1 applied the auto-moderation rule “%2” (%3).").arg(who, rule, match);
    }
    if (action == QLatin1String("automod_reverted"))
        return tr("%1 reverted what the auto-moderation rule “%2” did.").arg(who, text("rule"));
    if (action == QLatin1String("moderated"))
        return moderationSentence(who, details);
    if (action == QLatin1String("moderation_reverted")) {
        const QString moderated = text("action");
        if (moderated == QLatin1String("block"))
            return tr("%1 unblocked %2.").arg(who, authorOrSomeone(details));
        return tr("%1 reverted the moderation of a message.").arg(who);
    }
    if (action == QLatin1String("moderation_remote")) {
        if (details.value(QLatin1String("ok")).toBool())
            return tr("%1 carried out the moderation on the channel.").arg(who);
        return tr("%1 could not carry out the moderation on the channel: %2").arg(who, text("error"));
    }
    if (action == QLatin1String("moderation_notice"))
        return tr("%1 queued a notice to the author about the moderation.").arg(who);
    return tr("%1: %2").arg(who, action);
}

QString ConversationActivity::authorOrSomeone(const QJsonObject &details)
{
    const QString name = details.value(QLatin1String("author_name")).toString();
    return name.isEmpty() ? tr("the author") : name;
}

QString ConversationActivity::moderationSentence(const QString &who, const QJsonObject &details)
{
    const QString action = details.value(QLatin1String("action")).toString();
    QString done;
    if (action == QLatin1String("hide"))
        done = tr("%1 hid a message").arg(who);
    else if (action == QLatin1String("delete"))
        done = tr("%1 deleted a message").arg(who);
    else if (action == QLatin1String("spam"))
        done = tr("%1 marked a message as spam").arg(who);
    else if (action == QLatin1String("block"))
        done = tr("%1 blocked %2").arg(who, authorOrSomeone(details));
    else
        done = tr("%1 moderated a message").arg(who);
    const QString title = details.value(QLatin1String("rule_title")).toString();
    const std::optional<qint64> number = optionalId(details.value(QLatin1String("rule_number")));
    const QString reason = details.value(QLatin1String("reason")).toString();
    if (number && !title.isEmpty())
        return tr("%1 citing rule %2 “%3”.").arg(done, QString::number(*number), title);
    if (!reason.isEmpty())
        return tr("%1: %2").arg(done, reason);
    return tr("%1.").arg(done);
}

} // namespace hearth
