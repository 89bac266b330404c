// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"

#include "hearthversion.h"

#include <QCoreApplication>

namespace hearth {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hearth.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
}

} // namespace hearth
