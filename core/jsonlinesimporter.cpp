// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesimporter.h"

#include "messagestore.h"
#include "transaction.h"
#include "workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace hearth {

namespace {
// Reads one optional string field; false when it is there but not a string.
bool readString(const QJsonObject &object, const char *field, QString *value)
{
    const QJsonValue json = object.value(QLatin1String(field));
    if (json.isUndefined() || json.isNull())
        return true;
    if (!json.isString())
        return false;
    *value = json.toString();
    return true;
}

qint64 parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return 0;
    if (time.timeSpec() == Qt::LocalTime) // no offset given: UTC, not this machine's zone
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}
} // namespace

JsonLinesImporter::JsonLinesImporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool JsonLinesImporter::parse(const QByteArray &line, Line *parsed, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    Line result;
    IncomingMessage &message = result.message;
    QString createdAt, direction, visibility;
    const struct
    {
        const char *field;
        QString *value;
    } strings[] = {{"account", &result.account},   {"channel", &result.channel},     {"remote_id", &message.remoteId},
                   {"thread_id", &message.threadId}, {"parent_id", &message.parentId}, {"subject", &message.subject},
                   {"text", &message.text},         {"html", &message.html},         {"url", &message.url},
                   {"lang", &message.lang},         {"created_at", &createdAt},      {"direction", &direction},
                   {"visibility", &visibility}};
    for (const auto &string : strings) {
        if (!readString(object, string.field, string.value)) {
            *error = tr("“%1” must be a string").arg(QLatin1String(string.field));
            return false;
        }
    }
    for (const auto *required : {"account", "channel", "remote_id", "created_at"}) {
        if (object.value(QLatin1String(required)).toString().isEmpty()) {
            *error = tr("“%1” is missing").arg(QLatin1String(required));
            return false;
        }
    }
    if (!object.value(QLatin1String("text")).isString()) {
        *error = tr("“text” is missing");
        return false;
    }
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    if (!kindPattern.match(result.channel).hasMatch()) {
        *error = tr("“channel” must be a kind like email, feed, mastodon or telegram");
        return false;
    }
    message.createdAt = parseTime(createdAt);
    if (message.createdAt <= 0) {
        *error = tr("“created_at” is not an ISO 8601 time after 1970: %1").arg(createdAt);
        return false;
    }
    if (!direction.isEmpty() && direction != QLatin1String("in") && direction != QLatin1String("out")) {
        *error = tr("“direction” must be “in” or “out”");
        return false;
    }
    if (!visibility.isEmpty() && visibility != QLatin1String("public") && visibility != QLatin1String("private")) {
        *error = tr("“visibility” must be “public” or “private”");
        return false;
    }
    message.outbound = direction == QLatin1String("out");
    message.isPrivate = visibility == QLatin1String("private");

    const QJsonValue author = object.value(QLatin1String("author"));
    if (!author.isUndefined() && !author.isNull()) {
        const QJsonObject authorObject = author.toObject();
        if (!author.isObject() || !readString(authorObject, "id", &message.authorRemoteId)
            || !readString(authorObject, "name", &message.authorName)
            || !readString(authorObject, "handle", &message.authorHandle)) {
            *error = tr("“author” must be an object with the strings “id”, “name” and “handle”");
            return false;
        }
        if (message.authorRemoteId.isEmpty())
            message.authorRemoteId = message.authorHandle.isEmpty() ? message.authorName : message.authorHandle;
    }
    *parsed = result;
    return true;
}

ImportReport JsonLinesImporter::import(QIODevice &input)
{
    ImportReport report;
    m_pending.clear();
    m_channels.clear();
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        ++report.lines;
        if (line.isEmpty())
            continue;
        Line parsed;
        QString problem;
        if (!parse(line, &parsed, &problem)) {
            report.skipped << tr("line %1: %2").arg(report.lines).arg(problem);
            continue;
        }
        const QString known = m_channels.value(parsed.account, parsed.channel);
        if (known != parsed.channel) {
            report.skipped << tr("line %1: account “%2” is a %3 account, not %4")
                                  .arg(report.lines)
                                  .arg(parsed.account, known, parsed.channel);
            continue;
        }
        m_channels.insert(parsed.account, parsed.channel);
        m_pending << parsed;
        if (m_pending.size() >= batchSize && !flush(&report))
            return report;
    }
    report.ok = flush(&report);
    return report;
}

// Stores the pending lines in file order, as one transaction: consecutive lines of one
// account go to the store together, so messages of the same millisecond keep their order.
bool JsonLinesImporter::flush(ImportReport *report)
{
    MessageStore store(m_workspace);
    Transaction transaction(m_workspace.database());
    for (qsizetype first = 0; first < m_pending.size();) {
        const QString account = m_pending.at(first).account;
        QList<IncomingMessage> run;
        qsizetype next = first;
        for (; next < m_pending.size() && m_pending.at(next).account == account; ++next)
            run << m_pending.at(next).message;
        first = next;

        const qint64 accountId = store.ensureAccount(m_channels.value(account), account);
        if (accountId == 0) {
            report->error = tr("The account “%1” could not be created; a different kind of account may have that name.")
                                .arg(account);
            return false;
        }
        const IngestResult result = store.ingest(accountId, run);
        if (!result.ok) {
            report->error = result.error;
            return false;
        }
        report->inserted += result.inserted;
        report->updated += result.updated;
        report->unchanged += result.unchanged;
    }
    if (!transaction.commit()) {
        report->error = tr("The imported messages could not be saved.");
        return false;
    }
    m_pending.clear();
    return true;
}

} // namespace hearth
