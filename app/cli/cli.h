// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace hearth {

struct SyncAccount;

// hearth-cli: parses the command line, opens the workspace and runs one command. Every
// command returns one of the documented exit codes (docs/cli.md).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode {
        Success = 0,
        Failed = 1,          // the command ran and failed: integrity problems, a bad query
        UsageError = 2,      // the command line is wrong
        WorkspaceError = 3,  // the workspace could not be opened
        PartialImport = 4,   // import finished but skipped malformed lines
    };

    Cli();
    int run(const QStringList &arguments);

private:
    enum class Access { ReadOnly, CreateIfMissing };

    int usage(const QString &message);
    bool openWorkspace(Access access);
    bool openFile(QFile *file, const QString &fileName, QIODevice::OpenMode mode);
    std::optional<qint64> accountId(const QString &name);
    std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                    int minPositional, int maxPositional);

    int info();
    int import(const QStringList &arguments);
    int exportMessages(const QStringList &arguments);
    int search(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int conversations(const QStringList &arguments);
    int listConversations(const QStringList &arguments);
    int showConversation(const QStringList &arguments);
    int check(const QStringList &arguments);
    int templates(const QStringList &arguments);
    int listTemplates(const QStringList &arguments);
    int showTemplate(const QStringList &arguments);
    int exportTemplates(const QStringList &arguments);
    int importTemplates(const QStringList &arguments);
    int automod(const QStringList &arguments);
    int sync(const QStringList &arguments);
    CredentialResult keychain(const std::function<void(CredentialStore &, const CredentialStore::Done &)> &request);
    CredentialResult readSecret(const SyncAccount &account);
    int accounts(const QStringList &arguments);
    int listAccounts(const QStringList &arguments);
    int addAccount(const QStringList &arguments);
    int removeAccount(const QStringList &arguments);
    int netiquette(const QStringList &arguments);
    int showNetiquette(const QStringList &arguments);
    int exportNetiquette(const QStringList &arguments);

    QTextStream m_out;
    QTextStream m_err;
    QString m_workspacePath;
    bool m_demo = false;
    Workspace m_workspace;
};

} // namespace hearth
