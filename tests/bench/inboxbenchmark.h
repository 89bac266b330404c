// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "percentiles.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hearth::bench {

// The inbox as someone opening it sees it, through the list's own InboxModel on a newly
// opened connection: the time until the first screenful of All open can be drawn (the
// count, the first keyset page, the last row for estimating jumps, the page's tags and the
// names of people and departments), then the time of a scroll-bar jump to the middle and
// to other places (one keyset page each), and the process's memory meanwhile.
class InboxBenchmark
{
public:
    static constexpr int runs = 5; // fresh connections, fresh models
    static constexpr int jumps = 20; // per model: the middle, then seeded positions
    static constexpr int rowsOnScreen = 30; // what one screenful reads

    InboxBenchmark(const QString &path, quint32 seed);

    // accountId: the account of the per-tab scenario.
    bool run(qint64 accountId);

    const Percentiles &firstRows() const { return m_firstRows; }
    const Percentiles &middleJumps() const { return m_middleJumps; }
    int rowsInView() const { return m_rowsInView; }
    QJsonObject toJson() const { return m_json; }

private:
    bool runScenario(const QString &name, std::optional<qint64> accountId);

    QString m_path;
    quint32 m_seed;
    Percentiles m_firstRows; // of the unified All open
    Percentiles m_middleJumps;
    int m_rowsInView = 0;
    QJsonObject m_json;
};

} // namespace hearth::bench
