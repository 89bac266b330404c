// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"
#include "requestpacer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace hearth {

struct HttpResponse;

// A Mastodon account on its instance, through the REST API (https://docs.joinmastodon.org).
//
// Fetches the account's mentions from GET /api/v1/notifications?types[]=mention. The cursor
// is the newest notification id stored; min_id asks for the page immediately newer than it
// (the first sync starts from min_id=0, the oldest mention the instance still keeps), so
// pages walk forward in time and a full page means more are waiting. The cursor is stored in
// the same transaction as the mentions, so an interrupted sync only fetches a page again.
// Direct mentions (visibility "direct") are private messages. Once the mentions are caught
// up, GET /api/v1/conversations adds the newest status of each recent direct conversation:
// a notification policy (Mastodon 4.3: private mentions from strangers by default) may file
// a direct message away from the notifications. Both give the status id as remoteId, so a
// status seen twice is stored once; the account's own statuses (their author is not among
// the conversation's other participants) are left to the outbox that sent them.
//
// Threading: a status says only which status it answers (in_reply_to_id), not the root of
// its reply chain, and a notification carries the status without its ancestors. So a
// mention's parent is its in_reply_to_id, and the workspace joins it to the conversation of
// the parent when that is stored, else starts the conversation at the parent's id (the
// status the replies gather under, often the account's own post). No further requests
// (GET /api/v1/statuses/:id/context) are spent on guessing deeper roots.
//
// The access token (from the keychain) goes only into the Authorization header: it is never
// logged and never put in an error message.
class MastodonConnector : public ChannelConnector
{
    Q_OBJECT

public:
    static constexpr int pageLimit = 40;
    static constexpr qint64 defaultPollIntervalMs = 60 * 1000;
    // Mastodon's default limit for an account's API calls: 300 requests in 5 minutes.
    static constexpr int rateLimit = 300;
    static constexpr qint64 rateWindowMs = 5 * 60 * 1000;

    MastodonConnector(
        QNetworkAccessManager *network, const QUrl &baseUrl, const QString &accessToken, QObject *parent = nullptr);

    // An endpoint of the instance (which may itself live under a path), e.g. "/api/v1/apps".
    static QUrl endpoint(const QUrl &instance, const QString &path, const QUrlQuery &query = QUrlQuery());

    Capabilities capabilities() const override;
    qint64 pollIntervalMs() const override { return m_pollIntervalMs; }
    void setPollIntervalMs(qint64 ms) { m_pollIntervalMs = ms; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void fetch(const std::optional<QString> &cursor) override;
    // A reply to target.replyToRemoteId, starting with the author's @acct so that it reaches
    // them (Mastodon notifies only mentioned accounts). Publicly never wider than the
    // original (public, unlisted or followers-only as it was), privately as a direct message.
    // The Idempotency-Key is target.sendKey, so a retried send posts once.
    void send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately) override;
    // "block" blocks the author's account; "spam" reports the status to its server as spam.
    void moderate(qint64 token, const QString &action, const DeliveryTarget &target) override;

private:
    using Handler = std::function<void(const HttpResponse &response)>;

    // One paced API request; `body` is sent as JSON unless empty.
    void call(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject &body,
        const QByteArray &idempotencyKey, const Handler &handler);
    void noteRateLimit(const HttpResponse &response);
    // The error a failed response stands for; false when it did not fail.
    bool failedWith(const HttpResponse &response, SyncError *error);
    void onNotifications(const HttpResponse &response, const QString &previousCursor);
    void addConversations(const HttpResponse &response, FetchBatch *batch);
    void post(qint64 token, const DeliveryTarget &target, const QString &text, const QString &visibility);
    void finishModeration(qint64 token, const HttpResponse &response, const QString &remoteId);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    qint64 m_pollIntervalMs = defaultPollIntervalMs;
    int m_timeoutMs;
    RequestPacer m_pacer;
};

} // namespace hearth
