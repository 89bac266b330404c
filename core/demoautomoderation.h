// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hearth {

class Workspace;

// The demo's auto-moderation: a live rule that tags links to giveaway and crypto sites
// "spam-suspect" (and has tagged two such replies on Mastodon), and a rule for posts in
// capitals that still runs in dry run, with two shouted posts for its dry run to show.
class DemoAutoModeration
{
    Q_DECLARE_TR_FUNCTIONS(DemoAutoModeration)

public:
    static const QString spamRuleName;
    static const QString capsRuleName;
    static const QString spamTag;

    static bool populate(const Workspace &workspace, qint64 managerId, const QDateTime &now, QString *error);
};

} // namespace hearth
