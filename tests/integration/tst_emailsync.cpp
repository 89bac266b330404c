// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox synced from a real Dovecot on loopback (IMAP over TLS and STARTTLS), replies
// sent through Dovecot's submission service to an SMTP sink: real-world MIME read exactly,
// first and incremental sync, no duplicates after a repeated, interrupted or renumbered
// (UIDVALIDITY) sync, threading, replies and moderation seen on the servers, and the error
// paths (wrong password, untrusted certificate, server down or hanging). The password must
// never reach the log, an error or the workspace.
#include "accountstore.h"
#include "accountsync.h"
#include "connectorfactory.h"
#include "droppingproxy.h"
#include "emailconnector.h"
#include "emailreader.h"
#include "logcapture.h"
#include "mailservers.h"
#include "messagestore.h"
#include "syncrun.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// FetchBatch and SendResult are declared with ChannelConnector; Qt 5's QSignalSpy needs the
// failed signal's type too.
Q_DECLARE_METATYPE(hearth::SyncError)

using namespace hearth;

namespace {

const QString wrongPassword = QStringLiteral("not-the-Dovecot-pass");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/mail/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray plainMail(int number)
{
    return QStringLiteral("From: Customer %1 <customer%1@example.com>\r\nTo: hearth@example.org\r\n"
                          "Subject: Question %1\r\nDate: Tue, 08 Dec 2026 08:00:00 +0000\r\n"
                          "Message-ID: <question-%1@example.com>\r\n\r\nQuestion number %1.\r\n")
        .arg(number)
        .toUtf8();
}

const QString messages = QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ?");
const QString distinctMessages = QStringLiteral("SELECT count(DISTINCT remote_id) FROM messages WHERE account_id = ?");

} // namespace

class TestEmailSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstSyncReadsRealWorldMime();
    void incrementalAndRepeatedSyncStoreEachMailOnce();
    void interruptedSyncLosesNothing();
    void connectionDroppedMidFetchLosesNothing();
    void newUidValidityRereadsWithoutDuplicates();
    void startTlsWorksToo();
    void replyIsDeliveredWithThreadingHeaders();
    void deleteAndSpamAreSeenOnTheServer();
    void wrongPasswordIsAnAuthError();
    void untrustedCertificateIsRefusedUntilTrusted();
    void serverDownIsANetworkError();
    void hangingServerTimesOut();
    void factoryMakesEmailConnectors();

private:
    EmailConnector::Settings settings() const;
    std::unique_ptr<EmailConnector> connector(const QString &password = MailServers::password) const;
    std::unique_ptr<EmailConnector> connector(
        const EmailConnector::Settings &settings, const QString &password = MailServers::password) const;
    qint64 addAccount();
    QString syncOnce(qint64 accountId, std::unique_ptr<EmailConnector> email = nullptr);
    int count(const QString &statement, qint64 accountId);
    // One fetch straight from a connector: its batch, or its error.
    FetchBatch fetchOnce(EmailConnector &email, const std::optional<QString> &cursor, SyncError *error = nullptr);
    QJsonObject cursor(qint64 accountId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MailServers> m_servers;
};

void TestEmailSync::initTestCase()
{
    qRegisterMetaType<FetchBatch>();
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<SyncError>();
    logcapture::start();
}

void TestEmailSync::cleanupTestCase()
{
    logcapture::stop();
}

void TestEmailSync::init()
{
    logcapture::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("sync.hearth"))));
    m_servers = std::make_unique<MailServers>();
    QVERIFY2(m_servers->start(), qPrintable(m_servers->errorString()));
}

void TestEmailSync::cleanup()
{
    for (const QString &line : logcapture::lines()) {
        QVERIFY2(!line.contains(MailServers::password) && !line.contains(wrongPassword), qPrintable(line));
    }
    if (m_workspace) {
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT last_error FROM sync_status")));
        while (query.next()) {
            const QString error = query.value(0).toString();
            QVERIFY2(!error.contains(MailServers::password) && !error.contains(wrongPassword), qPrintable(error));
        }
    }
    m_servers.reset();
    m_workspace.reset();
    m_dir.reset();
}

EmailConnector::Settings TestEmailSync::settings() const
{
    EmailConnector::Settings settings;
    settings.address = MailServers::address;
    settings.username = MailServers::address;
    settings.imapHost = QStringLiteral("127.0.0.1");
    settings.imapPort = m_servers->imapsPort();
    settings.smtpHost = QStringLiteral("127.0.0.1");
    settings.smtpPort = m_servers->submissionsPort();
    settings.security = EmailConnector::Security::Tls;
    settings.trustedCertificate = m_servers->certificatePath();
    settings.timeoutMs = 20000;
    return settings;
}

std::unique_ptr<EmailConnector> TestEmailSync::connector(const QString &password) const
{
    return connector(settings(), password);
}

std::unique_ptr<EmailConnector> TestEmailSync::connector(
    const EmailConnector::Settings &settings, const QString &password) const
{
    auto email = std::make_unique<EmailConnector>(settings, password);
    email->setPollIntervalMs(50);
    return email;
}

qint64 TestEmailSync::addAccount()
{
    AccountStore accounts(*m_workspace);
    const qint64 id = accounts.add(QStringLiteral("email"), QStringLiteral("Support"), MailServers::address,
        QJsonObject {{QStringLiteral("imapHost"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("imapPort"), m_servers->imapsPort()},
            {QStringLiteral("smtpHost"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("smtpPort"), m_servers->submissionsPort()},
            {QStringLiteral("security"), QStringLiteral("tls")},
            {QStringLiteral("trustedCertificate"), m_servers->certificatePath()}});
    if (id == 0)
        qWarning() << accounts.errorString();
    return id;
}

QString TestEmailSync::syncOnce(qint64 accountId, std::unique_ptr<EmailConnector> email)
{
    return syncrun::once(*m_workspace, accountId, email ? std::move(email) : connector(), 60000);
}

int TestEmailSync::count(const QString &statement, qint64 accountId)
{
    return syncrun::count(*m_workspace, statement, accountId);
}

FetchBatch TestEmailSync::fetchOnce(EmailConnector &email, const std::optional<QString> &cursor, SyncError *error)
{
    QSignalSpy fetched(&email, &ChannelConnector::fetched);
    QSignalSpy failed(&email, &ChannelConnector::failed);
    email.fetch(cursor);
    if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 60000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.constFirst().at(0).value<SyncError>();
        return {};
    }
    return fetched.constFirst().at(0).value<FetchBatch>();
}

QJsonObject TestEmailSync::cursor(qint64 accountId)
{
    return QJsonDocument::fromJson(MessageStore(*m_workspace).cursor(accountId).value_or(QString()).toUtf8()).object();
}

void TestEmailSync::firstSyncReadsRealWorldMime()
{
    const QStringList names {QStringLiteral("01-alternative.eml"), QStringLiteral("02-mixed-attachment.eml"),
        QStringLiteral("03-windows-1252.eml"), QStringLiteral("04-koi8r.eml"), QStringLiteral("05-html-only.eml"),
        QStringLiteral("06-reply.eml"), QStringLiteral("07-malformed.eml")};
    for (const QString &name : names)
        QVERIFY2(m_servers->deliver(fixture(name)), qPrintable(name));

    std::unique_ptr<EmailConnector> email = connector();
    SyncError error;
    const FetchBatch batch = fetchOnce(*email, std::nullopt, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(batch.messages.size(), 6);
    QVERIFY(!batch.more);
    QCOMPARE(batch.problems.size(), 1);
    QVERIFY2(batch.problems.constFirst().startsWith(QLatin1String("UID 7 in INBOX could not be read")),
        qPrintable(batch.problems.constFirst()));
    const QJsonObject cursor = QJsonDocument::fromJson(batch.cursor.toUtf8()).object();
    QCOMPARE(cursor.value(QStringLiteral("lastUid")).toInt(), 7);
    QCOMPARE(quint32(cursor.value(QStringLiteral("uidValidity")).toDouble()), m_servers->uidValidity());

    // multipart/alternative: the plain part wins; UTF-8 encoded words.
    const IncomingMessage alternative = batch.messages.at(0);
    QCOMPARE(alternative.remoteId, QStringLiteral("<order-42@kunde.example>"));
    QCOMPARE(alternative.threadId, alternative.remoteId);
    QCOMPARE(alternative.parentId, QString());
    QCOMPARE(alternative.subject, QStringLiteral("Ordre 42 – hvor er den?"));
    QCOMPARE(alternative.authorName, QStringLiteral("Søren Ødegård"));
    QCOMPARE(alternative.authorHandle, QStringLiteral("soren@kunde.example"));
    QCOMPARE(alternative.authorRemoteId, QStringLiteral("soren@kunde.example"));
    QCOMPARE(alternative.text, QStringLiteral("Hej!\nMin ordre nr. 42 er ikke kommet. Kan I hjælpe? 🙂"));
    QVERIFY(alternative.isPrivate);
    QVERIFY(!alternative.outbound);
    QCOMPARE(alternative.createdAt, QDateTime(QDate(2026, 12, 7), QTime(8, 15), QTimeZone::utc()).toMSecsSinceEpoch());

    // multipart/mixed: ISO-8859-1 quoted-printable text, the attachment named, not stored.
    const IncomingMessage mixed = batch.messages.at(1);
    QCOMPARE(mixed.subject, QStringLiteral("Rechnung für März"));
    QCOMPARE(mixed.authorName, QStringLiteral("Jörg Müller"));
    QCOMPARE(mixed.text,
        QStringLiteral("Guten Tag,\nanbei die Rechnung für März.\nGrüße\nJörg\n\n[Attachment: rechnung.pdf, 3 kB]"));

    // windows-1252 in 8 bits, and no Message-ID: a stable id made from its headers.
    const IncomingMessage windows = batch.messages.at(2);
    QCOMPARE(windows.text, QStringLiteral("Le prix est de 5 € – “vraiment” ?"));
    QVERIFY2(windows.remoteId.startsWith(QLatin1String("hash:")), qPrintable(windows.remoteId));
    QVERIFY(!EmailReader::isMessageId(windows.remoteId));

    // KOI8-R: base64 body, B-encoded subject.
    const IncomingMessage koi8 = batch.messages.at(3);
    QCOMPARE(koi8.subject, QStringLiteral("Вопрос о доставке"));
    QCOMPARE(koi8.text, QStringLiteral("Здравствуйте! Где моя посылка?"));

    // HTML only: plain text, no script, nothing remote.
    const IncomingMessage html = batch.messages.at(4);
    QVERIFY2(html.text.contains(QLatin1String("Everything half price today.")), qPrintable(html.text));
    QVERIFY2(!html.text.contains(QLatin1String("stolen")), qPrintable(html.text));
    QVERIFY2(!html.text.contains(QLatin1String("tracker.example")), qPrintable(html.text));
    QVERIFY(!html.text.contains(QLatin1Char('<')));
    QCOMPARE(html.html, QString());

    // A reply joins its original's thread.
    const IncomingMessage reply = batch.messages.at(5);
    QCOMPARE(reply.parentId, QStringLiteral("<order-42@kunde.example>"));
    QCOMPARE(reply.threadId, QStringLiteral("<order-42@kunde.example>"));
    QCOMPARE(reply.subject, QStringLiteral("Re: Ordre 42 – hvor er den?"));

    // Stored through the sync: six messages, the reply in its original's conversation.
    const qint64 id = addAccount();
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conversations WHERE account_id = ?"), id), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                                  "WHERE m.account_id = ? AND c.remote_thread_id = '<order-42@kunde.example>'"),
                 id),
        2);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM messages WHERE account_id = ? AND visibility = 'private'"), id), 6);
    QCOMPARE(logcapture::lines().filter(QStringLiteral("UID 7 in INBOX could not be read")).size(), 1);
}

void TestEmailSync::incrementalAndRepeatedSyncStoreEachMailOnce()
{
    const qint64 id = addAccount();
    QVERIFY(m_servers->deliver(plainMail(1)));
    QVERIFY(m_servers->deliver(plainMail(2)));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 2);
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 2);

    // Only the new mail is fetched after the cursor.
    QVERIFY(m_servers->deliver(plainMail(3)));
    std::unique_ptr<EmailConnector> email = connector();
    const FetchBatch batch = fetchOnce(*email, MessageStore(*m_workspace).cursor(id));
    QCOMPARE(batch.messages.size(), 1);
    QCOMPARE(batch.messages.constFirst().remoteId, QStringLiteral("<question-3@example.com>"));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 3);
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 3);

    // Nothing new: nothing fetched, nothing stored twice, the cursor kept.
    QCOMPARE(fetchOnce(*email, MessageStore(*m_workspace).cursor(id)).messages.size(), 0);
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 3);
    QCOMPARE(count(distinctMessages, id), 3);
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 3);
    // The whole folder again (as after a cursor lost before it was stored) stores nothing twice.
    const FetchBatch again = fetchOnce(*email, std::nullopt);
    QCOMPARE(again.messages.size(), 3);
    QVERIFY(MessageStore(*m_workspace).ingest(id, again.messages).ok);
    QCOMPARE(count(messages, id), 3);
}

void TestEmailSync::interruptedSyncLosesNothing()
{
    const qint64 id = addAccount();
    for (int i = 1; i <= 150; ++i)
        QVERIFY(m_servers->deliver(plainMail(i)));
    // Dovecot dies right after the first page (100 messages) arrived, before the second.
    std::unique_ptr<EmailConnector> email = connector();
    connect(email.get(), &ChannelConnector::fetched, this, [this] { m_servers->stopImap(); });
    const QString error = syncOnce(id, std::move(email));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    QCOMPARE(count(messages, id), 100);
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 100);

    QVERIFY2(m_servers->start(), qPrintable(m_servers->errorString()));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 150);
    QCOMPARE(count(distinctMessages, id), 150);
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 150);
}

void TestEmailSync::connectionDroppedMidFetchLosesNothing()
{
    const qint64 id = addAccount();
    for (int i = 1; i <= 150; ++i)
        QVERIFY(m_servers->deliver(plainMail(i)));
    // The connection breaks in the middle of the first page's messages (about 30 kB). Plain
    // IMAP (allowed to 127.0.0.1 only) so the relay sees the bytes it counts.
    DroppingProxy proxy(m_servers->imapPort(), 15000);
    QVERIFY(proxy.listen());
    EmailConnector::Settings plain = settings();
    plain.security = EmailConnector::Security::None;
    plain.imapPort = proxy.port();
    const QString error = syncOnce(id, connector(plain));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    QCOMPARE(proxy.dropped(), 1);
    // Nothing of the broken page is stored, and the cursor did not move.
    QCOMPARE(count(messages, id), 0);
    QVERIFY(!MessageStore(*m_workspace).cursor(id).has_value());

    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 150);
    QCOMPARE(count(distinctMessages, id), 150);
}

void TestEmailSync::newUidValidityRereadsWithoutDuplicates()
{
    const qint64 id = addAccount();
    QVERIFY(m_servers->deliver(fixture(QStringLiteral("01-alternative.eml"))));
    QVERIFY(m_servers->deliver(fixture(QStringLiteral("03-windows-1252.eml")))); // no Message-ID
    QVERIFY(m_servers->deliver(plainMail(1)));
    QCOMPARE(syncOnce(id), QString());
    QCOMPARE(count(messages, id), 3);
    const quint32 before = m_servers->uidValidity();
    QCOMPARE(quint32(cursor(id).value(QStringLiteral("uidValidity")).toDouble()), before);

    QVERIFY(m_servers->renewUidValidity());
    QVERIFY(m_servers->deliver(plainMail(2)));
    QCOMPARE(syncOnce(id), QString());
    QVERIFY(m_servers->uidValidity() != before);
    QCOMPARE(quint32(cursor(id).value(QStringLiteral("uidValidity")).toDouble()), m_servers->uidValidity());
    QCOMPARE(cursor(id).value(QStringLiteral("lastUid")).toInt(), 4);
    QCOMPARE(count(messages, id), 4);
    QCOMPARE(count(distinctMessages, id), 4);
}

void TestEmailSync::startTlsWorksToo()
{
    const qint64 id = addAccount();
    QVERIFY(m_servers->deliver(plainMail(1)));
    EmailConnector::Settings startTls = settings();
    startTls.security = EmailConnector::Security::StartTls;
    startTls.imapPort = m_servers->imapPort();
    startTls.smtpPort = m_servers->submissionPort();
    QCOMPARE(syncOnce(id, connector(startTls)), QString());
    QCOMPARE(count(messages, id), 1);

    std::unique_ptr<EmailConnector> email = connector(startTls);
    QSignalSpy sent(email.get(), &ChannelConnector::sent);
    DeliveryTarget target;
    target.authorHandle = QStringLiteral("customer1@example.com");
    target.subject = QStringLiteral("Question 1");
    target.replyToRemoteId = QStringLiteral("<question-1@example.com>");
    email->send(1, target, QStringLiteral("Answer."), true);
    QVERIFY(sent.wait(60000));
    QVERIFY2(sent.constFirst().at(1).value<SendResult>().ok,
        qPrintable(sent.constFirst().at(1).value<SendResult>().error.message));
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->sent().size(), 1, 30000);
}

void TestEmailSync::replyIsDeliveredWithThreadingHeaders()
{
    std::unique_ptr<EmailConnector> email = connector();
    QSignalSpy sent(email.get(), &ChannelConnector::sent);
    DeliveryTarget target;
    target.threadId = QStringLiteral("<order-42@kunde.example>");
    target.replyToRemoteId = QStringLiteral("<order-42-again@kunde.example>");
    target.authorRemoteId = QStringLiteral("soren@kunde.example");
    target.authorHandle = QStringLiteral("soren@kunde.example");
    target.subject = QStringLiteral("Re: Ordre 42 – hvor er den?");
    target.references = QStringList {QStringLiteral("<order-42@kunde.example>")};
    target.sendKey = QStringLiteral("hearth-0f1e2d3c-5");
    const QString text = QStringLiteral("Hej Søren,\nden er på vej – i morgen er den hos dig.\nMvh Hearth");
    email->send(5, target, text, true);
    QVERIFY(sent.wait(60000));
    QCOMPARE(sent.constFirst().at(0).toLongLong(), qint64(5));
    const SendResult result = sent.constFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.remoteId, QStringLiteral("<hearth-0f1e2d3c-5@example.org>"));

    QTRY_COMPARE_WITH_TIMEOUT(m_servers->sent().size(), 1, 30000);
    const QByteArray delivered = m_servers->sent().constFirst();
    const QString raw = QString::fromUtf8(delivered);
    QVERIFY2(raw.contains(QLatin1String("In-Reply-To: <order-42-again@kunde.example>")), qPrintable(raw));
    QVERIFY2(raw.contains(QRegularExpression(
                 QStringLiteral("References: <order-42@kunde.example>\\s+<order-42-again@kunde.example>"))),
        qPrintable(raw));
    QVERIFY2(raw.contains(QStringLiteral("Message-Id: ") + result.remoteId, Qt::CaseInsensitive), qPrintable(raw));
    QVERIFY2(raw.contains(QLatin1String("Content-Transfer-Encoding: quoted-printable")), qPrintable(raw));
    QVERIFY2(raw.contains(QLatin1String("charset=utf-8"), Qt::CaseInsensitive), qPrintable(raw));
    // Read back as any mail: the subject not doubled, the body exactly, from the account.
    IncomingMessage read;
    QString why;
    QVERIFY2(EmailReader::read(delivered, delivered.size(), MailServers::address, &read, &why), qPrintable(why));
    QCOMPARE(read.subject, QStringLiteral("Re: Ordre 42 – hvor er den?"));
    QCOMPARE(read.text, text);
    QCOMPARE(read.authorHandle, MailServers::address);
    QVERIFY(read.outbound);
    QCOMPARE(read.parentId, QStringLiteral("<order-42-again@kunde.example>"));
    QCOMPARE(read.threadId, QStringLiteral("<order-42@kunde.example>"));
    QVERIFY2(raw.contains(QLatin1String("To: soren@kunde.example")), qPrintable(raw));

    // A first answer gets "Re: "; an e-mail cannot be sent publicly.
    target.subject = QStringLiteral("Question");
    target.sendKey = QStringLiteral("hearth-0f1e2d3c-6");
    email->send(6, target, QStringLiteral("Yes."), true);
    QVERIFY(sent.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->sent().size(), 2, 30000);
    QVERIFY(EmailReader::read(m_servers->sent().at(1), 0, MailServers::address, &read, &why));
    QCOMPARE(read.subject, QStringLiteral("Re: Question"));
    // Tried again (the outbox never learnt how the first try ended): the recipient can tell
    // it is the same mail.
    email->send(6, target, QStringLiteral("Yes."), true);
    QVERIFY(sent.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_servers->sent().size(), 3, 30000);
    IncomingMessage again;
    QVERIFY(EmailReader::read(m_servers->sent().at(2), 0, MailServers::address, &again, &why));
    QCOMPARE(again.remoteId, QStringLiteral("<hearth-0f1e2d3c-6@example.org>"));
    QCOMPARE(again.remoteId, read.remoteId);
    email->send(7, target, QStringLiteral("In public?"), false);
    QVERIFY(sent.wait(10000));
    const SendResult refused = sent.constLast().at(1).value<SendResult>();
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, SyncError::Kind::Setup);
    QCOMPARE(m_servers->sent().size(), 3);
}

void TestEmailSync::deleteAndSpamAreSeenOnTheServer()
{
    QVERIFY(m_servers->deliver(fixture(QStringLiteral("01-alternative.eml"))));
    QVERIFY(m_servers->deliver(fixture(QStringLiteral("02-mixed-attachment.eml"))));
    QVERIFY(m_servers->deliver(fixture(QStringLiteral("03-windows-1252.eml"))));
    std::unique_ptr<EmailConnector> email = connector();
    const FetchBatch batch = fetchOnce(*email, std::nullopt);
    QCOMPARE(batch.messages.size(), 3);
    QCOMPARE(m_servers->messageIds(QStringLiteral("INBOX")),
        (QStringList {
            QString(), QStringLiteral("<order-42@kunde.example>"), QStringLiteral("<rechnung-maerz@firma.example>")}));
    QSignalSpy moderated(email.get(), &ChannelConnector::moderated);

    // Deleted, found by its id made from the headers (it has no Message-ID).
    DeliveryTarget target;
    target.replyToRemoteId = batch.messages.at(2).remoteId;
    email->moderate(1, QStringLiteral("delete"), target);
    QVERIFY(moderated.wait(60000));
    SendResult result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(m_servers->messageIds(QStringLiteral("INBOX")),
        (QStringList {QStringLiteral("<order-42@kunde.example>"), QStringLiteral("<rechnung-maerz@firma.example>")}));

    // Spam: moved into a Junk folder that did not exist yet.
    target.replyToRemoteId = QStringLiteral("<rechnung-maerz@firma.example>");
    email->moderate(2, QStringLiteral("spam"), target);
    QVERIFY(moderated.wait(60000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(
        m_servers->messageIds(QStringLiteral("INBOX")), (QStringList {QStringLiteral("<order-42@kunde.example>")}));
    QCOMPARE(m_servers->messageIds(QStringLiteral("Junk")),
        (QStringList {QStringLiteral("<rechnung-maerz@firma.example>")}));

    // Gone already: a clear error, nothing else touched. Hiding is refused.
    email->moderate(3, QStringLiteral("delete"), target);
    QVERIFY(moderated.wait(60000));
    result = moderated.takeFirst().at(1).value<SendResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(QLatin1String("no longer in INBOX")), qPrintable(result.error.message));
    email->moderate(4, QStringLiteral("hide"), target);
    QVERIFY(moderated.wait(10000));
    QVERIFY(!moderated.takeFirst().at(1).value<SendResult>().ok);
    QCOMPARE(
        m_servers->messageIds(QStringLiteral("INBOX")), (QStringList {QStringLiteral("<order-42@kunde.example>")}));
}

void TestEmailSync::wrongPasswordIsAnAuthError()
{
    const qint64 id = addAccount();
    QVERIFY(m_servers->deliver(plainMail(1)));
    AccountSync sync(*m_workspace, id, connector(wrongPassword));
    QSignalSpy changed(&sync, &AccountSync::stateChanged);
    sync.start();
    QVERIFY(changed.wait(60000));
    sync.stop();
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QVERIFY2(account->state.lastError.contains(QLatin1String("did not accept the user name or password")),
        qPrintable(account->state.lastError));
    // Waiting cannot fix a wrong password: no next sync until the account changes.
    QVERIFY(!account->state.nextSyncAt.has_value());
    QCOMPARE(count(messages, id), 0);
    // Tried once, not once per SASL mechanism: servers punish every failure.
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->imapLog().contains(QLatin1String("auth failed, 1 attempts")), 30000);
    QVERIFY2(
        !m_servers->imapLog().contains(QLatin1String("auth failed, 2 attempts")), qPrintable(m_servers->imapLog()));
}

void TestEmailSync::untrustedCertificateIsRefusedUntilTrusted()
{
    QVERIFY(m_servers->deliver(plainMail(1)));
    EmailConnector::Settings untrusted = settings();
    untrusted.trustedCertificate.clear();
    std::unique_ptr<EmailConnector> email = connector(untrusted);
    SyncError error;
    fetchOnce(*email, std::nullopt, &error);
    QCOMPARE(error.kind, SyncError::Kind::Setup);
    QVERIFY2(
        error.message.contains(QLatin1String("certificate of 127.0.0.1 is not trusted")), qPrintable(error.message));

    error = SyncError();
    email = connector(settings());
    QCOMPARE(fetchOnce(*email, std::nullopt, &error).messages.size(), 1);
    QCOMPARE(error.message, QString());
}

void TestEmailSync::serverDownIsANetworkError()
{
    EmailConnector::Settings down = settings();
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        down.imapPort = probe.serverPort();
    }
    std::unique_ptr<EmailConnector> email = connector(down);
    SyncError error;
    fetchOnce(*email, std::nullopt, &error);
    QCOMPARE(error.kind, SyncError::Kind::Network);
    QVERIFY2(error.message.contains(QLatin1String("127.0.0.1")), qPrintable(error.message));
    QVERIFY(error.isRetryable());
}

void TestEmailSync::hangingServerTimesOut()
{
    // Accepts connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] { accepted << silent.nextPendingConnection(); });
    EmailConnector::Settings hanging = settings();
    hanging.imapPort = silent.serverPort();
    hanging.timeoutMs = 1000;
    std::unique_ptr<EmailConnector> email = connector(hanging);
    SyncError error;
    fetchOnce(*email, std::nullopt, &error);
    QCOMPARE(error.kind, SyncError::Kind::Timeout);
    QVERIFY2(error.message.contains(QLatin1String("did not answer in time")), qPrintable(error.message));
    QCOMPARE(accepted.size(), 1);
}

void TestEmailSync::factoryMakesEmailConnectors()
{
    const qint64 id = addAccount();
    QVERIFY(m_servers->deliver(plainMail(1)));
    const std::optional<SyncAccount> account = AccountStore(*m_workspace).account(id);
    QString why;
    // No password in the keychain: a connector whose sync says so.
    std::unique_ptr<ChannelConnector> made = ConnectorFactory::create(*account, nullptr, &why);
    QVERIFY(made);
    QVERIFY(made->capabilities() & ChannelConnector::Capability::PrivateMessage);
    QVERIFY(!(made->capabilities() & ChannelConnector::Capability::PublicReply));
    QString error = syncrun::once(*m_workspace, id, std::move(made), 60000);
    QVERIFY2(error.contains(QLatin1String("no password")), qPrintable(error));

    // Unencrypted mail only to this computer.
    SyncAccount elsewhere = *account;
    elsewhere.settings.insert(QStringLiteral("security"), QStringLiteral("none"));
    elsewhere.settings.insert(QStringLiteral("imapHost"), QStringLiteral("mail.example.org"));
    made = ConnectorFactory::create(elsewhere, nullptr, &why, MailServers::password);
    error = syncrun::once(*m_workspace, id, std::move(made), 60000);
    QVERIFY2(error.contains(QLatin1String("unencrypted")), qPrintable(error));

    // With the password, from the account's settings as the account dialog writes them: a user
    // name and folder left empty mean the address and INBOX.
    SyncAccount asTyped = *account;
    asTyped.settings.insert(QStringLiteral("username"), QString());
    asTyped.settings.insert(QStringLiteral("folder"), QString());
    made = ConnectorFactory::create(asTyped, nullptr, &why, MailServers::password);
    QCOMPARE(syncrun::once(*m_workspace, id, std::move(made), 60000), QString());
    QCOMPARE(count(messages, id), 1);
}

QTEST_GUILESS_MAIN(TestEmailSync)
#include "tst_emailsync.moc"
