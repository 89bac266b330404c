// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesexporter.h"

#include "sql.h"
#include "workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
void insertIfSet(QJsonObject &object, const char *field, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(field), value);
}
} // namespace

JsonLinesExporter::JsonLinesExporter(const Workspace &workspace)
    : m_workspace(workspace)
{
}

qint64 JsonLinesExporter::exportTo(QIODevice &output, std::optional<qint64> accountId)
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral(
            "SELECT m.id, a.name, a.kind, m.remote_id, c.remote_thread_id, m.parent_remote_id, au.remote_id, "
            "  m.author_name, au.handle, c.subject, m.body_text, m.body_html, m.created_at, m.url, m.lang, "
            "  m.direction, m.visibility "
            "FROM messages m JOIN accounts a ON a.id = m.account_id "
            "JOIN conversations c ON c.id = m.conversation_id "
            "LEFT JOIN authors au ON au.id = m.author_id "
            "WHERE m.id > ? AND (? IS NULL OR m.account_id = ?) ORDER BY m.id LIMIT ?"))) {
        m_error = tr("The messages could not be read: %1").arg(sql::lastError(query));
        return -1;
    }
    const QVariant account = accountId ? QVariant(*accountId) : QVariant();
    qint64 written = 0;
    qint64 after = -1;
    for (;;) {
        query.addBindValue(after);
        query.addBindValue(account);
        query.addBindValue(account);
        query.addBindValue(pageSize);
        if (!sql::exec(query)) {
            m_error = tr("The messages could not be read: %1").arg(sql::lastError(query));
            return -1;
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            after = query.value(0).toLongLong();
            QJsonObject line{{QStringLiteral("account"), query.value(1).toString()},
                             {QStringLiteral("channel"), query.value(2).toString()},
                             {QStringLiteral("remote_id"), query.value(3).toString()},
                             {QStringLiteral("thread_id"), query.value(4).toString()}};
            insertIfSet(line, "parent_id", query.value(5).toString());
            if (!query.value(6).isNull()) {
                line.insert(QStringLiteral("author"),
                            QJsonObject{{QStringLiteral("id"), query.value(6).toString()},
                                        {QStringLiteral("name"), query.value(7).toString()},
                                        {QStringLiteral("handle"), query.value(8).toString()}});
            }
            insertIfSet(line, "subject", query.value(9).toString());
            line.insert(QStringLiteral("text"), query.value(10).toString());
            insertIfSet(line, "html", query.value(11).toString());
            line.insert(QStringLiteral("created_at"),
                        QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs));
            insertIfSet(line, "url", query.value(13).toString());
            insertIfSet(line, "lang", query.value(14).toString());
            line.insert(QStringLiteral("direction"), query.value(15).toString());
            line.insert(QStringLiteral("visibility"), query.value(16).toString());
            if (output.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0) {
                m_error = tr("The export could not be written: %1").arg(output.errorString());
                return -1;
            }
            ++written;
        }
        if (rows < pageSize)
            return written;
    }
}

} // namespace hearth
