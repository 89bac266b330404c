// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"
#include "syncerror.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace hearth {

// One page of what a connector fetched, stored in one transaction together with `cursor`.
struct FetchBatch
{
    QList<IncomingMessage> messages;
    QString cursor;       // where the next fetch starts; stored with these messages
    bool more = false;    // another page is waiting: fetch again at once
    QStringList problems; // items that could not be read and were skipped, one line each
};

// Where a reply goes, read from the workspace by the engine for the connector.
struct DeliveryTarget
{
    QString threadId;        // the conversation's thread on the platform
    QString replyToRemoteId; // the newest message from the customer, answered by the reply
    QString authorRemoteId;  // the customer's id on the platform
    QString authorHandle;    // @name, e-mail address, ...
    QString subject;
    QStringList references;  // earlier messages' ids, oldest first (e-mail threading)
    // A reply's: the same for every try of one outbox item and unique across workspaces.
    // Mastodon's Idempotency-Key and e-mail's Message-ID are made from it, so a reply tried
    // again after an unclear failure is known for the same one.
    QString sendKey;
};

// What an outgoing action became.
struct SendResult
{
    bool ok = false;
    QString remoteId;    // the platform's id of what was created, when ok
    SyncError error;     // when not ok
};

// One channel account's connection: fetching and, where the platform allows, sending. A connector makes requests and reads replies;
// it never writes to the workspace: the AccountSync that owns it stores what it fetched,
// with its cursor, in one transaction, and the outbox records what was sent. Every call
// ends in exactly one signal. A connector only does what capabilities() declares; the
// default send and moderate refuse.
class ChannelConnector : public QObject
{
    Q_OBJECT

public:
    enum class Capability {
        Fetch = 0x1,
        PublicReply = 0x2,
        PrivateMessage = 0x4,
        Hide = 0x8,
        Delete = 0x10,
        Block = 0x20,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;

    virtual Capabilities capabilities() const = 0;
    // How long to wait between fetches when nothing more is waiting.
    virtual qint64 pollIntervalMs() const = 0;
    // Fetches what came after `cursor` (nullopt: the first sync). Ends in fetched or failed.
    virtual void fetch(const std::optional<QString> &cursor) = 0;
    // Sends text to the target, publicly or privately. Ends in `sent` with the same token.
    virtual void send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately);
    // Hides, deletes or blocks ("hide", "delete", "block"): the target's replyToRemoteId is
    // the message, its authorRemoteId the author. Ends in `moderated` with the same token.
    virtual void moderate(qint64 token, const QString &action, const DeliveryTarget &target);

protected:
    // A call that cannot even start ends in its one signal all the same, after it returns, as
    // every other outcome does; a send or moderation so refused is a Setup error.
    void refuseFetch(SyncError::Kind kind, const QString &why);
    void refuseSend(qint64 token, const QString &why);
    void refuseModeration(qint64 token, const QString &why);

signals:
    void fetched(const hearth::FetchBatch &batch);
    void failed(const hearth::SyncError &error);
    void sent(qint64 token, const hearth::SendResult &result);
    void moderated(qint64 token, const hearth::SendResult &result);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChannelConnector::Capabilities)

} // namespace hearth

// For signal spies in tests and the sync engine's queued signals.
Q_DECLARE_METATYPE(hearth::FetchBatch)
Q_DECLARE_METATYPE(hearth::SendResult)
