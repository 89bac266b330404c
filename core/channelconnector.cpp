// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelconnector.h"

#include <QTimer>

namespace hearth {

void ChannelConnector::send(qint64 token, const DeliveryTarget &, const QString &, bool)
{
    refuseSend(token, tr("This channel cannot be answered."));
}

void ChannelConnector::moderate(qint64 token, const QString &, const DeliveryTarget &)
{
    refuseModeration(token, tr("This channel does not allow that."));
}

void ChannelConnector::refuseFetch(SyncError::Kind kind, const QString &why)
{
    QTimer::singleShot(0, this, [this, kind, why] { emit failed({kind, why, std::nullopt}); });
}

void ChannelConnector::refuseSend(qint64 token, const QString &why)
{
    QTimer::singleShot(0, this, [this, token, why] {
        emit sent(token, {false, QString(), {SyncError::Kind::Setup, why, std::nullopt}});
    });
}

void ChannelConnector::refuseModeration(qint64 token, const QString &why)
{
    QTimer::singleShot(0, this, [this, token, why] {
        emit moderated(token, {false, QString(), {SyncError::Kind::Setup, why, std::nullopt}});
    });
}

} // namespace hearth
