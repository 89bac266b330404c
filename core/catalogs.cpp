// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogs.h"

#include "compat.h"
#include "corelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace hearth {

namespace {
const QString catalogFolder = QStringLiteral(":/i18n");
const QString sourceLanguage = QStringLiteral("en");
} // namespace

QStringList Catalogs::languages()
{
    QStringList codes{sourceLanguage};
    const QStringList catalogs = QDir(catalogFolder).entryList({QStringLiteral("hearth_*.qm")}, QDir::Files);
    for (const QString &catalog : catalogs)
        codes << catalog.mid(7, catalog.size() - 10); // "hearth_" ... ".qm"
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

bool Catalogs::loadHearth(QTranslator &translator, const QLocale &locale)
{
    if (translator.load(locale, QStringLiteral("hearth"), QStringLiteral("_"), catalogFolder)
        || translator.load(QStringLiteral("hearth_en"), catalogFolder))
        return true;
    qCWarning(lcCore) << "No Hearth translation for" << locale.name() << "in" << catalogFolder;
    return false;
}

bool Catalogs::loadQt(QTranslator &translator, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    if (translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), compat::qtTranslationsPath()))
        return true;
    qCInfo(lcCore) << "No Qt translation for" << locale.name() << "in" << compat::qtTranslationsPath();
    return false;
}

void Catalogs::install(QTranslator &hearth, QTranslator &qt, const QLocale &locale)
{
    if (loadHearth(hearth, locale))
        QCoreApplication::installTranslator(&hearth);
    if (loadQt(qt, locale))
        QCoreApplication::installTranslator(&qt);
}

} // namespace hearth
