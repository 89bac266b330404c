// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hearth {

// What `hearth` was asked to do on its command line. Parsed before any window exists, so
// --help and --version work without a display.
class LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    enum class Outcome { Run, Exit };

    // Parses arguments; prints help, the version or an error itself and says whether to go on.
    Outcome parse(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

    bool demo() const { return m_demo; }
    QString workspacePath() const { return m_workspacePath; }
    QString language() const { return m_language; }

private:
    bool m_demo = false;
    QString m_workspacePath;
    QString m_language;
    int m_exitCode = 0;
};

} // namespace hearth
