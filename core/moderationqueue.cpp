// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderationqueue.h"

#include "channelconnector.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace hearth {

ModerationQueue::ModerationQueue(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<qint64> ModerationQueue::pending(qint64 accountId)
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT id FROM moderation_actions WHERE account_id = ? AND remote_state = 'pending' "
                       "AND reverted_at IS NULL ORDER BY id"));
    query.addBindValue(accountId);
    QList<qint64> ids;
    if (!sql::exec(query)) {
        m_error = sql::lastError(query);
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool ModerationQueue::record(qint64 actionId, const SendResult &result)
{
    Transaction transaction(m_workspace.database());
    QSqlQuery update(m_workspace.database());
    sql::prepare(update,
        QStringLiteral("UPDATE moderation_actions SET remote_state = ? WHERE id = ? AND remote_state = 'pending' "
                       "RETURNING action, conversation_id"));
    update.addBindValue(result.ok ? QStringLiteral("done") : QStringLiteral("failed"));
    update.addBindValue(actionId);
    if (!sql::exec(update)) {
        m_error = sql::lastError(update);
        return false;
    }
    if (!update.next()) {
        m_error = tr("The moderation action is no longer waiting for its channel.");
        return false;
    }
    QJsonObject details {{QStringLiteral("moderation_id"), actionId},
        {QStringLiteral("action"), update.value(0).toString()}, {QStringLiteral("ok"), result.ok}};
    if (!result.ok)
        details.insert(QStringLiteral("error"), result.error.message);
    const qint64 conversationId = update.value(1).toLongLong();
    update.finish();
    QSqlQuery audit(m_workspace.database());
    if (!sql::insertAudit(audit, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("moderation_remote"),
            QStringLiteral("conversation"), conversationId, details)) {
        m_error = sql::lastError(audit);
        return false;
    }
    if (!transaction.commit()) {
        m_error = tr("The moderation's result could not be saved.");
        return false;
    }
    return true;
}

} // namespace hearth
