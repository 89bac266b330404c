// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelconnector.h"

#include <QTimer>

namespace hearth {

void ChannelConnector::send(qint64 token, const DeliveryTarget &, const QString &, bool)
{
    // Signals after the call returns, as every connector's do.
    QTimer::singleShot(0, this, [this, token] {
        emit sent(token, {false, QString(), {SyncError::Kind::Setup, tr("This channel cannot be answered."), std::nullopt}});
    });
}

void ChannelConnector::moderate(qint64 token, const QString &, const DeliveryTarget &)
{
    QTimer::singleShot(0, this, [this, token] {
        emit moderated(token,
            {false, QString(), {SyncError::Kind::Setup, tr("This channel does not allow that."), std::nullopt}});
    });
}

} // namespace hearth
