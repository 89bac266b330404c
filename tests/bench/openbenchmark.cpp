// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openbenchmark.h"

#include "benchlog.h"
#include "workspace.h"

#include <QElapsedTimer>

namespace hearth::bench {

OpenBenchmark::OpenBenchmark(const QString &path)
    : m_path(path)
{
}

bool OpenBenchmark::run(int runs)
{
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        Workspace workspace;
        timer.start();
        const bool ok = workspace.open(m_path, Workspace::OpenMode::ExistingOnly);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!ok) {
            BenchLog::warning(QStringLiteral("opening the workspace failed: ") + workspace.errorString());
            return false;
        }
        m_latencies.add(elapsed);
        workspace.close();
    }
    return true;
}

} // namespace hearth::bench
