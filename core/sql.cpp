// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "corelog.h"

#include <QSqlError>

namespace hearth::sql {

namespace {
bool reportFailure(const QSqlQuery &query, const QString &statement)
{
    qCWarning(lcCore).noquote() << "SQL failed:" << statement.simplified() << "--"
                                << query.lastError().text();
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

} // namespace hearth::sql
