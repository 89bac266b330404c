// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectorfactory.h"

#include "accountstore.h"
#include "emailconnector.h"
#include "feedconnector.h"
#include "mastodonconnector.h"
#include "telegramconnector.h"

#include <QHostAddress>
#include <QUrl>

namespace hearth {

namespace {
constexpr qint64 minuteMs = 60 * 1000;
} // namespace

bool ConnectorFactory::carriesSecretsSafely(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    return url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback();
}

std::unique_ptr<ChannelConnector> ConnectorFactory::create(
    const SyncAccount &account, QNetworkAccessManager *network, QString *why, const QString &secret)
{
    if (account.demo) {
        *why = tr("Demo accounts never go online.");
        return nullptr;
    }
    if (account.kind == QLatin1String("feed")) {
        auto feed = std::make_unique<FeedConnector>(network, QUrl(account.address));
        const qint64 minutes = qint64(account.settings.value(QStringLiteral("pollMinutes")).toDouble(0));
        if (minutes > 0)
            feed->setPollIntervalMs(minutes * minuteMs);
        return feed;
    }
    if (account.kind == QLatin1String("email")) {
        // Without a password or servers the connector still comes to life: its first
        // operation fails with a Setup error that says what is missing.
        return std::make_unique<EmailConnector>(
            EmailConnector::settingsFrom(account.address, account.settings), secret);
    }
    if (account.kind == QLatin1String("telegram")) {
        const QString baseUrl = account.settings.value(QStringLiteral("baseUrl")).toString();
        const QUrl server = baseUrl.isEmpty() ? TelegramConnector::defaultBaseUrl() : QUrl(baseUrl);
        if (!carriesSecretsSafely(server)) {
            *why = unsafeAddress(server);
            return nullptr;
        }
        // Without a token the connector still comes to life: its first request fails with a
        // Setup error ("no bot token") kept as the account's last error, instead of the
        // account silently not syncing.
        return std::make_unique<TelegramConnector>(network, server, secret);
    }
    if (account.kind == QLatin1String("mastodon")) {
        // The instance is the account's own: there is no default. Without a token (not
        // signed in yet) the connector's first request fails with a Setup error kept as the
        // account's last error.
        const QString baseUrl = account.settings.value(QStringLiteral("baseUrl")).toString();
        if (baseUrl.isEmpty()) {
            *why = tr("This Mastodon account has no instance address (for example https://mastodon.social).");
            return nullptr;
        }
        if (!carriesSecretsSafely(QUrl(baseUrl))) {
            *why = unsafeAddress(QUrl(baseUrl));
            return nullptr;
        }
        return std::make_unique<MastodonConnector>(network, QUrl(baseUrl), secret);
    }
    *why = tr("Hearth cannot sync %1 accounts yet.").arg(account.kind);
    return nullptr;
}

QString ConnectorFactory::unsafeAddress(const QUrl &url)
{
    return tr("Hearth sends a token only over https (plain http only to this computer), not to %1.")
        .arg(url.toDisplayString());
}

} // namespace hearth
