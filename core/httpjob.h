// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hearth {

// What came back from one HTTP request.
struct HttpResponse
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    std::optional<SyncError> error;       // set unless the status is 2xx or 304

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// One HTTP request with a deadline: a connection that hangs or drips is abandoned after
// `timeoutMs` of silence and after `deadlineMs` in all. Reports one HttpResponse by
// `finished`, then deletes itself. Errors are classified for the engine: 429 and 5xx may be
// retried (with the server's Retry-After), 401/403 may not.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30 * 1000;
    static constexpr int defaultDeadlineMs = 120 * 1000;
    // Replies larger than this are refused: a feed or API answer never needs more.
    static constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;

    HttpJob(QNetworkAccessManager *network, const QNetworkRequest &request, QObject *parent = nullptr);

    void setTimeouts(int silenceMs, int deadlineMs);
    // GET unless a verb is given; the body goes with POST, PUT and the like.
    void start(const QByteArray &verb = QByteArrayLiteral("GET"), const QByteArray &body = QByteArray());

signals:
    void finished(const hearth::HttpResponse &response);

private:
    void onFinished();
    void onDeadline();
    void report(const HttpResponse &response);
    static SyncError errorForStatus(int status, std::optional<qint64> retryAfterMs);

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    int m_silenceMs = defaultTimeoutMs;
    bool m_deadlinePassed = false;
    bool m_tooLarge = false;
};

} // namespace hearth
