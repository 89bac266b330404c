// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsync.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <memory>

// What the sync integration tests share: one sync of an account to its end, and a count
// read from the workspace for an account.
namespace syncrun {

// Runs one sync to its last page; returns its error, empty when it worked.
inline QString once(const hearth::Workspace &workspace, qint64 accountId,
    std::unique_ptr<hearth::ChannelConnector> connector, int timeoutMs)
{
    hearth::AccountSync sync(workspace, accountId, std::move(connector));
    QSignalSpy finished(&sync, &hearth::AccountSync::finished);
    sync.runOnce();
    if (!finished.wait(timeoutMs))
        return QStringLiteral("the sync did not finish");
    return finished.constFirst().at(1).toBool() ? QString() : finished.constFirst().at(2).toString();
}

// The single number `statement` selects for the account bound to its one placeholder; -1 on error.
inline int count(const hearth::Workspace &workspace, const QString &statement, qint64 accountId)
{
    QSqlQuery query(workspace.database());
    query.prepare(statement);
    query.addBindValue(accountId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace syncrun
