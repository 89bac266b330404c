// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonsignin.h"

#include "httpjob.h"
#include "mastodonconnector.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>

namespace hearth {

namespace {

constexpr int registerTimeoutMs = 30 * 1000;
// RFC 7636: a verifier of 43 to 128 characters; 32 random bytes make 43 in base64url.
constexpr int verifierBytes = 32;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray newVerifier()
{
    QByteArray bytes(verifierBytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return base64Url(bytes);
}

// The Error entity of an OAuth answer: its description, else its code.
QString oauthError(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString description = object.value(QStringLiteral("error_description")).toString();
    return (description.isEmpty() ? object.value(QStringLiteral("error")).toString() : description).left(300);
}

} // namespace

QString MastodonSignIn::scopes()
{
    return QStringLiteral("read write:statuses write:blocks write:reports");
}

MastodonSignIn::MastodonSignIn(QNetworkAccessManager *network, const QUrl &instance, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_instance(instance)
{ }

MastodonSignIn::~MastodonSignIn() = default;

void MastodonSignIn::start()
{
    // The browser's answer comes to this computer only: not to other hosts on the network.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_listener->isListening()) {
        QTimer::singleShot(0, this, [this] {
            finish(tr("Hearth could not wait for the browser's answer: no port on 127.0.0.1 was free."));
        });
        return;
    }
    m_listener->setCallbackText(tr("Hearth has the answer. You can close this page and go back to Hearth."));
    const QJsonObject app {{QStringLiteral("client_name"), QStringLiteral("Hearth")},
        {QStringLiteral("redirect_uris"), m_listener->callback()}, {QStringLiteral("scopes"), scopes()}};
    QNetworkRequest request(MastodonConnector::endpoint(m_instance, QStringLiteral("/api/v1/apps")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    auto *job = new HttpJob(m_network, request, this);
    job->setTimeouts(registerTimeoutMs, registerTimeoutMs);
    connect(job, &HttpJob::finished, this, &MastodonSignIn::onRegistered);
    job->start(QByteArrayLiteral("POST"), QJsonDocument(app).toJson(QJsonDocument::Compact));
}

void MastodonSignIn::onRegistered(const HttpResponse &response)
{
    const QString host = m_instance.host();
    if (response.error && response.status == 0) {
        finish(tr("Could not reach the Mastodon instance %1: %2").arg(host, response.error->message));
        return;
    }
    if (response.error) {
        const QString said = oauthError(response.body);
        finish(tr("%1 did not let Hearth register as an app (HTTP %2). %3").arg(host).arg(response.status).arg(said));
        return;
    }
    const QJsonObject app = QJsonDocument::fromJson(response.body).object();
    m_credentials.clientId = app.value(QStringLiteral("client_id")).toString();
    m_credentials.clientSecret = app.value(QStringLiteral("client_secret")).toString();
    if (m_credentials.clientId.isEmpty() || m_credentials.clientSecret.isEmpty()) {
        finish(tr("%1 answered in a way Hearth cannot read; is it a Mastodon instance?").arg(host));
        return;
    }
    authorize();
}

void MastodonSignIn::authorize()
{
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(MastodonConnector::endpoint(m_instance, QStringLiteral("/oauth/authorize")));
    m_flow->setAccessTokenUrl(MastodonConnector::endpoint(m_instance, QStringLiteral("/oauth/token")));
    m_flow->setClientIdentifier(m_credentials.clientId);
    m_flow->setClientIdentifierSharedKey(m_credentials.clientSecret);
    m_flow->setScope(scopes());
    m_flow->setReplyHandler(m_listener);

    // PKCE (RFC 7636, S256), which Qt NetworkAuth has built in only from Qt 6.8: the
    // challenge goes with the authorization, the verifier with the token request.
    m_verifier = newVerifier();
    const QString challenge =
        QString::fromLatin1(base64Url(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)));
    const QString verifier = QString::fromLatin1(m_verifier);
    // The parameters are a QVariantMap in Qt 5 and a QMultiMap in Qt 6; both insert alike.
    m_flow->setModifyParametersFunction([challenge, verifier](QAbstractOAuth::Stage stage, auto *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), verifier);
        }
    });

    // Qt NetworkAuth (before 6.9) only logs a refused state or a failed token request; Hearth
    // checks both itself so that the sign-in always ends with a reason.
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &MastodonSignIn::onCallback);
    connect(m_network, &QNetworkAccessManager::finished, this, &MastodonSignIn::onTokenReply);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &MastodonSignIn::authorizeInBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        m_credentials.accessToken = m_flow->token();
        finish(QString());
    });
    m_flow->grant();
}

void MastodonSignIn::onCallback(const QVariantMap &values)
{
    const QString host = m_instance.host();
    const QString error = values.value(QStringLiteral("error")).toString();
    if (error == QLatin1String("access_denied"))
        finish(tr("The sign-in to %1 was declined in the browser.").arg(host));
    else if (!error.isEmpty())
        finish(tr("%1 refused the sign-in: %2").arg(host, error.left(300)));
    else if (values.value(QStringLiteral("state")).toString() != m_flow->state())
        finish(tr("Hearth refused an answer to the sign-in that was not for it (the state did not match). "
                  "Sign in again."));
    else if (values.value(QStringLiteral("code")).toString().isEmpty())
        finish(tr("%1 answered the sign-in without an authorization code.").arg(host));
    // Else the flow asks for the token with the code.
}

void MastodonSignIn::onTokenReply(QNetworkReply *reply)
{
    if (m_done || reply->url().adjusted(QUrl::RemoveQuery) != m_flow->accessTokenUrl())
        return;
    // The flow reads the reply after this; the body is only peeked at.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString said = oauthError(reply->peek(reply->bytesAvailable()));
    const QString reason = reply->error() != QNetworkReply::NoError && status == 0 ? reply->errorString() : said;
    QTimer::singleShot(0, this, [this, status, reason] {
        if (m_done)
            return; // granted
        const QString host = m_instance.host();
        if (status == 0)
            finish(tr("Could not reach the Mastodon instance %1: %2").arg(host, reason));
        else if (status >= 400)
            finish(tr("%1 did not give Hearth access (HTTP %2): %3").arg(host).arg(status).arg(reason));
        else
            finish(tr("%1 sent an access token Hearth cannot read.").arg(host));
    });
}

void MastodonSignIn::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_listener)
        m_listener->close(); // no second answer is taken
    if (m_flow)
        disconnect(m_network, nullptr, this, nullptr);
    if (error.isEmpty())
        emit succeeded(m_credentials);
    else
        emit failed(error);
}

} // namespace hearth
