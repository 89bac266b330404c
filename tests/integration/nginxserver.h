// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// A real nginx on 127.0.0.1 for the integration tests, started and stopped by the test:
// it serves the files of wwwDir() (with ETag, Last-Modified and 304 as nginx does) plus
// the extra `location` blocks a test gives, and logs every request to accessLog().
class NginxServer
{
public:
    explicit NginxServer(const QString &extraLocations = QString());
    ~NginxServer();

    bool start();
    QString errorString() const { return m_error; }
    QString wwwDir() const { return m_dir.path() + QStringLiteral("/www"); }
    QUrl url(const QString &path) const;
    // The status codes nginx logged, in order, for requests of this path; every request
    // answered before the call is in it.
    QList<int> statusesFor(const QString &path) const;
    // Writes a file to serve; its modification time moves on so Last-Modified changes.
    bool serve(const QString &name, const QByteArray &content);

private:
    QList<QByteArray> accessLog() const;
    void awaitEarlierRequestsLogged() const;

    QTemporaryDir m_dir;
    QString m_extra;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
