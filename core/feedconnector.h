// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QUrl>

class QNetworkAccessManager;

namespace hearth {

struct HttpResponse;

// A feed account: an RSS or Atom feed (a Google Alert, a blog's comments, a review site)
// watched for what is said about the brand. Fetches with conditional GET (ETag and
// Last-Modified kept in the cursor), so an unchanged feed costs one 304. Each entry becomes
// a conversation of its own; entries are stored by their guid or id, so a feed that repeats
// them never duplicates anything. Read-only: a feed cannot be answered.
class FeedConnector : public ChannelConnector
{
    Q_OBJECT

public:
    static constexpr qint64 defaultPollIntervalMs = 15 * 60 * 1000;

    FeedConnector(QNetworkAccessManager *network, const QUrl &url, QObject *parent = nullptr);

    Capabilities capabilities() const override { return Capability::Fetch; }
    qint64 pollIntervalMs() const override { return m_pollIntervalMs; }
    void setPollIntervalMs(qint64 ms) { m_pollIntervalMs = ms; }
    // Silence and total time allowed per request (HttpJob's defaults otherwise).
    void setTimeouts(int silenceMs, int deadlineMs);
    void fetch(const std::optional<QString> &cursor) override;

private:
    void onResponse(const HttpResponse &response, const QString &previousCursor);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    qint64 m_pollIntervalMs = defaultPollIntervalMs;
    int m_silenceMs;
    int m_deadlineMs;
};

} // namespace hearth
