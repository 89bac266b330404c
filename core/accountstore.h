// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// What an account's syncs did so far, for the Channels panel and the engine's schedule.
struct SyncState
{
    std::optional<qint64> lastAttemptAt;
    std::optional<qint64> lastSuccessAt;
    std::optional<qint64> nextSyncAt;
    int failures = 0;   // failed syncs in a row
    QString lastError;  // a whole sentence; empty after a success
    qint64 fetchedTotal = 0;
};

// One channel account as sync sees it: its connection settings (never a secret) and state.
struct SyncAccount
{
    qint64 id = 0;
    QString kind;
    QString name;
    QString address;
    bool demo = false;
    bool paused = false;
    QJsonObject settings;
    SyncState state;
};

// What goes with an account when it is removed.
struct AccountContents
{
    qint64 conversations = 0;
    qint64 messages = 0;
};

// The channel accounts of a workspace: added, paused, removed, their settings and their
// sync state. Every change is one statement or one transaction.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    static const QStringList &kinds(); // email, feed, mastodon, telegram
    // Whether accounts of the kind sign in with a password or token (kept in the keychain).
    static bool needsSecret(const QString &kind);

    explicit AccountStore(const Workspace &workspace);

    QList<SyncAccount> accounts() const;
    std::optional<SyncAccount> account(qint64 id) const;
    std::optional<SyncAccount> accountNamed(const QString &name) const;

    // A new account; 0 on failure (a name already taken, an unknown kind), see errorString().
    qint64 add(const QString &kind, const QString &name, const QString &address, const QJsonObject &settings);
    bool setPaused(qint64 id, bool paused);
    // A new name, address and connection settings; the kind stays.
    bool update(qint64 id, const QString &name, const QString &address, const QJsonObject &settings);
    AccountContents contents(qint64 id) const;
    // The account with its conversations, messages, authors, cursor and sync state, in one
    // transaction. Its secret is the caller's to remove from the keychain after this succeeded.
    bool remove(qint64 id);

    // What one sync did: success resets the failures and the error.
    bool recordSuccess(qint64 id, qint64 at, int fetched, std::optional<qint64> nextSyncAt);
    bool recordFailure(qint64 id, qint64 at, int failures, const QString &error, std::optional<qint64> nextSyncAt);

    // Whether an account (other than exceptId) could take this name; errorString says why not.
    bool checkName(const QString &name, qint64 exceptId) const;

    QString errorString() const { return m_error; }

private:
    QList<SyncAccount> read(const QString &where, const QVariant &value) const;
    bool fail(const QString &error) const;

    const Workspace &m_workspace;
    mutable QString m_error;
};

} // namespace hearth
