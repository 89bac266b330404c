// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace hearth {

// The icon and the translated name of each kind of channel.
class ChannelIcons
{
    Q_DECLARE_TR_FUNCTIONS(ChannelIcons)

public:
    static QIcon icon(const QString &kind);
    static QIcon unifiedInbox();
    static QIcon application();
    static QString kindName(const QString &kind);
};

} // namespace hearth
