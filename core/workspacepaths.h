// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth {

// Where workspaces live when the user names none: the user's data folder, shared by the
// app and hearth-cli so both open the same file.
class WorkspacePaths
{
public:
    static QString defaultWorkspace();
    static QString demoWorkspace();
};

} // namespace hearth
