// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace hearth {

class Workspace;

// Writes a workspace's messages in Hearth's JSON Lines format (docs/jsonl-format.md),
// oldest first, a page at a time so memory stays flat however large the workspace is.
class JsonLinesExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesExporter)

public:
    static constexpr int pageSize = 1000;

    explicit JsonLinesExporter(const Workspace &workspace);
    // Returns the number of messages written, or -1 with errorString() set.
    qint64 exportTo(QIODevice &output, std::optional<qint64> accountId = std::nullopt);
    QString errorString() const { return m_error; }

private:
    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
