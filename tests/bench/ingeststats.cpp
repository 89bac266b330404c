// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingeststats.h"

#include <cmath>

namespace hearth::bench {

double IngestStats::messagesPerSecond() const
{
    return nanoseconds > 0 ? std::round(double(inserted) / seconds()) : 0;
}

bool IngestStats::sameRowsAs(const IngestStats &other) const
{
    return messageRows == other.messageRows && conversationRows == other.conversationRows
        && authorRows == other.authorRows && indexedRows == other.indexedRows;
}

QJsonObject IngestStats::toJson() const
{
    QJsonObject object {
        {QStringLiteral("ok"), ok},
        {QStringLiteral("seconds"), std::round(seconds() * 1000) / 1000},
        {QStringLiteral("wall_seconds"), std::round(double(wallNanoseconds) / 1e6) / 1000},
        {QStringLiteral("batches"), batches},
        {QStringLiteral("inserted"), inserted},
        {QStringLiteral("messages_rows"), messageRows},
        {QStringLiteral("conversations_rows"), conversationRows},
        {QStringLiteral("authors_rows"), authorRows},
        {QStringLiteral("fts_rows"), indexedRows},
        {QStringLiteral("file_mb"), std::round(double(fileBytes) / 1024.0 / 1024.0 * 10) / 10},
    };
    if (!ok)
        object.insert(QStringLiteral("error"), error);
    return object;
}

} // namespace hearth::bench
