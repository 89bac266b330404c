// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "corelog.h"
#include "migrator.h"
#include "sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

// Static libraries need their resources registered by hand; outside any namespace.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace hearth {

namespace {
constexpr int hearthApplicationId = 0x48525448; // "HRTH", set by migration 0001
constexpr int busyTimeoutMs = 5000;
constexpr int pageCacheKiB = 32 * 1024;
constexpr int newFilePageSize = 8192;
constexpr int walCheckpointBytes = 256 * 1024 * 1024;
constexpr int walSizeLimitBytes = 64 * 1024 * 1024;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("hearth-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Workspace::Workspace()
{
    initCoreResources();
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &path, OpenMode mode)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    if (connect(mode))
        return true;
    close();
    return false;
}

bool Workspace::connect(OpenMode mode)
{
    const bool exists = QFileInfo::exists(m_path);
    if (!exists && mode == OpenMode::ExistingOnly)
        return fail(tr("The file does not exist."));
    if (exists && !checkIsSQLiteFile(m_path))
        return false;
    if (!exists && !QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("Its folder could not be created."));

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return fail(db.lastError().text());

    // Everything that could refuse the file only reads it; nothing is written before.
    Migrator migrator(db);
    if (!checkIsHearthWorkspace())
        return false;
    if (!migrator.canMigrate())
        return fail(migrator.errorString());
    if (!configureConnection())
        return false;
    if (!migrator.migrate())
        return fail(migrator.errorString());
    qCInfo(lcCore).noquote() << "Opened workspace" << m_path << "schema" << schemaVersion()
                             << "journal" << journalMode();
    return true;
}

void Workspace::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Workspace::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    return Migrator(database()).currentVersion();
}

QString Workspace::journalMode() const
{
    QSqlQuery query(database());
    if (!sql::exec(query, QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return QString();
    return query.value(0).toString().toLower();
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    if (!sql::prepare(query, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?")))
        return fallback;
    query.addBindValue(key);
    if (!sql::exec(query) || !query.next())
        return fallback;
    return query.value(0).toString();
}

bool Workspace::setSetting(const QString &key, const QString &value) const
{
    QSqlQuery query(database());
    if (!sql::prepare(query, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value")))
        return false;
    query.addBindValue(key);
    query.addBindValue(value);
    return sql::exec(query);
}

bool Workspace::fail(const QString &reason)
{
    m_error = tr("Could not open the workspace “%1”: %2").arg(QDir::toNativeSeparators(m_path), reason);
    qCWarning(lcCore).noquote() << m_error;
    return false;
}

bool Workspace::checkIsSQLiteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() == 0)
        return true; // an empty file is a new SQLite database
    static const QByteArray header("SQLite format 3\0", 16);
    if (file.read(header.size()) != header)
        return fail(tr("It is not a Hearth workspace (not an SQLite database)."));
    return true;
}

bool Workspace::configureConnection()
{
    QSqlQuery query(database());
    if (!sql::exec(query, QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(sql::lastError(query));
    // A new file gets 8 KiB pages (fewer, fuller pages per write; measured faster ingest). It
    // must be set before the first table and before WAL; an existing file keeps its size.
    if (!sql::exec(query, QStringLiteral("PRAGMA page_size = %1").arg(newFilePageSize))
        || !sql::exec(query, QStringLiteral("PRAGMA page_size")) || !query.next())
        return fail(sql::lastError(query));
    const int pageSize = query.value(0).toInt();
    // WAL lets readers and the sync engine's writer work side by side. Where it cannot work
    // (network shares, some FAT volumes) SQLite keeps another mode; use the rollback journal.
    if (!sql::exec(query, QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return fail(sql::lastError(query));
    if (query.value(0).toString().toLower() != QLatin1String("wal")) {
        qCWarning(lcCore) << "WAL is not available here; using the rollback journal";
        if (!sql::exec(query, QStringLiteral("PRAGMA journal_mode = DELETE")))
            return fail(sql::lastError(query));
    }
    if (!sql::exec(query, QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(sql::lastError(query));
    // Measured with hearth-bench: SQLite's default 2 MB page cache, statement journals in temp
    // files and a checkpoint every 4 MB of WAL made ingest half as fast; a checkpoint writes
    // each changed page once however often the batches since changed it. The WAL is truncated
    // after a checkpoint so it does not stay large on disk.
    for (const QString &pragma : {QStringLiteral("PRAGMA cache_size = -%1").arg(pageCacheKiB),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"),
                                  QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(walCheckpointBytes / pageSize),
                                  QStringLiteral("PRAGMA journal_size_limit = %1").arg(walSizeLimitBytes)}) {
        if (!sql::exec(query, pragma))
            return fail(sql::lastError(query));
    }
    return true;
}

bool Workspace::checkIsHearthWorkspace()
{
    QSqlQuery query(database());
    // Reading the schema is also the first read of the file: a damaged file fails here.
    if (!sql::exec(query, QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return fail(tr("The file is damaged or not a database (%1).").arg(sql::lastError(query)));
    const bool empty = query.value(0).toInt() == 0;
    if (!sql::exec(query, QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(sql::lastError(query));
    if (!empty && query.value(0).toInt() != hearthApplicationId)
        return fail(tr("It is an SQLite database of another program, not a Hearth workspace."));
    return true;
}

} // namespace hearth
