// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where Hearth switches on the Qt version. Qt 6 is the product's toolkit;
// the Qt 5.15 build exists so the KDE Syntax-Highlighting (KF5) integration is compiled
// and tested on machines without KF6.

#include <QLibraryInfo>
#include <QString>
#include <QtGlobal>

namespace hearth::compat {

inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace hearth::compat
