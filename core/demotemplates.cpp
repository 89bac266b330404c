// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotemplates.h"

#include "templatelibrary.h"
#include "transaction.h"
#include "userdirectory.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {

TemplateDraft readDraft(const QJsonObject &entry)
{
    TemplateDraft draft;
    draft.title = entry.value(QStringLiteral("title")).toString();
    draft.category = entry.value(QStringLiteral("category")).toString();
    draft.shortcut = entry.value(QStringLiteral("shortcut")).toString();
    for (const QJsonValue &tag : entry.value(QStringLiteral("tags")).toArray())
        draft.tags << tag.toString();
    draft.crisis = entry.value(QStringLiteral("crisis")).toBool();
    draft.sourceLanguage = entry.value(QStringLiteral("source_lang")).toString();
    const QJsonObject variants = entry.value(QStringLiteral("variants")).toObject();
    for (auto variant = variants.begin(); variant != variants.end(); ++variant)
        draft.variants.insert(variant.key(), variant.value().toString());
    return draft;
}

const QStringList demoLanguages = {
    QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("da"), QStringLiteral("pl")};

// The team's use of an approved answer ("usage": how often, how many days ago the last
// time): the everyday answers often and lately, a few not for months, so the library's usage
// columns and its "unused for 30/90 days" filter have something to find. One use every
// three days going back from the last, by the agents in turn, in the five languages in turn.
bool recordUses(const Workspace &workspace, const QList<qint64> &agents, qint64 versionId, const QJsonObject &usage,
    const QDateTime &now, QString *error)
{
    const int uses = usage.value(QStringLiteral("uses")).toInt();
    const int lastDaysAgo = usage.value(QStringLiteral("last_used_days_ago")).toInt();
    for (int i = 0; i < uses; ++i) {
        TemplateLibrary agent(workspace, agents.at(i % agents.size()));
        agent.setCurrentTime(now.addDays(-lastDaysAgo - 3 * i).addSecs(-3600 * (i % 7)));
        const QString language = demoLanguages.at(i % demoLanguages.size());
        const std::optional<QString> text = agent.render(versionId, language, {});
        if (!text || !agent.recordUse(versionId, language, std::nullopt, std::nullopt, *text, {})) {
            *error = agent.errorString();
            return false;
        }
    }
    return true;
}

QList<qint64> agentIds(const Workspace &workspace)
{
    QList<qint64> ids;
    for (const User &user : UserDirectory(workspace).users()) {
        if (user.role == QLatin1String("agent"))
            ids << user.id;
    }
    return ids;
}

} // namespace

bool DemoTemplates::populate(
    const Workspace &workspace, qint64 authorId, qint64 managerId, const QDateTime &now, QString *error)
{
    QFile file(QStringLiteral(":/demo/templates.json"));
    const QJsonArray entries = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray()
        : QJsonArray();
    if (entries.isEmpty()) {
        *error = tr("The demo's template library is missing from this build.");
        return false;
    }
    Transaction transaction(workspace.database());
    TemplateLibrary author(workspace, authorId);
    TemplateLibrary manager(workspace, managerId);
    const QList<qint64> agents = agentIds(workspace);
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString state = entry.value(QStringLiteral("state")).toString();
        // Written a few weeks ago, one after another; what still waits was sent in lately.
        const QDateTime written = now.addDays(-30 + i);
        author.setCurrentTime(written);
        const std::optional<qint64> templateId = author.create(readDraft(entry));
        if (!templateId) {
            *error = author.errorString();
            return false;
        }
        const qint64 versionId = author.store().versions(*templateId).constLast().id;
        if (state == QLatin1String("draft"))
            continue;
        author.setCurrentTime(
            state == QLatin1String("awaiting_approval") ? now.addDays(-1).addSecs(i * 600) : written.addSecs(3600));
        bool ok = author.submit(versionId);
        manager.setCurrentTime(written.addDays(1));
        if (ok && state == QLatin1String("approved"))
            ok = manager.approve(versionId)
                && recordUses(
                    workspace, agents, versionId, entry.value(QStringLiteral("usage")).toObject(), now, error);
        else if (ok && state == QLatin1String("changes_requested"))
            ok = manager.requestChanges(versionId, entry.value(QStringLiteral("comment")).toString());
        if (!ok) {
            if (error->isEmpty())
                *error = author.errorString().isEmpty() ? manager.errorString() : author.errorString();
            return false;
        }
    }
    return transaction.commit();
}

} // namespace hearth
