// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonconnector.h"

#include "htmltext.h"
#include "httpjob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace hearth {

namespace {

constexpr qint64 secondMs = 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Mastodon's ids are strings of digits that may exceed what a double holds; a longer id is
// the newer one, ids of one length compare as text.
bool isId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 20
        && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool isNewer(const QString &id, const QString &than)
{
    return id.size() != than.size() ? id.size() > than.size() : id > than;
}

QString idOf(const QJsonValue &value)
{
    // Documented as strings; a server that sends numbers is read the same.
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

std::optional<qint64> timeOf(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

// A Status entity as an IncomingMessage; false (with why) when it lacks what every status has.
bool readStatus(const QJsonObject &status, IncomingMessage *message, QString *why)
{
    const QJsonObject account = status.value(QStringLiteral("account")).toObject();
    message->remoteId = idOf(status.value(QStringLiteral("id")));
    message->authorRemoteId = idOf(account.value(QStringLiteral("id")));
    const std::optional<qint64> created = timeOf(status.value(QStringLiteral("created_at")).toString());
    if (!isId(message->remoteId) || message->authorRemoteId.isEmpty() || !created) {
        *why = QStringLiteral("a status without id, account.id or created_at");
        return false;
    }
    message->createdAt = *created;
    message->parentId = idOf(status.value(QStringLiteral("in_reply_to_id")));
    message->isPrivate = status.value(QStringLiteral("visibility")).toString() == QLatin1String("direct");
    message->text = HtmlText::toPlainText(status.value(QStringLiteral("content")).toString());
    // The content warning names the conversation it starts, and stays before its own text
    // (a conversation has one subject; every status may have its warning).
    message->subject = status.value(QStringLiteral("spoiler_text")).toString();
    if (!message->subject.isEmpty())
        message->text = message->subject + QStringLiteral("\n\n") + message->text;
    message->lang = status.value(QStringLiteral("language")).toString();
    message->url = status.value(QStringLiteral("url")).toString();
    if (message->url.isEmpty())
        message->url = status.value(QStringLiteral("uri")).toString();
    const QString acct = account.value(QStringLiteral("acct")).toString();
    if (!acct.isEmpty())
        message->authorHandle = QLatin1Char('@') + acct;
    message->authorName = account.value(QStringLiteral("display_name")).toString();
    if (message->authorName.isEmpty())
        message->authorName = account.value(QStringLiteral("username")).toString();
    if (message->authorName.isEmpty())
        message->authorName = message->authorHandle.isEmpty() ? message->authorRemoteId : message->authorHandle;
    return true;
}

} // namespace

QUrl MastodonConnector::endpoint(const QUrl &instance, const QString &path, const QUrlQuery &query)
{
    QUrl url = instance;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (query.isEmpty())
        url.setQuery(QString()); // no "?" at all
    else
        url.setQuery(query);
    return url;
}

MastodonConnector::MastodonConnector(
    QNetworkAccessManager *network, const QUrl &baseUrl, const QString &accessToken, QObject *parent)
    : ChannelConnector(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_token(accessToken)
    , m_timeoutMs(HttpJob::defaultTimeoutMs)
    , m_pacer(rateLimit, rateWindowMs)
{ }

ChannelConnector::Capabilities MastodonConnector::capabilities() const
{
    return Capability::Fetch | Capability::PublicReply | Capability::PrivateMessage | Capability::Block;
}

void MastodonConnector::fetch(const std::optional<QString> &cursor)
{
    const QString previous = cursor.value_or(QString());
    if (!previous.isEmpty() && !isId(previous)) {
        // Not a cursor this connector wrote; starting over would only re-read mentions.
        refuseFetch(SyncError::Kind::Malformed, tr("The stored Mastodon sync position is not a notification id."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
    query.addQueryItem(QStringLiteral("min_id"), previous.isEmpty() ? QStringLiteral("0") : previous);
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
    call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/notifications"), query, {}, {},
        [this, previous](const HttpResponse &response) { onNotifications(response, previous); });
}

void MastodonConnector::onNotifications(const HttpResponse &response, const QString &previousCursor)
{
    SyncError error;
    if (failedWith(response, &error)) {
        emit failed(error);
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isArray()) {
        emit failed({SyncError::Kind::Malformed, tr("The Mastodon instance sent notifications Hearth cannot read."),
            std::nullopt});
        return;
    }
    const QJsonArray notifications = document.array();
    FetchBatch batch;
    // Before the first mention the position is the start ("0"), as asked.
    QString newest = previousCursor.isEmpty() ? QStringLiteral("0") : previousCursor;
    // Newest first as the API sends them; oldest first as they happened, so that a reply
    // follows its parent in the batch even where both have the same time.
    for (auto it = notifications.constEnd(); it != notifications.constBegin();) {
        const QJsonObject notification = (*--it).toObject();
        const QString id = idOf(notification.value(QStringLiteral("id")));
        if (!isId(id)) {
            batch.problems << tr("A Mastodon notification of this page has no id; skipped.");
            continue;
        }
        if (isNewer(id, newest))
            newest = id;
        if (notification.value(QStringLiteral("type")).toString() != QLatin1String("mention"))
            continue; // asked for mentions only; an instance that sends more is not wrong
        IncomingMessage message;
        QString why = QStringLiteral("no status");
        const QJsonValue status = notification.value(QStringLiteral("status"));
        if (!status.isObject() || !readStatus(status.toObject(), &message, &why)) {
            batch.problems << tr("Mastodon notification %1 could not be read (%2); skipped.").arg(id, why);
            continue;
        }
        batch.messages.append(message);
    }
    batch.cursor = newest;
    batch.more = notifications.size() >= pageLimit;
    if (batch.more) {
        emit fetched(batch);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
    call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/conversations"), query, {}, {},
        [this, batch](const HttpResponse &answer) mutable {
            addConversations(answer, &batch);
            emit fetched(batch);
        });
}

void MastodonConnector::addConversations(const HttpResponse &response, FetchBatch *batch)
{
    // The mentions are read: a problem here is told, not a reason to fetch them again.
    SyncError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (failedWith(response, &error) || !document.isArray()) {
        batch->problems << tr("The direct conversations could not be read: %1")
                               .arg(response.error ? error.message : tr("the answer is not a list."));
        return;
    }
    QSet<QString> known;
    for (const IncomingMessage &message : std::as_const(batch->messages))
        known.insert(message.remoteId);
    const QJsonArray conversations = document.array();
    for (const QJsonValue &value : conversations) {
        const QJsonObject conversation = value.toObject();
        const QJsonObject status = conversation.value(QStringLiteral("last_status")).toObject();
        if (status.isEmpty())
            continue;
        QSet<QString> others;
        for (const QJsonValue &account : conversation.value(QStringLiteral("accounts")).toArray())
            others.insert(idOf(account.toObject().value(QStringLiteral("id"))));
        if (!others.contains(idOf(status.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")))))
            continue; // the account's own status
        IncomingMessage message;
        QString why;
        if (!readStatus(status, &message, &why)) {
            batch->problems << tr("A direct conversation's status could not be read (%1); skipped.").arg(why);
            continue;
        }
        if (message.isPrivate && !known.contains(message.remoteId)) {
            known.insert(message.remoteId);
            batch->messages.append(message);
        }
    }
}

void MastodonConnector::send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately)
{
    const QString inReplyTo = target.replyToRemoteId;
    if (!isId(inReplyTo)) {
        refuseSend(token, tr("Hearth does not know which Mastodon post this answers."));
        return;
    }
    const QString handle = target.authorHandle;
    if (privately && !handle.startsWith(QLatin1Char('@'))) {
        // A direct status reaches only the accounts it mentions.
        refuseSend(token, tr("Hearth does not know the Mastodon address of the person to write to."));
        return;
    }
    QString body = text;
    if (!handle.isEmpty() && !body.startsWith(handle, Qt::CaseInsensitive))
        body = handle + QLatin1Char(' ') + body;
    if (privately) {
        post(token, target, body, QStringLiteral("direct"));
        return;
    }
    // The notification told the original's visibility, but the workspace keeps only whether
    // it was direct; one request reads it again (and finds a post deleted meanwhile).
    call(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/statuses/%1").arg(inReplyTo), {}, {}, {},
        [this, token, target, body](const HttpResponse &response) {
            SyncError error;
            if (failedWith(response, &error)) {
                if (response.status == 404)
                    error = {SyncError::Kind::Setup, tr("The Mastodon post this answers no longer exists."),
                        std::nullopt};
                emit sent(token, {false, QString(), error});
                return;
            }
            const QString original =
                QJsonDocument::fromJson(response.body).object().value(QStringLiteral("visibility")).toString();
            // Never wider than the original: a followers-only post is answered for its
            // followers only; anything unknown as narrowly as a reply can be and still be seen.
            const bool known = original == QLatin1String("public") || original == QLatin1String("unlisted")
                || original == QLatin1String("private");
            post(token, target, body, known ? original : QStringLiteral("private"));
        });
}

void MastodonConnector::post(
    qint64 token, const DeliveryTarget &target, const QString &text, const QString &visibility)
{
    const QJsonObject parameters {{QStringLiteral("status"), text},
        {QStringLiteral("in_reply_to_id"), target.replyToRemoteId}, {QStringLiteral("visibility"), visibility}};
    // The same outbox item always gets the same key: Mastodon then answers a retry with the
    // status it already made instead of posting it twice.
    call(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/statuses"), {}, parameters, target.sendKey.toUtf8(),
        [this, token](const HttpResponse &response) {
            SyncError error;
            if (failedWith(response, &error)) {
                emit sent(token, {false, QString(), error});
                return;
            }
            const QString id = idOf(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")));
            if (!isId(id)) {
                emit sent(token,
                    {false, QString(),
                        {SyncError::Kind::Malformed,
                            tr("The Mastodon instance took the post but its answer could not be read."),
                            std::nullopt}});
                return;
            }
            emit sent(token, {true, id, {}});
        });
}

void MastodonConnector::moderate(qint64 token, const QString &action, const DeliveryTarget &target)
{
    const QString account = target.authorRemoteId;
    const bool block = action == QLatin1String("block");
    const bool spam = action == QLatin1String("spam");
    if (!block && !spam) {
        ChannelConnector::moderate(token, action, target);
        return;
    }
    if (!isId(account) || (spam && !isId(target.replyToRemoteId))) {
        refuseModeration(token, tr("Hearth does not know which Mastodon account or post this is."));
        return;
    }
    if (block) {
        call(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/accounts/%1/block").arg(account), {}, {}, {},
            [this, token, account](const HttpResponse &response) { finishModeration(token, response, account); });
        return;
    }
    const QJsonObject report {{QStringLiteral("account_id"), account},
        {QStringLiteral("status_ids"), QJsonArray {target.replyToRemoteId}}, {QStringLiteral("category"), QStringLiteral("spam")},
        {QStringLiteral("comment"), tr("Reported as spam by the community team.")}};
    const QString status = target.replyToRemoteId;
    call(QByteArrayLiteral("POST"), QStringLiteral("/api/v1/reports"), {}, report, {},
        [this, token, status](const HttpResponse &response) { finishModeration(token, response, status); });
}

void MastodonConnector::finishModeration(qint64 token, const HttpResponse &response, const QString &remoteId)
{
    SyncError error;
    if (failedWith(response, &error)) {
        if (response.status == 404)
            error = {SyncError::Kind::Setup, tr("The Mastodon account or post no longer exists."), std::nullopt};
        emit moderated(token, {false, QString(), error});
        return;
    }
    emit moderated(token, {true, remoteId, {}});
}

void MastodonConnector::call(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const QJsonObject &body, const QByteArray &idempotencyKey, const Handler &handler)
{
    if (m_token.isEmpty()) {
        QTimer::singleShot(0, this, [this, handler] {
            HttpResponse response;
            response.error = SyncError {SyncError::Kind::Setup,
                tr("Hearth is not signed in to this Mastodon account: sign in again."), std::nullopt};
            handler(response);
        });
        return;
    }
    const qint64 wait = m_pacer.waitMs(now());
    if (wait > 0) {
        QTimer::singleShot(int(std::min<qint64>(wait, std::numeric_limits<int>::max())), this,
            [=, this] { call(verb, path, query, body, idempotencyKey, handler); });
        return;
    }
    m_pacer.recordRequest(now());

    QNetworkRequest request(endpoint(m_baseUrl, path, query));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    auto *job = new HttpJob(m_network, request, this);
    job->setTimeouts(m_timeoutMs, 2 * m_timeoutMs);
    connect(job, &HttpJob::finished, this, [this, handler](const HttpResponse &response) {
        noteRateLimit(response);
        handler(response);
    });
    job->start(verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void MastodonConnector::noteRateLimit(const HttpResponse &response)
{
    // Every answer tells how much of the window is left and when it starts again; when
    // nothing is left, nothing is sent before then (the instance would only answer 429).
    bool ok = false;
    const int remaining = response.header(QByteArrayLiteral("x-ratelimit-remaining")).toInt(&ok);
    const std::optional<qint64> reset =
        timeOf(QString::fromLatin1(response.header(QByteArrayLiteral("x-ratelimit-reset"))));
    // A reset further away than one window is a server's or a clock's error: not obeyed
    // beyond the window.
    if ((ok && remaining <= 0 && reset) || (response.status == 429 && reset))
        m_pacer.holdUntil(std::min(*reset, now() + rateWindowMs));
}

bool MastodonConnector::failedWith(const HttpResponse &response, SyncError *error)
{
    if (!response.error)
        return false;
    *error = *response.error;
    // Mastodon's Error entity: {"error": "...", "error_description": "..."}.
    const QString said =
        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toString().left(300);
    if (response.status == 429) {
        // Retry-After if the instance sent one, else the rate-limit window's reset.
        std::optional<qint64> waitMs = response.error->retryAfterMs;
        const std::optional<qint64> reset =
            timeOf(QString::fromLatin1(response.header(QByteArrayLiteral("x-ratelimit-reset"))));
        if (!waitMs && reset)
            waitMs = std::clamp<qint64>(*reset - now(), 0, rateWindowMs);
        if (waitMs)
            m_pacer.holdUntil(now() + *waitMs);
        *error = {SyncError::Kind::RateLimited,
            tr("The Mastodon instance asked Hearth to slow down for %n second(s).", nullptr,
                int((waitMs.value_or(0) + secondMs - 1) / secondMs)),
            waitMs};
    } else if (response.status == 401) {
        *error = {SyncError::Kind::Auth,
            tr("The Mastodon instance did not accept Hearth's sign-in (it may have been revoked). Sign in again."),
            std::nullopt};
    } else if (response.status >= 400 && !said.isEmpty()) {
        error->message = tr("%1 The instance said: %2").arg(error->message, said);
    }
    return true;
}

} // namespace hearth
