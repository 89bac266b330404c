// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;
class QUrl;

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
    // Whether a token may be sent to this address: https, or plain http to this computer only
    // (a test server, a local Bot API server).
    static bool carriesSecretsSafely(const QUrl &url);

    static std::unique_ptr<ChannelConnector> create(
        const SyncAccount &account, QNetworkAccessManager *network, QString *why, const QString &secret = QString());
    // Why a token does not go to this address, in a sentence.
    static QString unsafeAddress(const QUrl &url);
};

} // namespace hearth
