// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelicons.h"

#include "uiresources.h"

namespace hearth {

namespace {
QIcon resourceIcon(const QString &name)
{
    initUiResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}
} // namespace

QIcon ChannelIcons::icon(const QString &kind)
{
    static const QStringList known{QStringLiteral("email"), QStringLiteral("feed"),
                                   QStringLiteral("mastodon"), QStringLiteral("telegram")};
    return known.contains(kind) ? resourceIcon(QLatin1String("channel-") + kind) : unifiedInbox();
}

QIcon ChannelIcons::unifiedInbox()
{
    return resourceIcon(QStringLiteral("channel-unified"));
}

QIcon ChannelIcons::application()
{
    return resourceIcon(QStringLiteral("hearth"));
}

QString ChannelIcons::kindName(const QString &kind)
{
    if (kind == QLatin1String("email"))
        return tr("E-mail");
    if (kind == QLatin1String("feed"))
        return tr("Feed");
    if (kind == QLatin1String("mastodon"))
        return tr("Mastodon");
    if (kind == QLatin1String("telegram"))
        return tr("Telegram");
    return kind;
}

} // namespace hearth
