// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelaccount.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// What a workspace holds, in numbers: for the status bar, the channel tabs and `info`.
// read() uses the counters the database keeps, so it is cheap at any size; the message
// statistics below count rows and belong off the UI thread on a large workspace.
struct WorkspaceSummary
{
    QList<ChannelAccount> accounts;
    int conversations = 0;

    QMap<QString, int> conversationsPerChannelKind() const;
    QHash<qint64, QString> accountKinds() const; // account id -> channel kind

    // Reads the summary; returns false (and leaves *summary untouched) on a SQL failure.
    static bool read(const Workspace &workspace, WorkspaceSummary *summary);
    static std::optional<qint64> messageCount(const Workspace &workspace);
    static QMap<QString, int> messagesPerLanguage(const Workspace &workspace);
};

} // namespace hearth
