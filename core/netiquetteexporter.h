// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

class Workspace;

// Writes the published netiquette for the brand's website: per language a standalone page
// netiquette.<lang>.html and netiquette.<lang>.md, anchored by rule id. Every file is written
// through QSaveFile and committed only when all of them were written, so a failure leaves
// the folder as it was (no half-written file).
class NetiquetteExporter
{
    Q_DECLARE_TR_FUNCTIONS(NetiquetteExporter)

public:
    explicit NetiquetteExporter(const Workspace &workspace);

    // The file names an export writes for a language.
    static QString htmlFileName(const QString &language);
    static QString markdownFileName(const QString &language);

    // Creates folder if needed. Returns the paths written (source language first, each
    // language's page then its Markdown), or nullopt with errorString() set.
    std::optional<QStringList> exportTo(const QString &folder);
    QString errorString() const { return m_error; }

private:
    const Workspace &m_workspace;
    QString m_error;
};

} // namespace hearth
