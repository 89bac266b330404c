// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelconnector.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>

class QThread;

namespace hearth {

// A mailbox: IMAP in, SMTP out, through VMime (IMAP, SMTP, MIME, TLS with GnuTLS).
//
// The cursor is {"uidValidity":N,"lastUid":N}: the next fetch asks for the UIDs after
// lastUid. When the folder's UIDVALIDITY changed, its UIDs mean other messages now, so the
// folder is read again from the start; nothing is stored twice because a message's remoteId
// is its Message-ID, not its UID.
//
// VMime blocks: every operation runs on a thread of its own, with its own connection, and
// its one signal is emitted on the connector's thread. Each connection has a timeout for
// connecting and for every answer, so a hanging server ends the operation.
//
// The password comes from the keychain; it is never logged or put into an error.
class EmailConnector : public ChannelConnector
{
    Q_OBJECT

public:
    enum class Security { Tls, StartTls, None };

    struct Settings
    {
        QString address; // the account's own address: From of replies, marks outbound mail
        QString imapHost;
        int imapPort = 993;
        QString smtpHost;
        int smtpPort = 465;
        Security security = Security::Tls;
        QString username; // defaults to the address
        QString folder = QStringLiteral("INBOX");
        QString trustedCertificate; // a PEM file the user trusts besides the system's CAs
        int timeoutMs = defaultTimeoutMs;
    };

    static constexpr int pageLimit = 100;
    static constexpr int defaultTimeoutMs = 30 * 1000;
    static constexpr qint64 defaultPollIntervalMs = 2 * 60 * 1000;

    EmailConnector(const Settings &settings, const QString &password, QObject *parent = nullptr);
    // An operation still running ends by itself (at most its timeout), unheard.
    ~EmailConnector() override;

    // The account's settings JSON (imapHost, imapPort, smtpHost, smtpPort, security,
    // username, folder, trustedCertificate) for the account with this address.
    static Settings settingsFrom(const QString &address, const QJsonObject &json);

    Capabilities capabilities() const override;
    qint64 pollIntervalMs() const override { return m_pollIntervalMs; }
    void setPollIntervalMs(qint64 ms) { m_pollIntervalMs = ms; }

    void fetch(const std::optional<QString> &cursor) override;
    // Privately only: an e-mail reaches its recipients alone.
    void send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately) override;
    // "delete" (flagged \Deleted and expunged) and "spam" (moved to Junk, made if missing).
    void moderate(qint64 token, const QString &action, const DeliveryTarget &target) override;

private:
    // Runs `work` on a thread of its own, then `done` with its result on this one.
    template<typename Result> void run(std::function<Result()> work, std::function<void(const Result &)> done);
    // Why the settings cannot work, in a sentence; empty when they can.
    QString setupProblem() const;

    Settings m_settings;
    QString m_password;
    qint64 m_pollIntervalMs = defaultPollIntervalMs;
    QSet<QThread *> m_workers;
};

} // namespace hearth
