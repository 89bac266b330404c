// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation.h"

#include "channelcapabilities.h"
#include "conversationthread.h"
#include "netiquettelibrary.h"
#include "outbox.h"
#include "placeholders.h"
#include "sql.h"
#include "templatelibrary.h"
#include "transaction.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace hearth {

const QString Moderation::hide = QStringLiteral("hide");
const QString Moderation::remove = QStringLiteral("delete");
const QString Moderation::spam = QStringLiteral("spam");
const QString Moderation::block = QStringLiteral("block");

// The moderated message with what an action needs to know about it.
struct Moderation::Target
{
    qint64 messageId = 0;
    qint64 accountId = 0;
    qint64 conversationId = 0;
    std::optional<qint64> authorId;
    QString authorName;
    bool authorBlocked = false;
    bool outbound = false;
    QString moderation; // the message's state now
    QString channelKind;
    bool demo = false;
    QString language; // the message's
};

namespace {
const QString recordColumns = QStringLiteral(
    "id, action, account_id, conversation_id, message_id, author_id, rule_id, netiquette_version_id, reason, "
    "user_id, automod_decision_id, notice_outbox_id, remote_state, created_at, reverted_at, reverted_by");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// What messages.moderation becomes; block leaves the message as it is.
QString messageState(const QString &action)
{
    if (action == Moderation::hide)
        return QStringLiteral("hidden");
    if (action == Moderation::remove)
        return QStringLiteral("deleted");
    if (action == Moderation::spam)
        return QStringLiteral("spam");
    return QString();
}
} // namespace

QSet<int> Moderation::citedRules(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*rule\\.(\\d+)"));
    QSet<int> ids;
    for (auto it = reference.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1).toInt());
    return ids;
}

Moderation::Moderation(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_actor(actorUserId)
{ }

QDateTime Moderation::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool Moderation::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool Moderation::failSql(const QSqlQuery &query)
{
    return fail(tr("The moderation could not be recorded: %1").arg(sql::lastError(query)));
}

std::optional<Moderation::Target> Moderation::target(qint64 messageId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT m.id, m.account_id, m.conversation_id, m.author_id, coalesce(au.name, ''), "
                       "  au.blocked_at, m.direction, m.moderation, a.kind, a.is_demo, m.lang "
                       "FROM messages m JOIN accounts a ON a.id = m.account_id "
                       "LEFT JOIN authors au ON au.id = m.author_id WHERE m.id = ?"));
    query.addBindValue(messageId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    Target found;
    found.messageId = query.value(0).toLongLong();
    found.accountId = query.value(1).toLongLong();
    found.conversationId = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        found.authorId = query.value(3).toLongLong();
    found.authorName = query.value(4).toString();
    found.authorBlocked = !query.value(5).isNull();
    found.outbound = query.value(6).toString() == QLatin1String("out");
    found.moderation = query.value(7).toString();
    found.channelKind = query.value(8).toString();
    found.demo = query.value(9).toInt() == 1;
    found.language = query.value(10).toString();
    return found;
}

bool Moderation::isAllowed(qint64 messageId, const QString &action, QString *whyNot) const
{
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    const std::optional<Target> found = target(messageId);
    if (!found)
        return refuse(tr("The message is no longer in the workspace."));
    if (found->outbound)
        return refuse(tr("This message was written by the team; moderation is for other people's posts."));
    const ChannelCapabilities channel = ChannelCapabilities::forKind(found->channelKind);
    if (!channel.canModerate(action))
        return refuse(channel.moderationRefusal(action));
    if (action == block && !found->authorId)
        return refuse(tr("The message has no known author to block."));
    return true;
}

bool Moderation::audit(const QString &action, qint64 conversationId, const QJsonObject &details)
{
    QSqlQuery query(m_workspace.database());
    return sql::insertAudit(query, nowMs(), m_actor, action, QStringLiteral("conversation"), conversationId, details)
        || failSql(query);
}

std::optional<qint64> Moderation::hideMessage(qint64 messageId, const ModerationCitation &citation)
{
    return act(messageId, hide, citation);
}

std::optional<qint64> Moderation::deleteMessage(qint64 messageId, const ModerationCitation &citation)
{
    return act(messageId, remove, citation);
}

std::optional<qint64> Moderation::markSpam(qint64 messageId)
{
    return act(messageId, spam, {});
}

std::optional<qint64> Moderation::blockAuthor(qint64 messageId, const ModerationCitation &citation)
{
    return act(messageId, block, citation);
}

std::optional<qint64> Moderation::moderate(
    qint64 messageId, const QString &action, const ModerationCitation &citation, qint64 noticeTemplateVersionId)
{
    Transaction transaction(m_workspace.database());
    const std::optional<qint64> done = action == remove ? deleteMessage(messageId, citation)
        : action == hide                                ? hideMessage(messageId, citation)
        : action == spam                                ? markSpam(messageId)
                                                        : blockAuthor(messageId, citation);
    if (!done || (noticeTemplateVersionId && !sendNotice(*done, noticeTemplateVersionId)))
        return std::nullopt; // the transaction rolls the action back
    if (!transaction.commit()) {
        fail(tr("The moderation could not be recorded: the workspace refused the change."));
        return std::nullopt;
    }
    m_error.clear();
    return done;
}

std::optional<qint64> Moderation::act(qint64 messageId, const QString &action, const ModerationCitation &citation)
{
    QString whyNot;
    if (!isAllowed(messageId, action, &whyNot)) {
        fail(whyNot);
        return std::nullopt;
    }
    const Target found = *target(messageId);
    if (m_actor > 0 ? !UserDirectory(m_workspace).user(m_actor) : m_automodDecision <= 0) {
        fail(tr("Only a person of this workspace, or its auto-moderation, can moderate."));
        return std::nullopt;
    }
    if (action == block && found.authorBlocked) {
        fail(tr("%1 is already blocked.").arg(found.authorName));
        return std::nullopt;
    }
    if (action != block && !found.moderation.isEmpty()) {
        fail(tr("This message was already moderated; revert that first."));
        return std::nullopt;
    }

    const NetiquetteLibrary netiquette(m_workspace, m_actor);
    std::optional<CitableRule> rule;
    if (citation.ruleId) {
        rule = netiquette.publishedRule(*citation.ruleId, found.language);
        if (!rule) {
            fail(tr("Rule %1 is not in the published netiquette: cite a rule your readers can find.")
                     .arg(*citation.ruleId));
            return std::nullopt;
        }
    } else if (action != spam && citation.reason.trimmed().isEmpty()) {
        fail(tr("Choose the rule of the netiquette that was broken, or “Other” with a reason."));
        return std::nullopt;
    }
    qint64 versionId = rule ? rule->versionId : 0;
    if (!rule) {
        if (const std::optional<NetiquetteVersion> published = netiquette.publishedVersion())
            versionId = published->id;
    }
    const ChannelCapabilities channel = ChannelCapabilities::forKind(found.channelKind);
    const bool local = found.demo || !channel.moderationReachesPlatform(action);
    const QString reason = citation.reason.trimmed();

    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query,
        QStringLiteral("INSERT INTO moderation_actions (action, account_id, conversation_id, message_id, author_id, "
                       "rule_id, netiquette_version_id, reason, user_id, automod_decision_id, remote_state, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(action);
    query.addBindValue(found.accountId);
    query.addBindValue(found.conversationId);
    query.addBindValue(found.messageId);
    query.addBindValue(found.authorId ? QVariant(*found.authorId) : QVariant());
    query.addBindValue(rule ? QVariant(rule->ruleId) : QVariant());
    query.addBindValue(idOrNull(versionId));
    query.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    query.addBindValue(idOrNull(m_actor));
    query.addBindValue(idOrNull(m_automodDecision));
    query.addBindValue(local ? QStringLiteral("local") : QStringLiteral("pending"));
    query.addBindValue(nowMs());
    if (!transaction.isActive() || !sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    const qint64 actionId = query.lastInsertId().toLongLong();
    if (action == block) {
        sql::prepare(query, QStringLiteral("UPDATE authors SET blocked_at = ? WHERE id = ?"));
        query.addBindValue(nowMs());
        query.addBindValue(*found.authorId);
    } else {
        sql::prepare(query, QStringLiteral("UPDATE messages SET moderation = ? WHERE id = ?"));
        query.addBindValue(messageState(action));
        query.addBindValue(found.messageId);
    }
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    QJsonObject details {{QStringLiteral("action"), action}, {QStringLiteral("action_id"), actionId},
        {QStringLiteral("message_id"), found.messageId}, {QStringLiteral("author_name"), found.authorName}};
    if (rule) {
        details.insert(QStringLiteral("rule_id"), rule->ruleId);
        details.insert(QStringLiteral("rule_number"), rule->number);
        details.insert(QStringLiteral("rule_title"), rule->title);
    }
    if (versionId)
        details.insert(QStringLiteral("version_id"), versionId);
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (m_automodDecision)
        details.insert(QStringLiteral("automod_decision_id"), m_automodDecision);
    if (!audit(QStringLiteral("moderated"), found.conversationId, details))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The moderation could not be recorded: the workspace refused the change."));
        return std::nullopt;
    }
    m_error.clear();
    return actionId;
}

std::optional<QString> Moderation::noticeText(const Target &target, std::optional<int> ruleId, qint64 templateVersionId,
    QString *language, QHash<QString, QString> *values)
{
    TemplateLibrary templates(m_workspace, m_actor);
    const std::optional<TemplateVersion> version = templates.store().version(templateVersionId);
    if (!version) {
        fail(tr("There is no such template version."));
        return std::nullopt;
    }
    *language = version->bestLanguage(target.language);
    const std::optional<TemplateVariant> variant = version->variant(*language);
    const QSet<int> cited = variant ? citedRules(variant->body) : QSet<int>();
    if (ruleId && !cited.isEmpty() && !cited.contains(*ruleId)) {
        fail(tr("The template “%1” cites another rule than the one this moderation cites.").arg(version->title));
        return std::nullopt;
    }
    ConversationThread thread;
    if (!ConversationThread::load(m_workspace, target.conversationId, &thread)) {
        fail(tr("The conversation could not be read."));
        return std::nullopt;
    }
    *values = Placeholders::valuesFor(thread, UserDirectory(m_workspace).user(m_actor).value_or(User()));
    values->insert(NetiquetteLibrary(m_workspace, m_actor).placeholderValues(*language));
    const std::optional<QString> text = templates.render(templateVersionId, *language, *values);
    if (!text)
        fail(templates.errorString());
    return text;
}

std::optional<QString> Moderation::renderNotice(qint64 messageId, std::optional<int> ruleId, qint64 templateVersionId)
{
    const std::optional<Target> found = target(messageId);
    if (!found) {
        fail(tr("The message is no longer in the workspace."));
        return std::nullopt;
    }
    QString language;
    QHash<QString, QString> values;
    return noticeText(*found, ruleId, templateVersionId, &language, &values);
}

std::optional<qint64> Moderation::sendNotice(qint64 actionId, qint64 templateVersionId)
{
    const std::optional<ModerationRecord> done = record(actionId);
    const std::optional<Target> found = done ? target(done->messageId) : std::nullopt;
    if (!done || !found) {
        fail(tr("There is no such moderation, or its message is gone."));
        return std::nullopt;
    }
    if (done->revertedAt || done->noticeOutboxId) {
        fail(done->revertedAt ? tr("This moderation was reverted; there is nothing to tell the author.")
                              : tr("A notice about this moderation was already sent."));
        return std::nullopt;
    }
    const ChannelCapabilities channel = ChannelCapabilities::forKind(found->channelKind);
    if (!channel.canReply()) {
        fail(channel.noReplyReason());
        return std::nullopt;
    }
    QString language;
    QHash<QString, QString> values;
    const std::optional<QString> text = noticeText(*found, done->ruleId, templateVersionId, &language, &values);
    if (!text)
        return std::nullopt;

    // Privately where the channel can: a notice is between the team and the author.
    const QString visibility = channel.canMessagePrivately() ? QStringLiteral("private") : QStringLiteral("public");
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    Outbox outbox(m_workspace);
    const std::optional<qint64> outboxId = outbox.queue(found->conversationId, m_actor, visibility, *text, false);
    if (!outboxId) {
        fail(outbox.errorString());
        return std::nullopt;
    }
    TemplateLibrary templates(m_workspace, m_actor);
    templates.setCurrentTime(currentTime());
    if (!templates.recordUse(templateVersionId, language, found->conversationId, outboxId, *text, values)) {
        fail(templates.errorString());
        return std::nullopt;
    }
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE moderation_actions SET notice_outbox_id = ? WHERE id = ?"));
    query.addBindValue(*outboxId);
    query.addBindValue(actionId);
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    const QJsonObject details {{QStringLiteral("action"), done->action}, {QStringLiteral("action_id"), actionId},
        {QStringLiteral("outbox_id"), *outboxId}, {QStringLiteral("template_version_id"), templateVersionId}};
    if (!audit(QStringLiteral("moderation_notice"), found->conversationId, details) || !transaction.commit()) {
        fail(tr("The notice could not be queued."));
        return std::nullopt;
    }
    m_error.clear();
    return outboxId;
}

bool Moderation::revert(qint64 actionId)
{
    const std::optional<ModerationRecord> done = record(actionId);
    if (!done)
        return fail(tr("There is no such moderation."));
    if (done->revertedAt)
        return fail(tr("This moderation was already reverted."));
    if (!UserDirectory(m_workspace).user(m_actor))
        return fail(tr("Only a person of this workspace can revert a moderation."));
    if (done->action == remove && done->remoteState == QLatin1String("done"))
        return fail(tr("The message was deleted on its platform; Hearth cannot bring it back there."));

    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    QSqlQuery query(db);
    sql::prepare(query, QStringLiteral("UPDATE moderation_actions SET reverted_at = ?, reverted_by = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(m_actor);
    query.addBindValue(actionId);
    if (!transaction.isActive() || !sql::exec(query))
        return failSql(query);
    if (done->action == block) {
        sql::prepare(query, QStringLiteral("UPDATE authors SET blocked_at = NULL WHERE id = ?"));
        query.addBindValue(done->authorId);
    } else {
        sql::prepare(query, QStringLiteral("UPDATE messages SET moderation = NULL WHERE id = ?"));
        query.addBindValue(done->messageId);
    }
    if (!sql::exec(query))
        return failSql(query);
    if (done->automodDecisionId && !revertDecision(done->automodDecisionId))
        return false;
    const std::optional<Target> found = target(done->messageId);
    const QJsonObject details {{QStringLiteral("action"), done->action}, {QStringLiteral("action_id"), actionId},
        {QStringLiteral("message_id"), done->messageId},
        {QStringLiteral("author_name"), found ? found->authorName : QString()}};
    if (!audit(QStringLiteral("moderation_reverted"), done->conversationId, details))
        return false;
    if (!transaction.commit())
        return fail(tr("The moderation could not be reverted: the workspace refused the change."));
    m_error.clear();
    return true;
}

// The auto-moderation decision stands no more either, so its window does not offer to revert it.
bool Moderation::revertDecision(qint64 decisionId)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("UPDATE automod_decisions SET reverted_at = ?, reverted_by = ? "
                       "WHERE id = ? AND reverted_at IS NULL"));
    query.addBindValue(nowMs());
    query.addBindValue(m_actor);
    query.addBindValue(decisionId);
    return sql::exec(query) || failSql(query);
}

std::optional<qint64> Moderation::newestIncoming(qint64 conversationId, bool unmoderatedOnly) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND direction = 'in'")
            + (unmoderatedOnly ? QStringLiteral(" AND moderation IS NULL") : QString())
            + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    query.addBindValue(conversationId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<ThreadMessage> Moderation::incomingMessages(qint64 conversationId, int limit) const
{
    QList<ThreadMessage> result;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT id, author_name, body_text, lang, coalesce(moderation, '') FROM messages "
                       "WHERE conversation_id = ? AND direction = 'in' ORDER BY id DESC LIMIT ?"));
    query.addBindValue(conversationId);
    query.addBindValue(limit);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        ThreadMessage message;
        message.id = query.value(0).toLongLong();
        message.authorName = query.value(1).toString();
        message.text = query.value(2).toString();
        message.lang = query.value(3).toString();
        message.moderation = query.value(4).toString();
        result.prepend(message);
    }
    return result;
}

QString Moderation::authorName(qint64 messageId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT author_name FROM messages WHERE id = ?"));
    query.addBindValue(messageId);
    return sql::exec(query) && query.next() ? query.value(0).toString() : QString();
}

QString Moderation::channelKind(qint64 conversationId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT a.kind FROM conversations c JOIN accounts a ON a.id = c.account_id WHERE c.id = ?"));
    query.addBindValue(conversationId);
    return sql::exec(query) && query.next() ? query.value(0).toString() : QString();
}

QList<ModerationRecord> Moderation::readRecords(const QString &where, qint64 id) const
{
    QList<ModerationRecord> result;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM moderation_actions WHERE ") + where
            + QStringLiteral(" ORDER BY created_at, id"));
    query.addBindValue(id);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        ModerationRecord r;
        r.id = query.value(0).toLongLong();
        r.action = query.value(1).toString();
        r.accountId = query.value(2).toLongLong();
        r.conversationId = query.value(3).toLongLong();
        r.messageId = query.value(4).toLongLong();
        r.authorId = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            r.ruleId = query.value(6).toInt();
        r.netiquetteVersionId = query.value(7).toLongLong();
        r.reason = query.value(8).toString();
        r.userId = query.value(9).toLongLong();
        r.automodDecisionId = query.value(10).toLongLong();
        r.noticeOutboxId = query.value(11).toLongLong();
        r.remoteState = query.value(12).toString();
        r.createdAt = query.value(13).toLongLong();
        if (!query.value(14).isNull())
            r.revertedAt = query.value(14).toLongLong();
        r.revertedBy = query.value(15).toLongLong();
        result << r;
    }
    return result;
}

std::optional<ModerationRecord> Moderation::record(qint64 actionId) const
{
    const QList<ModerationRecord> found = readRecords(QStringLiteral("id = ?"), actionId);
    return found.isEmpty() ? std::nullopt : std::optional<ModerationRecord>(found.constFirst());
}

QList<ModerationRecord> Moderation::actions(qint64 conversationId) const
{
    return readRecords(QStringLiteral("conversation_id = ?"), conversationId);
}

QList<TemplateVersion> Moderation::noticeTemplates() const
{
    QList<TemplateVersion> result;
    const QList<TemplateVersion> offered = TemplateStore(m_workspace).offered();
    for (const TemplateVersion &version : offered) {
        for (const TemplateVariant &variant : version.variants) {
            if (!citedRules(variant.body).isEmpty()) {
                result << version;
                break;
            }
        }
    }
    return result;
}

QString Moderation::summary(const ModerationRecord &record, const QString &language) const
{
    QString who = tr("auto-moderation");
    if (record.userId > 0) {
        const std::optional<User> user = UserDirectory(m_workspace).user(record.userId);
        who = user ? user->name : tr("a former user");
    }
    QString sentence;
    if (record.action == hide)
        sentence = tr("Hidden by %1").arg(who);
    else if (record.action == remove)
        sentence = tr("Deleted by %1").arg(who);
    else if (record.action == spam)
        sentence = tr("Marked as spam by %1").arg(who);
    else
        sentence = tr("Author blocked by %1").arg(who);
    if (record.ruleId) {
        // The rule as it read in the version cited, in the reader's language if it has one.
        QSqlQuery query(m_workspace.database());
        sql::prepare(query,
            QStringLiteral("SELECT r.number, r.title FROM netiquette_rules r "
                           "JOIN netiquette_versions v ON v.id = r.version_id "
                           "WHERE r.version_id = ? AND r.rule_id = ? "
                           "ORDER BY CASE WHEN r.lang = ? THEN 0 WHEN r.lang = v.source_lang THEN 1 ELSE 2 END "
                           "LIMIT 1"));
        query.addBindValue(record.netiquetteVersionId);
        query.addBindValue(*record.ruleId);
        query.addBindValue(language);
        if (sql::exec(query) && query.next())
            return tr("%1 — rule %2 “%3”").arg(sentence, query.value(0).toString(), query.value(1).toString());
        return tr("%1 — rule #%2").arg(sentence, QString::number(*record.ruleId));
    }
    return record.reason.isEmpty() ? sentence : tr("%1 — %2").arg(sentence, record.reason);
}

} // namespace hearth
