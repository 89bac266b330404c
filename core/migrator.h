// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearth {

// Brings a workspace's schema up to date with numbered SQL migrations kept as resources
// (":/migrations/0001_initial.sql", ...). The schema version is SQLite's user_version;
// each step and its new version are committed in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QSqlDatabase database, const QString &migrationsDir = QStringLiteral(":/migrations"));

    int currentVersion() const;
    int latestVersion() const;
    // Whether this program can open the schema at all: false for an unreadable or newer one.
    bool canMigrate();
    // Applies every missing step, or none; refuses a schema newer than this program knows.
    bool migrate();
    QString errorString() const { return m_error; }

    // Splits a migration script into statements, keeping trigger bodies whole.
    static QStringList splitStatements(const QString &script);

private:
    bool applyStep(int version, const QString &fileName);

    QSqlDatabase m_database;
    QMap<int, QString> m_steps; // version -> resource file
    QString m_error;
};

} // namespace hearth
