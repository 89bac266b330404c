// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QTranslator;

namespace hearth {

// Hearth's compiled translation catalogs (embedded under :/i18n by the translations
// library, which a program links and registers with Q_INIT_RESOURCE(i18n)) and Qt's own.
class Catalogs
{
public:
    // Language codes with a catalog, plus "en" (the source language), sorted.
    static QStringList languages();
    // Hearth's catalog for the locale; where there is none, the English one, which holds the
    // plural forms of English ("1 conversation", "2 conversations").
    static bool loadHearth(QTranslator &translator, const QLocale &locale);
    // Qt's own catalog (standard buttons, QCommandLineParser); none is needed for English.
    static bool loadQt(QTranslator &translator, const QLocale &locale);
    // Loads both catalogs for the locale and installs those found in the application.
    static void install(QTranslator &hearth, QTranslator &qt, const QLocale &locale);
};

} // namespace hearth
