// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontest.h"

#include "accountstore.h"
#include "connectorfactory.h"

namespace hearth {

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::run(const SyncAccount &account, const QString &secret)
{
    QString why;
    m_connector = ConnectorFactory::create(account, m_network, &why, secret);
    if (!m_connector) {
        // Reported after run() returns, like every other outcome.
        QMetaObject::invokeMethod(this, [this, why] { finish(false, why); }, Qt::QueuedConnection);
        return;
    }
    connect(m_connector.get(), &ChannelConnector::fetched, this, [this](const FetchBatch &batch) {
        finish(true, tr("The connection works: %n message(s) are waiting.", nullptr, int(batch.messages.size())));
    });
    connect(m_connector.get(), &ChannelConnector::failed, this,
        [this](const SyncError &error) { finish(false, error.message); });
    m_connector->fetch(std::nullopt);
}

void ConnectionTest::finish(bool ok, const QString &message)
{
    // The connector may still be inside its own signal: it goes once that returned.
    if (m_connector)
        m_connector.release()->deleteLater();
    emit finished(ok, message);
}

} // namespace hearth
