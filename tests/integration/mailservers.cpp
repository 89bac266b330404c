// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>

#include <unistd.h>

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString executable(const QString &name, const QStringList &dirs)
{
    const QString found = QStandardPaths::findExecutable(name, dirs);
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Directories every user may write: Dovecot's mail processes run as `nobody` when the tests
// run as root (Dovecot refuses to read mail as root), and the test writes into them too.
bool makeSharedDir(const QString &path)
{
    return QDir().mkpath(path)
        && QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                | QFileDevice::ExeOther);
}

bool makeMaildir(const QString &path)
{
    return makeSharedDir(path) && makeSharedDir(path + QStringLiteral("/cur"))
        && makeSharedDir(path + QStringLiteral("/new")) && makeSharedDir(path + QStringLiteral("/tmp"));
}

QStringList maildirFiles(const QString &path)
{
    QStringList files;
    for (const QString &sub : {QStringLiteral("/cur"), QStringLiteral("/new")}) {
        const QDir dir(path + sub);
        for (const QString &name : dir.entryList(QDir::Files))
            files << dir.filePath(name);
    }
    return files;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
    process.waitForFinished(5000);
}

} // namespace

MailServers::MailServers()
{
    m_imapPort = freeLoopbackPort();
    m_imapsPort = freeLoopbackPort();
    m_submissionPort = freeLoopbackPort();
    m_submissionsPort = freeLoopbackPort();
    m_sinkPort = freeLoopbackPort();
}

MailServers::~MailServers()
{
    stop(m_dovecot);
    stop(m_sink);
}

QString MailServers::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString MailServers::maildir(const QString &folder) const
{
    const QString root = m_dir.filePath(QStringLiteral("mail"));
    return folder == QLatin1String("INBOX") ? root : root + QStringLiteral("/.") + folder;
}

bool MailServers::start()
{
    if (m_dovecot.state() == QProcess::NotRunning && m_sink.state() == QProcess::NotRunning && !writeConfig())
        return false;
    if (m_sink.state() == QProcess::NotRunning) {
        // Debian's aiosmtpd is for the system's Python, which may not be the first on PATH.
        const QString python = executable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        m_sink.setStandardOutputFile(m_dir.filePath(QStringLiteral("sink.log")));
        m_sink.setStandardErrorFile(m_dir.filePath(QStringLiteral("sink.log")));
        m_sink.start(python,
            {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                QStringLiteral("127.0.0.1:%1").arg(m_sinkPort), QStringLiteral("-c"),
                QStringLiteral("aiosmtpd.handlers.Mailbox"), m_dir.filePath(QStringLiteral("sent"))});
        if (!waitForPort(m_sinkPort, m_sink, {QStringLiteral("sink.log")}))
            return false;
    }
    const QString dovecot = executable(QStringLiteral("dovecot"), {QStringLiteral("/usr/sbin")});
    if (dovecot.isEmpty()) {
        m_error = QStringLiteral("dovecot is not installed (./dev installs it)");
        return false;
    }
    // Into a file, not the test's own output: a server outliving a killed test must not hold
    // ctest's pipe open.
    m_dovecot.setStandardOutputFile(m_dir.filePath(QStringLiteral("dovecot.out")));
    m_dovecot.setStandardErrorFile(m_dir.filePath(QStringLiteral("dovecot.out")));
    m_dovecot.start(
        dovecot, {QStringLiteral("-F"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("dovecot.conf"))});
    const QStringList logs {QStringLiteral("dovecot.out"), QStringLiteral("dovecot.log")};
    return waitForPort(m_imapPort, m_dovecot, logs) && waitForPort(m_imapsPort, m_dovecot, logs)
        && waitForPort(m_submissionsPort, m_dovecot, logs);
}

void MailServers::stopImap()
{
    stop(m_dovecot);
}

bool MailServers::writeConfig()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString dir = m_dir.path();
    if (!QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ExeOther | QFileDevice::ReadOther)
        || !makeMaildir(maildir(QStringLiteral("INBOX"))) || !makeMaildir(dir + QStringLiteral("/sent"))) {
        m_error = QStringLiteral("cannot make the maildirs");
        return false;
    }
    // A self-signed certificate for 127.0.0.1 (EC: made in an instant).
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(executable(QStringLiteral("openssl"), {QStringLiteral("/usr/bin")}),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            certificatePath(), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl req failed: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }
    // Dovecot refuses to read mail as root: as root its mail processes run as nobody; as
    // anyone else, everything runs as that user.
    const bool root = ::geteuid() == 0;
    const QString mailUser = root ? QStringLiteral("uid=65534 gid=65534")
                                  : QStringLiteral("uid=%1 gid=%2").arg(::geteuid()).arg(::getegid());
    const QString unprivileged = root ? QString()
                                      : QStringLiteral("default_login_user = %1\ndefault_internal_user = %1\n")
                                            .arg(QString::fromLocal8Bit(qgetenv("USER")));
    const QString config =
        QStringLiteral("base_dir = %1/run\nstate_dir = %1/state\nlog_path = %1/dovecot.log\n"
                       "protocols = imap submission\nlisten = 127.0.0.1\nhostname = localhost\n%2"
                       "ssl = yes\nssl_cert = <%1/cert.pem\nssl_key = <%1/key.pem\n"
                       "disable_plaintext_auth = no\nauth_mechanisms = plain login\n"
                       "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/passwd\n}\n"
                       "userdb {\n  driver = passwd-file\n  args = username_format=%u %1/passwd\n"
                       "  default_fields = %3 home=%1/home mail=maildir:%1/mail:INDEX=MEMORY\n}\n"
                       "submission_relay_host = 127.0.0.1\nsubmission_relay_port = %4\n"
                       "service imap-login {\n  inet_listener imap {\n    port = %5\n  }\n"
                       "  inet_listener imaps {\n    port = %6\n    ssl = yes\n  }\n}\n"
                       "service submission-login {\n  inet_listener submission {\n    port = %7\n  }\n"
                       "  inet_listener submissions {\n    port = %8\n    ssl = yes\n  }\n}\n")
            .arg(dir, unprivileged, mailUser)
            .arg(m_sinkPort)
            .arg(m_imapPort)
            .arg(m_imapsPort)
            .arg(m_submissionPort)
            .arg(m_submissionsPort);
    if (!writeFile(m_dir.filePath(QStringLiteral("dovecot.conf")), config.toUtf8())
        || !writeFile(m_dir.filePath(QStringLiteral("passwd")),
            QStringLiteral("%1:{PLAIN}%2::::::\n").arg(address, password).toUtf8())) {
        m_error = QStringLiteral("cannot write the configuration");
        return false;
    }
    return true;
}

bool MailServers::waitForPort(quint16 port, const QProcess &process, const QStringList &logFiles)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        if (process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_error = process.program() + QStringLiteral(" did not start:");
    for (const QString &name : logFiles) {
        QFile log(m_dir.filePath(name));
        if (log.open(QIODevice::ReadOnly))
            m_error += QLatin1Char('\n') + QString::fromUtf8(log.readAll());
    }
    return false;
}

bool MailServers::deliver(const QByteArray &message)
{
    // Maildir names sort in delivery order, so Dovecot numbers the messages in that order.
    ++m_delivered;
    const QString name = QStringLiteral("%1.M%2P1.hearth-test").arg(1700000000 + m_delivered).arg(m_delivered);
    const QString inbox = maildir(QStringLiteral("INBOX"));
    const QString temporary = inbox + QStringLiteral("/tmp/") + name;
    return writeFile(temporary, message) && QFile::rename(temporary, inbox + QStringLiteral("/new/") + name);
}

QStringList MailServers::messageIds(const QString &folder) const
{
    static const QRegularExpression header(QStringLiteral("^Message-ID:\\s*(<[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QStringList ids;
    for (const QString &path : maildirFiles(maildir(folder))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString headers = QString::fromUtf8(file.readAll().split('\n').mid(0, 200).join('\n'));
        ids << header.match(headers).captured(1); // empty for a message without one
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<QByteArray> MailServers::sent() const
{
    QStringList files = maildirFiles(m_dir.filePath(QStringLiteral("sent")));
    // aiosmtpd numbers the messages it files: "<time>.M<usec>P<pid>Q<number>.<host>".
    static const QRegularExpression number(QStringLiteral("Q(\\d+)\\."));
    const auto order = [](const QString &path) { return number.match(QFileInfo(path).fileName()).captured(1).toInt(); };
    std::sort(files.begin(), files.end(), [&](const QString &a, const QString &b) { return order(a) < order(b); });
    QList<QByteArray> messages;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            messages << file.readAll();
    }
    return messages;
}

QString MailServers::imapLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("dovecot.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

quint32 MailServers::uidValidity() const
{
    // The first line of dovecot-uidlist: "3 V<uidvalidity> N<next uid> G<guid>".
    QFile list(maildir(QStringLiteral("INBOX")) + QStringLiteral("/dovecot-uidlist"));
    if (!list.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = list.readLine().split(' ');
    return fields.size() > 1 && fields.at(1).startsWith('V') ? fields.at(1).mid(1).toUInt() : 0;
}

bool MailServers::renewUidValidity()
{
    // Without its UID list (the indexes live in memory only) Dovecot numbers the folder anew
    // under the next UIDVALIDITY it keeps in dovecot-uidvalidity. A session still closing
    // would write the list back from its memory, old UIDVALIDITY and all: wait for it to end.
    return waitForImapSessionsToEnd()
        && QFile::remove(maildir(QStringLiteral("INBOX")) + QStringLiteral("/dovecot-uidlist"));
}

bool MailServers::waitForImapSessionsToEnd() const
{
    // A client may hang up before Dovecot has finished its LOGOUT. Each session is an "imap"
    // process of the Dovecot master (Linux's /proc names them; the servers are Debian's).
    const QByteArray master = QByteArray::number(m_dovecot.processId());
    const auto sessionRuns = [&master] {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
        return std::any_of(pids.cbegin(), pids.cend(), [&master](const QString &pid) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            // "<pid> (<name>) <state> <parent pid> ..."
            const QByteArray line = stat.readAll();
            const QList<QByteArray> after = line.mid(line.lastIndexOf(')') + 2).split(' ');
            return line.contains(" (imap) ") && after.size() > 1 && after.at(1) == master;
        });
    };
    for (int attempt = 0; attempt < 1000; ++attempt) {
        if (!sessionRuns())
            return true;
        QThread::msleep(10);
    }
    return false;
}
