// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hearth {

class Workspace;

struct SearchRequest
{
    QString text; // what the person typed
    std::optional<qint64> accountId;
    QString channelKind;
    QString status;
    std::optional<qint64> assigneeId;
    QString tag;
    QString language;
    std::optional<qint64> since; // ms since the epoch, inclusive
    std::optional<qint64> until; // ms since the epoch, inclusive
    int limit = 50;
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 accountId = 0;
    QString authorName;
    QString snippet; // matched words between U+0002 and U+0003
    QString lang;
    bool outbound = false;
    qint64 createdAt = 0;
};

// Full-text search over message text and author names, newest hits first.
class MessageSearch
{
    Q_DECLARE_TR_FUNCTIONS(MessageSearch)

public:
    static constexpr QChar highlightStart = QChar(0x02);
    static constexpr QChar highlightEnd = QChar(0x03);

    explicit MessageSearch(const Workspace &workspace);

    // What a person typed, as a full-text query that cannot fail to parse: every word must
    // match; "quoted words" match as a phrase; word* matches a prefix; -word excludes. All
    // other punctuation, operators and SQL are just text. Empty when nothing is searchable.
    static QString toMatchExpression(const QString &text);

    bool search(const SearchRequest &request, QList<SearchHit> *hits, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace hearth
