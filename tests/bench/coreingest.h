// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingeststats.h"

#include <QList>
#include <QPair>
#include <QString>

namespace hearth::bench {

class BenchCorpus;

// The path under test: a fresh workspace, filled batch by batch through MessageStore::ingest
// exactly as a connector's sync round would (one transaction and one cursor per batch).
class CoreIngest
{
public:
    explicit CoreIngest(const QString &path);

    IngestStats run(BenchCorpus &corpus);

    // The accounts' ids, in BenchCorpus::accounts() order, once run() has created them.
    QList<qint64> accountIds() const { return m_accountIds; }

    // The settings of Workspace's connection (name, value), in the order to apply them, so
    // the raw baseline runs with the same cache, journal and checkpoint settings whatever
    // Workspace sets today.
    QList<QPair<QString, QString>> connectionPragmas() const { return m_pragmas; }

private:
    QString m_path;
    QList<qint64> m_accountIds;
    QList<QPair<QString, QString>> m_pragmas;
};

} // namespace hearth::bench
