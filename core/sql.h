// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Every SQL statement Hearth runs goes through these, so a failure is logged the same way
// everywhere: the statement and the driver's own words.
namespace hearth::sql {

bool prepare(QSqlQuery &query, const QString &statement);
bool exec(QSqlQuery &query);
bool exec(QSqlQuery &query, const QString &statement);

// The driver's message for the query's last error, for showing to a person.
QString lastError(const QSqlQuery &query);

} // namespace hearth::sql
