// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QSqlQuery;

namespace hearth {

class Workspace;

// Where a conversation stands in the team's work, as the workflow actions see it.
struct ConversationState
{
    qint64 id = 0;
    QString status;
    int priority = 0;
    std::optional<qint64> assigneeId;
    std::optional<qint64> departmentId;
    QDateTime snoozedUntil; // invalid: not snoozed
    QDateTime followUpAt; // invalid: none
    QDateTime escalatedAt; // invalid: not escalated
    std::optional<qint64> escalatedBy;
    QString escalationReason;
    QStringList tags;

    bool isEscalated() const { return escalatedAt.isValid(); }
};

// The workflow actions on one conversation, done by one person (actorUserId; 0 for
// Hearth itself). Each action is one transaction together with its audit_log row
// (object_type 'conversation'), so the activity of a conversation is exactly what was done
// to it. Bad input or a conversation that does not exist: false, errorString() says why,
// and nothing is written. An action that changes nothing (assigning to whoever already has
// it, adding a tag it has) succeeds and writes nothing.
class ConversationWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ConversationWorkflow)

public:
    ConversationWorkflow(const Workspace &workspace, qint64 actorUserId);

    // The time actions are recorded at: now unless set (the demo replays its past with it).
    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const;

    // A person, a department, both (a person following up a case handed to a department),
    // or neither: unassigned.
    bool assign(qint64 conversationId, std::optional<qint64> userId, std::optional<qint64> departmentId);
    // new, open, waiting or resolved; snoozing goes through snooze(). Leaving 'snoozed'
    // this way forgets the snooze time.
    bool setStatus(qint64 conversationId, const QString &status);
    // Out of sight until then; must be in the future. wakeSnoozed() brings it back.
    bool snooze(qint64 conversationId, const QDateTime &until);
    // A reminder to come back to the case (nullopt: none). A time in the past is due now.
    bool setFollowUp(qint64 conversationId, const std::optional<QDateTime> &at);
    // Tags are found case-insensitively and created on first use.
    bool addTag(qint64 conversationId, const QString &tag);
    bool removeTag(qint64 conversationId, const QString &tag);
    // Makes the tags exactly these (as the Tags dialog edits them): every removal and
    // addition audited, all in one transaction.
    bool setTags(qint64 conversationId, const QStringList &tags);
    // Marks the case for the team and management: who, when, why; priority at least 2; a
    // resolved or snoozed conversation opens again.
    bool escalate(qint64 conversationId, const QString &reason);
    bool clearEscalation(qint64 conversationId);
    // An internal note, never sent to the customer.
    bool addNote(qint64 conversationId, const QString &text);

    // Snoozes that are due become open again, audited as done by Hearth (user_id NULL).
    // Returns the ids woken; on failure nothing changes and an empty list is returned.
    static QList<qint64> wakeSnoozed(const Workspace &workspace, const QDateTime &now, QString *error = nullptr);
    QList<qint64> wakeSnoozed(const QDateTime &now);

    std::optional<ConversationState> state(qint64 conversationId) const;
    // Every tag in the workspace, for offering while tagging.
    QStringList allTags() const;

    QString errorString() const { return m_error; }

    static const QStringList &settableStatuses();

private:
    bool fail(const QString &error);
    bool failSql(const QSqlQuery &query);
    bool audit(const QString &action, qint64 conversationId, const QJsonObject &details);
    std::optional<ConversationState> existing(qint64 conversationId);
    std::optional<QString> findTag(const QString &name, qint64 *id) const;
    bool rowExists(const QString &statement, qint64 id);
    std::optional<qint64> actor() const { return m_actor ? std::optional<qint64>(m_actor) : std::nullopt; }
    qint64 nowMs() const { return currentTime().toMSecsSinceEpoch(); }

    const Workspace &m_workspace;
    qint64 m_actor;
    QDateTime m_now;
    QString m_error;
};

} // namespace hearth
