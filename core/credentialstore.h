// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace hearth {

class Workspace;

// What a keychain request did. `found` is false when the keychain answered but holds nothing
// for the account (a feed never has a secret); `error` is a whole sentence otherwise.
struct CredentialResult
{
    bool ok = false;
    bool found = false;
    QString secret;
    QString error;
};

// Each account's password or token in the operating system's keychain (QtKeychain: the Secret
// Service, KWallet, the macOS Keychain, the Windows Credential Manager), never in the workspace
// or in settings, and never in a plain file: there is no insecure fallback. Secrets are kept
// under the workspace's stable id and the account's id, so two workspaces never share one.
// Every call is asynchronous and ends in exactly one call of `done` on this object's thread;
// none comes after this object is gone. Usable on any thread that runs an event loop.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialResult &)>;

    // For the workspace's accounts; the workspace must be open.
    explicit CredentialStore(const Workspace &workspace, QObject *parent = nullptr);
    // For the workspace with this id (the "workspace_id" workspace setting).
    explicit CredentialStore(const QString &workspaceId, QObject *parent = nullptr);

    void write(qint64 accountId, const QString &secret, Done done);
    void read(qint64 accountId, Done done);
    // Removing what is not there succeeds.
    void remove(qint64 accountId, Done done);

    // The keychain's name for the account's secret; also what tests look for in the keychain.
    QString key(qint64 accountId) const;
    static QString service();

private:
    enum class Operation { Write, Read, Remove };
    void run(Operation operation, qint64 accountId, const QString &secret, Done done);

    QString m_workspaceId;
};

} // namespace hearth
