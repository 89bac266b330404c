// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelibrary.h"

#include "netiquettelibrary.h"
#include "sql.h"
#include "templatediff.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

const QString TemplateLibrary::draft = QStringLiteral("draft");
const QString TemplateLibrary::awaiting = QStringLiteral("awaiting");
const QString TemplateLibrary::approved = QStringLiteral("approved");
const QString TemplateLibrary::changesRequested = QStringLiteral("changes_requested");
const QString TemplateLibrary::superseded = QStringLiteral("superseded");
const QString TemplateLibrary::retired = QStringLiteral("retired");
const QString TemplateLibrary::selfApprovalSetting = QStringLiteral("templates.self_approval");

namespace {

constexpr int maxTitleLength = 200;
constexpr int maxShortcutLength = 40;
constexpr int maxTagLength = 60;
const QString templateType = QStringLiteral("template");

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        const bool known = std::any_of(result.cbegin(), result.cend(),
            [&name](const QString &other) { return other.compare(name, Qt::CaseInsensitive) == 0; });
        if (!name.isEmpty() && !known)
            result << name;
    }
    return result;
}

} // namespace

bool TemplateLibrary::Actor::isManager() const
{
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

TemplateLibrary::TemplateLibrary(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_store(workspace)
    , m_actor(actorUserId)
{ }

QDateTime TemplateLibrary::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

Placeholders TemplateLibrary::placeholders()
{
    Placeholders known;
    known.addNumberedName(Placeholders::rulePrefix);
    return known;
}

QString TemplateLibrary::normalizedShortcut(const QString &typed, QString *error)
{
    QString name = typed.trimmed();
    if (name.startsWith(QLatin1String("::")))
        name = name.mid(2);
    else if (name.startsWith(QLatin1Char('/')))
        name = name.mid(1);
    static const QRegularExpression pattern(
        QStringLiteral("^[\\w-]+$"), QRegularExpression::UseUnicodePropertiesOption);
    if (name.isEmpty() || !pattern.match(name).hasMatch()) {
        *error = tr("A shortcut is letters, digits, “-” and “_”, without spaces: “%1” is not one.").arg(typed);
        return QString();
    }
    if (name.size() > maxShortcutLength) {
        *error = tr("A shortcut can be at most %n character(s) long.", nullptr, maxShortcutLength);
        return QString();
    }
    return name.toLower();
}

bool TemplateLibrary::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool TemplateLibrary::failSql(const QSqlQuery &query)
{
    return fail(tr("The template library could not be changed: %1").arg(sql::lastError(query)));
}

bool TemplateLibrary::audit(const QString &action, qint64 templateId, const QJsonObject &details)
{
    QSqlQuery query(m_workspace.database());
    return sql::insertAudit(query, nowMs(), m_actor, action, templateType, templateId, details) || failSql(query);
}

std::optional<TemplateLibrary::Actor> TemplateLibrary::actor()
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT id, name, role FROM users WHERE id = ?"));
    query.addBindValue(m_actor);
    if (!sql::exec(query) || !query.next()) {
        fail(tr("Only a person of this workspace can work on templates."));
        return std::nullopt;
    }
    return Actor {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

bool TemplateLibrary::requireManager(const QString &refusal)
{
    const std::optional<Actor> who = actor();
    if (!who)
        return false;
    return who->isManager() || fail(refusal);
}

bool TemplateLibrary::validate(const TemplateDraft &content, qint64 templateId)
{
    m_problems.clear();
    const QString title = content.title.simplified();
    if (title.isEmpty())
        return fail(tr("A template needs a title."));
    if (title.size() > maxTitleLength)
        return fail(tr("A template's title can be at most %n character(s) long.", nullptr, maxTitleLength));
    if (!TemplateStore::isLanguageCode(content.sourceLanguage))
        return fail(tr("Choose the language the template is written in (a code such as “en” or “de”)."));
    if (content.variants.value(content.sourceLanguage).trimmed().isEmpty())
        return fail(tr("The template has no text in its source language “%1”.").arg(content.sourceLanguage));
    for (auto it = content.variants.cbegin(); it != content.variants.cend(); ++it) {
        if (!TemplateStore::isLanguageCode(it.key()))
            return fail(tr("“%1” is not a language code such as “en”, “de” or “pt-BR”.").arg(it.key()));
        if (it.value().trimmed().isEmpty())
            return fail(tr("The “%1” text is empty; remove the language or write its text.").arg(it.key()));
    }
    for (const QString &tag : content.tags) {
        if (tag.simplified().size() > maxTagLength)
            return fail(tr("A tag can be at most %n character(s) long.", nullptr, maxTagLength));
    }
    const Placeholders known = placeholders();
    const QSet<int> ruleIds = NetiquetteLibrary(m_workspace, m_actor).knownRuleIds();
    for (const QString &language : TemplateStore::orderedLanguages(content.sourceLanguage, content.variants.keys())) {
        for (const PlaceholderProblem &problem : problemsIn(content.variants.value(language), known, ruleIds))
            m_problems << TemplateProblem {language, problem};
    }
    if (!m_problems.isEmpty()) {
        const TemplateProblem &first = m_problems.constFirst();
        const QString text = content.variants.value(first.language);
        const int line = int(text.left(first.problem.position).count(QLatin1Char('\n'))) + 1;
        // (lastIndexOf from -1 would search from the end of the text)
        const int lineStart =
            first.problem.position == 0 ? 0 : int(text.lastIndexOf(QLatin1Char('\n'), first.problem.position - 1)) + 1;
        const int column = first.problem.position - lineStart + 1;
        return fail(tr("In the “%1” text, line %2, column %3: %4")
                        .arg(first.language)
                        .arg(line)
                        .arg(column)
                        .arg(first.problem.message));
    }
    if (!content.shortcut.trimmed().isEmpty()) {
        QString error;
        const QString shortcut = normalizedShortcut(content.shortcut, &error);
        if (shortcut.isEmpty())
            return fail(error);
        QSqlQuery query(m_workspace.database());
        sql::prepare(query,
            QStringLiteral("SELECT v.title FROM template_versions v JOIN templates t ON t.id = v.template_id "
                           "WHERE v.shortcut = ? AND v.template_id <> ? AND t.retired_at IS NULL "
                           "AND v.state NOT IN ('superseded', 'retired') LIMIT 1"));
        query.addBindValue(shortcut);
        query.addBindValue(templateId);
        if (!sql::exec(query))
            return failSql(query);
        if (query.next())
            return fail(tr("The shortcut “%1” is already taken by the template “%2”.")
                            .arg(shortcut, query.value(0).toString()));
    }
    return true;
}

QList<PlaceholderProblem> TemplateLibrary::problemsIn(
    const QString &text, const Placeholders &known, const QSet<int> &ruleIds) const
{
    QList<PlaceholderProblem> problems = known.validate(text);
    const QString rulePrefix = Placeholders::rulePrefix + QLatin1Char('.');
    for (const PlaceholderUse &use : Placeholders::uses(text)) {
        if (!use.name.startsWith(rulePrefix) || !known.isKnown(use.name))
            continue;
        const int ruleId = use.name.mid(rulePrefix.size()).toInt();
        if (!ruleIds.contains(ruleId)) {
            problems << PlaceholderProblem {
                use.position, use.length, tr("There is no rule %1 in the netiquette.").arg(ruleId)};
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const PlaceholderProblem &a, const PlaceholderProblem &b) { return a.position < b.position; });
    return problems;
}

QHash<QString, QString> TemplateLibrary::withRuleCitations(
    const QString &language, const QHash<QString, QString> &values) const
{
    QHash<QString, QString> result = NetiquetteLibrary(m_workspace, m_actor).placeholderValues(language);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty() || !result.contains(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

std::optional<qint64> TemplateLibrary::writeVersion(qint64 templateId, std::optional<qint64> versionId, int number,
    const TemplateDraft &content, const std::optional<TemplateVersion> &previous)
{
    QString ignored;
    const QString shortcut =
        content.shortcut.trimmed().isEmpty() ? QString() : normalizedShortcut(content.shortcut, &ignored);
    QSqlQuery query(m_workspace.database());
    if (versionId) {
        sql::prepare(query,
            QStringLiteral("UPDATE template_versions SET state = 'draft', title = ?, category = ?, "
                           "shortcut = ?, crisis = ?, source_lang = ?, updated_at = ? WHERE id = ?"));
    } else {
        sql::prepare(query,
            QStringLiteral("INSERT INTO template_versions (title, category, shortcut, crisis, source_lang, "
                           "updated_at, template_id, number, state, author_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    }
    query.addBindValue(text(content.title.simplified()));
    query.addBindValue(text(content.category.simplified()));
    query.addBindValue(text(shortcut));
    query.addBindValue(content.crisis ? 1 : 0);
    query.addBindValue(content.sourceLanguage);
    query.addBindValue(nowMs());
    if (versionId) {
        query.addBindValue(*versionId);
    } else {
        query.addBindValue(templateId);
        query.addBindValue(number);
        query.addBindValue(m_actor);
        query.addBindValue(nowMs());
    }
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    const qint64 id = versionId ? *versionId : query.lastInsertId().toLongLong();

    for (const QString &statement : {QStringLiteral("DELETE FROM template_variants WHERE version_id = ?"),
             QStringLiteral("DELETE FROM template_version_tags WHERE version_id = ?")}) {
        QSqlQuery clear(m_workspace.database());
        sql::prepare(clear, statement);
        clear.addBindValue(id);
        if (!sql::exec(clear)) {
            failSql(clear);
            return std::nullopt;
        }
    }
    // A translation is out of date when the source text changed and it did not; writing a
    // translation anew clears its flag.
    const QString source = content.variants.value(content.sourceLanguage);
    const std::optional<TemplateVariant> previousSource =
        previous ? previous->variant(content.sourceLanguage) : std::nullopt;
    const bool sourceChanged = previous && (!previousSource || previousSource->body != source);
    QSqlQuery variant(m_workspace.database());
    sql::prepare(variant,
        QStringLiteral("INSERT INTO template_variants (version_id, lang, body, out_of_date) VALUES (?, ?, ?, ?)"));
    for (auto it = content.variants.cbegin(); it != content.variants.cend(); ++it) {
        bool outOfDate = false;
        if (it.key() != content.sourceLanguage && previous) {
            const std::optional<TemplateVariant> before = previous->variant(it.key());
            if (before && before->body == it.value())
                outOfDate = sourceChanged || before->outOfDate;
        }
        variant.addBindValue(id);
        variant.addBindValue(it.key());
        variant.addBindValue(it.value());
        variant.addBindValue(outOfDate ? 1 : 0);
        if (!sql::exec(variant)) {
            failSql(variant);
            return std::nullopt;
        }
    }
    QSqlQuery tag(m_workspace.database());
    sql::prepare(tag, QStringLiteral("INSERT INTO template_version_tags (version_id, tag) VALUES (?, ?)"));
    for (const QString &name : cleanTags(content.tags)) {
        tag.addBindValue(id);
        tag.addBindValue(name);
        if (!sql::exec(tag)) {
            failSql(tag);
            return std::nullopt;
        }
    }
    return id;
}

std::optional<qint64> TemplateLibrary::create(const TemplateDraft &content)
{
    Transaction transaction(m_workspace.database());
    if (!actor() || !validate(content, 0))
        return std::nullopt;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("INSERT INTO templates (created_by, created_at) VALUES (?, ?)"));
    query.addBindValue(m_actor);
    query.addBindValue(nowMs());
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    const qint64 templateId = query.lastInsertId().toLongLong();
    const std::optional<qint64> versionId = writeVersion(templateId, std::nullopt, 1, content, std::nullopt);
    if (!versionId
        || !audit(QStringLiteral("created"), templateId,
            QJsonObject {
                {QStringLiteral("version_id"), *versionId}, {QStringLiteral("title"), content.title.simplified()}}))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The change could not be saved."));
        return std::nullopt;
    }
    return templateId;
}

std::optional<qint64> TemplateLibrary::edit(qint64 templateId, const TemplateDraft &content)
{
    Transaction transaction(m_workspace.database());
    if (!actor())
        return std::nullopt;
    const std::optional<TemplateSummary> current = m_store.summary(templateId);
    if (!current) {
        fail(tr("There is no such template."));
        return std::nullopt;
    }
    if (current->retired) {
        fail(tr("The template “%1” is retired and can no longer be changed.").arg(current->latest.title));
        return std::nullopt;
    }
    const TemplateVersion &latest = current->latest;
    if (latest.state == awaiting) {
        fail(tr("Version %1 is waiting for a manager's decision; it can be changed once it is decided.")
                 .arg(latest.number));
        return std::nullopt;
    }
    if (!validate(content, templateId))
        return std::nullopt;
    const bool inPlace = latest.state == TemplateLibrary::draft || latest.state == changesRequested;
    const std::optional<qint64> versionId = inPlace
        ? writeVersion(templateId, latest.id, latest.number, content, latest)
        : writeVersion(templateId, std::nullopt, latest.number + 1, content,
            current->approvedVersionId ? m_store.version(*current->approvedVersionId)
                                       : std::optional<TemplateVersion>(latest));
    if (!versionId
        || !audit(inPlace ? QStringLiteral("edited") : QStringLiteral("new_version"), templateId,
            QJsonObject {{QStringLiteral("version_id"), *versionId},
                {QStringLiteral("number"), inPlace ? latest.number : latest.number + 1}}))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The change could not be saved."));
        return std::nullopt;
    }
    return versionId;
}

bool TemplateLibrary::submit(qint64 versionId)
{
    Transaction transaction(m_workspace.database());
    if (!actor())
        return false;
    const std::optional<TemplateVersion> target = m_store.version(versionId);
    if (!target)
        return fail(tr("There is no such template version."));
    const std::optional<TemplateSummary> owner = m_store.summary(target->templateId);
    if (!owner || owner->retired)
        return fail(tr("The template “%1” is retired; it cannot be submitted.").arg(target->title));
    if (target->state != draft && target->state != changesRequested)
        return fail(tr("Only a draft can be submitted for approval; version %1 of “%2” is not one.")
                        .arg(target->number)
                        .arg(target->title));
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("UPDATE template_versions SET state = 'awaiting', submitted_by = ?, submitted_at = ? "
                       "WHERE id = ?"));
    query.addBindValue(m_actor);
    query.addBindValue(nowMs());
    query.addBindValue(versionId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("submitted"), target->templateId,
               QJsonObject {{QStringLiteral("version_id"), versionId}, {QStringLiteral("number"), target->number}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool TemplateLibrary::selfApprovalAllowed() const
{
    if (m_workspace.setting(selfApprovalSetting) != QLatin1String("1"))
        return false;
    QSqlQuery query(m_workspace.database());
    // Only while the workspace has one person: a second one ends it.
    return sql::exec(query, QStringLiteral("SELECT count(*) FROM users")) && query.next()
        && query.value(0).toInt() == 1;
}

bool TemplateLibrary::setSelfApprovalAllowed(bool allowed)
{
    Transaction transaction(m_workspace.database());
    if (!requireManager(tr("Only a manager can let people approve their own templates.")))
        return false;
    QSqlQuery count(m_workspace.database());
    if (!sql::exec(count, QStringLiteral("SELECT count(*) FROM users")) || !count.next())
        return failSql(count);
    if (allowed && count.value(0).toInt() != 1)
        return fail(tr("Approving one's own templates can only be allowed in a workspace with one person in it."));
    count.finish();
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"));
    query.addBindValue(selfApprovalSetting);
    if (!sql::exec(query))
        return failSql(query);
    if (allowed) {
        sql::prepare(query, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, '1')"));
        query.addBindValue(selfApprovalSetting);
        if (!sql::exec(query))
            return failSql(query);
    }
    return audit(QStringLiteral("self_approval"), 0, QJsonObject {{QStringLiteral("allowed"), allowed}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

std::optional<QSet<qint64>> TemplateLibrary::writersOf(const TemplateVersion &version)
{
    // The author, and everyone who changed the version's text in place: the audit log has
    // each save ("created", "edited", "new_version") with the version it wrote.
    QSet<qint64> result {version.authorId};
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT user_id, details FROM audit_log WHERE object_type = ? AND object_id = ? "
                       "AND action IN ('created', 'edited', 'new_version') AND user_id IS NOT NULL"));
    query.addBindValue(templateType);
    query.addBindValue(version.templateId);
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    while (query.next()) {
        const QJsonObject details = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        if (details.value(QStringLiteral("version_id")).toVariant().toLongLong() == version.id)
            result.insert(query.value(0).toLongLong());
    }
    return result;
}

bool TemplateLibrary::decide(qint64 versionId, bool approve, const QString &comment)
{
    Transaction transaction(m_workspace.database());
    const std::optional<Actor> who = actor();
    if (!who)
        return false;
    if (!who->isManager()) {
        return fail(approve ? tr("Only a manager can approve templates.")
                            : tr("Only a manager can send a template back with changes requested."));
    }
    const QString why = comment.trimmed();
    if (!approve && why.isEmpty())
        return fail(tr("Say what should change: the author reads it first."));
    const std::optional<TemplateVersion> target = m_store.version(versionId);
    if (!target)
        return fail(tr("There is no such template version."));
    if (target->state != awaiting)
        return fail(tr("Version %1 of “%2” is not waiting for approval.").arg(target->number).arg(target->title));
    const std::optional<TemplateSummary> owner = m_store.summary(target->templateId);
    if (approve && (!owner || owner->retired))
        return fail(tr("The template “%1” is retired; it cannot be approved again.").arg(target->title));
    const std::optional<QSet<qint64>> writers = writersOf(*target);
    if (!writers)
        return false;
    const bool own = target->submittedBy == who->id || writers->contains(who->id);
    const bool selfApproved = approve && own;
    if (selfApproved && !selfApprovalAllowed())
        return fail(tr("Nobody can approve their own template; another manager must approve “%1”.").arg(target->title));

    QSqlQuery query(m_workspace.database());
    if (approve) {
        sql::prepare(query,
            QStringLiteral("UPDATE template_versions SET state = 'superseded' "
                           "WHERE template_id = ? AND state = 'approved'"));
        query.addBindValue(target->templateId);
        if (!sql::exec(query))
            return failSql(query);
        sql::prepare(query, QStringLiteral("UPDATE templates SET approved_version_id = ? WHERE id = ?"));
        query.addBindValue(versionId);
        query.addBindValue(target->templateId);
        if (!sql::exec(query))
            return failSql(query);
    }
    sql::prepare(query,
        QStringLiteral("UPDATE template_versions SET state = ?, decided_by = ?, decided_at = ?, "
                       "decision_comment = ? WHERE id = ?"));
    query.addBindValue(approve ? approved : changesRequested);
    query.addBindValue(who->id);
    query.addBindValue(nowMs());
    query.addBindValue(text(why));
    query.addBindValue(versionId);
    if (!sql::exec(query))
        return failSql(query);
    QJsonObject details {{QStringLiteral("version_id"), versionId}, {QStringLiteral("number"), target->number},
        {QStringLiteral("comment"), why}};
    if (selfApproved)
        details.insert(QStringLiteral("self_approved"), true); // allowed: a one-person workspace
    return audit(
               approve ? QStringLiteral("approved") : QStringLiteral("changes_requested"), target->templateId, details)
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool TemplateLibrary::approve(qint64 versionId, const QString &comment)
{
    return decide(versionId, true, comment);
}

bool TemplateLibrary::requestChanges(qint64 versionId, const QString &comment)
{
    return decide(versionId, false, comment);
}

bool TemplateLibrary::approveAll(const QList<qint64> &versionIds, const QString &comment)
{
    Transaction transaction(m_workspace.database());
    for (const qint64 id : versionIds) {
        if (!decide(id, true, comment))
            return false;
    }
    return transaction.commit() || fail(tr("The change could not be saved."));
}

bool TemplateLibrary::requestChangesAll(const QList<qint64> &versionIds, const QString &comment)
{
    Transaction transaction(m_workspace.database());
    for (const qint64 id : versionIds) {
        if (!decide(id, false, comment))
            return false;
    }
    return transaction.commit() || fail(tr("The change could not be saved."));
}

bool TemplateLibrary::retire(qint64 templateId, const QString &comment)
{
    Transaction transaction(m_workspace.database());
    if (!requireManager(tr("Only a manager can retire templates.")))
        return false;
    const std::optional<TemplateSummary> current = m_store.summary(templateId);
    if (!current)
        return fail(tr("There is no such template."));
    if (current->retired)
        return fail(tr("The template “%1” is already retired.").arg(current->latest.title));
    if (!current->approvedVersionId)
        return fail(tr("The template “%1” was never approved, so it cannot be retired; only approved templates are "
                       "retired.")
                        .arg(current->latest.title));
    QSqlQuery query(m_workspace.database());
    // A version waiting for approval can never be approved once the template is retired:
    // it leaves the queue together with the approved one.
    sql::prepare(query,
        QStringLiteral("UPDATE template_versions SET state = 'retired' WHERE template_id = ? "
                       "AND state IN ('approved', 'awaiting')"));
    query.addBindValue(templateId);
    if (!sql::exec(query))
        return failSql(query);
    sql::prepare(query, QStringLiteral("UPDATE templates SET retired_at = ?, approved_version_id = NULL WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(templateId);
    if (!sql::exec(query))
        return failSql(query);
    return audit(QStringLiteral("retired"), templateId,
               QJsonObject {{QStringLiteral("version_id"),
                                current->approvedVersionId ? QJsonValue(*current->approvedVersionId)
                                                           : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("comment"), comment.trimmed()}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

std::optional<TemplateVersion> TemplateLibrary::approvedOnly(qint64 versionId, const QString &language)
{
    const std::optional<TemplateVersion> found = m_store.version(versionId);
    if (!found) {
        fail(tr("There is no such template version."));
        return std::nullopt;
    }
    if (found->state != approved) {
        fail(found->state == retired ? tr("The template “%1” is retired and can no longer be sent.").arg(found->title)
                                     : tr("Version %1 of “%2” is not approved; only approved templates are sent.")
                                           .arg(found->number)
                                           .arg(found->title));
        return std::nullopt;
    }
    if (!found->variant(language)) {
        fail(tr("The template “%1” has no “%2” text.").arg(found->title, language));
        return std::nullopt;
    }
    return found;
}

std::optional<QString> TemplateLibrary::render(
    qint64 versionId, const QString &language, const QHash<QString, QString> &values)
{
    const std::optional<TemplateVersion> found = approvedOnly(versionId, language);
    if (!found)
        return std::nullopt;
    return Placeholders::render(found->variant(language)->body, withRuleCitations(language, values));
}

std::optional<qint64> TemplateLibrary::recordUse(qint64 versionId, const QString &language,
    std::optional<qint64> conversationId, std::optional<qint64> outboxId, const QString &sentText,
    const QHash<QString, QString> &values)
{
    const std::optional<TemplateVersion> found = approvedOnly(versionId, language);
    if (!found)
        return std::nullopt;
    const QString rendered = Placeholders::render(found->variant(language)->body, withRuleCitations(language, values));
    // A use is a fact about a reply, not a change to the library: no audit row of its own
    // (the reply has its outbox and message rows).
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("INSERT INTO template_usage (template_id, version_id, lang, user_id, "
                       "conversation_id, outbox_id, used_at, edit_distance, difference) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(found->templateId);
    query.addBindValue(versionId);
    query.addBindValue(language);
    query.addBindValue(m_actor ? QVariant(m_actor) : QVariant());
    query.addBindValue(nullable(conversationId));
    query.addBindValue(nullable(outboxId));
    query.addBindValue(nowMs());
    query.addBindValue(TemplateDiff::wordDistance(rendered, sentText));
    query.addBindValue(TemplateDiff::wordDifference(rendered, sentText));
    if (!sql::exec(query)) {
        failSql(query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace hearth