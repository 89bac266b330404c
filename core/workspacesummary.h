// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelaccount.h"

#include <QList>
#include <QMap>
#include <QString>

namespace hearth {

class Workspace;

// What a workspace holds, in numbers: for the status bar, the channel tabs and `info`.
struct WorkspaceSummary
{
    QList<ChannelAccount> accounts;
    int conversations = 0;
    int messages = 0;
    QMap<QString, int> messagesPerLanguage;
    QMap<QString, int> conversationsPerChannelKind;

    // Reads the summary; returns false (and leaves *summary untouched) on a SQL failure.
    static bool read(const Workspace &workspace, WorkspaceSummary *summary);
};

} // namespace hearth
