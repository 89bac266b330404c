// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace hearth {

class Workspace;

// The demo's canned-response library (resources/demo/templates.json): sixteen answers in
// five languages, written by an agent and taken through the approval workflow by the
// manager as a team would: most approved (a crisis set among them), some waiting for
// approval, one sent back with a comment, one still a draft.
class DemoTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DemoTemplates)

public:
    static bool populate(const Workspace &workspace, qint64 authorId, qint64 managerId, const QDateTime &now,
                         QString *error);
};

} // namespace hearth
