// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailconnector.h"

#include "emailreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMutex>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>

#include <vmime/net/imap/IMAPFolder.hpp>
#include <vmime/security/cert/defaultCertificateVerifier.hpp>
#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>
#include <vmime/vmime.hpp>
#ifdef _WIN32
#include <vmime/platforms/windows/windowsHandler.hpp>
#else
#include <vmime/platforms/posix/posixHandler.hpp>
#endif

#include <mutex>

namespace hearth {

namespace {

using Certificates = std::vector<std::shared_ptr<vmime::security::cert::X509Certificate>>;

std::string toStd(const QString &text)
{
    return text.toUtf8().toStdString();
}

void initializeVmime()
{
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef _WIN32
        vmime::platform::setHandler<vmime::platforms::windows::windowsHandler>();
#else
        vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
#endif
    });
}

// Mail workers still talking to a server when the program ends are waited for (each at most
// its timeout): GnuTLS and VMime are torn down at exit, under the feet of a worker still
// using them. A connector that goes earlier never waits (see ~EmailConnector).
struct RunningWorkers
{
    QMutex mutex;
    QWaitCondition allDone;
    int count = 0;
};

RunningWorkers &runningWorkers();

void waitForRunningWorkers()
{
    RunningWorkers &workers = runningWorkers();
    QMutexLocker locker(&workers.mutex);
    while (workers.count > 0)
        workers.allDone.wait(&workers.mutex);
}

RunningWorkers &runningWorkers()
{
    static RunningWorkers *workers = [] {
        qAddPostRoutine(waitForRunningWorkers);
        return new RunningWorkers;
    }();
    return *workers;
}

void workerStarts()
{
    RunningWorkers &workers = runningWorkers();
    QMutexLocker locker(&workers.mutex);
    ++workers.count;
}

void workerEnds()
{
    RunningWorkers &workers = runningWorkers();
    QMutexLocker locker(&workers.mutex);
    if (--workers.count == 0)
        workers.allDone.wakeAll();
}

// VMime asks this while it waits for the server: connecting, the greeting, every answer.
class Deadline : public vmime::net::timeoutHandler
{
public:
    explicit Deadline(int ms)
        : m_ms(ms)
    {
        m_timer.start();
    }
    bool isTimeOut() override { return m_timer.hasExpired(m_ms); }
    void resetTimeOut() override { m_timer.restart(); }
    bool handleTimeOut() override { return false; } // give up: VMime throws operation_timed_out

private:
    int m_ms;
    QElapsedTimer m_timer;
};

class DeadlineFactory : public vmime::net::timeoutHandlerFactory
{
public:
    explicit DeadlineFactory(int ms)
        : m_ms(ms)
    { }
    std::shared_ptr<vmime::net::timeoutHandler> create() override { return std::make_shared<Deadline>(m_ms); }

private:
    int m_ms;
};

std::shared_ptr<vmime::security::cert::X509Certificate> toVmime(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    return vmime::security::cert::X509Certificate::import(
        reinterpret_cast<const vmime::byte_t *>(der.constData()), size_t(der.size()));
}

// Tries the best SASL mechanism both sides know, and only it: VMime would otherwise try each
// one and then the plain LOGIN command, so a wrong password counts as several failures,
// which servers punish with growing delays (Dovecot: 14 s) and lockouts (fail2ban).
class OneMechanism : public vmime::security::sasl::defaultSASLAuthenticator
{
public:
    const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>> getAcceptableMechanisms(
        const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>> &available,
        std::shared_ptr<vmime::security::sasl::SASLMechanism> suggested) const override
    {
        auto mechanisms = defaultSASLAuthenticator::getAcceptableMechanisms(available, suggested);
        if (mechanisms.size() > 1)
            mechanisms.resize(1);
        return mechanisms;
    }
};

// Thrown inside an operation for what the settings get wrong; becomes a Setup error.
struct SetupFailure
{
    QString message;
};

// The system's CAs (as Qt finds them on every platform) plus the certificate the user trusts
// for a self-hosted server: as a CA it may have signed the server's certificate, or it is
// the server's own (self-signed) certificate.
std::shared_ptr<vmime::security::cert::defaultCertificateVerifier> verifier(const QString &trustedPath)
{
    Certificates roots;
    for (const QSslCertificate &certificate : QSslConfiguration::systemCaCertificates()) {
        if (const auto converted = toVmime(certificate))
            roots.push_back(converted);
    }
    Certificates trusted;
    if (!trustedPath.isEmpty()) {
        QFile file(trustedPath);
        const QList<QSslCertificate> certificates = file.open(QIODevice::ReadOnly)
            ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
            : QList<QSslCertificate>();
        for (const QSslCertificate &certificate : certificates) {
            if (const auto converted = toVmime(certificate))
                trusted.push_back(converted);
        }
        if (trusted.empty())
            throw SetupFailure {EmailConnector::tr("The trusted certificate %1 cannot be read.").arg(trustedPath)};
        roots.insert(roots.end(), trusted.begin(), trusted.end());
    }
    auto result = std::make_shared<vmime::security::cert::defaultCertificateVerifier>();
    result->setX509RootCAs(roots);
    result->setX509TrustedCerts(trusted);
    return result;
}

// A service (IMAP store or SMTP transport) set up to connect with the account's security,
// credentials and timeouts.
template<typename Service>
std::shared_ptr<Service> configured(
    std::shared_ptr<Service> service, const EmailConnector::Settings &settings, const QString &password)
{
    using Security = EmailConnector::Security;
    service->setProperty("connection.tls", settings.security == Security::StartTls);
    service->setProperty("connection.tls.required", settings.security == Security::StartTls);
    service->setProperty("auth.username", toStd(settings.username));
    service->setProperty("auth.password", toStd(password));
    service->setProperty("options.sasl.fallback", false);
    service->setTimeoutHandlerFactory(std::make_shared<DeadlineFactory>(settings.timeoutMs));
    if (settings.security != Security::None)
        service->setCertificateVerifier(verifier(settings.trustedCertificate));
    return service;
}

vmime::utility::url urlOf(const char *protocol, const EmailConnector::Settings &settings, const QString &host, int port)
{
    const std::string scheme = std::string(protocol) + (settings.security == EmailConnector::Security::Tls ? "s" : "");
    return vmime::utility::url(scheme, toStd(host), port);
}

std::shared_ptr<vmime::net::store> openStore(const EmailConnector::Settings &settings, const QString &password)
{
    initializeVmime();
    auto session = vmime::net::session::create();
    auto store = configured(session->getStore(urlOf("imap", settings, settings.imapHost, settings.imapPort),
                                std::make_shared<OneMechanism>()),
        settings, password);
    store->connect();
    return store;
}

std::shared_ptr<vmime::net::folder> openFolder(vmime::net::store &store, const QString &name, int mode)
{
    auto folder = store.getFolder(vmime::net::folder::path(vmime::word(toStd(name), vmime::charsets::UTF_8)));
    folder->open(mode);
    return folder;
}

// VMime (its issue 234): an open folder destroyed after a command failed (a connection lost,
// a timeout) stays registered with its store, which later writes to the freed folder and
// corrupts the heap. Disconnecting the store first detaches its folders; declared after the
// folder, this runs before the folder's destructor on every path.
struct DisconnectFirst
{
    std::shared_ptr<vmime::net::store> store;
    ~DisconnectFirst()
    {
        try {
            if (store->isConnected())
                store->disconnect();
        } catch (const std::exception &) {
            // The connection is gone already: nothing more to close.
        }
    }
};

QString withoutSecret(QString text, const QString &secret)
{
    return secret.isEmpty() ? text : text.replace(secret, QStringLiteral("***"));
}

// Runs `work`, turning what VMime throws into the SyncError it means for the user.
std::optional<SyncError> guarded(const QString &host, const QString &password, const std::function<void()> &work)
{
    using Kind = SyncError::Kind;
    // VMime says so by two exceptions: one from the protocol, one from SASL.
    const auto credentialsRefused = [&host] {
        return SyncError {Kind::Auth,
            EmailConnector::tr("%1 did not accept the user name or password. Check them in the account's settings.")
                .arg(host),
            std::nullopt};
    };
    try {
        work();
        return std::nullopt;
    } catch (const SetupFailure &failure) {
        return SyncError {Kind::Setup, failure.message, std::nullopt};
    } catch (const vmime::exceptions::authentication_error &) {
        return credentialsRefused();
    } catch (const vmime::exceptions::authentication_exception &) {
        return credentialsRefused();
    } catch (const vmime::security::cert::certificateException &) {
        return SyncError {Kind::Setup,
            EmailConnector::tr("The certificate of %1 is not trusted. If it is your own server, choose its "
                               "certificate as trusted in the account's settings.")
                .arg(host),
            std::nullopt};
    } catch (const vmime::exceptions::operation_timed_out &) {
        return SyncError {Kind::Timeout, EmailConnector::tr("%1 did not answer in time.").arg(host), std::nullopt};
    } catch (const vmime::exceptions::folder_not_found &) {
        return SyncError {Kind::Setup, EmailConnector::tr("The folder is not on %1.").arg(host), std::nullopt};
    } catch (const vmime::exceptions::socket_exception &error) {
        return SyncError {Kind::Network,
            EmailConnector::tr("The connection to %1 failed: %2")
                .arg(host, withoutSecret(QString::fromUtf8(error.what()), password)),
            std::nullopt};
    } catch (const vmime::exceptions::connection_greeting_error &) {
        return SyncError {
            Kind::Network, EmailConnector::tr("%1 did not greet as a mail server.").arg(host), std::nullopt};
    } catch (const vmime::exceptions::tls_exception &error) {
        return SyncError {Kind::Network,
            EmailConnector::tr("No secure connection to %1: %2")
                .arg(host, withoutSecret(QString::fromUtf8(error.what()), password)),
            std::nullopt};
    } catch (const std::exception &error) {
        return SyncError {Kind::Server,
            EmailConnector::tr("%1 answered with an error: %2")
                .arg(host, withoutSecret(QString::fromUtf8(error.what()), password)),
            std::nullopt};
    }
}

struct Cursor
{
    quint32 uidValidity = 0;
    quint64 lastUid = 0;
};

Cursor readCursor(const std::optional<QString> &cursor)
{
    const QJsonObject json = cursor ? QJsonDocument::fromJson(cursor->toUtf8()).object() : QJsonObject();
    return {quint32(json.value(QStringLiteral("uidValidity")).toDouble()),
        quint64(json.value(QStringLiteral("lastUid")).toDouble())};
}

QString writeCursor(const Cursor &cursor)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("uidValidity"), double(cursor.uidValidity)},
                                               {QStringLiteral("lastUid"), double(cursor.lastUid)}})
                                 .toJson(QJsonDocument::Compact));
}

struct FetchOutcome
{
    FetchBatch batch;
    std::optional<SyncError> error;
};

// One page of the messages after the cursor's UID, or the whole folder again when its
// UIDVALIDITY is not the cursor's.
FetchOutcome fetchPage(
    const EmailConnector::Settings &settings, const QString &password, const std::optional<QString> &cursorText)
{
    FetchOutcome outcome;
    outcome.error = guarded(settings.imapHost, password, [&] {
        std::shared_ptr<vmime::net::folder> folder; // destroyed after the store let go of it
        auto store = openStore(settings, password);
        const DisconnectFirst disconnect {store};
        folder = openFolder(*store, settings.folder, vmime::net::folder::MODE_READ_ONLY);
        const auto imapFolder = std::dynamic_pointer_cast<vmime::net::imap::IMAPFolder>(folder);
        Cursor cursor = readCursor(cursorText);
        if (cursor.uidValidity != imapFolder->getUIDValidity())
            cursor = {imapFolder->getUIDValidity(), 0};
        const quint64 after = cursor.lastUid;
        const std::vector<size_t> numbers = folder->getMessageNumbersStartingOnUID(std::to_string(after + 1));
        const size_t pageSize = std::min(numbers.size(), size_t(EmailConnector::pageLimit));
        if (pageSize > 0) {
            const std::vector<size_t> page(numbers.begin(), numbers.begin() + std::ptrdiff_t(pageSize));
            const auto messages = folder->getAndFetchMessages(vmime::net::messageSet::byNumber(page),
                vmime::net::fetchAttributes(vmime::net::fetchAttributes::UID | vmime::net::fetchAttributes::SIZE));
            for (const auto &message : messages) {
                const quint64 uid = QString::fromStdString(message->getUID()).toULongLong();
                // "n:*" always names the last message, even when its UID is below n.
                if (uid <= after)
                    continue;
                std::string raw;
                vmime::utility::outputStreamStringAdapter out(raw);
                message->extract(out, nullptr, 0, size_t(-1), true); // peek: leave \Seen as it is
                IncomingMessage incoming;
                QString why;
                if (EmailReader::read(QByteArray::fromStdString(raw), qint64(message->getSize()), settings.address,
                        &incoming, &why)) {
                    outcome.batch.messages << incoming;
                } else {
                    outcome.batch.problems
                        << QStringLiteral("UID %1 in %2 could not be read: %3").arg(uid).arg(settings.folder, why);
                }
                cursor.lastUid = std::max(cursor.lastUid, uid);
            }
        }
        outcome.batch.more = numbers.size() > pageSize;
        outcome.batch.cursor = writeCursor(cursor);
        folder->close(false);
        store->disconnect();
    });
    return outcome;
}

std::shared_ptr<vmime::message> reply(const EmailConnector::Settings &settings, const DeliveryTarget &target,
    const QString &text, const QString &messageId)
{
    vmime::messageBuilder builder;
    builder.setExpeditor(vmime::mailbox(toStd(settings.address)));
    builder.getRecipients().appendAddress(std::make_shared<vmime::mailbox>(toStd(target.authorHandle)));
    const QString subject = target.subject.startsWith(QLatin1String("Re:"), Qt::CaseInsensitive)
        ? target.subject
        : QStringLiteral("Re: ") + target.subject;
    builder.setSubject(*vmime::text::newFromString(toStd(subject), vmime::charsets::UTF_8));
    auto message = builder.construct();
    message->getBody()->setContents(std::make_shared<vmime::stringContentHandler>(toStd(text)),
        vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_PLAIN), vmime::charsets::UTF_8,
        vmime::encoding(vmime::encodingTypes::QUOTED_PRINTABLE));

    const auto header = message->getHeader();
    header->MessageId()->setValue(vmime::messageId(toStd(messageId.mid(1, messageId.size() - 2))));
    header->Date()->setValue(vmime::datetime::now());
    if (EmailReader::isMessageId(target.replyToRemoteId)) {
        auto inReplyTo = std::make_shared<vmime::messageIdSequence>();
        inReplyTo->appendMessageId(std::make_shared<vmime::messageId>(toStd(target.replyToRemoteId)));
        header->InReplyTo()->setValue(inReplyTo);
        auto references = std::make_shared<vmime::messageIdSequence>();
        QStringList chain = target.references;
        if (!chain.contains(target.replyToRemoteId))
            chain << target.replyToRemoteId;
        for (const QString &id : std::as_const(chain)) {
            if (EmailReader::isMessageId(id))
                references->appendMessageId(std::make_shared<vmime::messageId>(toStd(id)));
        }
        header->References()->setValue(references);
    }
    return message;
}

SendResult sendReply(const EmailConnector::Settings &settings, const QString &password, const DeliveryTarget &target,
    const QString &text)
{
    SendResult result;
    const QString domain = settings.address.section(QLatin1Char('@'), 1);
    // Every try of one reply has the same Message-ID: should a try the server took be sent
    // again, the recipient's mail program can tell it is the same message.
    const QString local =
        target.sendKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : target.sendKey;
    const QString messageId = QStringLiteral("<%1@%2>").arg(local, domain);
    const std::optional<SyncError> error = guarded(settings.smtpHost, password, [&] {
        initializeVmime();
        auto session = vmime::net::session::create();
        auto transport = configured(session->getTransport(urlOf("smtp", settings, settings.smtpHost, settings.smtpPort),
                                        std::make_shared<OneMechanism>()),
            settings, password);
        transport->setProperty("options.need-authentication", true);
        transport->connect();
        transport->send(reply(settings, target, text, messageId));
        // The server has the mail now: a failed goodbye must not make it look unsent.
        try {
            transport->disconnect();
        } catch (const std::exception &) {
        }
    });
    result.ok = !error;
    if (error)
        result.error = *error;
    else
        result.remoteId = messageId;
    return result;
}

// The UID of the message with this remoteId in the open folder, 0 if it is not there.
// VMime has no SEARCH, so the folder's headers are read.
quint64 uidOf(vmime::net::folder &folder, const QString &remoteId)
{
    const size_t count = folder.getMessageCount();
    if (count == 0)
        return 0;
    const auto messages = folder.getAndFetchMessages(vmime::net::messageSet::byNumber(1, count),
        vmime::net::fetchAttributes(vmime::net::fetchAttributes::UID | vmime::net::fetchAttributes::SIZE
            | vmime::net::fetchAttributes::FULL_HEADER));
    for (const auto &message : messages) {
        const QByteArray headers = QByteArray::fromStdString(message->getHeader()->generate());
        if (EmailReader::remoteId(headers, qint64(message->getSize())) == remoteId)
            return QString::fromStdString(message->getUID()).toULongLong();
    }
    return 0;
}

SendResult moderateMessage(
    const EmailConnector::Settings &settings, const QString &password, const QString &action, const QString &remoteId)
{
    SendResult result;
    const std::optional<SyncError> error = guarded(settings.imapHost, password, [&] {
        std::shared_ptr<vmime::net::folder> folder; // destroyed after the store let go of it
        auto store = openStore(settings, password);
        const DisconnectFirst disconnect {store};
        folder = openFolder(*store, settings.folder, vmime::net::folder::MODE_READ_WRITE);
        const quint64 uid = uidOf(*folder, remoteId);
        if (uid == 0)
            throw SetupFailure {
                EmailConnector::tr("The e-mail is no longer in %1 on %2.").arg(settings.folder, settings.imapHost)};
        const auto message = vmime::net::messageSet::byUID(std::to_string(uid));
        if (action == QLatin1String("spam")) {
            auto junk = store->getFolder(vmime::net::folder::path(vmime::word("Junk", vmime::charsets::UTF_8)));
            if (!junk->exists()) {
                vmime::net::folderAttributes attributes;
                attributes.setType(vmime::net::folderAttributes::TYPE_CONTAINS_MESSAGES);
                junk->create(attributes);
            }
            folder->copyMessages(junk->getFullPath(), message);
        }
        // Flags it \Deleted; the expunge removes it (and whatever else another client flagged).
        folder->deleteMessages(message);
        folder->expunge();
        folder->close(false);
        store->disconnect();
    });
    result.ok = !error;
    if (error)
        result.error = *error;
    else
        result.remoteId = remoteId;
    return result;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

EmailConnector::EmailConnector(const Settings &settings, const QString &password, QObject *parent)
    : ChannelConnector(parent)
    , m_settings(settings)
    , m_password(password)
{ }

EmailConnector::~EmailConnector()
{
    // Never blocks the sync thread: a worker still talking to a server (at most its timeout)
    // works only on copies, so it finishes on its own and its result goes nowhere.
    for (QThread *worker : std::as_const(m_workers)) {
        if (worker->isFinished())
            delete worker;
        else
            connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    }
}

EmailConnector::Settings EmailConnector::settingsFrom(const QString &address, const QJsonObject &json)
{
    Settings settings;
    settings.address = address;
    // Text the way it was typed, also where a command line stored it as a number.
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toVariant().toString(); };
    settings.imapHost = text("imapHost");
    settings.smtpHost = text("smtpHost");
    const QString security = text("security");
    settings.security = security == QLatin1String("starttls") ? Security::StartTls
        : security == QLatin1String("none")                   ? Security::None
                                                              : Security::Tls;
    const bool tls = settings.security == Security::Tls;
    settings.imapPort = json.value(QStringLiteral("imapPort")).toInt(tls ? 993 : 143);
    settings.smtpPort = json.value(QStringLiteral("smtpPort")).toInt(tls ? 465 : 587);
    // The account dialog saves fields left empty as empty strings: they mean the default.
    const QString username = text("username");
    settings.username = username.isEmpty() ? address : username;
    const QString folder = text("folder");
    settings.folder = folder.isEmpty() ? QStringLiteral("INBOX") : folder;
    settings.trustedCertificate = text("trustedCertificate");
    return settings;
}

ChannelConnector::Capabilities EmailConnector::capabilities() const
{
    return Capability::Fetch | Capability::PrivateMessage | Capability::Delete;
}

QString EmailConnector::setupProblem() const
{
    if (!m_settings.address.contains(QLatin1Char('@')))
        return tr("The account has no e-mail address.");
    if (m_settings.imapHost.isEmpty() || m_settings.smtpHost.isEmpty())
        return tr("The account has no IMAP or SMTP server.");
    if (m_password.isEmpty())
        return tr("There is no password for %1 in the keychain.").arg(m_settings.address);
    if (m_settings.security == Security::None && !(isLoopback(m_settings.imapHost) && isLoopback(m_settings.smtpHost)))
        return tr("Mail goes unencrypted only to this computer (127.0.0.1 or ::1). Choose TLS or STARTTLS.");
    return QString();
}

template<typename Result>
void EmailConnector::run(std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    workerStarts();
    QThread *worker = QThread::create([work, result] {
        *result = work();
        workerEnds();
    });
    m_workers.insert(worker);
    connect(worker, &QThread::finished, this, [this, worker, result, done] {
        m_workers.remove(worker);
        worker->deleteLater();
        done(*result);
    });
    worker->start();
}

void EmailConnector::fetch(const std::optional<QString> &cursor)
{
    const QString problem = setupProblem();
    if (!problem.isEmpty()) {
        refuseFetch(SyncError::Kind::Setup, problem);
        return;
    }
    const Settings settings = m_settings;
    const QString password = m_password;
    run<FetchOutcome>([settings, password, cursor] { return fetchPage(settings, password, cursor); },
        [this](const FetchOutcome &outcome) {
            if (outcome.error)
                emit failed(*outcome.error);
            else
                emit fetched(outcome.batch);
        });
}

void EmailConnector::send(qint64 token, const DeliveryTarget &target, const QString &text, bool privately)
{
    QString problem = setupProblem();
    if (problem.isEmpty() && !privately)
        problem = tr("An e-mail reply reaches only its recipients: it cannot be sent publicly.");
    if (problem.isEmpty() && !target.authorHandle.contains(QLatin1Char('@')))
        problem = tr("The reply has no recipient address.");
    if (!problem.isEmpty()) {
        refuseSend(token, problem);
        return;
    }
    const Settings settings = m_settings;
    const QString password = m_password;
    run<SendResult>([settings, password, target, text] { return sendReply(settings, password, target, text); },
        [this, token](const SendResult &result) { emit sent(token, result); });
}

void EmailConnector::moderate(qint64 token, const QString &action, const DeliveryTarget &target)
{
    QString problem = setupProblem();
    if (problem.isEmpty() && action != QLatin1String("delete") && action != QLatin1String("spam"))
        problem = tr("An e-mail can be deleted or moved to the Junk folder, nothing else.");
    if (!problem.isEmpty()) {
        refuseModeration(token, problem);
        return;
    }
    const Settings settings = m_settings;
    const QString password = m_password;
    const QString remoteId = target.replyToRemoteId;
    run<SendResult>(
        [settings, password, action, remoteId] { return moderateMessage(settings, password, action, remoteId); },
        [this, token](const SendResult &result) { emit moderated(token, result); });
}

} // namespace hearth
