// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfacets.h"

#include "sql.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace hearth {

bool SearchFacets::read(const Workspace &workspace, SearchFacets *facets, int languageSample)
{
    SearchFacets result;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return false;
    while (query.next())
        result.tags << query.value(0).toString();
    sql::prepare(query, QStringLiteral("SELECT DISTINCT lang FROM "
                                       "(SELECT lang FROM messages ORDER BY id DESC LIMIT ?) "
                                       "WHERE lang <> '' ORDER BY lang"));
    query.addBindValue(languageSample);
    if (!sql::exec(query))
        return false;
    while (query.next())
        result.languages << query.value(0).toString();
    *facets = result;
    return true;
}

} // namespace hearth
