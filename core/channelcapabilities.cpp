// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelcapabilities.h"

namespace hearth {

namespace {
// What each channel lets its account do to someone else's post. allowed: text is the effect
// (for a tooltip); not allowed: why not. remote: the platform is told (else only Hearth's view
// changes). No channel Hearth has today can hide another person's post; channels that can
// (Facebook and YouTube comments) will declare it here.
struct ModerationSupport
{
    const char *kind;
    const char *action;
    bool allowed;
    bool remote;
    const char *text;
};
// clang-format off
const ModerationSupport moderationTable[] = {
    {"email", "hide", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "An e-mail cannot be hidden: it is in the mailbox. Delete it or mark it as spam instead.")},
    {"email", "delete", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Deletes the e-mail from the mailbox.")},
    {"email", "spam", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Moves the e-mail to the Junk folder.")},
    {"email", "block", true, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Blocks the sender in Hearth: their future mail is marked as spam.")},
    {"feed", "hide", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "This item is on a site Hearth only reads: it cannot be hidden there. Mark it as spam to take it out of "
        "the inbox.")},
    {"feed", "delete", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "This item is on a site Hearth only reads: it cannot be deleted there. Mark it as spam to take it out of "
        "the inbox.")},
    {"feed", "spam", true, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Takes the item out of the inbox (only in Hearth: the site is not told).")},
    {"feed", "block", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "The authors of a feed write on other sites: Hearth cannot block them.")},
    {"mastodon", "hide", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Mastodon does not let an account hide other people's posts. Report it as spam or block the account.")},
    {"mastodon", "delete", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Mastodon does not let an account delete other people's posts; only their server's moderators can. "
        "Report it as spam or block the account.")},
    {"mastodon", "spam", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Reports the post to its server as spam.")},
    {"mastodon", "block", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Blocks the account: its posts no longer reach you.")},
    {"telegram", "hide", false, false, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Telegram cannot hide a message. Delete it instead (in groups where the bot may delete messages).")},
    {"telegram", "delete", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Deletes the message in the chat (in groups where the bot may delete messages).")},
    {"telegram", "spam", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Deletes the message as spam.")},
    {"telegram", "block", true, true, QT_TRANSLATE_NOOP("ChannelCapabilities",
        "Bans the member from the chat.")},
};
// clang-format on

const ModerationSupport *support(const QString &kind, const QString &action)
{
    for (const ModerationSupport &row : moderationTable) {
        if (kind == QLatin1String(row.kind) && action == QLatin1String(row.action))
            return &row;
    }
    return nullptr;
}
} // namespace

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

namespace hearth {

QStringList ChannelCapabilities::moderationActions()
{
    return {QStringLiteral("hide"), QStringLiteral("delete"), QStringLiteral("spam"), QStringLiteral("block")};
}

bool ChannelCapabilities::canModerate(const QString &action) const
{
    const ModerationSupport *row = support(m_kind, action);
    return row && row->allowed;
}

bool ChannelCapabilities::canHide() const
{
    return canModerate(QStringLiteral("hide"));
}

bool ChannelCapabilities::canDelete() const
{
    return canModerate(QStringLiteral("delete"));
}

bool ChannelCapabilities::canMarkSpam() const
{
    return canModerate(QStringLiteral("spam"));
}

bool ChannelCapabilities::canBlock() const
{
    return canModerate(QStringLiteral("block"));
}

QString ChannelCapabilities::moderationEffect(const QString &action) const
{
    const ModerationSupport *row = support(m_kind, action);
    return row && row->allowed ? tr(row->text) : QString();
}

QString ChannelCapabilities::moderationRefusal(const QString &action) const
{
    const ModerationSupport *row = support(m_kind, action);
    if (row)
        return row->allowed ? QString() : tr(row->text);
    if (!moderationActions().contains(action))
        return tr("“%1” is not a moderation action.").arg(action);
    return tr("Hearth cannot moderate posts on this channel.");
}

bool ChannelCapabilities::moderationReachesPlatform(const QString &action) const
{
    const ModerationSupport *row = support(m_kind, action);
    return row && row->allowed && row->remote;
}

} // namespace hearth
