// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

// A TCP relay on 127.0.0.1 to a server on loopback that drops the connection (both sides)
// once the server has sent `dropAfterBytes` through it: a connection lost in the middle of
// an answer, at a point the test chooses.
class DroppingProxy : public QObject
{
    Q_OBJECT

public:
    DroppingProxy(quint16 targetPort, qint64 dropAfterBytes, QObject *parent = nullptr);

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int dropped() const { return m_dropped; }

private:
    void relay();

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_dropAfterBytes;
    int m_dropped = 0;
};
