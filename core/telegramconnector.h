// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"
#include "requestpacer.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace hearth {

struct HttpResponse;

// A Telegram bot account through the Bot API (https://core.telegram.org/bots/api).
//
// Fetches with getUpdates long polling: the cursor is the next `offset` (the highest
// update_id seen + 1). Telegram forgets the updates below the offset once it is asked with
// it, and the cursor is stored in the same transaction as the messages, so a crash before
// the store only fetches the same updates again.
//
// Message ids are unique per chat only, so a message is "<chat_id>:<message_id>". A
// private chat is one conversation, "chat:<chat_id>". In a group, messages of a reply
// thread (supergroups' message_thread_id: the id of the thread's root message) join the
// root's conversation "<chat_id>:<root_id>"; every other group message is in the group's
// conversation "chat:<chat_id>". The Bot API tells no more of a reply chain than that
// (reply_to_message never holds a further reply), so no deeper root is guessed.
//
// The bot token is part of every request's path (/bot<token>/<method>): it is never logged
// and never put in an error message.
class TelegramConnector : public ChannelConnector
{
    Q_OBJECT

public:
    static constexpr int defaultLongPollSeconds = 25;
    static constexpr int pageLimit = 100;
    // Time allowed beyond the long poll before a silent request is abandoned.
    static constexpr int defaultTimeoutMarginMs = 15 * 1000;
    // getUpdates already waits on the server; a short breath between long polls is enough.
    static constexpr qint64 defaultPollIntervalMs = 1000;

    TelegramConnector(
        QNetworkAccessManager *network, const QUrl &baseUrl, const QString &token, QObject *parent = nullptr);

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.telegram.org")); }

    Capabilities capabilities() const override;
    qint64 pollIntervalMs() const override { return m_pollIntervalMs; }
    void setPollIntervalMs(qint64 ms) { m_pollIntervalMs = ms; }
    void setLongPollSeconds(int seconds) { m_longPollSeconds = seconds; }
    void setTimeoutMarginMs(int ms) { m_timeoutMarginMs = ms; }

    void fetch(const std::optional<QString> &cursor) override;
    // Privately: to the author's private chat with the bot (or the private chat the
    // conversation is); publicly: into the conversation's chat, as a reply to the message.
    void send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately) override;
    // "delete" and "spam": deleteMessage; "block": banChatMember. Telegram allows both only
    // where the bot is an administrator with the right to.
    void moderate(qint64 token, const QString &action, const DeliveryTarget &target) override;

private:
    using Handler = std::function<void(const HttpResponse &response)>;

    // Calls one Bot API method (POST with a JSON body), paced overall and per chat.
    void call(const QString &method, const QJsonObject &parameters, std::optional<qint64> chatId, int silenceMs,
        const Handler &handler);
    RequestPacer &chatPacer(qint64 chatId);
    void deleteMessage(qint64 token, const DeliveryTarget &target);
    void banMember(qint64 token, const DeliveryTarget &target);
    // Calls a moderation method; `refusal` (with %1: Telegram's words) explains a 400/403.
    void moderateBy(const QString &method, const QJsonObject &parameters, qint64 chat, qint64 token,
        const QString &refusal);
    // The Bot API's answer: its `result`, or the error it stands for.
    bool readResult(const HttpResponse &response, QJsonValue *result, SyncError *error);
    QString withoutToken(QString text) const;
    void onUpdates(const HttpResponse &response, const QString &previousCursor);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    qint64 m_pollIntervalMs = defaultPollIntervalMs;
    int m_longPollSeconds = defaultLongPollSeconds;
    int m_timeoutMarginMs = defaultTimeoutMarginMs;
    RequestPacer m_overall;
    QHash<qint64, RequestPacer> m_chats;
};

} // namespace hearth
