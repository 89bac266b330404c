// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incomingmessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class QIODevice;

namespace hearth {

class Workspace;

struct ImportReport
{
    bool ok = false;  // false: stopped by an error, see `error`
    int lines = 0;    // lines read, blank ones included
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList skipped; // "line N: why", one per malformed line
    QString error;
};

// Imports messages in Hearth's JSON Lines format (docs/jsonl-format.md). A malformed line
// is reported with its line number and skipped; the rest is imported.
class JsonLinesImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesImporter)

public:
    static constexpr int batchSize = 1000;

    explicit JsonLinesImporter(Workspace &workspace);
    ImportReport import(QIODevice &input);

    struct Line
    {
        QString account;
        QString channel;
        IncomingMessage message;
    };
    // One line as a message, or an error saying what is wrong with it.
    static bool parse(const QByteArray &line, Line *parsed, QString *error);

private:
    bool flush(ImportReport *report);

    Workspace &m_workspace;
    QList<Line> m_pending;               // in file order
    QHash<QString, QString> m_channels;  // account name -> kind
};

} // namespace hearth
