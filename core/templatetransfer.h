// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace hearth {

class Workspace;

// What an import did, or why it did nothing.
struct TemplateImportReport
{
    bool ok = false;
    QList<qint64> created; // the new templates' ids, each a draft
    // Where the file is wrong ("line 3: …", "templates[2].variants.de: …"); any error
    // means nothing was imported.
    QStringList errors;
    // What the file said and Hearth did not take: states and approvals it cannot verify.
    QStringList ignored;
};

// The template library as a JSON file (docs/templates-format.md), for sharing between
// workspaces and keeping in version control. Export writes every template with all its
// versions; import creates each template as a new draft by the importing person. A file's
// states and approvals are never taken over (this workspace cannot verify them): they are
// reported in ignored. An import is one transaction: all templates or none.
class TemplateTransfer
{
    Q_DECLARE_TR_FUNCTIONS(TemplateTransfer)

public:
    static const QString formatName;
    static constexpr int formatVersion = 1;

    TemplateTransfer(const Workspace &workspace, qint64 actorUserId);

    bool exportTo(QIODevice &device);
    QByteArray exportJson() const;
    TemplateImportReport import(QIODevice &device);
    TemplateImportReport import(const QByteArray &json);

    QString errorString() const { return m_error; }

private:
    const Workspace &m_workspace;
    qint64 m_actor;
    QString m_error;
};

} // namespace hearth
