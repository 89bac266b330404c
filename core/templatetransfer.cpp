// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetransfer.h"

#include "templatelibrary.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QVariant>

namespace hearth {

const QString TemplateTransfer::formatName = QStringLiteral("hearth-templates");

namespace {

QJsonValue isoTime(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonObject versionJson(const TemplateVersion &version)
{
    QJsonObject variants;
    QJsonArray outOfDate;
    for (const TemplateVariant &variant : version.variants) {
        variants.insert(variant.language, variant.body);
        if (variant.outOfDate)
            outOfDate.append(variant.language);
    }
    return QJsonObject {{QStringLiteral("number"), version.number}, {QStringLiteral("state"), version.state},
        {QStringLiteral("title"), version.title}, {QStringLiteral("category"), version.category},
        {QStringLiteral("shortcut"), version.shortcut},
        {QStringLiteral("tags"), QJsonArray::fromStringList(version.tags)}, {QStringLiteral("crisis"), version.crisis},
        {QStringLiteral("source_language"), version.sourceLanguage}, {QStringLiteral("variants"), variants},
        {QStringLiteral("out_of_date"), outOfDate}, {QStringLiteral("created_at"), isoTime(version.createdAt)},
        {QStringLiteral("submitted_at"), isoTime(version.submittedAt)},
        {QStringLiteral("decided_at"), isoTime(version.decidedAt)},
        {QStringLiteral("decision_comment"), version.decisionComment}};
}

// The 1-based line of a byte offset into the file, for parse errors.
int lineOf(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

TemplateTransfer::TemplateTransfer(const Workspace &workspace, qint64 actorUserId)
    : m_workspace(workspace)
    , m_actor(actorUserId)
{ }

QByteArray TemplateTransfer::exportJson() const
{
    const TemplateStore store(m_workspace);
    QJsonArray templates;
    for (const TemplateSummary &summary : store.templates()) {
        // The newest version's content on top, as an import reads it; every version below,
        // for information.
        QJsonObject entry = versionJson(summary.latest);
        entry.remove(QStringLiteral("number"));
        entry.remove(QStringLiteral("created_at"));
        entry.remove(QStringLiteral("submitted_at"));
        entry.remove(QStringLiteral("decided_at"));
        entry.remove(QStringLiteral("decision_comment"));
        entry.remove(QStringLiteral("out_of_date"));
        entry.insert(QStringLiteral("state"), summary.retired ? TemplateLibrary::retired : summary.latest.state);
        QJsonArray versions;
        for (const TemplateVersion &version : store.versions(summary.id))
            versions.append(versionJson(version));
        entry.insert(QStringLiteral("versions"), versions);
        templates.append(entry);
    }
    const QJsonObject root {{QStringLiteral("format"), formatName}, {QStringLiteral("version"), formatVersion},
        {QStringLiteral("templates"), templates}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TemplateTransfer::exportTo(QIODevice &device)
{
    const QByteArray json = exportJson();
    if (device.write(json) != json.size()) {
        m_error = tr("The templates could not be written: %1").arg(device.errorString());
        return false;
    }
    return true;
}

TemplateImportReport TemplateTransfer::import(QIODevice &device)
{
    return import(device.readAll());
}

TemplateImportReport TemplateTransfer::import(const QByteArray &json)
{
    TemplateImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.errors
            << tr("line %1: not valid JSON: %2").arg(lineOf(json, parseError.offset)).arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        report.errors << tr("format: this is not a Hearth template library (“format” must be “%1”).").arg(formatName);
        return report;
    }
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        report.errors << tr("version: only version %1 of the format can be imported.").arg(formatVersion);
        return report;
    }
    if (!root.value(QStringLiteral("templates")).isArray()) {
        report.errors << tr("templates: a list of templates is missing.");
        return report;
    }
    if (root.contains(QStringLiteral("approvals")))
        report.ignored << tr("approvals: approvals from another workspace cannot be verified; ignored.");

    TemplateLibrary library(m_workspace, m_actor);
    Transaction transaction(m_workspace.database());
    const QJsonArray templates = root.value(QStringLiteral("templates")).toArray();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QString where = QStringLiteral("templates[%1]").arg(i);
        if (!templates.at(i).isObject()) {
            report.errors << tr("%1: a template must be an object.").arg(where);
            continue;
        }
        const QJsonObject entry = templates.at(i).toObject();
        TemplateDraft draft;
        bool wellFormed = true;
        const auto text = [&](const QString &field, bool required) {
            const QJsonValue value = entry.value(field);
            if (value.isString())
                return value.toString();
            if (required || !value.isUndefined()) {
                report.errors << tr("%1.%2: a text is expected.").arg(where, field);
                wellFormed = false;
            }
            return QString();
        };
        draft.title = text(QStringLiteral("title"), true);
        draft.category = text(QStringLiteral("category"), false);
        draft.shortcut = text(QStringLiteral("shortcut"), false);
        draft.sourceLanguage = text(QStringLiteral("source_language"), true);
        const QJsonValue crisis = entry.value(QStringLiteral("crisis"));
        if (!crisis.isUndefined() && !crisis.isBool()) {
            report.errors << tr("%1.crisis: true or false is expected.").arg(where);
            wellFormed = false;
        }
        draft.crisis = crisis.toBool();
        const QJsonValue tags = entry.value(QStringLiteral("tags"));
        if (!tags.isUndefined()) {
            const QJsonArray list = tags.toArray();
            for (qsizetype t = 0; t < list.size(); ++t) {
                if (!list.at(t).isString()) {
                    report.errors << tr("%1.tags[%2]: a text is expected.").arg(where).arg(t);
                    wellFormed = false;
                }
                draft.tags << list.at(t).toString();
            }
            if (!tags.isArray()) {
                report.errors << tr("%1.tags: a list of texts is expected.").arg(where);
                wellFormed = false;
            }
        }
        const QJsonValue variants = entry.value(QStringLiteral("variants"));
        if (!variants.isObject()) {
            report.errors << tr("%1.variants: an object of texts by language is expected.").arg(where);
            wellFormed = false;
        }
        const QJsonObject byLanguage = variants.toObject();
        for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
            if (!it.value().isString()) {
                report.errors << tr("%1.variants.%2: a text is expected.").arg(where, it.key());
                wellFormed = false;
            }
            draft.variants.insert(it.key(), it.value().toString());
        }
        const QString state = entry.value(QStringLiteral("state")).toString();
        if (!state.isEmpty() && state != TemplateLibrary::draft)
            report.ignored << tr("%1.state: “%2” ignored; the template arrives as a draft.").arg(where, state);
        if (entry.contains(QStringLiteral("versions"))) {
            report.ignored << tr("%1.versions: the file's version history is ignored; the template arrives as one "
                                 "new draft.")
                                  .arg(where);
        }
        if (entry.contains(QStringLiteral("approvals")))
            report.ignored
                << tr("%1.approvals: approvals from another workspace cannot be verified; ignored.").arg(where);
        if (!wellFormed)
            continue;
        const std::optional<qint64> id = library.create(draft);
        if (!id) {
            report.errors << QStringLiteral("%1 (“%2”): %3").arg(where, draft.title, library.errorString());
            continue;
        }
        report.created << *id;
    }
    if (!report.errors.isEmpty()) {
        report.created.clear(); // rolled back with the transaction
        return report;
    }
    if (!transaction.commit()) {
        report.created.clear();
        report.errors << tr("The templates could not be saved.");
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace hearth
