// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Real mail servers on 127.0.0.1 for the integration tests, started and stopped by the test:
// Dovecot serves one mailbox over IMAP (STARTTLS and implicit TLS) and takes mail over
// submission (authenticated, TLS), relaying it to an SMTP sink (aiosmtpd) that files every
// message it gets in a maildir. The TLS certificate is self-signed, made for 127.0.0.1.
class MailServers
{
public:
    static inline const QString address = QStringLiteral("hearth@example.org");
    static inline const QString password = QStringLiteral("s3cret-Dovecot-pass");

    MailServers();
    ~MailServers();

    bool start();
    // Stops Dovecot only (the mailbox stays); start() brings it back on the same ports.
    void stopImap();
    QString errorString() const { return m_error; }

    quint16 imapPort() const { return m_imapPort; } // STARTTLS
    quint16 imapsPort() const { return m_imapsPort; } // implicit TLS
    quint16 submissionsPort() const { return m_submissionsPort; } // implicit TLS
    quint16 submissionPort() const { return m_submissionPort; } // STARTTLS
    QString certificatePath() const;

    // Puts a message into the mailbox as a delivery agent would (maildir new/).
    bool deliver(const QByteArray &message);
    // The Message-ID headers of the messages in a folder ("INBOX", "Junk"), sorted; an empty
    // one for each message without.
    QStringList messageIds(const QString &folder) const;
    // The messages the SMTP sink received, in the order they came.
    QList<QByteArray> sent() const;
    // What Dovecot logged (logins, failures, disconnections).
    QString imapLog() const;
    // The folder's UIDVALIDITY as Dovecot recorded it.
    quint32 uidValidity() const;
    // Makes Dovecot give the inbox a new UIDVALIDITY and renumber its messages, as after a
    // restore from backup.
    bool renewUidValidity();

private:
    bool writeConfig();
    bool waitForImapSessionsToEnd() const;
    bool waitForPort(quint16 port, const QProcess &process, const QStringList &logFiles);
    QString maildir(const QString &folder) const;

    QTemporaryDir m_dir;
    QProcess m_dovecot;
    QProcess m_sink;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    quint16 m_submissionPort = 0;
    quint16 m_submissionsPort = 0;
    quint16 m_sinkPort = 0;
    int m_delivered = 0;
    QString m_error;
};
