// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulestatistics.h"

#include "netiquettelibrary.h"
#include "sql.h"
#include "workspace.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {
constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
const QDate epoch(1970, 1, 1);
} // namespace

RuleStatistics::RuleStatistics(const Workspace &workspace)
    : m_workspace(workspace)
{ }

QDate RuleStatistics::periodStart(const QDate &day, Period period)
{
    if (period == Period::Month)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(1 - day.dayOfWeek());
}

QList<RuleUsage> RuleStatistics::usage(const QString &language, Period period) const
{
    QList<RuleUsage> result;
    QHash<int, int> byId;
    for (const CitableRule &rule : NetiquetteLibrary(m_workspace, 0).publishedRules(language)) {
        byId.insert(rule.ruleId, int(result.size()));
        result << RuleUsage {rule.ruleId, rule.number, rule.title, true, 0, {}, {}};
    }

    // One row per rule, channel and day: small however many actions there are.
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    sql::prepare(query,
        QStringLiteral("SELECT m.rule_id, a.kind, m.created_at / ?, count(*) FROM moderation_actions m "
                       "JOIN accounts a ON a.id = m.account_id "
                       "WHERE m.rule_id IS NOT NULL AND m.reverted_at IS NULL "
                       "GROUP BY m.rule_id, a.kind, m.created_at / ?"));
    query.addBindValue(msPerDay);
    query.addBindValue(msPerDay);
    if (!sql::exec(query)) {
        m_error = tr("The rule statistics could not be read: %1").arg(sql::lastError(query));
        return {};
    }
    while (query.next()) {
        const int ruleId = query.value(0).toInt();
        if (!byId.contains(ruleId)) {
            byId.insert(ruleId, int(result.size()));
            result << RuleUsage {ruleId, 0, QString(), false, 0, {}, {}};
        }
        RuleUsage &rule = result[byId.value(ruleId)];
        const int count = query.value(3).toInt();
        rule.citations += count;
        rule.byChannel[query.value(1).toString()] += count;
        rule.byPeriod[periodStart(epoch.addDays(query.value(2).toLongLong()), period)] += count;
    }

    // Rules no longer published: as the newest version that had them called them.
    sql::prepare(query,
        QStringLiteral("SELECT number, title FROM netiquette_rules WHERE rule_id = ? "
                       "ORDER BY version_id DESC, CASE WHEN lang = ? THEN 0 ELSE 1 END LIMIT 1"));
    for (RuleUsage &rule : result) {
        if (rule.published)
            continue;
        query.addBindValue(rule.ruleId);
        query.addBindValue(language);
        if (sql::exec(query) && query.next()) {
            rule.number = query.value(0).toInt();
            rule.title = query.value(1).toString();
        }
    }
    std::stable_sort(result.begin(), result.end(),
        [](const RuleUsage &a, const RuleUsage &b) { return a.published && !b.published; });
    m_error.clear();
    return result;
}

QList<RuleUsage> RuleStatistics::neverCited(const QString &language) const
{
    QList<RuleUsage> result;
    for (const RuleUsage &rule : usage(language)) {
        if (rule.published && rule.neverCited())
            result << rule;
    }
    return result;
}

} // namespace hearth
