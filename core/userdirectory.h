// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

struct User
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role; // agent, manager or admin
    QString signature;

    QString firstName() const;
};

// Where a case can be handed when another part of the company must act on it.
struct Department
{
    qint64 id = 0;
    QString name;
};

// The people who work in a workspace, and the departments cases are handed to. The person at
// this workstation is found by their operating-system login.
class UserDirectory
{
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)

public:
    explicit UserDirectory(const Workspace &workspace);

    // The user with this login. Without one: in a demo workspace the first demo person
    // without a login becomes theirs (so the demo's "Mine" has cases); elsewhere a new user
    // is created, an admin when they are the workspace's first user, else an agent.
    std::optional<User> signIn(const QString &login, const QString &displayName);
    std::optional<User> user(qint64 id) const;
    QList<User> users() const;
    QList<Department> departments() const;
    // The department with this name, created if there is none.
    std::optional<Department> ensureDepartment(const QString &name);
    bool setProfile(qint64 userId, const QString &name, const QString &signature);
    QString errorString() const { return m_error; }

    // The operating system's login and, where it knows one, the person's full name.
    static QString systemLogin();
    static QString systemDisplayName();

private:
    std::optional<qint64> claimDemoUser(const QString &login);
    std::optional<qint64> createUser(const QString &login, const QString &displayName);
    bool fail(const QString &error);

    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
