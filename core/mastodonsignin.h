// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace hearth {

struct HttpResponse;

// What a Mastodon sign-in gives, for the caller to put into the keychain (never into the
// workspace or settings). The registered app's client id and secret are not the person's
// secrets, but they belong with the token: together they can ask for a new one.
struct MastodonCredentials
{
    QString accessToken;
    QString clientId;
    QString clientSecret;
};

// Signs in to one Mastodon instance with OAuth 2 (https://docs.joinmastodon.org/client/token/):
// registers Hearth as an app there (POST /api/v1/apps), then runs the authorization code flow
// with Qt NetworkAuth. The browser comes back to a one-time listener on 127.0.0.1 only, and
// PKCE (S256) ties the code to this sign-in, so a code caught on the way is worth nothing.
// The UI opens authorizeInBrowser's URL; core never opens a browser. Ends in exactly one of
// succeeded or failed.
class MastodonSignIn : public QObject
{
    Q_OBJECT

public:
    // What Hearth needs: reading mentions and statuses, posting, blocking and reporting.
    static QString scopes();

    MastodonSignIn(QNetworkAccessManager *network, const QUrl &instance, QObject *parent = nullptr);
    ~MastodonSignIn() override;

    void start();

signals:
    void authorizeInBrowser(const QUrl &url);
    void succeeded(const hearth::MastodonCredentials &credentials);
    void failed(const QString &why);

private:
    void onRegistered(const HttpResponse &response);
    void authorize();
    void onCallback(const QVariantMap &values);
    void onTokenReply(QNetworkReply *reply);
    void finish(const QString &error);

    QNetworkAccessManager *m_network;
    QUrl m_instance;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QByteArray m_verifier;
    MastodonCredentials m_credentials;
    bool m_done = false;
};

} // namespace hearth
