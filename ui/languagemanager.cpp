// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include "catalogs.h"
#include "uilog.h"
#include "uiresources.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace hearth {

namespace {
const QString settingsKey = QStringLiteral("ui/language");
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
    return Catalogs::languages();
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
    const QLocale locale(code);
    // Qt names English by its default territory ("American English"); a bare "en" is English.
    if (locale.language() == QLocale::English && !code.contains(QLatin1Char('_')) && !code.contains(QLatin1Char('-')))
        return QStringLiteral("English");
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

void LanguageManager::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    QLocale::setDefault(locale);
    Catalogs::install(*m_appTranslator, *m_qtTranslator, locale);
}

} // namespace hearth
