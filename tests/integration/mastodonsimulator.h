// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QTcpSocket;

// A Mastodon instance on 127.0.0.1 for the integration tests: no real one can run here. It
// follows https://docs.joinmastodon.org closely where Hearth depends on it: Notification,
// Status, Account, Relationship, Report, Application and Token entities shaped as
// documented; GET /api/v1/notifications with types[], min_id, max_id, since_id and limit
// (newest first) and a Link header; GET /api/v1/conversations (direct conversations, most
// recently active first, with their last status); GET /api/v1/statuses/:id; POST
// /api/v1/statuses with Idempotency-Key;
// POST /api/v1/accounts/:id/block and /api/v1/reports; the Bearer token checked (401
// otherwise); X-RateLimit-Limit, -Remaining and -Reset on every answer, 429 once the window
// is used up. OAuth: POST /api/v1/apps, GET /oauth/authorize as a person in the browser who
// consents (or declines, or an attacker who forges the state), POST /oauth/token that checks
// the PKCE code_verifier against the S256 code_challenge. Faults for the next requests: 429
// with Retry-After, 503, malformed JSON, or a connection that never answers.
class MastodonSimulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault { RateLimited, Unavailable, MalformedJson, Hang };
    enum class Consent { Allow, Deny, ForgeState };

    struct Posted
    {
        QString id;
        QString text;
        QString inReplyToId;
        QString visibility;
        QByteArray idempotencyKey;
    };
    struct Reported
    {
        QString accountId;
        QStringList statusIds;
        QString category;
        QString comment;
    };

    explicit MastodonSimulator(const QString &token, QObject *parent = nullptr);

    bool start();
    QUrl baseUrl() const;

    // An Account entity of this instance ("acct" is the username) or of another ("user@host").
    static QJsonObject account(const QString &id, const QString &username, const QString &displayName,
        const QString &domain = QString());

    // A status by `author` that mentions the signed-in account, with its mention
    // notification; returns the status id.
    QString mention(const QJsonObject &author, const QString &html, const QString &visibility = QStringLiteral("public"),
        const QString &inReplyToId = QString(), const QString &spoiler = QString(), const QString &language = QString());
    // A direct status by `author` whose notification the account's notification policy filtered
    // (Mastodon 4.3 does so by default for private mentions from strangers): it shows only
    // in the direct conversations. Returns the status id.
    QString filteredDirect(const QJsonObject &author, const QString &html);
    // A notification of another type (favourite, follow) that Hearth does not ask for.
    void notify(const QString &type, const QJsonObject &from);
    // Any notification, as given, with the next id.
    void pushNotification(QJsonObject notification);

    // After the faults already planned, `skip` requests are answered and then `count` fail.
    void failNext(Fault fault, int count = 1, int skip = 0, int retryAfterSeconds = 0);
    // The next answer leaves nothing of the rate-limit window, which resets `resetInMs` later;
    // until then every request is refused with 429.
    void leaveOneRequest(qint64 resetInMs);
    // Another client of the account has used the window up: refused with 429 until the reset.
    void useUpWindow(qint64 resetInMs);
    void setConsent(Consent consent) { m_consent = consent; }

    QList<Posted> posted() const { return m_posted; }
    QStringList blocked() const { return m_blocked; }
    QList<Reported> reports() const { return m_reports; }
    // The min_id each notifications request asked with, in order ("" when none).
    QStringList minIdsAsked() const { return m_minIds; }
    int requestCount() const { return m_requests; }
    // Requests refused because the rate-limit window was used up.
    int rateLimitRefusals() const { return m_refusals; }
    int abandonedHangs() const { return m_abandoned; }
    // The redirect URIs apps registered, and how many tokens were given for a verified PKCE
    // code_verifier / refused for a wrong or missing one.
    QStringList redirectUris() const { return m_redirectUris; }
    int pkceVerified() const { return m_pkceVerified; }
    int pkceRefused() const { return m_pkceRefused; }
    QString ownAccountId() const { return m_self.value(QStringLiteral("id")).toString(); }

private:
    struct Request
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QJsonObject parameters; // query, form or JSON body; "name[]" fields as arrays under "name"
        QHash<QByteArray, QByteArray> headers;
    };
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    bool planned(QTcpSocket *socket);
    void notifications(QTcpSocket *socket, const Request &request);
    void conversations(QTcpSocket *socket, const Request &request);
    void joinConversation(const QJsonObject &status);
    void postStatus(QTcpSocket *socket, const Request &request);
    void block(QTcpSocket *socket, const QString &accountId);
    void report(QTcpSocket *socket, const Request &request);
    void registerApp(QTcpSocket *socket, const Request &request);
    void authorize(QTcpSocket *socket, const Request &request);
    void token(QTcpSocket *socket, const Request &request);
    QJsonObject makeStatus(const QJsonObject &author, const QString &html, const QString &visibility,
        const QString &inReplyToId, const QString &spoiler, const QString &language);
    QByteArray rateLimitHeaders();
    void replyJson(QTcpSocket *socket, int status, const QJsonValue &body, const QByteArray &extraHeaders = {});
    void replyError(QTcpSocket *socket, int status, const QString &error, const QString &description = QString());
    void reply(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
        const QByteArray &extraHeaders);

    QString m_token;
    QTcpServer m_server;
    QJsonObject m_self;
    qint64 m_nextNotification = 1000;
    qint64 m_nextStatus = 110000000000000001; // snowflake-sized: beyond what a double holds
    QList<QJsonObject> m_notifications; // oldest first
    QHash<QString, QJsonObject> m_statuses;
    QHash<QString, QJsonObject> m_accounts;
    struct Conversation
    {
        QString id;
        QString rootId;
        QJsonArray accounts; // the participants but the account itself
        QJsonObject lastStatus;
    };
    QList<Conversation> m_conversations; // most recently active first
    QHash<QByteArray, QJsonObject> m_idempotent; // Idempotency-Key -> the status it made
    struct PlannedFault
    {
        Fault fault;
        int retryAfter;
    };
    QList<std::optional<PlannedFault>> m_faults;
    int m_limit = 300;
    int m_remaining = 300;
    qint64 m_resetAt = 0;
    QHash<QString, QString> m_apps; // client_id -> client_secret
    QHash<QString, QStringList> m_appRedirects;
    QHash<QString, Grant> m_grants; // code -> what it was given for
    Consent m_consent = Consent::Allow;
    QList<Posted> m_posted;
    QStringList m_blocked;
    QList<Reported> m_reports;
    QStringList m_minIds;
    QStringList m_redirectUris;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_hanging;
    int m_requests = 0;
    int m_refusals = 0;
    int m_abandoned = 0;
    int m_pkceVerified = 0;
    int m_pkceRefused = 0;
};
