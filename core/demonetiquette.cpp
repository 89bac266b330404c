// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonetiquette.h"

#include "netiquettelibrary.h"
#include "transaction.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace hearth {

const QString DemoNetiquette::sourceLanguage = QStringLiteral("en");
const QStringList DemoNetiquette::languages {
    QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("da"), QStringLiteral("pl")};
const QString DemoNetiquette::url = QStringLiteral("https://sunnysqueeze.example/{lang}/community-rules");

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The published texts with the draft's changes: one phrase replaced per language.
bool applyDraftChanges(QMap<QString, QString> *texts)
{
    const QJsonObject changes =
        QJsonDocument::fromJson(resourceText(QStringLiteral(":/demo/netiquette/draft.json")).toUtf8())
            .object()
            .value(QStringLiteral("changes"))
            .toObject();
    if (changes.isEmpty())
        return false;
    for (auto change = changes.begin(); change != changes.end(); ++change) {
        const QJsonArray pair = change.value().toArray();
        QString &text = (*texts)[change.key()];
        const QString before = pair.at(0).toString();
        if (before.isEmpty() || !text.contains(before))
            return false;
        text.replace(before, pair.at(1).toString());
    }
    return true;
}

} // namespace

bool DemoNetiquette::populate(
    Workspace &workspace, qint64 authorId, qint64 managerId, const QDateTime &now, QString *error)
{
    QMap<QString, QString> texts;
    for (const QString &language : languages) {
        const QString text = resourceText(QStringLiteral(":/demo/netiquette/%1.md").arg(language));
        if (text.isEmpty()) {
            *error = tr("The demo's netiquette is missing from this build.");
            return false;
        }
        texts.insert(language, text);
    }
    Transaction transaction(workspace.database());
    if (!workspace.setSetting(NetiquetteLibrary::urlSetting, url)) {
        *error = tr("The demo's netiquette address could not be saved.");
        return false;
    }
    // The manager wrote and published the rules five weeks ago; an agent proposed a change lately.
    NetiquetteLibrary manager(workspace, managerId);
    manager.setCurrentTime(now.addDays(-36));
    const bool drafted = manager.saveDraft(sourceLanguage, texts).has_value();
    manager.setCurrentTime(now.addDays(-35));
    if (!drafted || !manager.publish()) {
        *error = manager.errorString();
        return false;
    }
    if (!applyDraftChanges(&texts)) {
        *error = tr("The demo's netiquette draft does not fit its published text.");
        return false;
    }
    NetiquetteLibrary author(workspace, authorId);
    author.setCurrentTime(now.addDays(-2));
    if (!author.saveDraft(sourceLanguage, texts)) {
        *error = author.errorString();
        return false;
    }
    return transaction.commit();
}

} // namespace hearth
