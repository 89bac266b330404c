// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilog.h"

Q_LOGGING_CATEGORY(lcUi, "hearth.ui", QtWarningMsg)
