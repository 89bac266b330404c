// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox.h"

#include <QString>

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

// Hands a reply to its channel: the sending side of a channel connector. Called by the
// OutboxDispatcher with a reply it has claimed; never called twice for one claim. An
// implementation finds the account, thread and recipient from item.conversationId.
class MessageDelivery
{
public:
    virtual ~MessageDelivery() = default;
    virtual DeliveryResult deliver(const OutboxItem &item) = 0;
};

} // namespace hearth
