// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfacets.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace hearth {

bool SearchFacets::read(const Workspace &workspace, SearchFacets *facets)
{
    SearchFacets result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return false;
    while (query.next())
        result.tags << query.value(0).toString();
    if (!sql::exec(query, QStringLiteral("SELECT DISTINCT lang FROM messages WHERE lang <> '' ORDER BY lang")))
        return false;
    while (query.next())
        result.languages << query.value(0).toString();
    *facets = result;
    return true;
}

} // namespace hearth
