// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "demoworkspace.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace hearth {

namespace {

const QString userColumns = QStringLiteral("id, name, coalesce(email, ''), role, signature");

User readUser(const QSqlQuery &query)
{
    return User{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString()};
}

} // namespace

QString User::firstName() const
{
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

UserDirectory::UserDirectory(const Workspace &workspace)
    : m_workspace(workspace)
{
}

std::optional<User> UserDirectory::signIn(const QString &login, const QString &displayName)
{
    if (login.trimmed().isEmpty()) {
        fail(tr("Hearth cannot tell who is signed in to this computer."));
        return std::nullopt;
    }
    Transaction transaction(m_workspace.database());
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT id FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!sql::exec(query)) {
        fail(sql::lastError(query));
        return std::nullopt;
    }
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    else if (DemoWorkspace::isDemo(m_workspace))
        id = claimDemoUser(login);
    if (!id)
        id = createUser(login, displayName);
    if (!id || !transaction.commit()) {
        fail(tr("Your user could not be stored in the workspace."));
        return std::nullopt;
    }
    return user(*id);
}

std::optional<qint64> UserDirectory::claimDemoUser(const QString &login)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE users SET login = ? WHERE id = "
                                       "(SELECT min(id) FROM users WHERE login IS NULL) RETURNING id"));
    query.addBindValue(login);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> UserDirectory::createUser(const QString &login, const QString &displayName)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("INSERT INTO users (name, login, role, created_at) VALUES (?, ?, "
                                       "CASE WHEN EXISTS (SELECT 1 FROM users) THEN 'agent' ELSE 'admin' END, ?)"));
    query.addBindValue(displayName.trimmed().isEmpty() ? login : displayName.trimmed());
    query.addBindValue(login);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<User> UserDirectory::user(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return readUser(query);
}

QList<User> UserDirectory::users() const
{
    QList<User> users;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY name, id"))) {
        while (query.next())
            users << readUser(query);
    }
    return users;
}

QList<Department> UserDirectory::departments() const
{
    QList<Department> departments;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (sql::exec(query, QStringLiteral("SELECT id, name FROM departments ORDER BY name, id"))) {
        while (query.next())
            departments << Department{query.value(0).toLongLong(), query.value(1).toString()};
    }
    return departments;
}

std::optional<Department> UserDirectory::ensureDepartment(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A department needs a name."));
        return std::nullopt;
    }
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("INSERT INTO departments (name) VALUES (?) "
                                       "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"));
    query.addBindValue(trimmed);
    if (!sql::exec(query) || !query.next()) {
        fail(sql::lastError(query));
        return std::nullopt;
    }
    return Department{query.value(0).toLongLong(), trimmed};
}

bool UserDirectory::setProfile(qint64 userId, const QString &name, const QString &signature)
{
    if (name.trimmed().isEmpty())
        return fail(tr("Your name cannot be empty: customers see it under your replies."));
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE users SET name = ?, signature = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(signature);
    query.addBindValue(userId);
    if (!sql::exec(query))
        return fail(sql::lastError(query));
    return query.numRowsAffected() == 1 || fail(tr("There is no such user."));
}

QString UserDirectory::systemLogin()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable);
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("local"); // one person per workstation, even where nobody is named

}

QString UserDirectory::systemDisplayName()
{
    // Windows and macOS have no portable full-name lookup in Qt; the login serves until the
    // person sets their name in the preferences.
    return systemLogin();
}

bool UserDirectory::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace hearth
