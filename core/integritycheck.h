// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hearth {

class Workspace;

// Checks a workspace's file, its references and its search index. Slow on a large
// workspace: run it off the UI thread, on a connection of its own.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    enum class Depth { Quick, Full };

    // The problems found, in plain words; empty when the workspace is sound.
    static QStringList run(const Workspace &workspace, Depth depth);
    // Opens the workspace at path on this thread's own connection and checks it.
    static QStringList run(const QString &path, Depth depth);
    // Rebuilds what can be derived from the messages and conversations (the search index and
    // the conversation counters), in one transaction. Returns false with *error set.
    static bool rebuildDerivedData(const Workspace &workspace, QString *error);
};

} // namespace hearth
