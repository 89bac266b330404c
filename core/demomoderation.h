// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hearth {

class Workspace;

// The demo's moderated conversations: some of the trolls' posts deleted (Telegram) or their
// authors blocked (Mastodon) citing the published netiquette's rules, by the manager or an
// agent, and one post marked as spam. Run after the demo's netiquette is published.
class DemoModeration
{
    Q_DECLARE_TR_FUNCTIONS(DemoModeration)

public:
    static bool populate(
        const Workspace &workspace, qint64 agentId, qint64 managerId, const QDateTime &now, QString *error);
};

} // namespace hearth
