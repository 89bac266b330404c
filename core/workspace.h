// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace hearth {

// One workspace is one SQLite file. A Workspace object owns one connection to it and is
// used on the thread that opened it; other threads open their own.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (and if needed creates and migrates) the workspace at path. On failure the
    // file is left exactly as it was and errorString() names it and says why.
    bool open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    QString journalMode() const;

    // Workspace-wide key/value settings kept inside the file.
    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value) const;

private:
    bool connect(OpenMode mode);
    bool fail(const QString &reason);
    bool checkIsSQLiteFile(const QString &path);
    bool configureConnection();
    bool checkIsHearthWorkspace();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace hearth
