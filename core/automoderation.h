// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;
class QSqlQuery;

namespace hearth {

class Workspace;
struct ConversationState;

// An auto-moderation rule: what it looks for in incoming messages and what it does then.
struct AutoModerationRule
{
    qint64 id = 0; // 0: not saved
    QString name;
    QString kind; // keyword, link, caps, repeat
    QString pattern; // keyword: one keyword or phrase a line; link: the allowed hosts, one a line
    int threshold = 0; // caps: percent of capitals; repeat: the same post this often within a day
    QString action; // flag, tag, hide, assign
    QString actionArg; // tag: the tag; assign: "user:ID" or "department:ID"; hide: the netiquette rule id
    QString mode; // dry_run, live, off; empty: dry_run
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What a rule did to a message (a live decision), or would do (a dry run: id 0).
struct AutoModerationDecision
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString authorName;
    QString snippet; // the start of the message, on one line
    QString match; // what matched, for people: the keyword, the host, "85% capitals", "3 posts"
    QString action; // what was (would be) done: flag, tag, hide or assign
    QString actionArg;
    QString note; // why the action is not the rule's (a channel that cannot hide)
    QDateTime messageAt;
    QDateTime decidedAt;
    QDateTime revertedAt; // invalid: in force
    qint64 revertedBy = 0;

    bool isReverted() const { return revertedAt.isValid(); }
};

// Auto-moderation, done by one person (actorUserId) or by Hearth (0). Rules start in dry run:
// dryRun() shows what a rule would do on the latest messages and changes nothing. Live rules
// act in processNew() on the incoming messages queued (automod_pending) while a rule was live;
// each decision is one transaction with its effect, the automod_decisions row (what reverting
// restores) and the audit_log row (object_type 'conversation', user NULL: Hearth), inside the
// message's transaction that takes it off the queue. Editing a live rule's matching or action
// puts it back in dry run. A rule goes live only after a dry run of it as saved (recorded in
// the audit log, action 'automod_rule_dry_run') since its matching or action last changed:
// create() refuses a live rule, setMode() and update() refuse to switch on one not tried.
// Reverting undoes the effect where nobody changed it since. Rule changes are audited
// (object_type 'automod_rule'). A refusal returns false or nullopt, errorString() says why,
// and nothing is written.
class AutoModeration
{
    Q_DECLARE_TR_FUNCTIONS(AutoModeration)

public:
    static const QString keyword;
    static const QString link;
    static const QString caps;
    static const QString repeat;
    static const QString flag;
    static const QString tag;
    static const QString hide;
    static const QString assign;
    static const QString dryRunMode;
    static const QString liveMode;
    static const QString offMode;
    // The tag a flag adds; a flag also raises the priority to at least highPriority.
    static const QString flaggedTag;
    static constexpr int highPriority = 2; // what escalation sets: "high"
    static constexpr int defaultDryRunCount = 500;
    static constexpr int maximumDryRunCount = 5000;
    static constexpr int defaultCapsThreshold = 70;
    static constexpr int defaultRepeatThreshold = 3;
    // processNew() looks at this many messages at most, so a big import does not hold up the UI.
    static constexpr int messagesPerRun = 2000;

    AutoModeration(const Workspace &workspace, qint64 actorUserId);

    void setCurrentTime(const QDateTime &now) { m_now = now; }
    QDateTime currentTime() const;

    static QStringList kinds();
    static QStringList actions();
    static QStringList modes();
    // Whether two rules find and do the same (the name and mode aside).
    static bool sameMatching(const AutoModerationRule &a, const AutoModerationRule &b);

    // Whether a rule can be saved; errorString() says what is wrong.
    bool validate(const AutoModerationRule &rule);
    // Returns the new rule's id.
    std::optional<qint64> create(const AutoModerationRule &rule);
    bool update(const AutoModerationRule &rule);
    bool setMode(qint64 ruleId, const QString &mode);
    bool remove(qint64 ruleId);
    std::optional<AutoModerationRule> rule(qint64 ruleId) const;
    QList<AutoModerationRule> rules() const;

    // What the rule (saved or not) would do on the last count incoming messages, newest first.
    // Changes nothing; a dry run of a saved rule as it is saved is audited, which lets it go live.
    std::optional<QList<AutoModerationDecision>> dryRun(const AutoModerationRule &rule, int count = defaultDryRunCount);
    // Runs the live rules on the queued incoming messages, oldest id first. Only messages that
    // arrived while a rule was live are queued (switching the first rule on empties the
    // queue): a rule never rewrites history. Without live rules nothing is read or written.
    // Returns the decisions made; a decision that fails is skipped (errorString() says why).
    QList<AutoModerationDecision> processNew(int maximumMessages = messagesPerRun);
    // Whether the last processNew() reached the newest message (false: call it again).
    bool caughtUp() const { return m_caughtUp; }
    // Undoes a decision's effect, as this object's actor; the decision stays, marked reverted.
    bool revert(qint64 decisionId);
    // Live decisions, newest first.
    QList<AutoModerationDecision> decisions(int limit = 200) const;
    std::optional<AutoModerationDecision> decision(qint64 decisionId) const;

    QString errorString() const { return m_error; }

private:
    struct Candidate;
    struct Check;
    struct RepeatWindow;

    bool fail(const QString &error);
    bool failSql(const QSqlQuery &query);
    bool validateAction(const AutoModerationRule &rule);
    static QString dryRunFirst(const QString &name);
    // Whether the rule had a dry run as saved since its matching or action last changed.
    std::optional<bool> triedInDryRun(qint64 ruleId);
    bool auditRule(const QString &action, qint64 ruleId, const QJsonObject &details);
    bool audit(std::optional<qint64> userId, const QString &action, qint64 conversationId, const QJsonObject &details);
    bool writeAudit(const QString &objectType, std::optional<qint64> userId, const QString &action, qint64 objectId,
        const QJsonObject &details);
    std::optional<qint64> actor() const { return m_actor ? std::optional<qint64>(m_actor) : std::nullopt; }
    QList<Candidate> candidates(const QString &condition, std::optional<qint64> after, int limit);
    std::optional<QString> matches(const Check &check, const Candidate &message, const RepeatWindow &window) const;
    RepeatWindow repeatWindow(const QList<Check> &checks, const QList<Candidate> &page) const;
    std::optional<QString> repeats(
        const AutoModerationRule &rule, const Candidate &message, const RepeatWindow &window) const;
    bool decideQueued(const QList<Check> &live, const Candidate &message, const RepeatWindow &window,
        QList<AutoModerationDecision> *made);
    AutoModerationDecision propose(
        const AutoModerationRule &rule, const Candidate &message, const QString &match) const;
    bool canHide(const AutoModerationRule &rule, qint64 messageId, QString *whyNot) const;
    bool apply(const AutoModerationRule &rule, const Candidate &message, const QString &match,
        AutoModerationDecision *decided);
    std::optional<QJsonObject> applyEffect(
        const AutoModerationRule &rule, const Candidate &message, qint64 decisionId, QString *action);
    std::optional<QJsonObject> applyFlag(qint64 conversationId);
    std::optional<QJsonObject> applyAssign(const QString &target, qint64 conversationId);
    std::optional<QJsonObject> hideWithModeration(const AutoModerationRule &rule, qint64 messageId, qint64 decisionId);
    bool revertModeration(qint64 moderationActionId);
    bool undoEffect(qint64 conversationId, const QJsonObject &undo);
    bool setPriority(qint64 conversationId, int from, int to, std::optional<qint64> userId);
    bool startWatchingIfIdle(qint64 ruleId);
    bool decided(qint64 ruleId, qint64 messageId) const;
    QList<AutoModerationDecision> readDecisions(const QString &where, const QVariant &value, int limit) const;
    qint64 nowMs() const { return currentTime().toMSecsSinceEpoch(); }

    const Workspace &m_workspace;
    qint64 m_actor;
    QDateTime m_now;
    QString m_error;
    bool m_caughtUp = true;
};

} // namespace hearth
