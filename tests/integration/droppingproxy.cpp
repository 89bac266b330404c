// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "droppingproxy.h"

#include <QTcpSocket>

#include <memory>

DroppingProxy::DroppingProxy(quint16 targetPort, qint64 dropAfterBytes, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_dropAfterBytes(dropAfterBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::relay);
}

void DroppingProxy::relay()
{
    QTcpSocket *client = m_server.nextPendingConnection();
    auto *server = new QTcpSocket(client);
    auto relayed = std::make_shared<qint64>(0);
    connect(client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
    connect(server, &QTcpSocket::readyRead, client, [this, client, server, relayed] {
        const QByteArray data = server->readAll();
        const qint64 room = m_dropAfterBytes - *relayed;
        client->write(data.left(int(std::max<qint64>(room, 0))));
        *relayed += data.size();
        if (*relayed >= m_dropAfterBytes) {
            ++m_dropped;
            server->abort();
            client->flush();
            client->abort();
            client->deleteLater();
        }
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    server->connectToHost(QHostAddress::LocalHost, m_targetPort);
}
