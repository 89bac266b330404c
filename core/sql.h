// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QJsonObject;

// Every SQL statement Hearth runs goes through these, so a failure is logged the same way
// everywhere: the statement and the driver's own words.
namespace hearth::sql {

bool prepare(QSqlQuery &query, const QString &statement);
bool exec(QSqlQuery &query);
bool exec(QSqlQuery &query, const QString &statement);

// The driver's message for the query's last error, for showing to a person.
QString lastError(const QSqlQuery &query);

// Writes one audit_log row with the query (made on the connection whose transaction holds the
// change): at (ms), done by userId (0: Hearth itself) to objectType objectId (0: none), with
// the details as compact JSON. On false, lastError(query) says why.
bool insertAudit(QSqlQuery &query, qint64 at, qint64 userId, const QString &action, const QString &objectType,
    qint64 objectId, const QJsonObject &details);

} // namespace hearth::sql
