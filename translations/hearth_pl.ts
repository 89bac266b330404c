<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ChannelIcons</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Kanał informacyjny</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>W tej kompilacji brakuje danych demonstracyjnych.</translation>
    </message>
    <message>
        <source>The demo data is damaged.</source>
        <translation>Dane demonstracyjne są uszkodzone.</translation>
    </message>
    <message>
        <source>The demo data can only fill an empty workspace.</source>
        <translation>Danymi demonstracyjnymi można wypełnić tylko pusty obszar roboczy.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>Nie można zapisać demonstracyjnego obszaru roboczego: %1</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Hearth, a desktop workstation for community managers.</source>
        <translation>Hearth, stanowisko pracy dla community managerów.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing) instead of the default one.</source>
        <translation>Otwórz obszar roboczy PLIK (tworzony, jeśli nie istnieje) zamiast domyślnego.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use; never goes online).</source>
        <translation>Otwórz demonstracyjny obszar roboczy (tworzony przy pierwszym użyciu; nigdy nie łączy się z siecią).</translation>
    </message>
    <message>
        <source>Show the user interface in LANG (en, de, fr, da, pl) from now on.</source>
        <translation>Od teraz wyświetlaj interfejs użytkownika w języku JĘZYK (en, de, fr, da, pl).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>JĘZYK</translation>
    </message>
    <message>
        <source>Run “hearth --help” for the options.</source>
        <translation>Uruchom „hearth --help”, aby wyświetlić opcje.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>Opcji --demo i --workspace nie można używać razem.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Nie można odczytać wersji schematu.</translation>
    </message>
    <message>
        <source>It was created by a newer version of Hearth (schema %1; this version knows up to %2). Update Hearth to open it; the file was not changed.</source>
        <translation>Plik został utworzony przez nowszą wersję programu Hearth (schemat %1; ta wersja obsługuje schematy do %2). Aby go otworzyć, uaktualnij Hearth; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>W tej kompilacji brakuje migracji %1.</translation>
    </message>
    <message>
        <source>Migration %1 could not be read: %2</source>
        <translation>Nie można odczytać migracji %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migracja %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Nie można zatwierdzić migracji %1: %2</translation>
    </message>
</context>
<context>
    <name>SyntaxHighlighting</name>
    <message>
        <source>KDE Syntax-Highlighting %1</source>
        <translation>KDE Syntax-Highlighting %1</translation>
    </message>
    <message>
        <source>not available in this build; editors show plain text</source>
        <translation>niedostępne w tej kompilacji; edytory wyświetlają zwykły tekst</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Plik nie istnieje.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Nie można utworzyć katalogu dla pliku.</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”: %2</source>
        <translation>Nie można otworzyć obszaru roboczego „%1”: %2</translation>
    </message>
    <message>
        <source>It is not a Hearth workspace (not an SQLite database).</source>
        <translation>Plik nie jest obszarem roboczym Hearth (nie jest bazą danych SQLite).</translation>
    </message>
    <message>
        <source>The file is damaged or not a database (%1).</source>
        <translation>Plik jest uszkodzony lub nie jest bazą danych (%1).</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Hearth workspace.</source>
        <translation>Plik jest bazą danych SQLite innego programu, a nie obszarem roboczym Hearth.</translation>
    </message>
</context>
<context>
    <name>hearth::AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>O programie Hearth</translation>
    </message>
    <message>
        <source>Hearth %1</source>
        <translation>Hearth %1</translation>
    </message>
    <message>
        <source>A desktop workstation for community managers.</source>
        <translation>Stanowisko pracy dla community managerów.</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (zbudowano z %2)</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Podświetlanie składni: %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Wydano na licencji GNU General Public License w wersji 3 lub późniejszej.</translation>
    </message>
</context>
<context>
    <name>hearth::InboxTabs</name>
    <message>
        <source>Unified inbox</source>
        <translation>Wspólna skrzynka odbiorcza</translation>
    </message>
    <message>
        <source>All channel accounts together</source>
        <translation>Wszystkie konta kanałów razem</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message>
        <source>No channel accounts yet.</source>
        <translation>Nie ma jeszcze kont kanałów.</translation>
    </message>
    <message numerus="yes">
        <source>across %n channel account(s)</source>
        <translation>
            <numerusform>na %n koncie kanału</numerusform>
            <numerusform>na %n kontach kanałów</numerusform>
            <numerusform>na %n kontach kanałów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · demo account, never goes online</source>
        <translation>%1 · %2 · konto demonstracyjne, nigdy nie łączy się z siecią</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nie ma jeszcze rozmów</translation>
    </message>
</context>
<context>
    <name>hearth::MainWindow</name>
    <message>
        <source>Could not open the workspace</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>Could not open the demo workspace</source>
        <translation>Nie można otworzyć demonstracyjnego obszaru roboczego</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Utwórz pusty plik obszaru roboczego</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Otwórz plik obszaru roboczego</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Otwórz &amp;demonstracyjny obszar roboczy</translation>
    </message>
    <message>
        <source>Open the Sunny Squeeze sample workspace; it never goes online</source>
        <translation>Otwórz przykładowy obszar roboczy Sunny Squeeze; nigdy nie łączy się z siecią</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Pokaż pasek &amp;stanu</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tryb pełnoekranowy</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Język &amp;systemu</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;O programie Hearth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informacje o &amp;Qt</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Nie otwarto obszaru roboczego</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demonstracyjny obszar roboczy</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read</source>
        <translation>%1: nie można odczytać obszaru roboczego</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n channel account(s)</source>
        <translation>
            <numerusform>%n konto kanału</numerusform>
            <numerusform>%n konta kanałów</numerusform>
            <numerusform>%n kont kanałów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth);;All files (*)</source>
        <translation>Obszary robocze Hearth (*.hearth);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth)</source>
        <translation>Obszary robocze Hearth (*.hearth)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Nie można utworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Workspace to open it.</source>
        <translation>„%1” już istnieje. Aby go otworzyć, użyj Plik › Otwórz obszar roboczy.</translation>
    </message>
</context>
</TS>
