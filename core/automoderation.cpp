// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "automoderation.h"

#include "automodmatcher.h"
#include "conversationworkflow.h"
#include "corelog.h"
#include "messagestore.h"
#include "moderation.h"
#include "netiquettelibrary.h"
#include "sql.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>

#include <algorithm>
#include <limits>

namespace hearth {

const QString AutoModeration::keyword = QStringLiteral("keyword");
const QString AutoModeration::link = QStringLiteral("link");
const QString AutoModeration::caps = QStringLiteral("caps");
const QString AutoModeration::repeat = QStringLiteral("repeat");
const QString AutoModeration::flag = QStringLiteral("flag");
const QString AutoModeration::tag = QStringLiteral("tag");
const QString AutoModeration::hide = QStringLiteral("hide");
const QString AutoModeration::assign = QStringLiteral("assign");
const QString AutoModeration::dryRunMode = QStringLiteral("dry_run");
const QString AutoModeration::liveMode = QStringLiteral("live");
const QString AutoModeration::offMode = QStringLiteral("off");
const QString AutoModeration::flaggedTag = QStringLiteral("flagged");

// An incoming message as the rules see it.
struct AutoModeration::Candidate
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 createdAt = 0;
};

namespace {

constexpr int maximumNameLength = 80;
constexpr int maximumTagLength = 60; // as ConversationWorkflow
constexpr int maximumKeywordLength = 200;
constexpr int maximumPatternLines = 1000;
constexpr int minimumCapsThreshold = 50;
constexpr int minimumRepeatThreshold = 2;
constexpr int maximumRepeatThreshold = 20;
constexpr int pageSize = 100;
constexpr int snippetLength = 120;
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

const QString candidateColumns = QStringLiteral(
    "SELECT id, conversation_id, coalesce(author_id, 0), author_name, body_text, created_at FROM messages "
    "WHERE direction = 'in' ");

// The message ids of the day up to a message's time: [start, end).
qint64 dayStartId(qint64 createdAt)
{
    return (createdAt - dayMs + 1) * MessageStore::idsPerMillisecond;
}

qint64 dayEndId(qint64 createdAt)
{
    return (createdAt + 1) * MessageStore::idsPerMillisecond;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue jsonId(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalId(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as NULL; the columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString snippet(const QString &text)
{
    const QString line = text.left(snippetLength * 4).simplified();
    return line.size() > snippetLength ? line.left(snippetLength) + QChar(0x2026) : line;
}

bool containsTag(const QStringList &tags, const QString &tag)
{
    return tags.contains(tag, Qt::CaseInsensitive);
}

// "user:12" or "department:3".
std::optional<std::pair<QString, qint64>> parseTarget(const QString &target)
{
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = target.mid(colon + 1).trimmed().toLongLong(&ok);
    const QString kind = target.left(colon).trimmed();
    if (colon < 0 || !ok || id <= 0 || (kind != QLatin1String("user") && kind != QLatin1String("department")))
        return std::nullopt;
    return std::make_pair(kind, id);
}

// The columns a rule's edit sets, in the order both statements list them.
void bindRule(QSqlQuery &query, const AutoModerationRule &rule, const QString &mode)
{
    query.addBindValue(rule.name.trimmed());
    query.addBindValue(rule.kind);
    query.addBindValue(notNull(rule.pattern.trimmed()));
    query.addBindValue(rule.threshold);
    query.addBindValue(rule.action);
    query.addBindValue(notNull(rule.actionArg.simplified()));
    query.addBindValue(mode);
}

QJsonObject ruleDetails(const AutoModerationRule &rule, const QString &mode)
{
    return {{QStringLiteral("name"), rule.name.trimmed()}, {QStringLiteral("kind"), rule.kind},
        {QStringLiteral("action"), rule.action}, {QStringLiteral("mode"), mode}};
}

} // namespace

AutoModeration::AutoModeration(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_actor(actorUserId)
{ }

QDateTime AutoModeration::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QStringList AutoModeration::kinds()
{
    return {keyword, link, caps, repeat};
}

QStringList AutoModeration::actions()
{
    return {flag, tag, hide, assign};
}

QStringList AutoModeration::modes()
{
    return {dryRunMode, liveMode, offMode};
}

// ---- Rules ----

bool AutoModeration::validate(const AutoModerationRule &rule)
{
    m_error.clear();
    const QString name = rule.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Give the rule a name."));
    if (name.size() > maximumNameLength)
        return fail(tr("A rule's name can be at most %n character(s) long.", nullptr, maximumNameLength));
    if (!kinds().contains(rule.kind))
        return fail(tr("Choose what the rule looks for: keywords, links, capitals or repeated posts."));
    if (!rule.mode.isEmpty() && !modes().contains(rule.mode))
        return fail(tr("“%1” is not a mode; a rule is in dry run, live or off.").arg(rule.mode));

    const QStringList entries = AutoModerationMatcher::lines(rule.pattern);
    if (entries.size() > maximumPatternLines)
        return fail(tr("A rule can list at most %n line(s).", nullptr, maximumPatternLines));
    if (rule.kind == keyword) {
        if (entries.isEmpty())
            return fail(tr("Enter at least one keyword or phrase, one per line."));
        for (const QString &entry : entries) {
            if (entry.size() > maximumKeywordLength)
                return fail(
                    tr("A keyword or phrase can be at most %n character(s) long.", nullptr, maximumKeywordLength));
            if (AutoModerationMatcher::fold(entry).isEmpty())
                return fail(tr("“%1” has no letters or digits to look for.").arg(entry));
        }
    } else if (rule.kind == link) {
        for (const QString &entry : entries) {
            if (AutoModerationMatcher::normalizedHost(entry).isEmpty())
                return fail(tr("“%1” is not a host name such as example.com.").arg(entry));
        }
    } else if (rule.kind == caps) {
        if (rule.threshold < minimumCapsThreshold || rule.threshold > 100)
            return fail(tr("The share of capitals must be between %1% and 100%.").arg(minimumCapsThreshold));
    } else if (rule.threshold < minimumRepeatThreshold || rule.threshold > maximumRepeatThreshold) {
        return fail(tr("A post counts as repeated when it comes between %1 and %2 times a day.")
                        .arg(minimumRepeatThreshold)
                        .arg(maximumRepeatThreshold));
    }
    return validateAction(rule);
}

bool AutoModeration::validateAction(const AutoModerationRule &rule)
{
    const QString arg = rule.actionArg.simplified();
    if (rule.action == flag)
        return true;
    if (rule.action == tag) {
        if (arg.isEmpty())
            return fail(tr("Name the tag the rule adds."));
        if (arg.size() > maximumTagLength)
            return fail(tr("A tag can be at most %n character(s) long.", nullptr, maximumTagLength));
        return true;
    }
    if (rule.action == assign) {
        const auto target = parseTarget(arg);
        if (!target)
            return fail(tr("Choose the person or department the rule assigns to."));
        const bool isUser = target->first == QLatin1String("user");
        QSqlQuery query(m_workspace.database());
        sql::prepare(query,
            isUser ? QStringLiteral("SELECT 1 FROM users WHERE id = ?")
                   : QStringLiteral("SELECT 1 FROM departments WHERE id = ?"));
        query.addBindValue(target->second);
        if (sql::exec(query) && query.next())
            return true;
        return fail(isUser ? tr("There is no such person in this workspace.")
                           : tr("There is no such department in this workspace."));
    }
    if (rule.action == hide) {
        // A hidden post cites the rule it broke, as a moderator would (any language: ids are shared).
        const NetiquetteLibrary netiquette(m_workspace, 0);
        if (netiquette.publishedRules(QString()).isEmpty())
            return fail(tr("Publish the netiquette first: a hidden post cites the rule it broke."));
        bool ok = false;
        const int cited = arg.toInt(&ok);
        if (ok && netiquette.publishedRule(cited, QString()))
            return true;
        return fail(tr("Choose the rule of the netiquette that a hidden post broke."));
    }
    return fail(tr("Choose what the rule does: flag, tag, hide or assign."));
}

std::optional<qint64> AutoModeration::create(const AutoModerationRule &rule)
{
    if (!validate(rule))
        return std::nullopt;
    const QString mode = rule.mode.isEmpty() ? dryRunMode : rule.mode;
    if (mode == liveMode) {
        fail(tr("A new rule starts in dry run: save it, try it on the latest messages, then switch it on."));
        return std::nullopt;
    }
    Transaction transaction(m_workspace.database());
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("INSERT INTO automod_rules (name, kind, pattern, threshold, action, action_arg, "
                       "mode, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindRule(query, rule, mode);
    query.addBindValue(nullable(m_actor));
    query.addBindValue(nowMs());
    query.addBindValue(nowMs());
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if ((mode == liveMode && !startWatchingIfIdle(id))
        || !auditRule(QStringLiteral("automod_rule_created"), id, ruleDetails(rule, mode)) || !transaction.commit()) {
        fail(tr("The rule could not be saved."));
        return std::nullopt;
    }
    return id;
}

bool AutoModeration::update(const AutoModerationRule &rule)
{
    if (!validate(rule))
        return false;
    const std::optional<AutoModerationRule> before = this->rule(rule.id);
    if (!before)
        return fail(tr("The rule no longer exists."));
    // A live rule that now finds or does something else is tried in dry run before it acts again.
    const bool matchingChanged = !sameMatching(*before, rule);
    const bool backToDryRun = before->mode == liveMode && matchingChanged;
    const QString mode = backToDryRun ? dryRunMode : rule.mode.isEmpty() ? before->mode : rule.mode;
    if (mode == liveMode && before->mode != liveMode) {
        const std::optional<bool> tried = matchingChanged ? std::optional<bool>(false) : triedInDryRun(rule.id);
        if (!tried)
            return false;
        if (!*tried)
            return fail(dryRunFirst(rule.name));
    }
    Transaction transaction(m_workspace.database());
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("UPDATE automod_rules SET name = ?, kind = ?, pattern = ?, threshold = ?, "
                       "action = ?, action_arg = ?, mode = ?, updated_at = ? WHERE id = ?"));
    bindRule(query, rule, mode);
    query.addBindValue(nowMs());
    query.addBindValue(rule.id);
    if (!sql::exec(query))
        return failSql(query);
    if (mode == liveMode && before->mode != liveMode && !startWatchingIfIdle(rule.id))
        return false;
    QJsonObject details = ruleDetails(rule, mode);
    if (backToDryRun)
        details.insert(QStringLiteral("from"), before->mode);
    // What makes a dry run out of date (triedInDryRun).
    details.insert(QStringLiteral("matching_changed"), matchingChanged);
    return auditRule(QStringLiteral("automod_rule_changed"), rule.id, details)
        && (transaction.commit() || fail(tr("The rule could not be saved.")));
}

bool AutoModeration::setMode(qint64 ruleId, const QString &mode)
{
    m_error.clear();
    if (!modes().contains(mode))
        return fail(tr("“%1” is not a mode; a rule is in dry run, live or off.").arg(mode));
    const std::optional<AutoModerationRule> before = rule(ruleId);
    if (!before)
        return fail(tr("The rule no longer exists."));
    if (before->mode == mode)
        return true;
    if (mode == liveMode) {
        const std::optional<bool> tried = triedInDryRun(ruleId);
        if (!tried)
            return false;
        if (!*tried)
            return fail(dryRunFirst(before->name));
    }
    Transaction transaction(m_workspace.database());
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE automod_rules SET mode = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(mode);
    query.addBindValue(nowMs());
    query.addBindValue(ruleId);
    if (!sql::exec(query))
        return failSql(query);
    if (mode == liveMode && !startWatchingIfIdle(ruleId))
        return false;
    const QJsonObject details {
        {QStringLiteral("name"), before->name}, {QStringLiteral("from"), before->mode}, {QStringLiteral("to"), mode}};
    return auditRule(QStringLiteral("automod_rule_mode"), ruleId, details)
        && (transaction.commit() || fail(tr("The rule could not be saved.")));
}

bool AutoModeration::remove(qint64 ruleId)
{
    m_error.clear();
    const std::optional<AutoModerationRule> before = rule(ruleId);
    if (!before)
        return fail(tr("The rule no longer exists."));
    Transaction transaction(m_workspace.database());
    // Deleting the rule would delete its decisions, and with them the way to revert them.
    QSqlQuery used(m_workspace.database());
    sql::prepare(used, QStringLiteral("SELECT 1 FROM automod_decisions WHERE rule_id = ? LIMIT 1"));
    used.addBindValue(ruleId);
    if (!sql::exec(used))
        return failSql(used);
    if (used.next())
        return fail(tr("The rule has made decisions; switch it off instead, so they stay reversible."));
    used.finish();
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("DELETE FROM automod_rules WHERE id = ?"));
    query.addBindValue(ruleId);
    if (!sql::exec(query))
        return failSql(query);
    return auditRule(
               QStringLiteral("automod_rule_deleted"), ruleId, QJsonObject {{QStringLiteral("name"), before->name}})
        && (transaction.commit() || fail(tr("The rule could not be deleted.")));
}

std::optional<AutoModerationRule> AutoModeration::rule(qint64 ruleId) const
{
    const QList<AutoModerationRule> all = rules();
    for (const AutoModerationRule &candidate : all) {
        if (candidate.id == ruleId)
            return candidate;
    }
    return std::nullopt;
}

QList<AutoModerationRule> AutoModeration::rules() const
{
    QList<AutoModerationRule> result;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query,
            QStringLiteral("SELECT id, name, kind, pattern, threshold, action, action_arg, mode, "
                           "coalesce(created_by, 0), created_at, updated_at FROM automod_rules ORDER BY id")))
        return result;
    while (query.next()) {
        AutoModerationRule rule;
        rule.id = query.value(0).toLongLong();
        rule.name = query.value(1).toString();
        rule.kind = query.value(2).toString();
        rule.pattern = query.value(3).toString();
        rule.threshold = query.value(4).toInt();
        rule.action = query.value(5).toString();
        rule.actionArg = query.value(6).toString();
        rule.mode = query.value(7).toString();
        rule.createdBy = query.value(8).toLongLong();
        rule.createdAt = optionalTime(query.value(9));
        rule.updatedAt = optionalTime(query.value(10));
        result << rule;
    }
    return result;
}

// ---- Matching ----

bool AutoModeration::sameMatching(const AutoModerationRule &a, const AutoModerationRule &b)
{
    return a.kind == b.kind && a.pattern.trimmed() == b.pattern.trimmed() && a.threshold == b.threshold
        && a.action == b.action && a.actionArg.simplified() == b.actionArg.simplified();
}

// A rule with its matcher, built once per run rather than once per message.
struct AutoModeration::Check
{
    AutoModerationRule rule;
    AutoModerationMatcher matcher;

    explicit Check(const AutoModerationRule &r)
        : rule(r)
        , matcher(r)
    { }
};

// The day before each message of a page, for the authors of the page, read once: an author's
// incoming posts with their folded text, keyed by author.
struct AutoModeration::RepeatWindow
{
    struct Post
    {
        qint64 id = 0;
        QString folded;
    };
    QHash<qint64, QList<Post>> byAuthor;
};

std::optional<QString> AutoModeration::matches(
    const Check &check, const Candidate &message, const RepeatWindow &window) const
{
    if (check.rule.kind == repeat)
        return repeats(check.rule, message, window);
    return check.matcher.match(message.text);
}

// The same author (authors belong to one account) posting the same text, folded, within a day.
// The day is a range of message ids (they follow created_at), read once per page for all its
// authors: no index on author_id, which every ingest would pay for, only for a check that runs
// on new messages.
AutoModeration::RepeatWindow AutoModeration::repeatWindow(
    const QList<Check> &checks, const QList<Candidate> &page) const
{
    RepeatWindow window;
    if (std::none_of(checks.cbegin(), checks.cend(), [](const Check &check) { return check.rule.kind == repeat; }))
        return window;
    QList<qint64> authors;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const Candidate &message : page) {
        if (message.authorId == 0)
            continue;
        if (!authors.contains(message.authorId))
            authors << message.authorId;
        from = std::min(from, dayStartId(message.createdAt));
        to = std::max(to, dayEndId(message.createdAt));
    }
    if (authors.isEmpty())
        return window;
    const QString marks = QStringLiteral("?,").repeated(int(authors.size())).chopped(1);
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT id, author_id, body_text FROM messages WHERE id >= ? AND id < ? "
                       "AND direction = 'in' AND author_id IN (%1)")
            .arg(marks));
    query.addBindValue(from);
    query.addBindValue(to);
    for (const qint64 author : std::as_const(authors))
        query.addBindValue(author);
    if (!sql::exec(query))
        return window;
    while (query.next()) {
        window.byAuthor[query.value(1).toLongLong()]
            << RepeatWindow::Post {query.value(0).toLongLong(), AutoModerationMatcher::fold(query.value(2).toString())};
    }
    return window;
}

std::optional<QString> AutoModeration::repeats(
    const AutoModerationRule &rule, const Candidate &message, const RepeatWindow &window) const
{
    const QString text = AutoModerationMatcher::fold(message.text);
    if (message.authorId == 0 || text.isEmpty())
        return std::nullopt;
    const qint64 from = dayStartId(message.createdAt);
    const qint64 to = dayEndId(message.createdAt);
    int count = 1;
    for (const RepeatWindow::Post &post : window.byAuthor.value(message.authorId)) {
        if (post.id >= from && post.id < to && post.id != message.id && post.folded == text)
            ++count;
    }
    if (count < rule.threshold)
        return std::nullopt;
    return tr("%n post(s) within a day", nullptr, count);
}

// Where the channel keeps the post up, or the netiquette no longer has the rule the hide
// cites, people look at the post instead: whyNot says why.
bool AutoModeration::canHide(const AutoModerationRule &rule, qint64 messageId, QString *whyNot) const
{
    bool ok = false;
    const int cited = rule.actionArg.toInt(&ok);
    if (!ok || !NetiquetteLibrary(m_workspace, 0).publishedRule(cited, QString())) {
        *whyNot = tr("the published netiquette no longer has the rule it cites");
        return false;
    }
    return Moderation(m_workspace, 0).isAllowed(messageId, Moderation::hide, whyNot);
}

AutoModerationDecision AutoModeration::propose(
    const AutoModerationRule &rule, const Candidate &message, const QString &match) const
{
    AutoModerationDecision decision;
    decision.ruleId = rule.id;
    decision.ruleName = rule.name;
    decision.messageId = message.id;
    decision.conversationId = message.conversationId;
    decision.authorName = message.authorName;
    decision.snippet = snippet(message.text);
    decision.match = match;
    decision.action = rule.action;
    decision.actionArg = rule.actionArg;
    decision.messageAt = QDateTime::fromMSecsSinceEpoch(message.createdAt, Qt::UTC);
    QString whyNot;
    if (rule.action == hide && !canHide(rule, message.id, &whyNot)) {
        decision.action = flag;
        decision.note = tr("Cannot hide here, flagged instead: %1").arg(whyNot);
    }
    return decision;
}

QString AutoModeration::dryRunFirst(const QString &name)
{
    return tr("Try “%1” in a dry run first: a rule is switched on only after a dry run of what it now finds and does.")
        .arg(name.trimmed());
}

// The audit log has every save of a rule and every dry run of it as saved: a dry run counts
// until the rule's matching or action changes.
std::optional<bool> AutoModeration::triedInDryRun(qint64 ruleId)
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT action, details FROM audit_log WHERE object_type = ? AND object_id = ? "
                       "AND action IN ('automod_rule_created', 'automod_rule_changed', 'automod_rule_dry_run') "
                       "ORDER BY id"));
    query.addBindValue(QStringLiteral("automod_rule"));
    query.addBindValue(ruleId);
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    bool tried = false;
    while (query.next()) {
        const QString action = query.value(0).toString();
        if (action == QLatin1String("automod_rule_dry_run")) {
            tried = true;
        } else if (action == QLatin1String("automod_rule_created")) {
            tried = false;
        } else {
            // A change recorded before changes said whether the matching changed counts as one.
            const QJsonObject details = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            if (details.value(QStringLiteral("matching_changed")).toBool(true))
                tried = false;
        }
    }
    return tried;
}

std::optional<QList<AutoModerationDecision>> AutoModeration::dryRun(const AutoModerationRule &rule, int count)
{
    if (!validate(rule))
        return std::nullopt;
    const int wanted = std::clamp(count, 1, maximumDryRunCount);
    const QList<Check> checks {Check(rule)};
    QList<AutoModerationDecision> proposals;
    std::optional<qint64> before;
    int seen = 0;
    while (seen < wanted) {
        const QList<Candidate> page =
            candidates(before ? QStringLiteral("AND id < ? ORDER BY id DESC") : QStringLiteral("ORDER BY id DESC"),
                before, std::min(pageSize, wanted - seen));
        if (!m_error.isEmpty())
            return std::nullopt;
        if (page.isEmpty())
            break;
        const RepeatWindow window = repeatWindow(checks, page);
        for (const Candidate &message : std::as_const(page)) {
            if (const std::optional<QString> match = matches(checks.constFirst(), message, window))
                proposals << propose(rule, message, *match);
        }
        seen += int(page.size());
        before = page.constLast().id;
    }
    // A dry run of a rule as it is saved is what lets it go live (triedInDryRun).
    if (rule.id != 0) {
        const std::optional<AutoModerationRule> saved = this->rule(rule.id);
        if (saved && sameMatching(*saved, rule)
            && !auditRule(QStringLiteral("automod_rule_dry_run"), rule.id,
                {{QStringLiteral("name"), saved->name}, {QStringLiteral("looked_at"), seen},
                    {QStringLiteral("would_act_on"), int(proposals.size())}}))
            return std::nullopt;
    }
    return proposals;
}

// One page of incoming messages, keyset by id.
QList<AutoModeration::Candidate> AutoModeration::candidates(
    const QString &condition, std::optional<qint64> after, int limit)
{
    QList<Candidate> page;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, candidateColumns + condition + QStringLiteral(" LIMIT ?"));
    if (after)
        query.addBindValue(*after);
    query.addBindValue(limit);
    if (!sql::exec(query)) {
        failSql(query);
        return page;
    }
    while (query.next()) {
        page << Candidate {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong()};
    }
    return page;
}

// ---- Live processing ----

QList<AutoModerationDecision> AutoModeration::processNew(int maximumMessages)
{
    m_error.clear();
    m_caughtUp = true;
    QList<AutoModerationDecision> made;
    QList<Check> live;
    const QList<AutoModerationRule> all = rules();
    for (const AutoModerationRule &rule : all) {
        if (rule.mode == liveMode)
            live << Check(rule);
    }
    if (live.isEmpty())
        return made; // and nothing is queued: the trigger only queues while a rule is live

    for (int seen = 0;; seen += pageSize) {
        if (seen >= maximumMessages) {
            m_caughtUp = false;
            break;
        }
        const QList<Candidate> page = candidates(
            QStringLiteral("AND id IN (SELECT message_id FROM automod_pending) ORDER BY id"), std::nullopt, pageSize);
        if (page.isEmpty())
            break;
        const RepeatWindow window = repeatWindow(live, page);
        for (const Candidate &message : std::as_const(page)) {
            if (!decideQueued(live, message, window, &made))
                return made; // the queue could not be written: try again next time
        }
        if (page.size() < pageSize)
            break; // that was the newest
    }
    return made;
}

// One transaction: every live rule's decision on the message, and its leaving the queue. A
// decision that fails is skipped (and logged); the others stand.
bool AutoModeration::decideQueued(
    const QList<Check> &live, const Candidate &message, const RepeatWindow &window, QList<AutoModerationDecision> *made)
{
    Transaction transaction(m_workspace.database());
    QList<AutoModerationDecision> decisions;
    for (const Check &check : live) {
        if (decided(check.rule.id, message.id))
            continue;
        const std::optional<QString> match = matches(check, message, window);
        AutoModerationDecision decision;
        if (match && apply(check.rule, message, *match, &decision))
            decisions << decision;
        else if (match)
            qCWarning(lcCore).noquote() << "Auto-moderation rule" << check.rule.id << "skipped message" << message.id
                                        << "--" << m_error;
    }
    QSqlQuery done(m_workspace.database());
    sql::prepare(done, QStringLiteral("DELETE FROM automod_pending WHERE message_id = ?"));
    done.addBindValue(message.id);
    if (!sql::exec(done))
        return failSql(done);
    if (!transaction.commit())
        return fail(tr("The decision could not be saved."));
    *made += decisions;
    return true;
}

// One transaction (within the message's): the decision, its effect and the audit row.
bool AutoModeration::apply(
    const AutoModerationRule &rule, const Candidate &message, const QString &match, AutoModerationDecision *decided)
{
    Transaction transaction(m_workspace.database());
    QSqlQuery insert(m_workspace.database());
    sql::prepare(insert,
        QStringLiteral("INSERT INTO automod_decisions (rule_id, message_id, conversation_id, action, "
                       "action_arg, decided_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(rule.id);
    insert.addBindValue(message.id);
    insert.addBindValue(message.conversationId);
    insert.addBindValue(rule.action);
    insert.addBindValue(notNull(rule.actionArg));
    insert.addBindValue(nowMs());
    if (!sql::exec(insert))
        return failSql(insert);
    const qint64 decisionId = insert.lastInsertId().toLongLong();

    QString action = rule.action;
    std::optional<QJsonObject> undo = applyEffect(rule, message, decisionId, &action);
    if (!undo)
        return false;
    undo->insert(QStringLiteral("match"), match);
    QSqlQuery record(m_workspace.database());
    sql::prepare(record, QStringLiteral("UPDATE automod_decisions SET action = ?, undo = ? WHERE id = ?"));
    record.addBindValue(action);
    record.addBindValue(compact(*undo));
    record.addBindValue(decisionId);
    if (!sql::exec(record))
        return failSql(record);
    const QJsonObject details {{QStringLiteral("decision_id"), decisionId}, {QStringLiteral("rule_id"), rule.id},
        {QStringLiteral("rule"), rule.name}, {QStringLiteral("action"), action},
        {QStringLiteral("action_arg"), rule.actionArg}, {QStringLiteral("message_id"), message.id},
        {QStringLiteral("match"), match}};
    if (!audit(std::nullopt, QStringLiteral("automod"), message.conversationId, details) || !transaction.commit())
        return fail(m_error.isEmpty() ? tr("The decision could not be saved.") : m_error);

    *decided = propose(rule, message, match);
    decided->id = decisionId;
    decided->action = action;
    decided->decidedAt = currentTime();
    decided->note = undo->value(QStringLiteral("why")).toString();
    return true;
}

std::optional<QJsonObject> AutoModeration::applyEffect(
    const AutoModerationRule &rule, const Candidate &message, qint64 decisionId, QString *action)
{
    if (rule.action == flag)
        return applyFlag(message.conversationId);
    if (rule.action == assign)
        return applyAssign(rule.actionArg, message.conversationId);
    if (rule.action == tag) {
        ConversationWorkflow workflow(m_workspace, 0);
        workflow.setCurrentTime(currentTime());
        const std::optional<ConversationState> before = workflow.state(message.conversationId);
        if (!before || !workflow.addTag(message.conversationId, rule.actionArg)) {
            fail(before ? workflow.errorString() : tr("The conversation no longer exists in this workspace."));
            return std::nullopt;
        }
        return QJsonObject {{QStringLiteral("tag"), rule.actionArg.simplified()},
            {QStringLiteral("tag_added"), !containsTag(before->tags, rule.actionArg.simplified())}};
    }
    QString whyNot;
    if (canHide(rule, message.id, &whyNot))
        return hideWithModeration(rule, message.id, decisionId);
    // The channel keeps the post up: people look at it instead.
    std::optional<QJsonObject> undo = applyFlag(message.conversationId);
    if (undo) {
        *action = flag;
        undo->insert(QStringLiteral("instead_of"), hide);
        undo->insert(QStringLiteral("why"), tr("Cannot hide here, flagged instead: %1").arg(whyNot));
    }
    return undo;
}

std::optional<QJsonObject> AutoModeration::applyFlag(qint64 conversationId)
{
    ConversationWorkflow workflow(m_workspace, 0);
    workflow.setCurrentTime(currentTime());
    const std::optional<ConversationState> before = workflow.state(conversationId);
    if (!before) {
        fail(tr("The conversation no longer exists in this workspace."));
        return std::nullopt;
    }
    if (!workflow.addTag(conversationId, flaggedTag)) {
        fail(workflow.errorString());
        return std::nullopt;
    }
    QJsonObject undo {
        {QStringLiteral("tag"), flaggedTag}, {QStringLiteral("tag_added"), !containsTag(before->tags, flaggedTag)}};
    if (before->priority < highPriority) {
        if (!setPriority(conversationId, before->priority, highPriority, std::nullopt))
            return std::nullopt;
        undo.insert(QStringLiteral("priority_from"), before->priority);
        undo.insert(QStringLiteral("priority_to"), highPriority);
    }
    return undo;
}

// The rule sets its part (the person or the department) and keeps the other.
std::optional<QJsonObject> AutoModeration::applyAssign(const QString &target, qint64 conversationId)
{
    const auto parsed = parseTarget(target);
    ConversationWorkflow workflow(m_workspace, 0);
    workflow.setCurrentTime(currentTime());
    const std::optional<ConversationState> before = workflow.state(conversationId);
    if (!parsed || !before) {
        fail(tr("The conversation or the one to assign it to no longer exists."));
        return std::nullopt;
    }
    const bool toUser = parsed->first == QLatin1String("user");
    const std::optional<qint64> user = toUser ? std::optional<qint64>(parsed->second) : before->assigneeId;
    const std::optional<qint64> department = toUser ? before->departmentId : std::optional<qint64>(parsed->second);
    if (!workflow.assign(conversationId, user, department)) {
        fail(workflow.errorString());
        return std::nullopt;
    }
    return QJsonObject {{QStringLiteral("assignee_from"), jsonId(before->assigneeId)},
        {QStringLiteral("department_from"), jsonId(before->departmentId)},
        {QStringLiteral("assignee_to"), jsonId(user)}, {QStringLiteral("department_to"), jsonId(department)}};
}

// The hide path: Moderation records the action citing the netiquette rule, as this decision.
std::optional<QJsonObject> AutoModeration::hideWithModeration(
    const AutoModerationRule &rule, qint64 messageId, qint64 decisionId)
{
    Moderation moderation(m_workspace, 0);
    moderation.setCurrentTime(currentTime());
    moderation.setAutomodDecision(decisionId);
    ModerationCitation citation;
    citation.ruleId = rule.actionArg.toInt();
    const std::optional<qint64> actionId = moderation.hideMessage(messageId, citation);
    if (!actionId) {
        fail(moderation.errorString());
        return std::nullopt;
    }
    return QJsonObject {
        {QStringLiteral("moderation_action_id"), *actionId}, {QStringLiteral("cited_rule"), *citation.ruleId}};
}

bool AutoModeration::revertModeration(qint64 moderationActionId)
{
    Moderation moderation(m_workspace, m_actor);
    moderation.setCurrentTime(currentTime());
    return moderation.revert(moderationActionId) || fail(moderation.errorString());
}

bool AutoModeration::setPriority(qint64 conversationId, int from, int to, std::optional<qint64> userId)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE conversations SET priority = ? WHERE id = ?"));
    query.addBindValue(to);
    query.addBindValue(conversationId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(userId, QStringLiteral("priority"), conversationId,
        QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

// ---- Reverting ----

bool AutoModeration::revert(qint64 decisionId)
{
    m_error.clear();
    const std::optional<AutoModerationDecision> found = decision(decisionId);
    if (!found)
        return fail(tr("The decision no longer exists."));
    if (found->isReverted())
        return fail(tr("The decision has already been reverted."));
    QSqlQuery read(m_workspace.database());
    sql::prepare(read, QStringLiteral("SELECT undo FROM automod_decisions WHERE id = ?"));
    read.addBindValue(decisionId);
    if (!sql::exec(read) || !read.next())
        return failSql(read);
    const QJsonObject undo = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    read.finish();

    Transaction transaction(m_workspace.database());
    if (!undoEffect(found->conversationId, undo))
        return false;
    QSqlQuery mark(m_workspace.database());
    sql::prepare(mark, QStringLiteral("UPDATE automod_decisions SET reverted_at = ?, reverted_by = ? WHERE id = ?"));
    mark.addBindValue(nowMs());
    mark.addBindValue(nullable(m_actor));
    mark.addBindValue(decisionId);
    if (!sql::exec(mark))
        return failSql(mark);
    const QJsonObject details {{QStringLiteral("decision_id"), decisionId}, {QStringLiteral("rule_id"), found->ruleId},
        {QStringLiteral("rule"), found->ruleName}, {QStringLiteral("action"), found->action}};
    return audit(actor(), QStringLiteral("automod_reverted"), found->conversationId, details)
        && (transaction.commit() || fail(tr("The decision could not be reverted.")));
}

// Restores what the decision changed, where nobody has changed it again since.
bool AutoModeration::undoEffect(qint64 conversationId, const QJsonObject &undo)
{
    if (const std::optional<qint64> actionId = optionalId(undo.value(QLatin1String("moderation_action_id"))))
        return revertModeration(*actionId);
    ConversationWorkflow workflow(m_workspace, m_actor);
    workflow.setCurrentTime(currentTime());
    const std::optional<ConversationState> now = workflow.state(conversationId);
    if (!now)
        return true; // the conversation is gone, and with it what the decision did
    const QString tagName = undo.value(QLatin1String("tag")).toString();
    if (undo.value(QLatin1String("tag_added")).toBool() && containsTag(now->tags, tagName)
        && !workflow.removeTag(conversationId, tagName))
        return fail(workflow.errorString());
    if (undo.contains(QLatin1String("priority_to"))
        && now->priority == undo.value(QLatin1String("priority_to")).toInt()) {
        if (!setPriority(conversationId, now->priority, undo.value(QLatin1String("priority_from")).toInt(), actor()))
            return false;
    }
    if (undo.contains(QLatin1String("assignee_to"))
        && now->assigneeId == optionalId(undo.value(QLatin1String("assignee_to")))
        && now->departmentId == optionalId(undo.value(QLatin1String("department_to")))
        && !workflow.assign(conversationId, optionalId(undo.value(QLatin1String("assignee_from"))),
            optionalId(undo.value(QLatin1String("department_from")))))
        return fail(workflow.errorString());
    return true;
}

QList<AutoModerationDecision> AutoModeration::decisions(int limit) const
{
    return readDecisions(QString(), QVariant(), limit);
}

std::optional<AutoModerationDecision> AutoModeration::decision(qint64 decisionId) const
{
    const QList<AutoModerationDecision> found = readDecisions(QStringLiteral("WHERE d.id = ? "), decisionId, 1);
    return found.isEmpty() ? std::nullopt : std::optional<AutoModerationDecision>(found.constFirst());
}

QList<AutoModerationDecision> AutoModeration::readDecisions(
    const QString &where, const QVariant &value, int limit) const
{
    QList<AutoModerationDecision> result;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT d.id, d.rule_id, r.name, d.message_id, coalesce(d.conversation_id, 0), "
                       "m.author_name, substr(m.body_text, 1, 600), d.action, d.action_arg, d.undo, "
                       "m.created_at, d.decided_at, d.reverted_at, coalesce(d.reverted_by, 0) "
                       "FROM automod_decisions d JOIN automod_rules r ON r.id = d.rule_id "
                       "JOIN messages m ON m.id = d.message_id ")
            + where + QStringLiteral("ORDER BY d.decided_at DESC, d.id DESC LIMIT ?"));
    if (!where.isEmpty())
        query.addBindValue(value);
    query.addBindValue(std::max(1, limit));
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        AutoModerationDecision decision;
        decision.id = query.value(0).toLongLong();
        decision.ruleId = query.value(1).toLongLong();
        decision.ruleName = query.value(2).toString();
        decision.messageId = query.value(3).toLongLong();
        decision.conversationId = query.value(4).toLongLong();
        decision.authorName = query.value(5).toString();
        decision.snippet = snippet(query.value(6).toString());
        decision.action = query.value(7).toString();
        decision.actionArg = query.value(8).toString();
        const QJsonObject undo = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
        decision.match = undo.value(QLatin1String("match")).toString();
        decision.note = undo.value(QLatin1String("why")).toString();
        decision.messageAt = optionalTime(query.value(10));
        decision.decidedAt = optionalTime(query.value(11));
        decision.revertedAt = optionalTime(query.value(12));
        decision.revertedBy = query.value(13).toLongLong();
        result << decision;
    }
    return result;
}

// ---- Storage helpers ----

// The first live rule starts with an empty queue, however long ago a rule was live: switching
// a rule on never acts on the past.
bool AutoModeration::startWatchingIfIdle(qint64 ruleId)
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT 1 FROM automod_rules WHERE mode = 'live' AND id <> ? LIMIT 1"));
    query.addBindValue(ruleId);
    if (!sql::exec(query))
        return failSql(query);
    if (query.next())
        return true;
    query.finish();
    return sql::exec(query, QStringLiteral("DELETE FROM automod_pending")) || failSql(query);
}

bool AutoModeration::decided(qint64 ruleId, qint64 messageId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT 1 FROM automod_decisions WHERE rule_id = ? AND message_id = ?"));
    query.addBindValue(ruleId);
    query.addBindValue(messageId);
    return sql::exec(query) && query.next();
}

bool AutoModeration::audit(
    std::optional<qint64> userId, const QString &action, qint64 conversationId, const QJsonObject &details)
{
    return writeAudit(QStringLiteral("conversation"), userId, action, conversationId, details);
}

bool AutoModeration::auditRule(const QString &action, qint64 ruleId, const QJsonObject &details)
{
    return writeAudit(QStringLiteral("automod_rule"), actor(), action, ruleId, details);
}

bool AutoModeration::writeAudit(const QString &objectType, std::optional<qint64> userId, const QString &action,
    qint64 objectId, const QJsonObject &details)
{
    QSqlQuery query(m_workspace.database());
    return sql::insertAudit(query, nowMs(), userId.value_or(0), action, objectType, objectId, details)
        || failSql(query);
}

bool AutoModeration::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool AutoModeration::failSql(const QSqlQuery &query)
{
    return fail(tr("The change could not be saved: %1").arg(sql::lastError(query)));
}

} // namespace hearth
