// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiresources.h"

#include <QtGlobal>

static void initUiResourcesOnce()
{
    Q_INIT_RESOURCE(ui);
    Q_INIT_RESOURCE(i18n);
}

namespace hearth {

void initUiResources()
{
    static const bool initialized = (initUiResourcesOnce(), true);
    Q_UNUSED(initialized)
}

} // namespace hearth
