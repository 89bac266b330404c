// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

struct SyncAccount;

// Makes the connector for an account from its kind and settings.
class ConnectorFactory
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorFactory)

public:
    // nullptr when the account cannot sync (a demo account, a kind without a connector, an
    // incomplete setup); `why` then says so in a sentence. `secret` is the account's password or
    // token from the keychain (CredentialStore), never from the workspace or settings.
    static std::unique_ptr<ChannelConnector> create(
        const SyncAccount &account, QNetworkAccessManager *network, QString *why, const QString &secret = QString());
};

} // namespace hearth
