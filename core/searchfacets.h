// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hearth {

class Workspace;

// The values the search's filters offer beyond accounts and people: the workspace's tags and
// the languages its messages are written in.
struct SearchFacets
{
    QStringList tags;      // by name
    QStringList languages; // language codes, without the empty one

    // How many of the newest messages tell which languages are offered: a bounded read
    // (ids are time-ordered) where a pass over every message would take seconds at a million.
    static constexpr int defaultLanguageSample = 20000;

    static bool read(const Workspace &workspace, SearchFacets *facets, int languageSample = defaultLanguageSample);
};

} // namespace hearth
