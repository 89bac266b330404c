// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hearth {

// What a reply can be on one kind of channel. One small table for now; connectors will
// declare their own capabilities when they exist.
class ChannelCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCapabilities)

public:
    static ChannelCapabilities forKind(const QString &kind);

    bool canReply() const { return m_public || m_private; }
    // A reply everyone can see (a Mastodon reply).
    bool canReplyPublicly() const { return m_public; }
    // A reply only the person sees: a direct message, a chat message, an e-mail.
    bool canMessagePrivately() const { return m_private; }

    // What each kind of reply is called on this channel, for the composer's mode switch.
    QString publicReplyLabel() const;
    QString privateMessageLabel() const;
    // Why a conversation on this channel cannot be answered, when it cannot.
    QString noReplyReason() const;

    // Moderation of someone else's post, as the platform allows it (the table in
    // channelcapabilities.cpp). Actions are Moderation's names: hide, delete, spam, block.
    static QStringList moderationActions();
    bool canModerate(const QString &action) const;
    bool canHide() const;
    bool canDelete() const;
    bool canMarkSpam() const;
    bool canBlock() const;
    // What the action does on this channel, for a tooltip; empty where it cannot be done.
    QString moderationEffect(const QString &action) const;
    // Why the action cannot be done on this channel; empty where it can.
    QString moderationRefusal(const QString &action) const;
    // Whether the platform is told about the action (else it only changes Hearth's view).
    bool moderationReachesPlatform(const QString &action) const;

private:
    QString m_kind;
    bool m_public = false;
    bool m_private = false;
};

} // namespace hearth
