// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hearth {

// Writes that belong together: begun on construction, rolled back on destruction unless
// commit() succeeded. A crash at any point leaves the database as it was before.
// Transactions nest: inside another one on the same connection a Transaction is a
// savepoint, so a composite write (filling the demo, say) made of smaller ones is still
// atomic as a whole.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    bool begin();
    bool execute(const QString &statement);

    QSqlDatabase m_database;
    int m_depth;
    bool m_active = false;
};

} // namespace hearth
