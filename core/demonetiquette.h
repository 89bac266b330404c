// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hearth {

class Workspace;

// The demo's netiquette (resources/demo/netiquette): Sunny Squeeze's community rules in five
// languages with the same rule ids, published by the manager some weeks ago, and a newer
// draft by an agent with one small change (resources/demo/netiquette/draft.json). Also sets
// where the rules are read on the web (NetiquetteLibrary::urlSetting).
class DemoNetiquette
{
    Q_DECLARE_TR_FUNCTIONS(DemoNetiquette)

public:
    static const QString sourceLanguage;
    static const QStringList languages;
    static const QString url;

    static bool populate(Workspace &workspace, qint64 authorId, qint64 managerId, const QDateTime &now, QString *error);
};

} // namespace hearth
