// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"
#include "syncerror.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace hearth {

// One page of what a connector fetched, stored in one transaction together with `cursor`.
struct FetchBatch
{
    QList<IncomingMessage> messages;
    QString cursor;       // where the next fetch starts; stored with these messages
    bool more = false;    // another page is waiting: fetch again at once
    QStringList problems; // items that could not be read and were skipped, one line each
};

// The fetching side of one channel account. A connector makes requests and reads replies;
// it never writes to the workspace: the AccountSync that owns it stores what it fetched,
// with its cursor, in one transaction. Every call ends in exactly one signal.
class ChannelConnector : public QObject
{
    Q_OBJECT

public:
    enum class Capability {
        Fetch = 0x1,
        PublicReply = 0x2,
        PrivateMessage = 0x4,
        Hide = 0x8,
        Delete = 0x10,
        Block = 0x20,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;

    virtual Capabilities capabilities() const = 0;
    // How long to wait between fetches when nothing more is waiting.
    virtual qint64 pollIntervalMs() const = 0;
    // Fetches what came after `cursor` (nullopt: the first sync). Ends in fetched or failed.
    virtual void fetch(const std::optional<QString> &cursor) = 0;

signals:
    void fetched(const hearth::FetchBatch &batch);
    void failed(const hearth::SyncError &error);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChannelConnector::Capabilities)

} // namespace hearth
