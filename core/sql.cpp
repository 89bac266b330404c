// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "corelog.h"

#include <QSqlError>

namespace hearth::sql {

namespace {
bool reportFailure(const QSqlQuery &query, const QString &statement)
{
    qCWarning(lcCore).noquote() << "SQL failed:" << statement.simplified() << "--" << query.lastError().text();
    return false;
}
} // namespace

bool prepare(QSqlQuery &query, const QString &statement)
{
    return query.prepare(statement) || reportFailure(query, statement);
}

bool exec(QSqlQuery &query)
{
    return query.exec() || reportFailure(query, query.lastQuery());
}

bool exec(QSqlQuery &query, const QString &statement)
{
    return query.exec(statement) || reportFailure(query, statement);
}

QString lastError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool insertAudit(QSqlQuery &query, qint64 at, qint64 userId, const QString &action, const QString &objectType,
    qint64 objectId, const QJsonObject &details)
{
    const auto idOrNull = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    if (!prepare(query,
            QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, object_id, details) "
                           "VALUES (?, ?, ?, ?, ?, ?)")))
        return false;
    query.addBindValue(at);
    query.addBindValue(idOrNull(userId));
    query.addBindValue(action);
    query.addBindValue(objectType);
    query.addBindValue(idOrNull(objectId));
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return exec(query);
}

} // namespace hearth::sql
