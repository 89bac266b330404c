// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox.h"

#include <QString>

#include <functional>

namespace hearth {

// What became of one attempt to hand a reply to its channel.
struct DeliveryResult
{
    bool ok = false;
    QString remoteId; // the platform's id of the message the reply became, when ok
    QString error; // a whole translated sentence, when not ok
    bool retryable = true; // false: trying again by itself cannot help (nothing is set up)

    static DeliveryResult delivered(const QString &remoteId) { return {true, remoteId, QString(), false}; }
    static DeliveryResult failed(const QString &error, bool retryable = true)
    {
        return {false, QString(), error, retryable};
    }
};

// Hands a reply to its channel. Called by the OutboxDispatcher with a reply it has claimed;
// never called twice for one claim. An implementation finds the account, thread and
// recipient from item.conversationId, and calls `done` exactly once, on the caller's thread:
// at once (nothing to wait for) or when the channel answered.
class MessageDelivery
{
public:
    using Done = std::function<void(const DeliveryResult &result)>;

    virtual ~MessageDelivery() = default;
    virtual void deliver(const OutboxItem &item, const Done &done) = 0;
};

} // namespace hearth
