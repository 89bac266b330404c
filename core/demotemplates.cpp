// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotemplates.h"

#include "templatelibrary.h"
#include "transaction.h"
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

} // namespace

bool DemoTemplates::populate(const Workspace &workspace, qint64 authorId, qint64 managerId, const QDateTime &now,
                             QString *error)
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
        author.setCurrentTime(state == QLatin1String("awaiting_approval") ? now.addDays(-1).addSecs(i * 600)
                                                                           : written.addSecs(3600));
        bool ok = author.submit(versionId);
        manager.setCurrentTime(written.addDays(1));
        if (ok && state == QLatin1String("approved"))
            ok = manager.approve(versionId);
        else if (ok && state == QLatin1String("changes_requested"))
            ok = manager.requestChanges(versionId, entry.value(QStringLiteral("comment")).toString());
        if (!ok) {
            *error = author.errorString().isEmpty() ? manager.errorString() : author.errorString();
            return false;
        }
    }
    return transaction.commit();
}

} // namespace hearth
