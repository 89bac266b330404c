// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedconnector.h"

#include "feedparser.h"
#include "httpjob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {

const QString etagKey = QStringLiteral("etag");
const QString lastModifiedKey = QStringLiteral("lastModified");

QJsonObject readCursor(const QString &cursor)
{
    return QJsonDocument::fromJson(cursor.toUtf8()).object();
}

IncomingMessage toMessage(const FeedEntry &entry, const QString &feedTitle, const QUrl &feedUrl, qint64 fetchedAt)
{
    IncomingMessage message;
    message.remoteId = entry.id;
    message.threadId = entry.id; // every entry is a conversation of its own
    const QString author = entry.author.isEmpty() ? feedTitle : entry.author;
    message.authorName = author.isEmpty() ? feedUrl.host() : author;
    message.authorRemoteId = message.authorName;
    message.subject = entry.title;
    message.text = entry.text.isEmpty() ? entry.title : entry.text;
    message.lang = entry.lang;
    message.url = entry.link;
    // An entry without a date is dated when it was first seen; a later fetch changes
    // nothing, because the stored message is matched by its id.
    message.createdAt = entry.publishedAt > 0 ? entry.publishedAt : fetchedAt;
    return message;
}

} // namespace

FeedConnector::FeedConnector(QNetworkAccessManager *network, const QUrl &url, QObject *parent)
    : ChannelConnector(parent)
    , m_network(network)
    , m_url(url)
    , m_silenceMs(HttpJob::defaultTimeoutMs)
    , m_deadlineMs(HttpJob::defaultDeadlineMs)
{
}

void FeedConnector::setTimeouts(int silenceMs, int deadlineMs)
{
    m_silenceMs = silenceMs;
    m_deadlineMs = deadlineMs;
}

void FeedConnector::fetch(const std::optional<QString> &cursor)
{
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("http") && m_url.scheme() != QLatin1String("https"))) {
        emit failed({SyncError::Kind::Setup, tr("The feed address must start with http:// or https://."), std::nullopt});
        return;
    }
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Accept"),
        QByteArrayLiteral("application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8"));
    const QJsonObject previous = readCursor(cursor.value_or(QString()));
    if (const QString etag = previous.value(etagKey).toString(); !etag.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), etag.toLatin1());
    if (const QString since = previous.value(lastModifiedKey).toString(); !since.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Modified-Since"), since.toLatin1());
    auto *job = new HttpJob(m_network, request, this);
    job->setTimeouts(m_silenceMs, m_deadlineMs);
    const QString previousCursor = cursor.value_or(QString());
    connect(job, &HttpJob::finished, this,
        [this, previousCursor](const HttpResponse &response) { onResponse(response, previousCursor); });
    job->start();
}

void FeedConnector::onResponse(const HttpResponse &response, const QString &previousCursor)
{
    if (response.error) {
        emit failed(*response.error);
        return;
    }
    FetchBatch batch;
    if (response.status == 304) {
        batch.cursor = previousCursor; // nothing changed since the last fetch
        emit fetched(batch);
        return;
    }
    const ParsedFeed feed = FeedParser::parse(response.body);
    if (!feed.error.isEmpty()) {
        emit failed({SyncError::Kind::Malformed, feed.error, std::nullopt});
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const FeedEntry &entry : feed.entries)
        batch.messages.append(toMessage(entry, feed.title, m_url, now));
    batch.problems = feed.problems;
    QJsonObject cursor;
    if (const QByteArray etag = response.header("etag"); !etag.isEmpty())
        cursor.insert(etagKey, QString::fromLatin1(etag));
    if (const QByteArray modified = response.header("last-modified"); !modified.isEmpty())
        cursor.insert(lastModifiedKey, QString::fromLatin1(modified));
    batch.cursor = QString::fromUtf8(QJsonDocument(cursor).toJson(QJsonDocument::Compact));
    emit fetched(batch);
}

} // namespace hearth
