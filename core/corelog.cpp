// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corelog.h"

Q_LOGGING_CATEGORY(lcCore, "hearth.core", QtWarningMsg)
