// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

using namespace hearth;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheCompiledLanguages();
    void namesEachLanguageInItself();
    void switchesTheMenusAtRuntime_data();
    void switchesTheMenusAtRuntime();
    void loadsQtsOwnCatalog();
    void remembersTheChoice();
    void ignoresALanguageWithoutCatalog();
    void languageMenuSwitchesLanguage();
};

void TestLanguageManager::init()
{
    QSettings().clear();
}

void TestLanguageManager::listsTheCompiledLanguages()
{
    LanguageManager languages;
    QCOMPARE(languages.availableLanguages(),
        (QStringList {QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
            QStringLiteral("pl")}));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("pl")), QStringLiteral("Polski"));
}

// Menus and language tabs name a language as its speakers do; a bare "en" is not American.
void TestLanguageManager::namesEachLanguageInItself()
{
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en_GB")), QStringLiteral("British English"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("pl")), QStringLiteral("Polski"));
}

void TestLanguageManager::switchesTheMenusAtRuntime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("unifiedInbox");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                        << QStringLiteral("Gemeinsamer Posteingang");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                        << QStringLiteral("Boîte de réception unifiée");
    QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("&Filer") << QStringLiteral("Samlet indbakke");
    QTest::newRow("pl") << QStringLiteral("pl") << QStringLiteral("&Plik")
                        << QStringLiteral("Wspólna skrzynka odbiorcza");
    QTest::newRow("system (C locale)") << QString() << QStringLiteral("&File") << QStringLiteral("Unified inbox");
}

void TestLanguageManager::switchesTheMenusAtRuntime()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, unifiedInbox);

    LanguageManager languages;
    MainWindow window(&languages);
    QMenu *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QCOMPARE(file->title(), QStringLiteral("&File"));

    languages.setLanguage(language);
    QTRY_COMPARE(file->title(), fileMenu);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("inboxTabs"));
    QTRY_COMPARE(tabs->tabText(0), unifiedInbox);

    languages.setLanguage(QString());
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
}

void TestLanguageManager::loadsQtsOwnCatalog()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("de"));
    // Qt's standard buttons come from qtbase's catalog, not Hearth's.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    languages.setLanguage(QString());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::remembersTheChoice()
{
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("fr"));
    }
    LanguageManager languages;
    languages.loadSavedLanguage();
    QCOMPARE(languages.language(), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("hearth::MainWindow", "&File"), QStringLiteral("&Fichier"));
    languages.setLanguage(QString());
}

void TestLanguageManager::ignoresALanguageWithoutCatalog()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("de"));
    languages.setLanguage(QStringLiteral("xx"));
    QCOMPARE(languages.language(), QStringLiteral("de"));
    languages.setLanguage(QString());
}

void TestLanguageManager::languageMenuSwitchesLanguage()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QMenu *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QAction *danish = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == QLatin1String("da"))
            danish = action;
    }
    QVERIFY(danish);
    QCOMPARE(danish->text(), QStringLiteral("Dansk"));
    danish->trigger();
    QCOMPARE(languages.language(), QStringLiteral("da"));
    QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&Filer"));
    // The rebuilt menu marks the choice.
    const QList<QAction *> rebuilt = menu->actions();
    for (QAction *action : rebuilt) {
        if (action->isCheckable())
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("da"));
    }
    languages.setLanguage(QString());
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
