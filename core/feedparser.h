// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// One item of a feed, as read; the text is plain text, never HTML.
struct FeedEntry
{
    QString id; // guid (RSS) or id (Atom); the link when a feed gives neither
    QString title;
    QString link;
    QString text;
    QString author;
    QString lang;
    qint64 publishedAt = 0; // ms since the epoch; 0 when the feed gives no usable date
};

// What a feed document held.
struct ParsedFeed
{
    QString title;
    QList<FeedEntry> entries;
    QStringList problems; // entries skipped, one line each
    QString error;        // set when the document as a whole could not be read
};

// Reads RSS 2.0 and Atom 1.0 (Google Alerts sends Atom) with QXmlStreamReader. Untrusted
// input: no external entity is resolved, internal entity expansion is bounded by Qt, HTML
// in titles and summaries becomes plain text, and an entry without an id, a title or a
// link is skipped and named in `problems` rather than failing the whole feed.
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    static ParsedFeed parse(const QByteArray &document);
    // RFC 822 (RSS) or RFC 3339 (Atom) date in ms since the epoch; 0 when unreadable.
    static qint64 parseDate(const QString &text);
};

} // namespace hearth
