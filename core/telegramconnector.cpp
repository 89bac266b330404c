// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telegramconnector.h"

#include "httpjob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hearth {

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 minuteMs = 60 * secondMs;
// Telegram's published limits: about 30 messages a second overall, 20 a minute in a group;
// one a second in a private chat keeps clear of its burst limit.
constexpr int overallPerSecond = 30;
constexpr int groupPerMinute = 20;
constexpr int privatePerSecond = 1;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A JSON number that is a whole number a double holds exactly (chat ids reach 52 bits).
// QJsonValue::toInteger is Qt 6 only.
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

QString messageKey(qint64 chatId, qint64 messageId)
{
    return QStringLiteral("%1:%2").arg(chatId).arg(messageId);
}

// "<chat_id>:<message_id>" -> both; "chat:<chat_id>" -> the chat only.
std::optional<qint64> chatOf(const QString &id, qint64 *messageId = nullptr)
{
    if (id.startsWith(QLatin1String("chat:"))) {
        bool ok = false;
        const qint64 chat = id.mid(5).toLongLong(&ok);
        return ok ? std::optional<qint64>(chat) : std::nullopt;
    }
    const int colon = id.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool chatOk = false, messageOk = false;
    const qint64 chat = id.left(colon).toLongLong(&chatOk);
    const qint64 message = id.mid(colon + 1).toLongLong(&messageOk);
    if (!chatOk || !messageOk)
        return std::nullopt;
    if (messageId)
        *messageId = message;
    return chat;
}

// One Message object as an IncomingMessage; false (with why) when it lacks what every
// message has. A message with neither text nor caption (a sticker, a join) gives an empty
// text: the caller skips it without calling it a problem.
bool readMessage(const QJsonObject &object, IncomingMessage *message, QString *why)
{
    const std::optional<qint64> messageId = integer(object.value(QStringLiteral("message_id")));
    const QJsonObject chat = object.value(QStringLiteral("chat")).toObject();
    const std::optional<qint64> chatId = integer(chat.value(QStringLiteral("id")));
    const std::optional<qint64> date = integer(object.value(QStringLiteral("date")));
    if (!messageId || !chatId || !date) {
        *why = QStringLiteral("a message without message_id, chat.id or date");
        return false;
    }
    const bool isPrivate = chat.value(QStringLiteral("type")).toString() == QLatin1String("private");
    message->remoteId = messageKey(*chatId, *messageId);
    message->isPrivate = isPrivate;
    message->threadId = QStringLiteral("chat:%1").arg(*chatId);
    if (!isPrivate) {
        if (const std::optional<qint64> root = integer(object.value(QStringLiteral("message_thread_id"))))
            message->threadId = messageKey(*chatId, *root);
        message->subject = chat.value(QStringLiteral("title")).toString();
        const QString publicName = chat.value(QStringLiteral("username")).toString();
        if (!publicName.isEmpty())
            message->url = QStringLiteral("https://t.me/%1/%2").arg(publicName).arg(*messageId);
    }
    const QJsonObject replyTo = object.value(QStringLiteral("reply_to_message")).toObject();
    if (const std::optional<qint64> parent = integer(replyTo.value(QStringLiteral("message_id"))))
        message->parentId = messageKey(*chatId, *parent);

    const QJsonObject from = object.value(QStringLiteral("from")).toObject();
    if (const std::optional<qint64> userId = integer(from.value(QStringLiteral("id")))) {
        message->authorRemoteId = QString::number(*userId);
        message->authorName = QStringList {from.value(QStringLiteral("first_name")).toString(),
            from.value(QStringLiteral("last_name")).toString()}
                                  .join(QLatin1Char(' '))
                                  .trimmed();
        const QString username = from.value(QStringLiteral("username")).toString();
        if (!username.isEmpty())
            message->authorHandle = QLatin1Char('@') + username;
        message->lang = from.value(QStringLiteral("language_code")).toString();
    } else {
        // Anonymous group admins and channels speak as a chat (sender_chat).
        const QJsonObject sender = object.value(QStringLiteral("sender_chat")).toObject();
        const QJsonObject speaker = sender.isEmpty() ? chat : sender;
        message->authorRemoteId =
            QStringLiteral("chat:%1").arg(integer(speaker.value(QStringLiteral("id"))).value_or(*chatId));
        message->authorName = speaker.value(QStringLiteral("title")).toString();
    }
    if (message->authorName.isEmpty())
        message->authorName = message->authorHandle.isEmpty() ? message->authorRemoteId : message->authorHandle;

    const QJsonValue text = object.value(QStringLiteral("text"));
    message->text = text.isString() ? text.toString() : object.value(QStringLiteral("caption")).toString();
    message->createdAt = *date * secondMs;
    return true;
}

} // namespace

TelegramConnector::TelegramConnector(
    QNetworkAccessManager *network, const QUrl &baseUrl, const QString &token, QObject *parent)
    : ChannelConnector(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_token(token)
    , m_overall(overallPerSecond, secondMs)
{ }

ChannelConnector::Capabilities TelegramConnector::capabilities() const
{
    return Capability::Fetch | Capability::PublicReply | Capability::PrivateMessage | Capability::Delete
        | Capability::Block;
}

void TelegramConnector::fetch(const std::optional<QString> &cursor)
{
    QJsonObject parameters {
        {QStringLiteral("timeout"), m_longPollSeconds},
        {QStringLiteral("limit"), pageLimit},
        {QStringLiteral("allowed_updates"), QJsonArray {QStringLiteral("message"), QStringLiteral("edited_message")}},
    };
    const QString previous = cursor.value_or(QString());
    if (!previous.isEmpty()) {
        bool ok = false;
        const qint64 offset = previous.toLongLong(&ok);
        if (!ok) {
            // Not a cursor this connector wrote; starting over would only re-read updates.
            refuseFetch(SyncError::Kind::Malformed, tr("The stored Telegram sync position is not a number."));
            return;
        }
        parameters.insert(QStringLiteral("offset"), double(offset));
    }
    call(QStringLiteral("getUpdates"), parameters, std::nullopt, m_longPollSeconds * int(secondMs) + m_timeoutMarginMs,
        [this, previous](const HttpResponse &response) { onUpdates(response, previous); });
}

void TelegramConnector::onUpdates(const HttpResponse &response, const QString &previousCursor)
{
    QJsonValue result;
    SyncError error;
    if (!readResult(response, &result, &error)) {
        emit failed(error);
        return;
    }
    if (!result.isArray()) {
        emit failed(
            {SyncError::Kind::Malformed, tr("Telegram sent updates Hearth cannot read (not a list)."), std::nullopt});
        return;
    }
    const QJsonArray updates = result.toArray();
    FetchBatch batch;
    std::optional<qint64> highest;
    if (!previousCursor.isEmpty())
        highest = previousCursor.toLongLong() - 1;
    for (int i = 0; i < updates.size(); ++i) {
        const QJsonObject update = updates.at(i).toObject();
        const std::optional<qint64> updateId = integer(update.value(QStringLiteral("update_id")));
        if (!updateId) {
            // Later updates still move the offset past this one.
            batch.problems << tr("Telegram update %1 of this page has no update_id; skipped.").arg(i + 1);
            continue;
        }
        highest = std::max(highest.value_or(*updateId), *updateId);
        QJsonValue payload = update.value(QStringLiteral("message"));
        if (payload.isUndefined())
            payload = update.value(QStringLiteral("edited_message"));
        if (payload.isUndefined())
            continue; // an update kind Hearth did not ask for
        IncomingMessage message;
        QString why;
        if (!payload.isObject() || !readMessage(payload.toObject(), &message, &why)) {
            batch.problems << tr("Telegram update %1 could not be read (%2); skipped.")
                                  .arg(*updateId)
                                  .arg(why.isEmpty() ? QStringLiteral("not an object") : why);
            continue;
        }
        if (message.text.isEmpty())
            continue; // stickers, photos without a caption, members joining: nothing to answer
        batch.messages.append(message);
    }
    batch.cursor = highest ? QString::number(*highest + 1) : previousCursor;
    batch.more = updates.size() >= pageLimit;
    emit fetched(batch);
}

void TelegramConnector::send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately)
{
    qint64 replyToMessage = 0;
    const std::optional<qint64> replyChat = chatOf(target.replyToRemoteId, &replyToMessage);
    std::optional<qint64> chat = chatOf(target.threadId);
    if (privately) {
        // Users' ids are their private chats' ids (positive); groups' are negative.
        if (!chat || *chat < 0) {
            bool ok = false;
            const qint64 user = target.authorRemoteId.toLongLong(&ok);
            chat = ok ? std::optional<qint64>(user) : std::nullopt;
        }
    } else if (replyChat) {
        chat = replyChat;
    }
    if (!chat) {
        refuseSend(token, tr("Hearth does not know which Telegram chat this conversation is in."));
        return;
    }
    QJsonObject parameters {{QStringLiteral("chat_id"), double(*chat)}, {QStringLiteral("text"), text}};
    if (replyChat && *replyChat == *chat && replyToMessage > 0)
        parameters.insert(
            QStringLiteral("reply_parameters"), QJsonObject {{QStringLiteral("message_id"), double(replyToMessage)}});
    call(QStringLiteral("sendMessage"), parameters, chat, m_timeoutMarginMs,
        [this, token](const HttpResponse &response) {
            QJsonValue result;
            SyncError error;
            if (!readResult(response, &result, &error)) {
                if (response.status == 403) {
                    error.kind = SyncError::Kind::Setup; // waiting does not unblock a bot
                    error.message = tr("Telegram did not let the bot write to this chat (the person may have blocked "
                                       "the bot or never started it, or the bot left the group).");
                }
                emit sent(token, {false, QString(), error});
                return;
            }
            IncomingMessage message;
            QString why;
            if (!readMessage(result.toObject(), &message, &why)) {
                emit sent(token,
                    {false, QString(),
                        {SyncError::Kind::Malformed, tr("Telegram sent the message but its answer could not be read."),
                            std::nullopt}});
                return;
            }
            emit sent(token, {true, message.remoteId, {}});
        });
}

void TelegramConnector::moderate(qint64 token, const QString &action, const DeliveryTarget &target)
{
    // Telegram has no spam folder: spam is deleted like any other message.
    if (action == QLatin1String("delete") || action == QLatin1String("spam"))
        deleteMessage(token, target);
    else if (action == QLatin1String("block"))
        banMember(token, target);
    else
        ChannelConnector::moderate(token, action, target);
}

void TelegramConnector::deleteMessage(qint64 token, const DeliveryTarget &target)
{
    qint64 messageId = 0;
    const std::optional<qint64> chat = chatOf(target.replyToRemoteId, &messageId);
    if (!chat || messageId <= 0) {
        refuseModeration(token, tr("Hearth does not know which Telegram message to delete."));
        return;
    }
    const QJsonObject parameters {
        {QStringLiteral("chat_id"), double(*chat)}, {QStringLiteral("message_id"), double(messageId)}};
    moderateBy(QStringLiteral("deleteMessage"), parameters, *chat, token,
        tr("Telegram did not let the bot delete this message. A bot may delete other people's messages only in "
           "groups where it is an administrator allowed to delete messages, and only for 48 hours. Telegram "
           "said: %1"));
}

void TelegramConnector::banMember(qint64 token, const DeliveryTarget &target)
{
    const std::optional<qint64> chat = chatOf(target.threadId);
    bool userOk = false;
    const qint64 user = target.authorRemoteId.toLongLong(&userOk);
    if (!chat || !userOk) {
        refuseModeration(token, tr("Hearth does not know which Telegram member to ban from which chat."));
        return;
    }
    const QJsonObject parameters {{QStringLiteral("chat_id"), double(*chat)}, {QStringLiteral("user_id"), double(user)}};
    moderateBy(QStringLiteral("banChatMember"), parameters, *chat, token,
        tr("Telegram did not let the bot ban this member. A bot may ban members only in groups where it is an "
           "administrator allowed to restrict members. Telegram said: %1"));
}

void TelegramConnector::moderateBy(const QString &method, const QJsonObject &parameters, qint64 chat, qint64 token,
    const QString &refusal)
{
    call(method, parameters, chat, m_timeoutMarginMs, [this, token, refusal](const HttpResponse &response) {
        QJsonValue result;
        SyncError error;
        if (!readResult(response, &result, &error)) {
            if (response.status == 400 || response.status == 403) {
                // Waiting cannot change the bot's rights in the chat.
                error.kind = SyncError::Kind::Setup;
                error.message = refusal.arg(error.message);
            }
            emit moderated(token, {false, QString(), error});
            return;
        }
        emit moderated(token, {true, QString(), {}});
    });
}

void TelegramConnector::call(const QString &method, const QJsonObject &parameters, std::optional<qint64> chatId,
    int silenceMs, const Handler &handler)
{
    if (m_token.isEmpty()) {
        QTimer::singleShot(0, this, [handler, this] {
            HttpResponse response;
            response.error = SyncError {SyncError::Kind::Setup,
                tr("No bot token is set for this Telegram account: enter the token @BotFather gave."), std::nullopt};
            handler(response);
        });
        return;
    }
    const qint64 at = now();
    qint64 wait = m_overall.waitMs(at);
    if (chatId)
        wait = std::max(wait, chatPacer(*chatId).waitMs(at));
    if (wait > 0) {
        QTimer::singleShot(int(std::min<qint64>(wait, std::numeric_limits<int>::max())), this,
            [=, this] { call(method, parameters, chatId, silenceMs, handler); });
        return;
    }
    m_overall.recordRequest(at);
    if (chatId)
        chatPacer(*chatId).recordRequest(at);

    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot%1/%2").arg(m_token, method));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    auto *job = new HttpJob(m_network, request, this);
    job->setTimeouts(silenceMs, silenceMs + m_timeoutMarginMs);
    connect(job, &HttpJob::finished, this, [handler](const HttpResponse &response) { handler(response); });
    job->start(QByteArrayLiteral("POST"), QJsonDocument(parameters).toJson(QJsonDocument::Compact));
}

RequestPacer &TelegramConnector::chatPacer(qint64 chatId)
{
    auto found = m_chats.find(chatId);
    if (found == m_chats.end())
        found = m_chats.insert(
            chatId, chatId < 0 ? RequestPacer(groupPerMinute, minuteMs) : RequestPacer(privatePerSecond, secondMs));
    return *found;
}

bool TelegramConnector::readResult(const HttpResponse &response, QJsonValue *result, SyncError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonObject reply = document.object();
    const bool telegramAnswered = document.isObject() && reply.value(QStringLiteral("ok")).isBool();
    if (telegramAnswered && reply.value(QStringLiteral("ok")).toBool() && !response.error) {
        *result = reply.value(QStringLiteral("result"));
        return true;
    }
    if (!telegramAnswered) {
        if (response.error) {
            *error = *response.error;
            error->message = withoutToken(error->message);
            // Telegram answers 404 for a path with a token it does not know.
            if (response.status == 401 || response.status == 404)
                *error = {SyncError::Kind::Auth, tr("Telegram did not accept the bot token. Check it with @BotFather."),
                    std::nullopt};
        } else {
            *error = {SyncError::Kind::Malformed, tr("Telegram sent an answer Hearth cannot read."), std::nullopt};
        }
        return false;
    }
    const int code = reply.value(QStringLiteral("error_code")).toInt(response.status);
    const QString description = withoutToken(reply.value(QStringLiteral("description")).toString());
    std::optional<qint64> retryAfterMs;
    if (const std::optional<qint64> seconds =
            integer(reply.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"))))
        retryAfterMs = *seconds * secondMs;
    // HttpJob read the Retry-After header, if any, into the HTTP error.
    if (const std::optional<qint64> header = response.error ? response.error->retryAfterMs : std::nullopt)
        retryAfterMs = std::max(retryAfterMs.value_or(0), *header);
    if (code == 429) {
        const qint64 waitMs = retryAfterMs.value_or(0);
        m_overall.holdUntil(now() + waitMs);
        *error = {SyncError::Kind::RateLimited,
            tr("Telegram asked Hearth to slow down for %n second(s).", nullptr, int((waitMs + 999) / secondMs)),
            retryAfterMs};
    } else if (code == 401 || code == 404) {
        *error = {SyncError::Kind::Auth, tr("Telegram did not accept the bot token. Check it with @BotFather."),
            std::nullopt};
    } else if (code >= 500) {
        *error = {SyncError::Kind::Server, tr("Telegram had a problem (HTTP %1): %2").arg(code).arg(description),
            retryAfterMs};
    } else {
        *error = {SyncError::Kind::Refused, tr("Telegram refused the request (%1): %2").arg(code).arg(description),
            std::nullopt};
    }
    return false;
}

QString TelegramConnector::withoutToken(QString text) const
{
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("<token>"));
    return text;
}

} // namespace hearth
