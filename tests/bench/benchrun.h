// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hearth::bench {

// One benchmark run, phase after phase in one process: core ingest, raw ingest, search,
// inbox pages, workspace open. Phases run one at a time so none competes with another for
// the two cores or the disk, and memory is measured per phase.
class BenchRun
{
public:
    explicit BenchRun(const BenchOptions &options);
    ~BenchRun();

    // The exit status: 0 when every phase ran (whether or not the targets are met).
    int run(QJsonObject *result);

private:
    bool prepareWorkdir();
    QString replaceFile(const QString &name) const;

    BenchOptions m_options;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dir;
};

} // namespace hearth::bench
