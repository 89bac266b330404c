// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;
class QTimer;

// A Telegram Bot API server on 127.0.0.1 for the integration tests: no real one can run
// here. It follows https://core.telegram.org/bots/api closely where Hearth depends on it:
// Update, Message, User and Chat objects shaped as documented; getUpdates with offset
// (updates below the offset are confirmed and gone), limit and long polling (the request is
// held until an update arrives or `timeout` seconds pass); sendMessage with
// reply_parameters; deleteMessage only in chats where the test allows it; 401 for another
// token. Requests may be GET with a query, or POST with JSON or a form. Faults for the next
// requests: 429 with parameters.retry_after, 500 (Telegram's JSON), 502 (a proxy's HTML
// page), malformed JSON, a result that is not a list, or a connection that never answers.
class TelegramSimulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault { RateLimited, InternalError, BadGateway, MalformedJson, NotAList, Hang };

    struct Sent
    {
        qint64 chatId = 0;
        QString text;
        std::optional<qint64> replyToMessageId;
        qint64 messageId = 0;
    };

    explicit TelegramSimulator(const QString &token, QObject *parent = nullptr);
    ~TelegramSimulator() override;

    bool start();
    QUrl baseUrl() const;

    static QJsonObject user(qint64 id, const QString &firstName, const QString &lastName = QString(),
        const QString &username = QString(), const QString &languageCode = QString());
    static QJsonObject privateChat(const QJsonObject &user);
    static QJsonObject group(qint64 id, const QString &title);

    // A new message in `chat` from `from`: queued as an update; its message_id.
    qint64 post(const QJsonObject &chat, const QJsonObject &from, const QString &text,
        std::optional<qint64> replyTo = std::nullopt, std::optional<qint64> threadRoot = std::nullopt);
    // An edit of an earlier message: an edited_message update.
    void edit(qint64 chatId, qint64 messageId, const QString &text);
    // Any update, as given, with the next update_id unless `assignId` is false.
    void pushUpdate(QJsonObject update, bool assignId = true);

    void allowDeletesIn(qint64 chatId) { m_deletable.insert(chatId); }
    // After the faults already planned, `skip` requests are answered and then `count` fail.
    void failNext(Fault fault, int count = 1, int skip = 0, int retryAfterSeconds = 0);

    QList<Sent> sent() const { return m_sent; }
    QList<QPair<qint64, qint64>> deleted() const { return m_deleted; }
    // (chat, user) pairs banned with banChatMember, allowed where deletes are.
    QList<QPair<qint64, qint64>> banned() const { return m_banned; }
    // The offsets getUpdates was asked with, in order (-1: none given).
    QList<qint64> offsetsAsked() const { return m_offsets; }
    int requestCount() const { return m_requests; }
    // Long polls (getUpdates) waiting for an update.
    int waitingPolls() const { return int(m_polls.size()); }
    // How many connections were left hanging and then closed by the client.
    int abandonedHangs() const { return m_abandoned; }

private:
    struct Pending
    {
        QTcpSocket *socket;
        qint64 offset;
        int limit;
        QTimer *timer;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QString &path, const QJsonObject &parameters);
    void getUpdates(QTcpSocket *socket, const QJsonObject &parameters);
    void sendMessage(QTcpSocket *socket, const QJsonObject &parameters);
    void deleteMessage(QTcpSocket *socket, const QJsonObject &parameters);
    void banChatMember(QTcpSocket *socket, const QJsonObject &parameters);
    QJsonArray pendingUpdates(qint64 offset, int limit) const;
    void wakePolls();
    void answerPoll(const Pending &poll);
    void replyOk(QTcpSocket *socket, const QJsonValue &result);
    void replyError(QTcpSocket *socket, int code, const QString &description, const QJsonObject &parameters = {});
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"), const QByteArray &extraHeaders = {});
    QJsonObject storeMessage(const QJsonObject &chat, const QJsonObject &from, const QString &text,
        std::optional<qint64> replyTo, std::optional<qint64> threadRoot);

    QString m_token;
    QTcpServer m_server;
    QJsonObject m_bot;
    qint64 m_nextUpdateId = 100000;
    QList<QJsonObject> m_updates; // not yet confirmed by an offset, oldest first
    QHash<qint64, QJsonObject> m_chats;
    QHash<qint64, qint64> m_lastMessageId; // per chat
    QHash<QPair<qint64, qint64>, QJsonObject> m_messages; // (chat, message) -> Message
    QSet<qint64> m_deletable;
    QList<Pending> m_polls;
    struct PlannedFault
    {
        Fault fault;
        int retryAfter;
    };
    QList<std::optional<PlannedFault>> m_faults; // per coming request; nullopt: answer normally
    QList<Sent> m_sent;
    QList<QPair<qint64, qint64>> m_deleted;
    QList<QPair<qint64, qint64>> m_banned;
    QList<qint64> m_offsets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_hanging;
    int m_requests = 0;
    int m_abandoned = 0;
};
