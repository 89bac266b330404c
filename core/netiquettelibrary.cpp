// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netiquettelibrary.h"

#include "placeholders.h"
#include "sql.h"
#include "templatestore.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

const QString NetiquetteLibrary::draft = QStringLiteral("draft");
const QString NetiquetteLibrary::published = QStringLiteral("published");
const QString NetiquetteLibrary::superseded = QStringLiteral("superseded");
const QString NetiquetteLibrary::urlSetting = QStringLiteral("netiquette.url");

namespace {

const QString netiquetteType = QStringLiteral("netiquette");
// The highest rule id ever handed out, so that the ids of a discarded draft do not come back.
const QString highestIdSetting = QStringLiteral("netiquette.highest_rule_id");

bool isManagerRole(const QString &role)
{
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

// How a rule is cited in a notice, in the language of the person who reads it (not the
// language of Hearth's own interface): %1 number, %2 title, %3 link. A language without its
// own wording gets that of the netiquette's source language, whose titles it shows, or English.
QString citationPattern(const QString &language, const QString &sourceLanguage, bool withLink)
{
    const auto base = [](const QString &code) { return code.section(QLatin1Char('-'), 0, 0); };
    static const QHash<QString, QPair<QString, QString>> patterns {
        {QStringLiteral("en"), {QStringLiteral("Rule %1 “%2” (%3)"), QStringLiteral("Rule %1 “%2”")}},
        {QStringLiteral("de"), {QStringLiteral("Regel %1 „%2“ (%3)"), QStringLiteral("Regel %1 „%2“")}},
        {QStringLiteral("fr"), {QStringLiteral("Règle %1 « %2 » (%3)"), QStringLiteral("Règle %1 « %2 »")}},
        {QStringLiteral("da"), {QStringLiteral("Regel %1 »%2« (%3)"), QStringLiteral("Regel %1 »%2«")}},
        {QStringLiteral("pl"), {QStringLiteral("Zasada %1 „%2” (%3)"), QStringLiteral("Zasada %1 „%2”")}},
    };
    auto known = patterns.constFind(base(language));
    if (known == patterns.constEnd())
        known = patterns.constFind(base(sourceLanguage));
    if (known == patterns.constEnd())
        known = patterns.constFind(QStringLiteral("en"));
    return withLink ? known->first : known->second;
}

} // namespace

NetiquetteLibrary::NetiquetteLibrary(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_actor(actorUserId)
{ }

QDateTime NetiquetteLibrary::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool NetiquetteLibrary::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool NetiquetteLibrary::failSql(const QSqlQuery &query)
{
    return fail(tr("The netiquette could not be changed: %1").arg(sql::lastError(query)));
}

bool NetiquetteLibrary::audit(const QString &action, qint64 versionId, const QJsonObject &details)
{
    QSqlQuery query(m_workspace.database());
    return sql::insertAudit(
               query, currentTime().toMSecsSinceEpoch(), m_actor, action, netiquetteType, versionId, details)
        || failSql(query);
}

std::optional<QString> NetiquetteLibrary::actorRole()
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT role FROM users WHERE id = ?"));
    query.addBindValue(m_actor);
    if (!sql::exec(query) || !query.next()) {
        fail(tr("Only a person of this workspace can work on the netiquette."));
        return std::nullopt;
    }
    return query.value(0).toString();
}

QList<NetiquetteVersion> NetiquetteLibrary::readVersions(const QString &where, const QVariantList &values) const
{
    QList<NetiquetteVersion> versions;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT id, number, state, source_lang, coalesce(created_by, 0), created_at, updated_at, "
                       "coalesce(published_by, 0), published_at FROM netiquette_versions WHERE ")
            + where + QStringLiteral(" ORDER BY number DESC"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!sql::exec(query))
        return versions;
    while (query.next()) {
        NetiquetteVersion version;
        version.id = query.value(0).toLongLong();
        version.number = query.value(1).toInt();
        version.state = query.value(2).toString();
        version.sourceLanguage = query.value(3).toString();
        version.createdBy = query.value(4).toLongLong();
        version.createdAt = query.value(5).toLongLong();
        version.updatedAt = query.value(6).toLongLong();
        version.publishedBy = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            version.publishedAt = query.value(8).toLongLong();
        versions << version;
    }
    QSqlQuery texts(m_workspace.database());
    sql::prepare(texts, QStringLiteral("SELECT lang, markdown FROM netiquette_texts WHERE version_id = ?"));
    for (NetiquetteVersion &version : versions) {
        texts.addBindValue(version.id);
        if (!sql::exec(texts))
            continue;
        while (texts.next())
            version.texts.insert(texts.value(0).toString(), texts.value(1).toString());
    }
    return versions;
}

std::optional<NetiquetteVersion> NetiquetteLibrary::oneVersion(const QString &where, const QVariant &value) const
{
    const QList<NetiquetteVersion> found = readVersions(where, {value});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<NetiquetteVersion> NetiquetteLibrary::draftVersion() const
{
    return oneVersion(QStringLiteral("state = ?"), draft);
}

std::optional<NetiquetteVersion> NetiquetteLibrary::publishedVersion() const
{
    return oneVersion(QStringLiteral("state = ?"), published);
}

std::optional<NetiquetteVersion> NetiquetteLibrary::version(qint64 versionId) const
{
    return oneVersion(QStringLiteral("id = ?"), versionId);
}

QList<NetiquetteVersion> NetiquetteLibrary::history() const
{
    return readVersions(QStringLiteral("state IN (?, ?)"), {published, superseded});
}

QSet<int> NetiquetteLibrary::knownRuleIds() const
{
    QSet<int> ids;
    QSqlQuery query(m_workspace.database());
    if (!sql::exec(query, QStringLiteral("SELECT DISTINCT rule_id FROM netiquette_rules")))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toInt());
    return ids;
}

int NetiquetteLibrary::nextRuleId(const QMap<QString, QString> &texts) const
{
    int highest = m_workspace.setting(highestIdSetting).toInt();
    const QSet<int> known = knownRuleIds();
    for (const int id : known)
        highest = std::max(highest, id);
    for (const QString &text : texts)
        highest = std::max(highest, NetiquetteDocument::parse(text).highestId());
    return highest + 1;
}

QMap<QString, QList<NetiquetteWarning>> NetiquetteLibrary::warnings(
    const QString &sourceLanguage, const QMap<QString, QString> &texts) const
{
    return warnings(sourceLanguage, texts, knownRuleIds());
}

QMap<QString, QList<NetiquetteWarning>> NetiquetteLibrary::warnings(
    const QString &sourceLanguage, const QMap<QString, QString> &texts, QSet<int> ids)
{
    QMap<QString, NetiquetteDocument> documents;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const NetiquetteDocument document = NetiquetteDocument::parse(it.value());
        for (const NetiquetteRule &rule : document.rules())
            ids.insert(rule.id);
        documents.insert(it.key(), document);
    }
    QMap<QString, QList<NetiquetteWarning>> result;
    const auto source = documents.constFind(sourceLanguage);
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        QList<NetiquetteWarning> found = it->warnings(ids);
        if (source != documents.cend() && it.key() != sourceLanguage)
            found << it->differencesFrom(*source);
        if (!found.isEmpty())
            result.insert(it.key(), found);
    }
    return result;
}

bool NetiquetteLibrary::writeTexts(qint64 versionId, const QMap<QString, QString> &texts)
{
    QSqlQuery query(m_workspace.database());
    for (const char *statement :
        {"DELETE FROM netiquette_texts WHERE version_id = ?", "DELETE FROM netiquette_rules WHERE version_id = ?"}) {
        sql::prepare(query, QString::fromLatin1(statement));
        query.addBindValue(versionId);
        if (!sql::exec(query))
            return failSql(query);
    }
    QSqlQuery rules(m_workspace.database());
    sql::prepare(query, QStringLiteral("INSERT INTO netiquette_texts (version_id, lang, markdown) VALUES (?, ?, ?)"));
    sql::prepare(rules,
        QStringLiteral(
            "INSERT INTO netiquette_rules (version_id, lang, rule_id, number, title) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        query.addBindValue(versionId);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!sql::exec(query))
            return failSql(query);
        QSet<int> written;
        for (const NetiquetteRule &rule : NetiquetteDocument::parse(it.value()).rules()) {
            if (rule.id <= 0 || written.contains(rule.id))
                continue; // a duplicate is a warning in the editor; the first one counts
            written.insert(rule.id);
            rules.addBindValue(versionId);
            rules.addBindValue(it.key());
            rules.addBindValue(rule.id);
            rules.addBindValue(rule.number);
            rules.addBindValue(rule.title.isNull() ? QStringLiteral("") : rule.title);
            if (!sql::exec(rules))
                return failSql(rules);
        }
    }
    return true;
}

std::optional<qint64> NetiquetteLibrary::saveDraft(const QString &sourceLanguage, const QMap<QString, QString> &texts)
{
    Transaction transaction(m_workspace.database());
    if (!actorRole())
        return std::nullopt;
    if (!TemplateStore::isLanguageCode(sourceLanguage)) {
        fail(tr("Choose the language the netiquette is written in (a code such as “en” or “de”)."));
        return std::nullopt;
    }
    if (texts.value(sourceLanguage).trimmed().isEmpty()) {
        fail(tr("The netiquette has no text in its source language “%1”.").arg(sourceLanguage));
        return std::nullopt;
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!TemplateStore::isLanguageCode(it.key())) {
            fail(tr("“%1” is not a language code such as “en”, “de” or “pt-BR”.").arg(it.key()));
            return std::nullopt;
        }
    }
    // New rule headings get ids in text order, each language on its own from the same first
    // new id: a rule added at the same place in every language gets the same id. Otherwise
    // translators copy the id from the source text ({#rule-N}), and the warnings say where
    // a translation's ids differ from the source's.
    const int firstNewId = nextRuleId(texts);
    QMap<QString, QString> withIds;
    int highest = firstNewId - 1;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        withIds.insert(it.key(), NetiquetteDocument::parse(it.value()).withIds(firstNewId));
        highest = std::max(highest, NetiquetteDocument::parse(withIds.value(it.key())).highestId());
    }

    const qint64 now = currentTime().toMSecsSinceEpoch();
    std::optional<NetiquetteVersion> current = draftVersion();
    QSqlQuery query(m_workspace.database());
    qint64 versionId = 0;
    int number = 0;
    if (current) {
        versionId = current->id;
        number = current->number;
        sql::prepare(
            query, QStringLiteral("UPDATE netiquette_versions SET source_lang = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(sourceLanguage);
        query.addBindValue(now);
        query.addBindValue(versionId);
        if (!sql::exec(query)) {
            failSql(query);
            return std::nullopt;
        }
    } else {
        if (!sql::exec(query, QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM netiquette_versions"))
            || !query.next()) {
            failSql(query);
            return std::nullopt;
        }
        number = query.value(0).toInt();
        sql::prepare(query,
            QStringLiteral("INSERT INTO netiquette_versions (number, state, source_lang, created_by, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(number);
        query.addBindValue(draft);
        query.addBindValue(sourceLanguage);
        query.addBindValue(m_actor);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!sql::exec(query)) {
            failSql(query);
            return std::nullopt;
        }
        versionId = query.lastInsertId().toLongLong();
    }
    if (!writeTexts(versionId, withIds))
        return std::nullopt;
    if (highest > m_workspace.setting(highestIdSetting).toInt()
        && !m_workspace.setSetting(highestIdSetting, QString::number(highest))) {
        fail(tr("The rule ids could not be saved."));
        return std::nullopt;
    }
    const QJsonObject details {{QStringLiteral("version_id"), versionId}, {QStringLiteral("number"), number},
        {QStringLiteral("source_lang"), sourceLanguage},
        {QStringLiteral("languages"), QJsonArray::fromStringList(withIds.keys())}};
    if (!audit(current ? QStringLiteral("draft_saved") : QStringLiteral("draft_created"), versionId, details))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("The change could not be saved."));
        return std::nullopt;
    }
    return versionId;
}

bool NetiquetteLibrary::publish()
{
    Transaction transaction(m_workspace.database());
    const std::optional<QString> role = actorRole();
    if (!role)
        return false;
    if (!isManagerRole(*role))
        return fail(tr("Only a manager can publish the netiquette."));
    const std::optional<NetiquetteVersion> candidate = draftVersion();
    if (!candidate)
        return fail(tr("There is no draft of the netiquette to publish."));
    if (NetiquetteDocument::parse(candidate->texts.value(candidate->sourceLanguage)).rules().isEmpty())
        return fail(tr("The netiquette has no rules yet: each rule is a heading such as “## Be kind”."));
    // What is published must be whole: a reference to a rule only an older version had is broken.
    const QMap<QString, QList<NetiquetteWarning>> problems = warnings(candidate->sourceLanguage, candidate->texts, {});
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        for (const NetiquetteWarning &warning : *it) {
            if (warning.isError())
                return fail(tr("The “%1” text cannot be published yet: line %2: %3")
                                .arg(it.key(), QString::number(warning.line), warning.message));
        }
    }
    const std::optional<NetiquetteVersion> previous = publishedVersion();
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("UPDATE netiquette_versions SET state = ? WHERE state = ?"));
    query.addBindValue(superseded);
    query.addBindValue(published);
    if (!sql::exec(query))
        return failSql(query);
    const qint64 now = currentTime().toMSecsSinceEpoch();
    sql::prepare(query,
        QStringLiteral("UPDATE netiquette_versions SET state = ?, published_by = ?, published_at = ?, updated_at = ? "
                       "WHERE id = ?"));
    query.addBindValue(published);
    query.addBindValue(m_actor);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(candidate->id);
    if (!sql::exec(query))
        return failSql(query);
    const QJsonObject details {{QStringLiteral("version_id"), candidate->id},
        {QStringLiteral("number"), candidate->number},
        {QStringLiteral("superseded_version_id"), previous ? QJsonValue(previous->id) : QJsonValue(QJsonValue::Null)}};
    return audit(QStringLiteral("published"), candidate->id, details)
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

bool NetiquetteLibrary::discardDraft()
{
    Transaction transaction(m_workspace.database());
    if (!actorRole())
        return false;
    const std::optional<NetiquetteVersion> current = draftVersion();
    if (!current)
        return fail(tr("There is no draft of the netiquette to discard."));
    QSqlQuery query(m_workspace.database());
    for (const char *statement : {"DELETE FROM netiquette_rules WHERE version_id = ?",
             "DELETE FROM netiquette_texts WHERE version_id = ?", "DELETE FROM netiquette_versions WHERE id = ?"}) {
        sql::prepare(query, QString::fromLatin1(statement));
        query.addBindValue(current->id);
        if (!sql::exec(query))
            return failSql(query);
    }
    return audit(QStringLiteral("draft_discarded"), current->id,
               QJsonObject {{QStringLiteral("version_id"), current->id}, {QStringLiteral("number"), current->number}})
        && (transaction.commit() || fail(tr("The change could not be saved.")));
}

QList<CitableRule> NetiquetteLibrary::rulesOf(qint64 versionId, const QString &language, int ruleId) const
{
    QList<CitableRule> rules;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT rule_id, number, title FROM netiquette_rules WHERE version_id = ? AND lang = ? "
                       "AND (? = 0 OR rule_id = ?) ORDER BY number"));
    query.addBindValue(versionId);
    query.addBindValue(language);
    query.addBindValue(ruleId);
    query.addBindValue(ruleId);
    if (!sql::exec(query))
        return rules;
    while (query.next())
        rules << CitableRule {
            query.value(0).toInt(), query.value(1).toInt(), query.value(2).toString(), language, versionId};
    return rules;
}

std::optional<NetiquetteLibrary::PublishedHead> NetiquetteLibrary::publishedHead() const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT id, source_lang FROM netiquette_versions WHERE state = ?"));
    query.addBindValue(published);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    return PublishedHead {query.value(0).toLongLong(), query.value(1).toString()};
}

QList<CitableRule> NetiquetteLibrary::publishedRules(const QString &language) const
{
    const std::optional<PublishedHead> head = publishedHead();
    if (!head)
        return {};
    const QList<CitableRule> rules = rulesOf(head->id, language);
    return rules.isEmpty() ? rulesOf(head->id, head->sourceLanguage) : rules;
}

std::optional<CitableRule> NetiquetteLibrary::publishedRule(int ruleId, const QString &language) const
{
    const std::optional<PublishedHead> head = publishedHead();
    if (!head || ruleId <= 0)
        return std::nullopt;
    for (const QString &candidate : {language, head->sourceLanguage}) {
        const QList<CitableRule> rules = rulesOf(head->id, candidate, ruleId);
        if (!rules.isEmpty())
            return rules.constFirst();
    }
    return std::nullopt;
}

QString NetiquetteLibrary::linkFor(const CitableRule &rule) const
{
    QString url = m_workspace.setting(urlSetting).trimmed();
    if (url.isEmpty())
        return QString();
    url.replace(QLatin1String("{lang}"), rule.language);
    return url + QStringLiteral("#rule-%1").arg(rule.ruleId);
}

QString NetiquetteLibrary::ruleLink(int ruleId, const QString &language) const
{
    // The page of the language the rule is read in: a language without its own text falls
    // back to the source language, and so does its link.
    const std::optional<CitableRule> rule = publishedRule(ruleId, language);
    return rule ? linkFor(*rule) : QString();
}

QHash<QString, QString> NetiquetteLibrary::placeholderValues(const QString &language) const
{
    QHash<QString, QString> values;
    const std::optional<PublishedHead> head = publishedHead();
    if (!head)
        return values;
    for (const CitableRule &source : rulesOf(head->id, head->sourceLanguage)) {
        const CitableRule rule = publishedRule(source.ruleId, language).value_or(source);
        const QString link = linkFor(rule);
        const QString pattern = citationPattern(language, head->sourceLanguage, !link.isEmpty());
        const QString value = link.isEmpty() ? pattern.arg(QString::number(rule.number), rule.title)
                                             : pattern.arg(QString::number(rule.number), rule.title, link);
        values.insert(Placeholders::rulePrefix + QLatin1Char('.') + QString::number(rule.ruleId), value);
    }
    return values;
}

} // namespace hearth
