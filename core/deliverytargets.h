// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QCoreApplication>

#include <optional>

namespace hearth {

class Workspace;

// Where an outgoing action goes, read from the workspace for the connector that carries it
// out: the conversation's thread, the message answered or moderated, its author, and (for
// e-mail threading) the ids of the conversation's earlier messages.
class DeliveryTargets
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryTargets)

public:
    // E-mail's References header grows with every reply; RFC 5322 lets a long one keep the
    // thread's root and its newest ids.
    static constexpr int maxReferences = 20;

    explicit DeliveryTargets(const Workspace &workspace);

    // A reply in the conversation answers its newest message from outside the team;
    // `outboxId` is the reply's item in the outbox.
    std::optional<DeliveryTarget> forReply(qint64 conversationId, qint64 outboxId, qint64 *accountId);
    // A moderation action: its message (replyToRemoteId) and that message's author.
    std::optional<DeliveryTarget> forModeration(qint64 actionId, qint64 *accountId, QString *action);

    QString errorString() const { return m_error; }

private:
    bool readConversation(qint64 conversationId, DeliveryTarget *target, qint64 *accountId);
    bool readReferences(qint64 conversationId, DeliveryTarget *target);
    bool readAuthor(qint64 authorId, DeliveryTarget *target);
    bool fail(const QString &error);

    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
