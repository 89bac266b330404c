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

    // Reads the languages with one pass over the messages: done once per workspace opened,
    // not per search.
    static bool read(const Workspace &workspace, SearchFacets *facets);
};

} // namespace hearth
