// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "sql.h"
#include "workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace hearth {

const QString DraftStore::publicVisibility = QStringLiteral("public");
const QString DraftStore::privateVisibility = QStringLiteral("private");

DraftStore::DraftStore(const Workspace &workspace)
    : m_workspace(workspace)
{ }

bool DraftStore::isVisibility(const QString &visibility)
{
    return visibility == publicVisibility || visibility == privateVisibility;
}

bool DraftStore::save(qint64 conversationId, qint64 userId, const QString &visibility, const QString &body)
{
    if (body.trimmed().isEmpty())
        return remove(conversationId, userId);
    if (!isVisibility(visibility))
        return fail(tr("A reply is either public or private, not “%1”.").arg(visibility));
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("INSERT INTO drafts (conversation_id, user_id, visibility, body, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation_id, user_id) DO UPDATE SET "
                       "visibility = excluded.visibility, body = excluded.body, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(conversationId);
    query.addBindValue(userId);
    query.addBindValue(visibility);
    query.addBindValue(body);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(query))
        return fail(tr("The draft could not be saved: %1").arg(sql::lastError(query)));
    m_error.clear();
    return true;
}

std::optional<Draft> DraftStore::load(qint64 conversationId, qint64 userId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT visibility, body, updated_at FROM drafts "
                       "WHERE conversation_id = ? AND user_id = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(userId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return Draft {
        conversationId, userId, query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()};
}

bool DraftStore::remove(qint64 conversationId, qint64 userId)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("DELETE FROM drafts WHERE conversation_id = ? AND user_id = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(userId);
    if (!sql::exec(query))
        return fail(tr("The draft could not be deleted: %1").arg(sql::lastError(query)));
    m_error.clear();
    return true;
}

bool DraftStore::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace hearth
