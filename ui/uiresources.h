// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hearth {

// Registers the ui library's resources (icons, compiled translations). A static library's
// resources are not registered by themselves; this is cheap to call more than once.
void initUiResources();

} // namespace hearth
