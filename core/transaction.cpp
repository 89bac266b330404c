// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "corelog.h"
#include "sql.h"

#include <QHash>
#include <QSqlError>

namespace hearth {

namespace {
// Open transactions per connection; connections belong to one thread each.
thread_local QHash<QString, int> openTransactions;

QString savepoint(int depth)
{
    return QStringLiteral("hearth_%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
    , m_depth(openTransactions.value(m_database.connectionName()))
{
    m_active = m_depth == 0 ? begin()
                            : execute(QLatin1String("SAVEPOINT ") + savepoint(m_depth));
    if (m_active)
        openTransactions[m_database.connectionName()] = m_depth + 1;
    else
        qCWarning(lcCore) << "Could not begin a transaction:" << m_database.lastError().text();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    const bool rolledBack = m_depth == 0
        ? m_database.rollback()
        : execute(QLatin1String("ROLLBACK TO ") + savepoint(m_depth))
            && execute(QLatin1String("RELEASE ") + savepoint(m_depth));
    if (!rolledBack)
        qCWarning(lcCore) << "Could not roll back:" << m_database.lastError().text();
    openTransactions[m_database.connectionName()] = m_depth;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool committed = m_depth == 0 ? m_database.commit()
                                        : execute(QLatin1String("RELEASE ") + savepoint(m_depth));
    if (!committed) {
        qCWarning(lcCore) << "Could not commit:" << m_database.lastError().text();
        return false;
    }
    m_active = false;
    openTransactions[m_database.connectionName()] = m_depth;
    return true;
}

// SQLite: IMMEDIATE takes the write lock at the start, waiting (busy timeout) for another
// connection's write to end. A deferred transaction that reads first and writes later
// cannot wait: SQLite refuses the upgrade at once with "database is locked" while the
// background integrity check or the sync engine writes.
bool Transaction::begin()
{
    if (m_database.driverName() == QLatin1String("QSQLITE"))
        return execute(QStringLiteral("BEGIN IMMEDIATE"));
    return m_database.transaction();
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_database);
    return sql::exec(query, statement);
}

} // namespace hearth
