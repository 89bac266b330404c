// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "telegramsimulator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

constexpr int maxLimit = 100;

qint64 number(const QJsonValue &value, qint64 fallback = 0)
{
    // The Bot API takes numbers as JSON numbers or as strings (query and form fields).
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? parsed : fallback;
}

QJsonValue fieldValue(const QString &text)
{
    // Form and query fields carry objects and arrays JSON-serialized, as the Bot API says.
    if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
    }
    return text;
}

QJsonObject fieldsOf(const QString &encoded)
{
    QJsonObject fields;
    const QUrlQuery query(encoded);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        fields.insert(item.first, fieldValue(item.second));
    return fields;
}

} // namespace

TelegramSimulator::TelegramSimulator(const QString &token, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_bot(user(token.section(QLatin1Char(':'), 0, 0).toLongLong(), QStringLiteral("Hearth Test Bot"), QString(),
          QStringLiteral("hearth_test_bot")))
{
    m_bot.insert(QStringLiteral("is_bot"), true);
    connect(&m_server, &QTcpServer::newConnection, this, &TelegramSimulator::onConnection);
}

TelegramSimulator::~TelegramSimulator()
{
    // Connections still open (a client's long poll) close as the simulator goes: their
    // handlers must not run on a half-destroyed simulator.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
    for (const Pending &poll : std::as_const(m_polls))
        delete poll.timer;
}

bool TelegramSimulator::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TelegramSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QJsonObject TelegramSimulator::user(
    qint64 id, const QString &firstName, const QString &lastName, const QString &username, const QString &languageCode)
{
    QJsonObject object {{QStringLiteral("id"), double(id)}, {QStringLiteral("is_bot"), false},
        {QStringLiteral("first_name"), firstName}};
    if (!lastName.isEmpty())
        object.insert(QStringLiteral("last_name"), lastName);
    if (!username.isEmpty())
        object.insert(QStringLiteral("username"), username);
    if (!languageCode.isEmpty())
        object.insert(QStringLiteral("language_code"), languageCode);
    return object;
}

QJsonObject TelegramSimulator::privateChat(const QJsonObject &user)
{
    // A private chat's id is its user's id.
    QJsonObject chat {{QStringLiteral("id"), user.value(QStringLiteral("id"))},
        {QStringLiteral("type"), QStringLiteral("private")},
        {QStringLiteral("first_name"), user.value(QStringLiteral("first_name"))}};
    if (user.contains(QStringLiteral("last_name")))
        chat.insert(QStringLiteral("last_name"), user.value(QStringLiteral("last_name")));
    if (user.contains(QStringLiteral("username")))
        chat.insert(QStringLiteral("username"), user.value(QStringLiteral("username")));
    return chat;
}

QJsonObject TelegramSimulator::group(qint64 id, const QString &title)
{
    return {{QStringLiteral("id"), double(id)}, {QStringLiteral("type"), QStringLiteral("supergroup")},
        {QStringLiteral("title"), title}};
}

QJsonObject TelegramSimulator::storeMessage(const QJsonObject &chat, const QJsonObject &from, const QString &text,
    std::optional<qint64> replyTo, std::optional<qint64> threadRoot)
{
    const qint64 chatId = number(chat.value(QStringLiteral("id")));
    m_chats.insert(chatId, chat);
    const qint64 messageId = ++m_lastMessageId[chatId];
    QJsonObject message {{QStringLiteral("message_id"), double(messageId)}, {QStringLiteral("from"), from},
        {QStringLiteral("chat"), chat}, {QStringLiteral("date"), double(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("text"), text}};
    if (threadRoot)
        message.insert(QStringLiteral("message_thread_id"), double(*threadRoot));
    if (replyTo) {
        // As documented: the replied-to Message never holds a further reply_to_message.
        QJsonObject parent = m_messages.value({chatId, *replyTo});
        parent.remove(QStringLiteral("reply_to_message"));
        message.insert(QStringLiteral("reply_to_message"), parent);
    }
    m_messages.insert({chatId, messageId}, message);
    return message;
}

qint64 TelegramSimulator::post(const QJsonObject &chat, const QJsonObject &from, const QString &text,
    std::optional<qint64> replyTo, std::optional<qint64> threadRoot)
{
    const QJsonObject message = storeMessage(chat, from, text, replyTo, threadRoot);
    pushUpdate({{QStringLiteral("message"), message}});
    return number(message.value(QStringLiteral("message_id")));
}

void TelegramSimulator::edit(qint64 chatId, qint64 messageId, const QString &text)
{
    QJsonObject message = m_messages.value({chatId, messageId});
    message.insert(QStringLiteral("text"), text);
    message.insert(QStringLiteral("edit_date"), double(QDateTime::currentSecsSinceEpoch()));
    m_messages.insert({chatId, messageId}, message);
    pushUpdate({{QStringLiteral("edited_message"), message}});
}

void TelegramSimulator::pushUpdate(QJsonObject update, bool assignId)
{
    if (assignId)
        update.insert(QStringLiteral("update_id"), double(m_nextUpdateId++));
    m_updates.append(update);
    wakePolls();
}

void TelegramSimulator::failNext(Fault fault, int count, int skip, int retryAfterSeconds)
{
    for (int i = 0; i < skip; ++i)
        m_faults.append(std::nullopt);
    for (int i = 0; i < count; ++i)
        m_faults.append(PlannedFault {fault, retryAfterSeconds});
}

void TelegramSimulator::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_hanging.remove(socket))
                ++m_abandoned;
            for (int i = m_polls.size() - 1; i >= 0; --i) {
                if (m_polls.at(i).socket == socket)
                    delete m_polls.takeAt(i).timer;
            }
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TelegramSimulator::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype length = 0;
    QByteArray contentType;
    for (const QByteArray &line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "content-type")
            contentType = value.toLower();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    QJsonObject parameters = fieldsOf(target.query(QUrl::FullyEncoded));
    QJsonObject fromBody;
    if (contentType.startsWith("application/json"))
        fromBody = QJsonDocument::fromJson(body).object();
    else if (contentType.startsWith("application/x-www-form-urlencoded"))
        fromBody = fieldsOf(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    for (auto it = fromBody.constBegin(); it != fromBody.constEnd(); ++it)
        parameters.insert(it.key(), it.value());
    handle(socket, requestLine.value(0), target.path(), parameters);
}

void TelegramSimulator::handle(
    QTcpSocket *socket, const QByteArray &verb, const QString &path, const QJsonObject &parameters)
{
    ++m_requests;
    if (!m_faults.isEmpty()) {
        const std::optional<PlannedFault> planned = m_faults.takeFirst();
        if (planned) {
            switch (planned->fault) {
            case Fault::RateLimited:
                replyError(socket, 429, QStringLiteral("Too Many Requests: retry after %1").arg(planned->retryAfter),
                    {{QStringLiteral("retry_after"), planned->retryAfter}});
                return;
            case Fault::InternalError:
                replyError(socket, 500, QStringLiteral("Internal Server Error"));
                return;
            case Fault::BadGateway:
                reply(socket, 502,
                    QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                      "<center><h1>502 Bad Gateway</h1></center></body></html>"),
                    QByteArrayLiteral("text/html"));
                return;
            case Fault::MalformedJson:
                reply(socket, 200, QByteArrayLiteral("{\"ok\":true,\"result\":[{\"update_id\":"));
                return;
            case Fault::NotAList:
                replyOk(socket, QJsonObject {{QStringLiteral("update_id"), 1}});
                return;
            case Fault::Hang:
                m_hanging.insert(socket);
                return;
            }
        }
    }
    if (verb != "GET" && verb != "POST") {
        replyError(socket, 405, QStringLiteral("Method Not Allowed"));
        return;
    }
    const QString prefix = QStringLiteral("/bot") + m_token + QLatin1Char('/');
    if (!path.startsWith(prefix)) {
        // What Telegram says to a token it does not know.
        replyError(socket, path.startsWith(QLatin1String("/bot")) ? 401 : 404,
            path.startsWith(QLatin1String("/bot")) ? QStringLiteral("Unauthorized") : QStringLiteral("Not Found"));
        return;
    }
    const QString method = path.mid(prefix.size());
    if (method == QLatin1String("getUpdates"))
        getUpdates(socket, parameters);
    else if (method == QLatin1String("sendMessage"))
        sendMessage(socket, parameters);
    else if (method == QLatin1String("deleteMessage"))
        deleteMessage(socket, parameters);
    else if (method == QLatin1String("banChatMember"))
        banChatMember(socket, parameters);
    else if (method == QLatin1String("getMe"))
        replyOk(socket, m_bot);
    else
        replyError(socket, 404, QStringLiteral("Not Found"));
}

void TelegramSimulator::getUpdates(QTcpSocket *socket, const QJsonObject &parameters)
{
    const qint64 offset =
        parameters.contains(QStringLiteral("offset")) ? number(parameters.value(QStringLiteral("offset"))) : -1;
    m_offsets.append(offset);
    // "An update is considered confirmed as soon as getUpdates is called with an offset
    // higher than its update_id."
    if (offset > 0) {
        while (!m_updates.isEmpty() && number(m_updates.constFirst().value(QStringLiteral("update_id"))) < offset)
            m_updates.removeFirst();
    }
    const int limit = int(std::clamp<qint64>(number(parameters.value(QStringLiteral("limit")), maxLimit), 1, maxLimit));
    const int timeout = int(number(parameters.value(QStringLiteral("timeout")), 0));
    if (!pendingUpdates(offset, limit).isEmpty() || timeout <= 0) {
        replyOk(socket, pendingUpdates(offset, limit));
        return;
    }
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    const Pending poll {socket, offset, limit, timer};
    m_polls.append(poll);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        for (int i = 0; i < m_polls.size(); ++i) {
            if (m_polls.at(i).timer == timer) {
                const Pending done = m_polls.takeAt(i);
                answerPoll(done);
                return;
            }
        }
    });
    timer->start(timeout * 1000);
}

QJsonArray TelegramSimulator::pendingUpdates(qint64 offset, int limit) const
{
    QJsonArray page;
    for (const QJsonObject &update : m_updates) {
        if (page.size() >= limit)
            break;
        // Updates without an update_id (a broken server) go out whatever the offset.
        if (!update.contains(QStringLiteral("update_id"))
            || number(update.value(QStringLiteral("update_id"))) >= offset)
            page.append(update);
    }
    return page;
}

void TelegramSimulator::wakePolls()
{
    const QList<Pending> polls = m_polls;
    m_polls.clear();
    for (const Pending &poll : polls)
        answerPoll(poll);
}

void TelegramSimulator::answerPoll(const Pending &poll)
{
    poll.timer->deleteLater();
    replyOk(poll.socket, pendingUpdates(poll.offset, poll.limit));
}

void TelegramSimulator::sendMessage(QTcpSocket *socket, const QJsonObject &parameters)
{
    const qint64 chatId = number(parameters.value(QStringLiteral("chat_id")));
    const QString text = parameters.value(QStringLiteral("text")).toString();
    if (chatId == 0) {
        replyError(socket, 400, QStringLiteral("Bad Request: chat not found"));
        return;
    }
    if (text.trimmed().isEmpty()) {
        replyError(socket, 400, QStringLiteral("Bad Request: message text is empty"));
        return;
    }
    std::optional<qint64> replyTo;
    const QJsonObject replyParameters = parameters.value(QStringLiteral("reply_parameters")).toObject();
    if (replyParameters.contains(QStringLiteral("message_id"))) {
        replyTo = number(replyParameters.value(QStringLiteral("message_id")));
        if (!m_messages.contains({chatId, *replyTo})) {
            replyError(socket, 400, QStringLiteral("Bad Request: message to be replied not found"));
            return;
        }
    }
    QJsonObject chat = m_chats.value(chatId);
    if (chat.isEmpty()) {
        // A user's private chat with the bot, the only chat Hearth can name by a user's id.
        if (chatId < 0) {
            replyError(socket, 400, QStringLiteral("Bad Request: chat not found"));
            return;
        }
        chat = {{QStringLiteral("id"), double(chatId)}, {QStringLiteral("type"), QStringLiteral("private")},
            {QStringLiteral("first_name"), QStringLiteral("User")}};
    }
    const QJsonObject message = storeMessage(chat, m_bot, text, replyTo, std::nullopt);
    const qint64 messageId = number(message.value(QStringLiteral("message_id")));
    m_sent.append({chatId, text, replyTo, messageId});
    replyOk(socket, message);
}

void TelegramSimulator::deleteMessage(QTcpSocket *socket, const QJsonObject &parameters)
{
    const qint64 chatId = number(parameters.value(QStringLiteral("chat_id")));
    const qint64 messageId = number(parameters.value(QStringLiteral("message_id")));
    if (!m_messages.contains({chatId, messageId})) {
        replyError(socket, 400, QStringLiteral("Bad Request: message to delete not found"));
        return;
    }
    if (!m_deletable.contains(chatId)) {
        replyError(socket, 400, QStringLiteral("Bad Request: message can't be deleted"));
        return;
    }
    m_messages.remove({chatId, messageId});
    m_deleted.append({chatId, messageId});
    replyOk(socket, true);
}

void TelegramSimulator::banChatMember(QTcpSocket *socket, const QJsonObject &parameters)
{
    const qint64 chatId = number(parameters.value(QStringLiteral("chat_id")));
    const qint64 userId = number(parameters.value(QStringLiteral("user_id")));
    if (!m_chats.contains(chatId)) {
        replyError(socket, 400, QStringLiteral("Bad Request: chat not found"));
        return;
    }
    // The bot's rights in a chat are the test's to give, for deleting and banning alike.
    if (!m_deletable.contains(chatId)) {
        replyError(socket, 400, QStringLiteral("Bad Request: not enough rights to restrict/unrestrict chat member"));
        return;
    }
    m_banned.append({chatId, userId});
    replyOk(socket, true);
}

void TelegramSimulator::replyOk(QTcpSocket *socket, const QJsonValue &result)
{
    const QJsonObject body {{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
    reply(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TelegramSimulator::replyError(
    QTcpSocket *socket, int code, const QString &description, const QJsonObject &parameters)
{
    QJsonObject body {{QStringLiteral("ok"), false}, {QStringLiteral("error_code"), code},
        {QStringLiteral("description"), description}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    reply(socket, code, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TelegramSimulator::reply(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &extraHeaders)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
        + "\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}
