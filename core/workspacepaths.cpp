// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace hearth {

namespace {
QString inDataFolder(const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(fileName);
}
} // namespace

QString WorkspacePaths::defaultWorkspace()
{
    return inDataFolder(QStringLiteral("workspace.hearth"));
}

QString WorkspacePaths::demoWorkspace()
{
    return inDataFolder(QStringLiteral("demo.hearth"));
}

} // namespace hearth
