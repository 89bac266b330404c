// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

// One reply on its way out.
struct OutboxItem
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 userId = 0; // who wrote it; 0 once that user is gone
    QString visibility; // "public" or "private"
    QString body; // exactly what is sent: placeholders filled, signature appended
    QString state; // queued, sending, failed or sent
    int attempts = 0;
    QString lastError;
    std::optional<qint64> nextAttemptAt; // a failed reply retried by itself from then on
    std::optional<qint64> messageId; // the thread's message, once sent
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isPrivate() const { return visibility == QLatin1String("private"); }
};

// Replies between the composer and the channel. A reply is queued together with the
// deletion of its draft, so what was typed is always in one of the two. A reply is claimed
// (sending) before it is handed to the channel and is never handed over again unless the
// agent says so: one that was being sent when Hearth stopped becomes failed, for the agent
// to check the conversation before retrying. Every step is in the audit log.
//
//   queued -> sending -> sent
//                     -> failed -> (by itself when due, or retry/edit) queued/sending
//                               -> discarded (deleted)
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static const QString queued;
    static const QString sending;
    static const QString failed;
    static const QString sent;
    // Automatic retries: exponential backoff from one second, at most 15 minutes apart,
    // with full jitter so that many failed replies do not all return at once.
    static constexpr qint64 backoffBaseMs = 1000;
    static constexpr qint64 backoffCapMs = 15 * 60 * 1000;

    explicit Outbox(const Workspace &workspace);

    // Queues a reply and deletes the author's draft of it in one transaction. Refused for
    // an empty text, and where the channel cannot carry that kind of reply. deleteDraft
    // false: the reply is not what the draft holds ("Take private" answers in public while
    // the private message is still being written).
    std::optional<qint64> queue(
        qint64 conversationId, qint64 userId, const QString &visibility, const QString &body, bool deleteDraft = true);

    std::optional<OutboxItem> item(qint64 id) const;
    // The conversation's replies not sent yet (queued, sending, failed), oldest first.
    QList<OutboxItem> items(qint64 conversationId) const;
    // Replies to hand to the channel now: queued ones, and failed ones whose retry is due.
    QList<OutboxItem> pending() const;
    QList<OutboxItem> pending(qint64 now) const;
    // When the next failed reply is due to be retried by itself, if any is.
    std::optional<qint64> nextRetryAt() const;

    // Claims a queued or failed reply for sending. False if it is not there to claim, so
    // two senders never send the same reply.
    bool markSending(qint64 id);
    // The channel took the reply: it joins the thread as the team's message, all at once.
    bool markSent(qint64 id, const QString &remoteId);
    // The channel refused it. A retryable error comes back by itself after a backoff;
    // another waits for the agent.
    bool markFailed(qint64 id, const QString &error, bool retryable = true);

    // What the agent does with a failed reply. byUserId: who did it (0: its author).
    bool retry(qint64 id, qint64 byUserId = 0);
    bool edit(qint64 id, const QString &newBody, qint64 byUserId = 0);
    bool discard(qint64 id, qint64 byUserId = 0);
    // Takes a failed reply back into userId's draft (as draftBody) and out of the outbox,
    // in one transaction: the composer's "Edit".
    bool returnToDraft(qint64 id, qint64 userId, const QString &draftBody);

    // At start-up: replies left in 'sending' by a crash may or may not have reached the
    // channel. They become failed, never sent again by themselves. The number of them, or
    // -1 on failure.
    int recoverInterrupted();

    QString errorString() const { return m_error; }

    // The wait before automatic attempt number `attempts` (1 = after the first failure);
    // random in [0, 1).
    static qint64 backoffDelay(int attempts, double random);

private:
    bool changeFailed(qint64 id, qint64 byUserId, const QString &action, const std::optional<QString> &newBody);
    std::optional<OutboxItem> itemInState(qint64 id, const QStringList &states, const QString &refusal);
    static QString busyMessage();
    bool fail(const QString &error);

    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
