// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonsimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <algorithm>

namespace {

constexpr int defaultLimit = 40;
constexpr int maxLimit = 80;
constexpr qint64 windowMs = 5 * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Ids are digit strings; a longer one is larger.
bool idLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QString randomText(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

// Query and form fields; Rails' "name[]" fields become arrays under "name".
void addFields(QJsonObject *fields, const QUrlQuery &query)
{
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.endsWith(QLatin1String("[]"))) {
            const QString name = item.first.chopped(2);
            QJsonArray values = fields->value(name).toArray();
            values.append(item.second);
            fields->insert(name, values);
        } else {
            fields->insert(item.first, item.second);
        }
    }
}

} // namespace

MastodonSimulator::MastodonSimulator(const QString &token, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_self(account(QStringLiteral("1"), QStringLiteral("lemonade"), QStringLiteral("Lemonade Co.")))
    , m_resetAt(now() + windowMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MastodonSimulator::onConnection);
}

bool MastodonSimulator::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MastodonSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QJsonObject MastodonSimulator::account(
    const QString &id, const QString &username, const QString &displayName, const QString &domain)
{
    const QString host = domain.isEmpty() ? QStringLiteral("mastodon.example") : domain;
    return {{QStringLiteral("id"), id}, {QStringLiteral("username"), username},
        {QStringLiteral("acct"), domain.isEmpty() ? username : username + QLatin1Char('@') + domain},
        {QStringLiteral("display_name"), displayName}, {QStringLiteral("locked"), false},
        {QStringLiteral("bot"), false}, {QStringLiteral("created_at"), QStringLiteral("2022-11-02T00:00:00.000Z")},
        {QStringLiteral("note"), QString()},
        {QStringLiteral("url"), QStringLiteral("https://%1/@%2").arg(host, username)},
        {QStringLiteral("avatar"), QStringLiteral("https://%1/avatars/original/missing.png").arg(host)},
        {QStringLiteral("followers_count"), 3}, {QStringLiteral("following_count"), 5},
        {QStringLiteral("statuses_count"), 42}, {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("fields"), QJsonArray()}};
}

QJsonObject MastodonSimulator::makeStatus(const QJsonObject &author, const QString &html, const QString &visibility,
    const QString &inReplyToId, const QString &spoiler, const QString &language)
{
    const QString id = QString::number(m_nextStatus++);
    const QString authorId = author.value(QStringLiteral("id")).toString();
    m_accounts.insert(authorId, author);
    const QString username = author.value(QStringLiteral("username")).toString();
    const QJsonValue parent = inReplyToId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(inReplyToId);
    const QJsonValue parentAccount = inReplyToId.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : m_statuses.value(inReplyToId).value(QStringLiteral("account")).toObject().value(QStringLiteral("id"));
    const QJsonObject status {{QStringLiteral("id"), id}, {QStringLiteral("created_at"), isoTime(now())},
        {QStringLiteral("in_reply_to_id"), parent}, {QStringLiteral("in_reply_to_account_id"), parentAccount},
        {QStringLiteral("sensitive"), !spoiler.isEmpty()}, {QStringLiteral("spoiler_text"), spoiler},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("language"), language.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(language)},
        {QStringLiteral("uri"), QStringLiteral("https://mastodon.example/users/%1/statuses/%2").arg(username, id)},
        {QStringLiteral("url"), QStringLiteral("https://mastodon.example/@%1/%2").arg(username, id)},
        {QStringLiteral("replies_count"), 0}, {QStringLiteral("reblogs_count"), 0},
        {QStringLiteral("favourites_count"), 0}, {QStringLiteral("content"), html},
        {QStringLiteral("reblog"), QJsonValue::Null}, {QStringLiteral("account"), author},
        {QStringLiteral("media_attachments"), QJsonArray()},
        {QStringLiteral("mentions"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), m_self.value(QStringLiteral("id"))},
                {QStringLiteral("username"), m_self.value(QStringLiteral("username"))},
                {QStringLiteral("acct"), m_self.value(QStringLiteral("acct"))},
                {QStringLiteral("url"), m_self.value(QStringLiteral("url"))}}}},
        {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("card"), QJsonValue::Null}, {QStringLiteral("poll"), QJsonValue::Null}};
    m_statuses.insert(id, status);
    if (visibility == QLatin1String("direct"))
        joinConversation(status);
    return status;
}

void MastodonSimulator::joinConversation(const QJsonObject &status)
{
    QString root = status.value(QStringLiteral("id")).toString();
    while (m_statuses.value(root).value(QStringLiteral("in_reply_to_id")).isString())
        root = m_statuses.value(root).value(QStringLiteral("in_reply_to_id")).toString();
    int found = 0;
    while (found < m_conversations.size() && m_conversations.at(found).rootId != root)
        ++found;
    Conversation conversation = found < m_conversations.size()
        ? m_conversations.takeAt(found)
        : Conversation {QString::number(m_conversations.size() + 1), root, {}, {}};
    const QJsonObject author = status.value(QStringLiteral("account")).toObject();
    if (author.value(QStringLiteral("id")) != m_self.value(QStringLiteral("id")) && !conversation.accounts.contains(author))
        conversation.accounts.append(author);
    conversation.lastStatus = status;
    m_conversations.prepend(conversation);
}

QString MastodonSimulator::mention(const QJsonObject &author, const QString &html, const QString &visibility,
    const QString &inReplyToId, const QString &spoiler, const QString &language)
{
    const QJsonObject status = makeStatus(author, html, visibility, inReplyToId, spoiler, language);
    pushNotification({{QStringLiteral("type"), QStringLiteral("mention")},
        {QStringLiteral("created_at"), status.value(QStringLiteral("created_at"))},
        {QStringLiteral("account"), author}, {QStringLiteral("status"), status}});
    return status.value(QStringLiteral("id")).toString();
}

QString MastodonSimulator::filteredDirect(const QJsonObject &author, const QString &html)
{
    return makeStatus(author, html, QStringLiteral("direct"), QString(), QString(), QString())
        .value(QStringLiteral("id"))
        .toString();
}

void MastodonSimulator::notify(const QString &type, const QJsonObject &from)
{
    pushNotification({{QStringLiteral("type"), type}, {QStringLiteral("created_at"), isoTime(now())},
        {QStringLiteral("account"), from}});
}

void MastodonSimulator::pushNotification(QJsonObject notification)
{
    notification.insert(QStringLiteral("id"), QString::number(m_nextNotification++));
    m_notifications.append(notification);
}

void MastodonSimulator::failNext(Fault fault, int count, int skip, int retryAfterSeconds)
{
    for (int i = 0; i < skip; ++i)
        m_faults.append(std::nullopt);
    for (int i = 0; i < count; ++i)
        m_faults.append(PlannedFault {fault, retryAfterSeconds});
}

void MastodonSimulator::leaveOneRequest(qint64 resetInMs)
{
    m_remaining = 1;
    m_resetAt = now() + resetInMs;
}

void MastodonSimulator::useUpWindow(qint64 resetInMs)
{
    m_remaining = 0;
    m_resetAt = now() + resetInMs;
}

void MastodonSimulator::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_hanging.remove(socket))
                ++m_abandoned;
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MastodonSimulator::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    for (const QByteArray &line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.verb = requestLine.value(0);
    request.path = target.path();
    request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    addFields(&request.parameters, request.query);
    const QByteArray contentType = request.headers.value("content-type").toLower();
    if (contentType.startsWith("application/json")) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            request.parameters.insert(it.key(), it.value());
    } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
        addFields(&request.parameters, QUrlQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' '))));
    }
    handle(socket, request);
}

bool MastodonSimulator::planned(QTcpSocket *socket)
{
    if (m_faults.isEmpty())
        return false;
    const std::optional<PlannedFault> fault = m_faults.takeFirst();
    if (!fault)
        return false;
    switch (fault->fault) {
    case Fault::RateLimited:
        replyJson(socket, 429, QJsonObject {{QStringLiteral("error"), QStringLiteral("Too many requests")}},
            "Retry-After: " + QByteArray::number(fault->retryAfter) + "\r\n");
        break;
    case Fault::Unavailable:
        // What nginx in front of a Mastodon whose Puma is down answers.
        reply(socket, 503,
            QByteArrayLiteral("<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                              "<center><h1>503 Service Temporarily Unavailable</h1></center></body></html>"),
            QByteArrayLiteral("text/html"), rateLimitHeaders());
        break;
    case Fault::MalformedJson:
        reply(socket, 200, QByteArrayLiteral("[{\"id\":\"1\",\"type\":\"mention\",\"status\":{\"id\":"),
            QByteArrayLiteral("application/json; charset=utf-8"), rateLimitHeaders());
        break;
    case Fault::Hang:
        m_hanging.insert(socket);
        break;
    }
    return true;
}

void MastodonSimulator::handle(QTcpSocket *socket, const Request &request)
{
    ++m_requests;
    if (planned(socket))
        return;
    const QString path = request.path;
    if (path == QLatin1String("/oauth/authorize") && request.verb == "GET") {
        authorize(socket, request);
        return;
    }
    if (path == QLatin1String("/oauth/token") && request.verb == "POST") {
        token(socket, request);
        return;
    }
    if (path == QLatin1String("/api/v1/apps") && request.verb == "POST") {
        registerApp(socket, request);
        return;
    }
    if (request.headers.value("authorization") != "Bearer " + m_token.toUtf8()) {
        replyError(socket, 401, QStringLiteral("The access token is invalid"));
        return;
    }
    if (now() >= m_resetAt) {
        m_remaining = m_limit;
        m_resetAt = now() + windowMs;
    }
    if (m_remaining <= 0) {
        ++m_refusals;
        replyError(socket, 429, QStringLiteral("Too many requests"));
        return;
    }
    --m_remaining;

    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path == QLatin1String("/api/v1/notifications") && request.verb == "GET") {
        notifications(socket, request);
    } else if (path == QLatin1String("/api/v1/conversations") && request.verb == "GET") {
        conversations(socket, request);
    } else if (path == QLatin1String("/api/v1/statuses") && request.verb == "POST") {
        postStatus(socket, request);
    } else if (parts.size() == 4 && parts.at(2) == QLatin1String("statuses") && request.verb == "GET") {
        if (m_statuses.contains(parts.at(3)))
            replyJson(socket, 200, m_statuses.value(parts.at(3)));
        else
            replyError(socket, 404, QStringLiteral("Record not found"));
    } else if (parts.size() == 5 && parts.at(2) == QLatin1String("accounts") && parts.at(4) == QLatin1String("block")
        && request.verb == "POST") {
        block(socket, parts.at(3));
    } else if (path == QLatin1String("/api/v1/reports") && request.verb == "POST") {
        report(socket, request);
    } else {
        replyError(socket, 404, QStringLiteral("Record not found"));
    }
}

void MastodonSimulator::notifications(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const QString minId = p.value(QStringLiteral("min_id")).toString();
    const QString maxId = p.value(QStringLiteral("max_id")).toString();
    const QString sinceId = p.value(QStringLiteral("since_id")).toString();
    m_minIds << minId;
    const int limit = std::clamp(p.value(QStringLiteral("limit")).toString().toInt(), 1, maxLimit);
    const int pageSize = p.contains(QStringLiteral("limit")) ? limit : defaultLimit;
    QStringList types;
    for (const QJsonValue &type : p.value(QStringLiteral("types")).toArray())
        types << type.toString();

    QList<QJsonObject> matching; // oldest first
    for (const QJsonObject &notification : std::as_const(m_notifications)) {
        const QString id = notification.value(QStringLiteral("id")).toString();
        if (!types.isEmpty() && !types.contains(notification.value(QStringLiteral("type")).toString()))
            continue;
        if ((!minId.isEmpty() && !idLess(minId, id)) || (!sinceId.isEmpty() && !idLess(sinceId, id))
            || (!maxId.isEmpty() && !idLess(id, maxId)))
            continue;
        matching << notification;
    }
    // min_id: the page immediately newer than it; otherwise the newest page. Newest first.
    const QList<QJsonObject> page = minId.isEmpty() ? matching.mid(std::max<qsizetype>(0, matching.size() - pageSize))
                                                    : matching.mid(0, pageSize);
    QJsonArray body;
    for (auto it = page.crbegin(); it != page.crend(); ++it)
        body.append(*it);
    QByteArray link;
    if (!page.isEmpty()) {
        const QString base = baseUrl().toString() + QStringLiteral("/api/v1/notifications?limit=%1&").arg(pageSize);
        link = "Link: <" + (base + QStringLiteral("max_id=") + page.constFirst().value(QStringLiteral("id")).toString()).toUtf8()
            + ">; rel=\"next\", <"
            + (base + QStringLiteral("min_id=") + page.constLast().value(QStringLiteral("id")).toString()).toUtf8()
            + ">; rel=\"prev\"\r\n";
    }
    replyJson(socket, 200, body, link);
}

void MastodonSimulator::conversations(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const int limit = p.contains(QStringLiteral("limit"))
        ? std::clamp(p.value(QStringLiteral("limit")).toString().toInt(), 1, maxLimit)
        : defaultLimit;
    QJsonArray body;
    for (const Conversation &conversation : m_conversations.mid(0, limit)) {
        body.append(QJsonObject {{QStringLiteral("id"), conversation.id}, {QStringLiteral("unread"), true},
            {QStringLiteral("accounts"), conversation.accounts},
            {QStringLiteral("last_status"), conversation.lastStatus}});
    }
    replyJson(socket, 200, body);
}

void MastodonSimulator::postStatus(QTcpSocket *socket, const Request &request)
{
    const QByteArray key = request.headers.value("idempotency-key");
    if (!key.isEmpty() && m_idempotent.contains(key)) {
        // Mastodon keeps the key for an hour and answers a repeat with the status it made.
        replyJson(socket, 200, m_idempotent.value(key));
        return;
    }
    const QJsonObject p = request.parameters;
    const QString text = p.value(QStringLiteral("status")).toString();
    const QString inReplyTo = p.value(QStringLiteral("in_reply_to_id")).toString();
    QString visibility = p.value(QStringLiteral("visibility")).toString();
    if (visibility.isEmpty())
        visibility = QStringLiteral("public");
    static const QStringList visibilities {QStringLiteral("public"), QStringLiteral("unlisted"),
        QStringLiteral("private"), QStringLiteral("direct")};
    if (text.trimmed().isEmpty()) {
        replyError(socket, 422, QStringLiteral("Validation failed: Text can't be blank"));
        return;
    }
    if (!visibilities.contains(visibility)) {
        replyError(socket, 422, QStringLiteral("Validation failed: Visibility is not included in the list"));
        return;
    }
    if (!inReplyTo.isEmpty() && !m_statuses.contains(inReplyTo)) {
        replyError(socket, 404, QStringLiteral("Record not found"));
        return;
    }
    const QJsonObject status =
        makeStatus(m_self, QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()), visibility, inReplyTo, {}, {});
    if (!key.isEmpty())
        m_idempotent.insert(key, status);
    m_posted.append({status.value(QStringLiteral("id")).toString(), text, inReplyTo, visibility, key});
    replyJson(socket, 200, status);
}

void MastodonSimulator::block(QTcpSocket *socket, const QString &accountId)
{
    if (!m_accounts.contains(accountId)) {
        replyError(socket, 404, QStringLiteral("Record not found"));
        return;
    }
    if (!m_blocked.contains(accountId))
        m_blocked << accountId;
    replyJson(socket, 200,
        QJsonObject {{QStringLiteral("id"), accountId}, {QStringLiteral("following"), false},
            {QStringLiteral("showing_reblogs"), false}, {QStringLiteral("notifying"), false},
            {QStringLiteral("followed_by"), false}, {QStringLiteral("blocking"), true},
            {QStringLiteral("blocked_by"), false}, {QStringLiteral("muting"), false},
            {QStringLiteral("muting_notifications"), false}, {QStringLiteral("requested"), false},
            {QStringLiteral("domain_blocking"), false}, {QStringLiteral("endorsed"), false},
            {QStringLiteral("note"), QString()}});
}

void MastodonSimulator::report(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const QString accountId = p.value(QStringLiteral("account_id")).toString();
    if (!m_accounts.contains(accountId)) {
        replyError(socket, 404, QStringLiteral("Record not found"));
        return;
    }
    Reported reported {accountId, {}, p.value(QStringLiteral("category")).toString(QStringLiteral("other")),
        p.value(QStringLiteral("comment")).toString()};
    for (const QJsonValue &id : p.value(QStringLiteral("status_ids")).toArray()) {
        if (!m_statuses.contains(id.toString())) {
            replyError(socket, 422, QStringLiteral("Validation failed: Statuses is invalid"));
            return;
        }
        reported.statusIds << id.toString();
    }
    m_reports << reported;
    replyJson(socket, 200,
        QJsonObject {{QStringLiteral("id"), QString::number(m_reports.size())}, {QStringLiteral("action_taken"), false},
            {QStringLiteral("action_taken_at"), QJsonValue::Null}, {QStringLiteral("category"), reported.category},
            {QStringLiteral("comment"), reported.comment}, {QStringLiteral("forwarded"), false},
            {QStringLiteral("created_at"), isoTime(now())},
            {QStringLiteral("status_ids"), QJsonArray::fromStringList(reported.statusIds)},
            {QStringLiteral("rule_ids"), QJsonValue::Null},
            {QStringLiteral("target_account"), m_accounts.value(accountId)}});
}

void MastodonSimulator::registerApp(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const QString name = p.value(QStringLiteral("client_name")).toString();
    const QStringList redirects = p.value(QStringLiteral("redirect_uris")).toString().split(QLatin1Char('\n'));
    const QString scopes = p.value(QStringLiteral("scopes")).toString(QStringLiteral("read"));
    if (name.isEmpty() || redirects.value(0).isEmpty()) {
        replyError(socket, 422, QStringLiteral("Validation failed: Application name can't be blank, Redirect URI "
                                               "must be an absolute URI."));
        return;
    }
    const QString clientId = randomText(43);
    const QString clientSecret = randomText(43);
    m_apps.insert(clientId, clientSecret);
    m_appRedirects.insert(clientId, redirects);
    m_redirectUris << redirects;
    replyJson(socket, 200,
        QJsonObject {{QStringLiteral("id"), QString::number(m_apps.size())}, {QStringLiteral("name"), name},
            {QStringLiteral("website"), p.value(QStringLiteral("website"))},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes.split(QLatin1Char(' ')))},
            {QStringLiteral("redirect_uri"), redirects.join(QLatin1Char('\n'))},
            {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirects)},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("client_secret"), clientSecret}});
}

void MastodonSimulator::authorize(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const QString clientId = p.value(QStringLiteral("client_id")).toString();
    const QString redirect = p.value(QStringLiteral("redirect_uri")).toString();
    if (p.value(QStringLiteral("response_type")).toString() != QLatin1String("code") || !m_apps.contains(clientId)
        || !m_appRedirects.value(clientId).contains(redirect)) {
        // Doorkeeper shows an error page instead of redirecting to an unknown URI.
        reply(socket, 400, QByteArrayLiteral("<html><body>The redirect uri included is not valid.</body></html>"),
            QByteArrayLiteral("text/html"), {});
        return;
    }
    const QString method = p.value(QStringLiteral("code_challenge_method")).toString();
    if (p.contains(QStringLiteral("code_challenge")) && method != QLatin1String("S256")) {
        reply(socket, 400, QByteArrayLiteral("<html><body>Invalid code challenge method.</body></html>"),
            QByteArrayLiteral("text/html"), {});
        return;
    }
    QUrlQuery answer;
    QString state = p.value(QStringLiteral("state")).toString();
    if (m_consent == Consent::Deny) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"),
            QStringLiteral("The resource owner or authorization server denied the request."));
    } else {
        const QString code = randomText(43);
        m_grants.insert(code,
            {clientId, redirect, p.value(QStringLiteral("code_challenge")).toString(),
                p.value(QStringLiteral("scope")).toString()});
        answer.addQueryItem(QStringLiteral("code"), code);
        if (m_consent == Consent::ForgeState)
            state = QStringLiteral("forged") + state;
    }
    if (!state.isEmpty())
        answer.addQueryItem(QStringLiteral("state"), state);
    QUrl location(redirect);
    location.setQuery(answer);
    reply(socket, 302, QByteArray(), QByteArrayLiteral("text/html"),
        "Location: " + location.toEncoded() + "\r\n");
}

void MastodonSimulator::token(QTcpSocket *socket, const Request &request)
{
    const QJsonObject p = request.parameters;
    const QString clientId = p.value(QStringLiteral("client_id")).toString();
    if (!m_apps.contains(clientId) || m_apps.value(clientId) != p.value(QStringLiteral("client_secret")).toString()) {
        replyError(socket, 401, QStringLiteral("invalid_client"),
            QStringLiteral("Client authentication failed due to unknown client, no client authentication included, "
                           "or unsupported authentication method."));
        return;
    }
    const QString code = p.value(QStringLiteral("code")).toString();
    const Grant grant = m_grants.take(code); // a code is good once
    const QString verifier = p.value(QStringLiteral("code_verifier")).toString();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const bool pkceOk = !grant.challenge.isEmpty() && !verifier.isEmpty() && expected == grant.challenge;
    if (!grant.challenge.isEmpty() && !pkceOk)
        ++m_pkceRefused;
    if (p.value(QStringLiteral("grant_type")).toString() != QLatin1String("authorization_code")
        || grant.clientId != clientId || grant.redirectUri != p.value(QStringLiteral("redirect_uri")).toString()
        || (!grant.challenge.isEmpty() && !pkceOk)) {
        replyError(socket, 400, QStringLiteral("invalid_grant"),
            QStringLiteral("The provided authorization grant is invalid, expired, revoked, does not match the "
                           "redirection URI used in the authorization request, or was issued to another client."));
        return;
    }
    if (pkceOk)
        ++m_pkceVerified;
    replyJson(socket, 200,
        QJsonObject {{QStringLiteral("access_token"), m_token}, {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("scope"), grant.scope}, {QStringLiteral("created_at"), double(now() / 1000)}});
}

QByteArray MastodonSimulator::rateLimitHeaders()
{
    return "X-RateLimit-Limit: " + QByteArray::number(m_limit) + "\r\nX-RateLimit-Remaining: "
        + QByteArray::number(std::max(0, m_remaining)) + "\r\nX-RateLimit-Reset: " + isoTime(m_resetAt).toLatin1()
        + "\r\n";
}

void MastodonSimulator::replyJson(QTcpSocket *socket, int status, const QJsonValue &body, const QByteArray &extraHeaders)
{
    const QByteArray json = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                           : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    reply(socket, status, json, QByteArrayLiteral("application/json; charset=utf-8"), rateLimitHeaders() + extraHeaders);
}

void MastodonSimulator::replyError(QTcpSocket *socket, int status, const QString &error, const QString &description)
{
    QJsonObject body {{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    replyJson(socket, status, body);
}

void MastodonSimulator::reply(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &extraHeaders)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
        + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}
