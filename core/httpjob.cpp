// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpjob.h"

#include "hearthversion.h"
#include "retryafter.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace hearth {

HttpJob::HttpJob(QNetworkAccessManager *network, const QNetworkRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(defaultDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, &HttpJob::onDeadline);
}

void HttpJob::setTimeouts(int silenceMs, int deadlineMs)
{
    m_silenceMs = silenceMs;
    m_deadline.setInterval(deadlineMs);
}

void HttpJob::start(const QByteArray &verb, const QByteArray &body)
{
    m_request.setTransferTimeout(m_silenceMs);
    if (!m_request.hasRawHeader(QByteArrayLiteral("User-Agent")))
        m_request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Hearth/%1").arg(QLatin1String(HEARTH_VERSION)));
    // Redirects only to the same or a safer scheme; a feed that moved is still followed.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_request.setMaximumRedirectsAllowed(5);
    m_reply = m_network->sendCustomRequest(m_request, verb, body);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > maxBodyBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_deadline.start();
}

void HttpJob::onDeadline()
{
    m_deadlinePassed = true;
    if (m_reply)
        m_reply->abort();
}

void HttpJob::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs())
        response.headers.insert(header.first.toLower(), header.second);
    if (m_tooLarge) {
        response.error = SyncError{SyncError::Kind::Malformed,
            tr("The server sent more than %1 MB; Hearth stopped reading.").arg(maxBodyBytes / (1024 * 1024)), std::nullopt};
        report(response);
        return;
    }
    response.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const bool timedOut = m_deadlinePassed || error == QNetworkReply::OperationCanceledError
        || error == QNetworkReply::TimeoutError;
    if (timedOut) {
        response.error = SyncError{SyncError::Kind::Timeout,
            tr("The server at %1 did not answer in time.").arg(m_request.url().host()), std::nullopt};
    } else if (response.status == 0) {
        response.error = SyncError{SyncError::Kind::Network,
            tr("Could not reach %1: %2").arg(m_request.url().host(), reply->errorString()), std::nullopt};
    } else if (response.status >= 300 && response.status != 304) {
        response.error = errorForStatus(response.status,
            RetryAfter::delayMs(response.header("retry-after"), QDateTime::currentMSecsSinceEpoch()));
    }
    report(response);
}

SyncError HttpJob::errorForStatus(int status, std::optional<qint64> retryAfterMs)
{
    if (status == 429)
        return {SyncError::Kind::RateLimited, tr("The server asked Hearth to slow down."), retryAfterMs};
    if (status == 401 || status == 403)
        return {SyncError::Kind::Auth,
            tr("The server refused the sign-in (HTTP %1). Check the account's credentials.").arg(status), std::nullopt};
    if (status >= 500)
        return {SyncError::Kind::Server, tr("The server had a problem (HTTP %1).").arg(status), retryAfterMs};
    return {SyncError::Kind::Refused, tr("The server refused the request (HTTP %1).").arg(status), std::nullopt};
}

void HttpJob::report(const HttpResponse &response)
{
    emit finished(response);
    deleteLater();
}

} // namespace hearth
