// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectorfactory.h"

#include "accountstore.h"
#include "feedconnector.h"

#include <QUrl>

namespace hearth {

namespace {
constexpr qint64 minuteMs = 60 * 1000;
} // namespace

std::unique_ptr<ChannelConnector> ConnectorFactory::create(
    const SyncAccount &account, QNetworkAccessManager *network, QString *why)
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
    *why = tr("Hearth cannot sync %1 accounts yet.").arg(account.kind);
    return nullptr;
}

} // namespace hearth
