// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace hearth {

// Installs Hearth's and Qt's own translations for the chosen language, or the system's,
// and switches them at runtime: every widget then receives QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes with a compiled catalog, plus "en" (the source language), sorted.
    QStringList availableLanguages() const;
    // The chosen code; empty means "follow the system".
    QString language() const { return m_language; }
    // Loads the language saved in the settings (or the system's) at start-up.
    void loadSavedLanguage();
    // Switches now and remembers the choice; empty follows the system.
    void setLanguage(const QString &code);

    // A language's own name for itself ("Deutsch", "polski") for the language menu.
    static QString nativeName(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void install(const QLocale &locale);

    QString m_language;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
};

} // namespace hearth
