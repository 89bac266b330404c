// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatestore.h"

#include "sql.h"
#include "templatediff.h"
#include "workspace.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {

const QString versionColumns = QStringLiteral(
    "id, template_id, number, state, title, category, shortcut, crisis, source_lang, author_id, created_at, "
    "updated_at, submitted_by, submitted_at, decided_by, decided_at, decision_comment");

std::optional<qint64> optionalMs(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

bool TemplateStore::isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return pattern.match(code).hasMatch();
}

QStringList TemplateStore::orderedLanguages(const QString &source, QStringList languages)
{
    std::sort(languages.begin(), languages.end());
    languages.removeDuplicates();
    if (languages.removeAll(source) > 0)
        languages.prepend(source);
    return languages;
}

QString TemplateStore::normalizedLanguageCode(const QString &typed)
{
    QStringList parts = typed.trimmed().replace(QLatin1Char('_'), QLatin1Char('-')).split(QLatin1Char('-'));
    parts.first() = parts.first().toLower();
    for (qsizetype index = 1; index < parts.size(); ++index) {
        QString &part = parts[index];
        // BCP 47 casing: regions upper case ("BR"), scripts title case ("Hant"), the rest lower.
        if (part.size() == 2)
            part = part.toUpper();
        else if (part.size() == 4)
            part = part.left(1).toUpper() + part.mid(1).toLower();
        else
            part = part.toLower();
    }
    const QString code = parts.join(QLatin1Char('-'));
    if (!isLanguageCode(code) || QLocale(code).language() == QLocale::C)
        return QString();
    return code;
}

TemplateStore::TemplateStore(const Workspace &workspace)
    : m_workspace(workspace)
{ }

std::optional<TemplateVariant> TemplateVersion::variant(const QString &language) const
{
    for (const TemplateVariant &entry : variants) {
        if (entry.language == language)
            return entry;
    }
    return std::nullopt;
}

QString TemplateVersion::bestLanguage(const QString &wanted) const
{
    const QStringList available = languages();
    if (!wanted.isEmpty()) {
        for (const QString &language : available) {
            if (language.compare(wanted, Qt::CaseInsensitive) == 0)
                return language;
        }
        const QString primary = wanted.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        for (const QString &language : available) {
            if (language.section(QLatin1Char('-'), 0, 0).compare(primary, Qt::CaseInsensitive) == 0)
                return language;
        }
    }
    if (variant(sourceLanguage))
        return sourceLanguage;
    return variants.isEmpty() ? QString() : variants.constFirst().language;
}

QStringList TemplateVersion::languages() const
{
    QStringList codes;
    for (const TemplateVariant &entry : variants)
        codes << entry.language;
    return TemplateStore::orderedLanguages(sourceLanguage, codes);
}

QList<TemplateVersion> TemplateStore::readVersions(const QString &where, const QVariantList &values) const
{
    QList<TemplateVersion> result;
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query, QStringLiteral("SELECT %1 FROM template_versions WHERE %2").arg(versionColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        TemplateVersion v;
        v.id = query.value(0).toLongLong();
        v.templateId = query.value(1).toLongLong();
        v.number = query.value(2).toInt();
        v.state = query.value(3).toString();
        v.title = query.value(4).toString();
        v.category = query.value(5).toString();
        v.shortcut = query.value(6).toString();
        v.crisis = query.value(7).toInt() != 0;
        v.sourceLanguage = query.value(8).toString();
        v.authorId = query.value(9).toLongLong();
        v.createdAt = query.value(10).toLongLong();
        v.updatedAt = query.value(11).toLongLong();
        v.submittedBy = query.value(12).toLongLong();
        v.submittedAt = optionalMs(query.value(13));
        v.decidedBy = query.value(14).toLongLong();
        v.decidedAt = optionalMs(query.value(15));
        v.decisionComment = query.value(16).toString();
        result << v;
    }
    QSqlQuery variants(m_workspace.database());
    sql::prepare(variants,
        QStringLiteral("SELECT lang, body, out_of_date FROM template_variants WHERE version_id = ? ORDER BY lang"));
    QSqlQuery tags(m_workspace.database());
    sql::prepare(tags, QStringLiteral("SELECT tag FROM template_version_tags WHERE version_id = ? ORDER BY tag"));
    for (TemplateVersion &v : result) {
        variants.addBindValue(v.id);
        if (sql::exec(variants)) {
            while (variants.next())
                v.variants << TemplateVariant {
                    variants.value(0).toString(), variants.value(1).toString(), variants.value(2).toInt() != 0};
        }
        tags.addBindValue(v.id);
        if (sql::exec(tags)) {
            while (tags.next())
                v.tags << tags.value(0).toString();
        }
    }
    return result;
}

std::optional<TemplateVersion> TemplateStore::version(qint64 versionId) const
{
    const QList<TemplateVersion> found = readVersions(QStringLiteral("id = ?"), {versionId});
    return found.isEmpty() ? std::nullopt : std::optional<TemplateVersion>(found.constFirst());
}

QList<TemplateVersion> TemplateStore::versions(qint64 templateId) const
{
    return readVersions(QStringLiteral("template_id = ? ORDER BY number"), {templateId});
}

std::optional<TemplateVersion> TemplateStore::approvedVersion(qint64 templateId) const
{
    const QList<TemplateVersion> found =
        readVersions(QStringLiteral("template_id = ? AND state = 'approved'"), {templateId});
    return found.isEmpty() ? std::nullopt : std::optional<TemplateVersion>(found.constFirst());
}

std::optional<TemplateSummary> TemplateStore::summary(qint64 templateId) const
{
    QSqlQuery query(m_workspace.database());
    sql::prepare(query, QStringLiteral("SELECT approved_version_id, retired_at FROM templates WHERE id = ?"));
    query.addBindValue(templateId);
    if (!sql::exec(query) || !query.next())
        return std::nullopt;
    TemplateSummary result;
    result.id = templateId;
    result.approvedVersionId = optionalMs(query.value(0));
    result.retired = !query.value(1).isNull();
    const QList<TemplateVersion> latest =
        readVersions(QStringLiteral("template_id = ? ORDER BY number DESC LIMIT 1"), {templateId});
    if (latest.isEmpty())
        return std::nullopt;
    result.latest = latest.constFirst();
    return result;
}

QList<TemplateSummary> TemplateStore::templates() const
{
    QList<qint64> ids;
    QSqlQuery query(m_workspace.database());
    if (sql::exec(query, QStringLiteral("SELECT id FROM templates ORDER BY id"))) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    QList<TemplateSummary> result;
    for (const qint64 id : std::as_const(ids)) {
        if (const std::optional<TemplateSummary> entry = summary(id))
            result << *entry;
    }
    return result;
}

QString TemplateStore::diff(const std::optional<TemplateVersion> &older, const TemplateVersion &newer)
{
    const TemplateVersion before = older.value_or(TemplateVersion());
    QString text;
    const auto field = [&text](const QString &name, const QString &from, const QString &to) {
        if (from != to)
            text += QStringLiteral("%1: “%2” → “%3”\n").arg(name, from, to);
    };
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    field(tr("Title"), before.title, newer.title);
    field(tr("Category"), before.category, newer.category);
    field(tr("Shortcut"), before.shortcut, newer.shortcut);
    field(tr("Tags"), before.tags.join(QLatin1String(", ")), newer.tags.join(QLatin1String(", ")));
    if (older)
        field(tr("Crisis"), yesNo(before.crisis), yesNo(newer.crisis));
    else if (newer.crisis)
        field(tr("Crisis"), QString(), yesNo(true));
    field(tr("Source language"), before.sourceLanguage, newer.sourceLanguage);
    for (const QString &language : orderedLanguages(newer.sourceLanguage, before.languages() + newer.languages())) {
        const std::optional<TemplateVariant> from = before.variant(language);
        const std::optional<TemplateVariant> to = newer.variant(language);
        text += QStringLiteral("[%1]").arg(language);
        if (!to)
            text += QLatin1Char(' ') + tr("(removed)");
        else if (!from)
            text += QLatin1Char(' ') + tr("(new)");
        else if (to->outOfDate)
            text += QLatin1Char(' ') + tr("(out of date)");
        text += QLatin1Char('\n') + TemplateDiff::readable(from ? from->body : QString(), to ? to->body : QString());
    }
    return text;
}

std::optional<QString> TemplateStore::diff(qint64 olderVersionId, qint64 newerVersionId) const
{
    const std::optional<TemplateVersion> older = version(olderVersionId);
    const std::optional<TemplateVersion> newer = version(newerVersionId);
    if (!older || !newer)
        return std::nullopt;
    return diff(older, *newer);
}

QList<ApprovalRequest> TemplateStore::queue() const
{
    QList<ApprovalRequest> result;
    for (const TemplateVersion &waiting :
        readVersions(QStringLiteral("state = 'awaiting' ORDER BY submitted_at, id"), {})) {
        ApprovalRequest request;
        request.version = waiting;
        const std::optional<TemplateVersion> inUse = approvedVersion(waiting.templateId);
        if (inUse)
            request.approvedVersionId = inUse->id;
        request.diff = diff(inUse, waiting);
        result << request;
    }
    return result;
}

QList<TemplateVersion> TemplateStore::crisisSet() const
{
    return readVersions(QStringLiteral("state = 'approved' AND crisis = 1 ORDER BY title, id"), {});
}

std::optional<TemplateVersion> TemplateStore::byShortcut(const QString &shortcut) const
{
    // Typed as ::name or /name; stored bare and in lower case (TemplateLibrary checks them).
    QString name = shortcut.trimmed().toLower();
    if (name.startsWith(QLatin1String("::")))
        name = name.mid(2);
    else if (name.startsWith(QLatin1Char('/')))
        name = name.mid(1);
    if (name.isEmpty())
        return std::nullopt;
    const QList<TemplateVersion> found = readVersions(QStringLiteral("state = 'approved' AND shortcut = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<TemplateVersion>(found.constFirst());
}

QList<TemplateVersion> TemplateStore::offered() const
{
    return readVersions(QStringLiteral("state = 'approved' ORDER BY title, id"), {});
}

QList<TemplateUsageCount> TemplateStore::usage() const
{
    QList<TemplateUsageCount> result;
    QSqlQuery query(m_workspace.database());
    if (!sql::exec(query,
            QStringLiteral("SELECT t.id, count(u.id), max(u.used_at) FROM templates t "
                           "LEFT JOIN template_usage u ON u.template_id = t.id "
                           "GROUP BY t.id ORDER BY count(u.id) DESC, t.id")))
        return result;
    while (query.next()) {
        result << TemplateUsageCount {
            query.value(0).toLongLong(), QString(), 0, query.value(1).toInt(), optionalMs(query.value(2))};
    }
    return result;
}

QList<TemplateUsageCount> TemplateStore::usageByLanguage(qint64 templateId) const
{
    QList<TemplateUsageCount> result;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT lang, count(*), max(used_at) FROM template_usage WHERE template_id = ? "
                       "GROUP BY lang ORDER BY count(*) DESC, lang"));
    query.addBindValue(templateId);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        result << TemplateUsageCount {
            templateId, query.value(0).toString(), 0, query.value(1).toInt(), optionalMs(query.value(2))};
    }
    return result;
}

QList<TemplateUsageCount> TemplateStore::usageByUser(qint64 templateId) const
{
    QList<TemplateUsageCount> result;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT coalesce(user_id, 0), count(*), max(used_at) FROM template_usage "
                       "WHERE template_id = ? GROUP BY coalesce(user_id, 0) "
                       "ORDER BY count(*) DESC, coalesce(user_id, 0)"));
    query.addBindValue(templateId);
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        result << TemplateUsageCount {
            templateId, QString(), query.value(0).toLongLong(), query.value(1).toInt(), optionalMs(query.value(2))};
    }
    return result;
}

QList<qint64> TemplateStore::unusedSince(const QDateTime &since) const
{
    QList<qint64> result;
    QSqlQuery query(m_workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT t.id FROM templates t WHERE t.approved_version_id IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM template_usage u "
                       "WHERE u.template_id = t.id AND u.used_at >= ?) ORDER BY t.id"));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!sql::exec(query))
        return result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

} // namespace hearth
