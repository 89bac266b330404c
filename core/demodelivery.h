// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagedelivery.h"

#include <QCoreApplication>

namespace hearth {

class Workspace;

// Delivery until the channel connectors exist: replies in the demo's accounts are "sent"
// on the spot without any network; replies in real accounts fail with a clear word that
// their channel is not connected yet, and stay in the outbox.
class DemoDelivery : public MessageDelivery
{
    Q_DECLARE_TR_FUNCTIONS(DemoDelivery)

public:
    explicit DemoDelivery(const Workspace &workspace);

    DeliveryResult deliver(const OutboxItem &item) override;

private:
    const Workspace &m_workspace;
};

} // namespace hearth
