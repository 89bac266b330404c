// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demomoderation.h"

#include "moderation.h"
#include "netiquettelibrary.h"
#include "sql.h"
#include "workspace.h"

#include <QList>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace hearth {

namespace {
constexpr qint64 minuteMs = 60 * 1000;

struct Troll
{
    qint64 messageId = 0;
    QString kind;
    qint64 lastMessageAt = 0;
};

// The trolls' first posts, oldest conversation first.
QList<Troll> trolls(const Workspace &workspace)
{
    QList<Troll> result;
    QSqlQuery query(workspace.database());
    sql::prepare(query,
        QStringLiteral("SELECT (SELECT min(m.id) FROM messages m WHERE m.conversation_id = c.id "
                       "  AND m.direction = 'in'), a.kind, c.last_message_at "
                       "FROM conversations c JOIN accounts a ON a.id = c.account_id "
                       "JOIN conversation_tags ct ON ct.conversation_id = c.id JOIN tags t ON t.id = ct.tag_id "
                       "WHERE t.name = 'troll' ORDER BY c.created_at, c.id"));
    if (!sql::exec(query))
        return result;
    while (query.next()) {
        if (!query.value(0).isNull())
            result << Troll {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()};
    }
    return result;
}

// The published rule whose English title matches, else the first.
std::optional<int> ruleAbout(const Workspace &workspace, const QString &pattern)
{
    const QList<CitableRule> rules = NetiquetteLibrary(workspace, 0).publishedRules(QStringLiteral("en"));
    if (rules.isEmpty())
        return std::nullopt;
    const QRegularExpression about(pattern, QRegularExpression::CaseInsensitiveOption);
    const auto found = std::find_if(
        rules.cbegin(), rules.cend(), [&about](const CitableRule &rule) { return about.match(rule.title).hasMatch(); });
    return (found == rules.cend() ? rules.constFirst() : *found).ruleId;
}

ModerationCitation citing(const std::optional<int> &rule)
{
    // Without a published netiquette the moderator says why in words.
    return rule ? ModerationCitation {rule, QString()}
                : ModerationCitation {std::nullopt, DemoModeration::tr("Insults the community")};
}
} // namespace

bool DemoModeration::populate(
    const Workspace &workspace, qint64 agentId, qint64 managerId, const QDateTime &now, QString *error)
{
    // Trolls insult: "Be respectful", and where one goes further, "No hate, no harassment".
    const ModerationCitation respect = citing(ruleAbout(workspace, QStringLiteral("respect")));
    const ModerationCitation harassment = citing(ruleAbout(workspace, QStringLiteral("harass|hate")));
    int telegram = 0;
    int mastodon = 0;
    for (const Troll &troll : trolls(workspace)) {
        // Who moderates alternates; it happens a little after the conversation went quiet.
        const bool first = troll.kind == QLatin1String("telegram") ? telegram++ == 0 : mastodon++ == 0;
        Moderation moderation(workspace, first ? managerId : agentId);
        moderation.setCurrentTime(QDateTime::fromMSecsSinceEpoch(
            std::min(now.toMSecsSinceEpoch(), troll.lastMessageAt + 20 * minuteMs), Qt::UTC));
        std::optional<qint64> done;
        if (troll.kind == QLatin1String("telegram") && telegram <= 2)
            done = moderation.deleteMessage(troll.messageId, first ? respect : harassment);
        else if (troll.kind == QLatin1String("mastodon") && mastodon == 1)
            done = moderation.blockAuthor(troll.messageId, respect);
        else if (troll.kind == QLatin1String("mastodon") && mastodon == 2)
            done = moderation.markSpam(troll.messageId);
        else
            continue;
        if (!done) {
            *error = moderation.errorString();
            return false;
        }
    }
    return true;
}

} // namespace hearth
