// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hearth {

// Names the program for QSettings and QStandardPaths, so the app and hearth-cli agree on
// where settings and the default workspace live. Call before anything reads either.
void setApplicationIdentity();

} // namespace hearth
