// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelcapabilities.h"

namespace hearth {

ChannelCapabilities ChannelCapabilities::forKind(const QString &kind)
{
    ChannelCapabilities capabilities;
    capabilities.m_kind = kind;
    if (kind == QLatin1String("email")) {
        capabilities.m_private = true; // an e-mail reply reaches only its recipient
    } else if (kind == QLatin1String("mastodon")) {
        capabilities.m_public = true;
        capabilities.m_private = true;
    } else if (kind == QLatin1String("telegram")) {
        capabilities.m_private = true;
    }
    // Feeds are for monitoring: what is said elsewhere is read here and answered there.
    return capabilities;
}

QString ChannelCapabilities::publicReplyLabel() const
{
    return tr("Public reply");
}

QString ChannelCapabilities::privateMessageLabel() const
{
    if (m_kind == QLatin1String("email"))
        return tr("E-mail reply");
    if (m_kind == QLatin1String("telegram"))
        return tr("Chat message");
    return tr("Private message");
}

QString ChannelCapabilities::noReplyReason() const
{
    if (canReply())
        return QString();
    if (m_kind == QLatin1String("feed"))
        return tr("This conversation comes from a feed, which Hearth only monitors: it cannot be answered from "
                  "Hearth. Answer it where it was posted.");
    return tr("Hearth cannot answer conversations on this channel.");
}

} // namespace hearth
