// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "corelog.h"

#include <QSqlError>

namespace hearth {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    m_active = m_database.transaction();
    if (!m_active)
        qCWarning(lcCore) << "Could not begin a transaction:" << m_database.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active && !m_database.rollback())
        qCWarning(lcCore) << "Could not roll back:" << m_database.lastError().text();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_database.commit()) {
        qCWarning(lcCore) << "Could not commit:" << m_database.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

} // namespace hearth
