// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "corelog.h"
#include "sql.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace hearth {

Migrator::Migrator(QSqlDatabase database, const QString &migrationsDir)
    : m_database(std::move(database))
{
    static const QRegularExpression stepName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(migrationsDir);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = stepName.match(file);
        if (match.hasMatch())
            m_steps.insert(match.captured(1).toInt(), dir.filePath(file));
        else
            qCWarning(lcCore) << "Ignoring a migration with an unexpected name:" << file;
    }
}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_database);
    if (!sql::exec(query, QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.lastKey();
}

bool Migrator::canMigrate()
{
    const int current = currentVersion();
    if (current < 0) {
        m_error = tr("The schema version could not be read.");
        return false;
    }
    if (current > latestVersion()) {
        m_error = tr("It was created by a newer version of Hearth (schema %1; this version knows "
                     "up to %2). Update Hearth to open it; the file was not changed.")
                      .arg(current)
                      .arg(latestVersion());
        return false;
    }
    return true;
}

bool Migrator::migrate()
{
    if (!canMigrate())
        return false;
    for (int version = currentVersion() + 1; version <= latestVersion(); ++version) {
        if (!m_steps.contains(version)) {
            m_error = tr("Migration %1 is missing from this build.").arg(version);
            return false;
        }
        if (!applyStep(version, m_steps.value(version)))
            return false;
    }
    return true;
}

bool Migrator::applyStep(int version, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Migration %1 could not be read: %2").arg(version).arg(file.errorString());
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());

    Transaction transaction(m_database);
    QSqlQuery query(m_database);
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        if (!sql::exec(query, statement)) {
            m_error = tr("Migration %1 failed: %2").arg(version).arg(sql::lastError(query));
            return false;
        }
    }
    // PRAGMA takes no bound parameters; the version is an integer we produced ourselves.
    if (!sql::exec(query, QStringLiteral("PRAGMA user_version = %1").arg(version)) || !transaction.commit()) {
        m_error = tr("Migration %1 could not be committed: %2").arg(version).arg(sql::lastError(query));
        return false;
    }
    qCInfo(lcCore) << "Workspace schema migrated to version" << version;
    return true;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool inLineComment = false;
    bool inBlockComment = false;

    auto isTriggerStillOpen = [](const QString &statement) {
        const QString text = statement.simplified().toUpper();
        return text.startsWith(QLatin1String("CREATE TRIGGER")) && !text.endsWith(QLatin1String("END"));
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (inLineComment) {
            inLineComment = c != QLatin1Char('\n');
            continue;
        }
        if (inBlockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                inBlockComment = false;
                ++i;
            }
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            inBlockComment = true;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        if (c == QLatin1Char(';') && !isTriggerStillOpen(current)) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace hearth
