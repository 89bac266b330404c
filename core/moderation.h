// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

#include "conversationthread.h"

class QJsonObject;
class QSqlQuery;

namespace hearth {

class Workspace;
struct TemplateVersion;

// Why a post was moderated: a rule of the published netiquette, or "other" with a reason.
struct ModerationCitation
{
    std::optional<int> ruleId;
    QString reason; // required without a rule
};

// One moderation action as recorded.
struct ModerationRecord
{
    qint64 id = 0;
    QString action; // hide, delete, spam, block
    qint64 accountId = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    qint64 authorId = 0;
    std::optional<int> ruleId;
    qint64 netiquetteVersionId = 0; // the published version when the action was taken
    QString reason;
    qint64 userId = 0; // 0: auto-moderation
    qint64 automodDecisionId = 0;
    qint64 noticeOutboxId = 0;
    QString remoteState; // local, pending, done, failed
    qint64 createdAt = 0;
    std::optional<qint64> revertedAt;
    qint64 revertedBy = 0;
};

// Moderation of a channel's posts by one person (actorUserId; 0 with setAutomodDecision()
// for auto-moderation). Each action checks that the message's channel allows it
// (ChannelCapabilities), that hide, delete and block cite a rule of the published netiquette
// or give a reason, and is one transaction: the moderation_actions row (rule id and published
// version), the message's or author's new state, and the audit_log row (object_type
// 'conversation', so it shows in the conversation's activity). On a demo account the action
// is carried out locally (remote_state 'local'); elsewhere the account's connector carries it
// out (remote_state 'pending'). A refusal returns nullopt / false, errorString() says why,
// and nothing is written.
class Moderation
{
    Q_DECLARE_TR_FUNCTIONS(Moderation)

public:
    static const QString hide;
    static const QString remove; // "delete"
    static const QString spam;
    static const QString block;

    Moderation(const Workspace &workspace, qint64 actorUserId);

    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const;
    // Records the actions as done by this auto-moderation decision.
    void setAutomodDecision(qint64 decisionId) { m_automodDecision = decisionId; }

    // Whether the message's channel allows this action at all (for menus), and why not.
    bool isAllowed(qint64 messageId, const QString &action, QString *whyNot = nullptr) const;

    std::optional<qint64> hideMessage(qint64 messageId, const ModerationCitation &citation);
    std::optional<qint64> deleteMessage(qint64 messageId, const ModerationCitation &citation);
    std::optional<qint64> markSpam(qint64 messageId);
    // Blocks the message's author on its account.
    std::optional<qint64> blockAuthor(qint64 messageId, const ModerationCitation &citation);
    // Any of the four actions, with the notice of sendNotice() from the template version when
    // noticeTemplateVersionId is not 0, as one transaction: a refused notice leaves nothing done.
    std::optional<qint64> moderate(qint64 messageId, const QString &action, const ModerationCitation &citation,
        qint64 noticeTemplateVersionId = 0);

    // Queues a notice to the message's author in the conversation's language, from an
    // approved template (its {{rule.N}} render the cited rule), linked to the action.
    // Returns the outbox id.
    std::optional<qint64> sendNotice(qint64 actionId, qint64 templateVersionId);

    // Undoes an action: the message or author as before; the record stays, marked reverted,
    // and so does the auto-moderation decision that took it, if one did.
    bool revert(qint64 actionId);

    std::optional<ModerationRecord> record(qint64 actionId) const;
    // A conversation's actions, oldest first.
    QList<ModerationRecord> actions(qint64 conversationId) const;

    // The newest message from outside the team in the conversation (not yet moderated, when
    // unmoderatedOnly), without reading the whole conversation.
    std::optional<qint64> newestIncoming(qint64 conversationId, bool unmoderatedOnly) const;
    // The conversation's newest incoming messages, at most limit of them, oldest first.
    QList<ThreadMessage> incomingMessages(qint64 conversationId, int limit) const;
    // Who wrote the message, as the thread names them.
    QString authorName(qint64 messageId) const;
    // The kind of channel the conversation is on ("mastodon", ...), empty if there is none.
    QString channelKind(qint64 conversationId) const;

    // The rule ids a text cites with {{rule.N}}.
    static QSet<int> citedRules(const QString &text);
    // Approved templates that cite a rule ({{rule.N}}): what a notice is written from.
    QList<TemplateVersion> noticeTemplates() const;
    // The notice sendNotice() would queue, without queueing it: for a preview.
    std::optional<QString> renderNotice(qint64 messageId, std::optional<int> ruleId, qint64 templateVersionId);
    // What the thread shows on a moderated message: "Deleted by Jonas Becker — rule 3 “No
    // spam”", in the language of the rule titles given.
    QString summary(const ModerationRecord &record, const QString &language) const;

    QString errorString() const { return m_error; }

private:
    struct Target;
    std::optional<qint64> act(qint64 messageId, const QString &action, const ModerationCitation &citation);
    std::optional<Target> target(qint64 messageId) const;
    bool revertDecision(qint64 decisionId);
    bool audit(const QString &action, qint64 conversationId, const QJsonObject &details);
    QList<ModerationRecord> readRecords(const QString &where, qint64 id) const;
    std::optional<QString> noticeText(const Target &target, std::optional<int> ruleId, qint64 templateVersionId,
        QString *language, QHash<QString, QString> *values);
    qint64 nowMs() const { return currentTime().toMSecsSinceEpoch(); }
    bool fail(const QString &error);
    bool failSql(const QSqlQuery &query);

    const Workspace &m_workspace;
    qint64 m_actor;
    qint64 m_automodDecision = 0;
    QDateTime m_now;
    QString m_error;
};

} // namespace hearth
