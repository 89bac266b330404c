// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearth::bench {

// Progress and warnings go to stderr, so stdout carries nothing but the JSON result and
// can be redirected to a file or piped into jq.
class BenchLog
{
public:
    static void progress(const QString &line);
    static void warning(const QString &line);
};

} // namespace hearth::bench
