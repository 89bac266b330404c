// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace hearth::bench {

// What one ingest path did and how long its writes took. Only the time inside the store
// calls counts: generating the corpus costs both paths the same and is not the store's.
class IngestStats
{
public:
    double seconds() const { return double(nanoseconds) / 1e9; }
    double messagesPerSecond() const;
    // The rows the path left behind, to check both paths did the same work.
    bool sameRowsAs(const IngestStats &other) const;
    QJsonObject toJson() const;

    bool ok = true;
    QString error;
    qint64 messages = 0; // handed to the store
    qint64 inserted = 0; // reported stored
    qint64 batches = 0;
    qint64 nanoseconds = 0; // inside the store calls
    qint64 wallNanoseconds = 0; // including corpus generation
    qint64 messageRows = 0;
    qint64 conversationRows = 0;
    qint64 authorRows = 0;
    qint64 indexedRows = 0; // full-text index entries
    qint64 fileBytes = 0;
};

} // namespace hearth::bench
