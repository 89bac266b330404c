// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "compat.h"
#include "uilog.h"
#include "uiresources.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTranslator>

namespace hearth {

namespace {
const QString catalogFolder = QStringLiteral(":/i18n");
const QString settingsKey = QStringLiteral("ui/language");
const QString sourceLanguage = QStringLiteral("en");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
    initUiResources();
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
}

QStringList LanguageManager::availableLanguages() const
{
    QStringList codes{sourceLanguage};
    const QStringList catalogs = QDir(catalogFolder).entryList({QStringLiteral("hearth_*.qm")}, QDir::Files);
    for (const QString &catalog : catalogs)
        codes << catalog.mid(7, catalog.size() - 10); // "hearth_" ... ".qm"
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

void LanguageManager::loadSavedLanguage()
{
    const QString saved = QSettings().value(settingsKey).toString();
    m_language = availableLanguages().contains(saved) ? saved : QString();
    install(m_language.isEmpty() ? QLocale::system() : QLocale(m_language));
}

void LanguageManager::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !availableLanguages().contains(code)) {
        qCWarning(lcUi) << "No translation for language" << code;
        return;
    }
    m_language = code;
    QSettings().setValue(settingsKey, code);
    install(code.isEmpty() ? QLocale::system() : QLocale(code));
    emit languageChanged(code);
}

QString LanguageManager::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void LanguageManager::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    QLocale::setDefault(locale);

    // Hearth's own catalog; where the language has none, the English one, which holds the
    // plural forms of English ("1 conversation", "2 conversations").
    if (m_appTranslator->load(locale, QStringLiteral("hearth"), QStringLiteral("_"), catalogFolder)
        || m_appTranslator->load(QStringLiteral("hearth_en"), catalogFolder))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcUi) << "No Hearth translation for" << locale.name();

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return; // Qt's own texts are English already
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), compat::qtTranslationsPath()))
        QCoreApplication::installTranslator(m_qtTranslator);
    else
        qCInfo(lcUi) << "No Qt translation for" << locale.name() << "in" << compat::qtTranslationsPath();
}

} // namespace hearth
