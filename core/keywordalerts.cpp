// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywordalerts.h"

#include "conversationworkflow.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace hearth {

namespace {

constexpr int maxPriority = 3;

QRegularExpression patternFor(const QStringList &words)
{
    QStringList escaped;
    for (const QString &word : words)
        escaped << QRegularExpression::escape(word);
    return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(escaped.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QStringList cleanWords(const QStringList &words)
{
    QStringList clean;
    for (const QString &word : words) {
        if (const QString simple = word.simplified(); !simple.isEmpty() && !clean.contains(simple, Qt::CaseInsensitive))
            clean << simple;
    }
    return clean;
}

} // namespace

KeywordAlerts::KeywordAlerts(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<KeywordAlert> KeywordAlerts::alerts() const
{
    QList<KeywordAlert> alerts;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT id, words, tag, priority FROM keyword_alerts ORDER BY id")))
        return alerts;
    while (query.next()) {
        alerts.append({query.value(0).toLongLong(), query.value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            query.value(2).toString(), query.value(3).toInt()});
    }
    return alerts;
}

qint64 KeywordAlerts::add(const QStringList &words, const QString &tag, int priority)
{
    const QStringList clean = cleanWords(words);
    if (clean.isEmpty())
        return fail(tr("An alert needs at least one word.")), 0;
    if (tag.simplified().isEmpty())
        return fail(tr("An alert needs a tag to mark what it finds.")), 0;
    if (priority < 0 || priority > maxPriority)
        return fail(tr("The priority must be between 0 and %1.").arg(maxPriority)), 0;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("INSERT INTO keyword_alerts (words, tag, priority, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(clean.join(QLatin1Char('\n')));
    query.addBindValue(tag.simplified());
    query.addBindValue(priority);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(query) || !query.next())
        return fail(sql::lastError(query)), 0;
    return query.value(0).toLongLong();
}

QList<QPair<QString, KeywordAlert>> KeywordAlerts::matchNew(qint64 accountId, const QList<IncomingMessage> &messages) const
{
    QList<QPair<QString, KeywordAlert>> matches;
    const QList<KeywordAlert> all = alerts();
    if (all.isEmpty())
        return matches;
    QList<QRegularExpression> patterns;
    for (const KeywordAlert &alert : all)
        patterns << patternFor(alert.words);
    for (const IncomingMessage &message : messages) {
        if (message.outbound)
            continue;
        const QString haystack = message.subject + QLatin1Char('\n') + message.text;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (patterns.at(i).match(haystack).hasMatch() && !isStored(accountId, message.remoteId))
                matches.append({message.remoteId, all.at(i)});
        }
    }
    return matches;
}

bool KeywordAlerts::apply(qint64 accountId, const QList<QPair<QString, KeywordAlert>> &matches)
{
    if (matches.isEmpty())
        return true;
    Transaction transaction(m_workspace.database());
    ConversationWorkflow workflow(m_workspace, 0);
    QSqlQuery find(m_workspace.database());
    sql::prepare(find, QStringLiteral("SELECT conversation_id FROM messages WHERE account_id = ? AND remote_id = ?"));
    QSqlQuery raise(m_workspace.database());
    sql::prepare(raise, QStringLiteral("UPDATE conversations SET priority = ? WHERE id = ? AND priority < ?"));
    QSqlQuery audit(m_workspace.database());
    for (const auto &[remoteId, alert] : matches) {
        find.addBindValue(accountId);
        find.addBindValue(remoteId);
        if (!sql::exec(find))
            return fail(sql::lastError(find));
        if (!find.next())
            continue; // skipped by the store as unreadable
        const qint64 conversationId = find.value(0).toLongLong();
        find.finish();
        if (!workflow.addTag(conversationId, alert.tag))
            return fail(workflow.errorString());
        raise.addBindValue(alert.priority);
        raise.addBindValue(conversationId);
        raise.addBindValue(alert.priority);
        if (!sql::exec(raise))
            return fail(sql::lastError(raise));
        if (!sql::insertAudit(audit, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("keyword_alert"),
                QStringLiteral("conversation"), conversationId,
                {{QStringLiteral("alert"), alert.id}, {QStringLiteral("tag"), alert.tag},
                    {QStringLiteral("priority"), alert.priority},
                    {QStringLiteral("words"), QJsonArray::fromStringList(alert.words)}}))
            return fail(sql::lastError(audit));
    }
    return transaction.commit() || fail(tr("The alerts' tags could not be saved."));
}

bool KeywordAlerts::isStored(qint64 accountId, const QString &remoteId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT 1 FROM messages WHERE account_id = ? AND remote_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(remoteId);
    return sql::exec(query) && query.next();
}

bool KeywordAlerts::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace hearth
