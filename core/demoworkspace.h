// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hearth {

class Workspace;

// The demo workspace: Sunny Squeeze, a fictional lemonade brand, with a few hundred
// conversations in five languages across e-mail, feeds, Mastodon and Telegram. Its accounts
// are marked as demo accounts and never contact the network.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static constexpr int conversationCount = 300;

    // Opens the demo workspace at path, filling it on first use; later opens keep what is there.
    static bool open(Workspace &workspace, const QString &path, QString *error);
    // Fills an empty, open workspace in one transaction, with times relative to now.
    static bool populate(Workspace &workspace, const QDateTime &now, QString *error);
    static bool isDemo(const Workspace &workspace);
};

} // namespace hearth
