// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth {

// One account on one channel: a mailbox, a feed, a Mastodon or Telegram account.
struct ChannelAccount
{
    qint64 id = 0;
    QString kind;    // "email", "feed", "mastodon", "telegram"
    QString name;    // what the team calls it
    QString address; // mailbox address, handle or feed URL
    bool demo = false; // demo accounts never contact the network
    int conversationCount = 0;
};

} // namespace hearth
