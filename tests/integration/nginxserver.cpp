// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxserver.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString nginxBinary()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("nginx"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/opt/homebrew/bin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nginx")) : found;
}

} // namespace

NginxServer::NginxServer(const QString &extraLocations)
    : m_extra(extraLocations)
{
}

NginxServer::~NginxServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool NginxServer::start()
{
    const QString binary = nginxBinary();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("nginx is not installed (./dev installs it)");
        return false;
    }
    const QString dir = m_dir.path();
    QDir().mkpath(wwwDir());
    QDir().mkpath(dir + QStringLiteral("/tmp"));
    m_port = freeLoopbackPort();
    const QString config = QStringLiteral(
        "daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log warn;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        "  access_log %1/access.log;\n"
        "  client_body_temp_path %1/tmp; proxy_temp_path %1/tmp; fastcgi_temp_path %1/tmp;\n"
        "  uwsgi_temp_path %1/tmp; scgi_temp_path %1/tmp;\n"
        "  types { application/rss+xml xml; text/html html; }\n"
        "  server {\n"
        "    listen 127.0.0.1:%2;\n"
        "    root %1/www;\n"
        "%3\n"
        "  }\n"
        "}\n")
                               .arg(dir)
                               .arg(m_port)
                               .arg(m_extra);
    QFile file(dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = file.errorString();
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary, {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName()});
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    QFile log(dir + QStringLiteral("/error.log"));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(log.readAll());
    return false;
}

QUrl NginxServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path));
}

QList<int> NginxServer::statusesFor(const QString &path) const
{
    awaitEarlierRequestsLogged();
    QList<int> statuses;
    const QByteArray request = " /" + path.toUtf8() + ' ';
    for (const QByteArray &line : accessLog()) {
        if (!line.contains(request))
            continue;
        // 127.0.0.1 - - [date] "GET /feed.xml HTTP/1.1" 304 0 "-" "Hearth/0.1.0"
        const int afterRequest = line.indexOf("\" ", line.indexOf('"') + 1);
        statuses << line.mid(afterRequest + 2, 3).toInt();
    }
    return statuses;
}

QList<QByteArray> NginxServer::accessLog() const
{
    QFile log(m_dir.path() + QStringLiteral("/access.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return log.readAll().split('\n');
}

void NginxServer::awaitEarlierRequestsLogged() const
{
    // nginx writes a request's log line just after sending its response, so a client can
    // read the answer before the line exists. Its one worker handles requests in turn: once
    // the line of a request made now is written, every earlier line is too.
    static int barriers = 0;
    const QByteArray path = "/log-barrier-" + QByteArray::number(++barriers);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return;
    socket.write("GET " + path + " HTTP/1.0\r\n\r\n");
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        socket.readAll();
    const QByteArray logged = ' ' + path + ' ';
    for (int attempt = 0; attempt < 500; ++attempt) {
        const QList<QByteArray> lines = accessLog();
        if (std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.contains(logged); }))
            return;
        QThread::msleep(10);
    }
}

bool NginxServer::serve(const QString &name, const QByteArray &content)
{
    QFile file(wwwDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    // nginx's ETag and Last-Modified come from size and mtime: make every version distinct.
    static qint64 clock = QDateTime::currentSecsSinceEpoch() - 100000;
    clock += 10;
    QFile touched(file.fileName());
    return touched.open(QIODevice::ReadWrite)
        && touched.setFileTime(QDateTime::fromSecsSinceEpoch(clock), QFileDevice::FileModificationTime);
}
