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
    <name>Cli</name>
    <message>
        <source>The Hearth core on the command line.

Commands:
  info                    the workspace&apos;s path, schema version and counts
  import FILE             import messages from JSON Lines (- reads standard input)
  export [FILE]           export messages as JSON Lines (to standard output by default)
  search QUERY            search messages, newest first
  stats                   conversations by channel and status
  conversations list      list conversations
  conversations show ID   show a conversation with all its messages
  check                   check the workspace&apos;s integrity

Run “hearth-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Rdzeń programu Hearth w wierszu poleceń.

Polecenia:
  info                    ścieżka, wersja schematu i liczniki obszaru roboczego
  import PLIK             importuj wiadomości z JSON Lines (- czyta ze standardowego wejścia)
  export [PLIK]           eksportuj wiadomości jako JSON Lines (domyślnie na standardowe wyjście)
  search ZAPYTANIE        przeszukaj wiadomości, od najnowszych
  stats                   rozmowy według kanału i statusu
  conversations list      wyświetl listę rozmów
  conversations show ID   pokaż rozmowę ze wszystkimi jej wiadomościami
  check                   sprawdź integralność obszaru roboczego

Uruchom „hearth-cli POLECENIE --help”, aby wyświetlić opcje polecenia.</translation>
    </message>
    <message>
        <source>Use the workspace FILE instead of the default one.</source>
        <translation>Użyj obszaru roboczego PLIK zamiast domyślnego.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Use the demo workspace.</source>
        <translation>Użyj demonstracyjnego obszaru roboczego.</translation>
    </message>
    <message>
        <source>Also print Hearth&apos;s log messages.</source>
        <translation>Wypisuj także komunikaty dziennika programu Hearth.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>polecenie</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Co zrobić; zobacz listę powyżej.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>Opcji --demo i --workspace nie można używać razem.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>Polecenie info nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>Run “hearth-cli --help” for the commands and options.</source>
        <translation>Uruchom „hearth-cli --help”, aby wyświetlić polecenia i opcje.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Nie ma konta o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Nieprawidłowa liczba argumentów polecenia %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Nie można odczytać obszaru roboczego.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Wersja schematu: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Dziennik: %1</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Demonstracyjny obszar roboczy: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konta: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Rozmowy: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Wiadomości: %1</translation>
    </message>
    <message>
        <source>JSON Lines to import; - reads standard input.</source>
        <translation>Plik JSON Lines do zaimportowania; - czyta ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>Only this account&apos;s messages.</source>
        <translation>Tylko wiadomości z tego konta.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>Where to write; standard output when missing or -.</source>
        <translation>Miejsce zapisu; standardowe wyjście, jeśli pominięto lub podano -.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Co najwyżej N wyników (domyślnie 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>Wypisz wyniki w formacie JSON.</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Tylko to konto.</translation>
    </message>
    <message>
        <source>Only this kind of channel.</source>
        <translation>Tylko ten rodzaj kanału.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>RODZAJ</translation>
    </message>
    <message>
        <source>Only conversations in this status.</source>
        <translation>Tylko rozmowy o tym statusie.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only conversations with this tag.</source>
        <translation>Tylko rozmowy z tym znacznikiem.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ZNACZNIK</translation>
    </message>
    <message>
        <source>Only messages in this language.</source>
        <translation>Tylko wiadomości w tym języku.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Only messages from this date or time on.</source>
        <translation>Tylko wiadomości od tej daty lub chwili.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Only messages up to this date or time.</source>
        <translation>Tylko wiadomości do tej daty lub chwili.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ZAPYTANIE</translation>
    </message>
    <message>
        <source>Words (all must match), &quot;a phrase&quot;, prefix*, -excluded.</source>
        <translation>Słowa (wszystkie muszą pasować), &quot;fraza&quot;, prefiks*, -wykluczone.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>Opcja --limit wymaga liczby dodatniej.</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>Opcja --status musi mieć jedną z wartości: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-21 or a time like 2026-11-21T09:30:00Z.</source>
        <translation>Opcja --%1 wymaga daty, np. 2026-11-21, lub czasu, np. 2026-11-21T09:30:00Z.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Wypisz liczniki w formacie JSON.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>total</source>
        <translation>razem</translation>
    </message>
    <message>
        <source>Use “conversations list” or “conversations show ID”.</source>
        <translation>Użyj „conversations list” lub „conversations show ID”.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Tylko ten status.</translation>
    </message>
    <message>
        <source>newest (default), oldest or due.</source>
        <translation>newest (domyślnie), oldest lub due.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>KOLEJNOŚĆ</translation>
    </message>
    <message>
        <source>At most N conversations (default 50).</source>
        <translation>Co najwyżej N rozmów (domyślnie 50).</translation>
    </message>
    <message>
        <source>Print the conversations as JSON.</source>
        <translation>Wypisz rozmowy w formacie JSON.</translation>
    </message>
    <message>
        <source>--sort must be newest, oldest or due.</source>
        <translation>Opcja --sort musi mieć wartość newest, oldest lub due.</translation>
    </message>
    <message>
        <source>The conversations could not be read.</source>
        <translation>Nie można odczytać rozmów.</translation>
    </message>
    <message>
        <source>Print the conversation as JSON.</source>
        <translation>Wypisz rozmowę w formacie JSON.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, as “conversations list” shows it.</source>
        <translation>Numer rozmowy wyświetlany przez „conversations list”.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID is a number.</source>
        <translation>ID rozmowy jest liczbą.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Nie ma rozmowy #%1.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (prywatna)</translation>
    </message>
    <message>
        <source>A faster, less thorough check.</source>
        <translation>Szybsze, mniej dokładne sprawdzenie.</translation>
    </message>
    <message>
        <source>The workspace is sound.</source>
        <translation>Obszar roboczy jest w porządku.</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 changed, %3 already there.</source>
        <translation>Zaimportowano: nowe – %1, zmienione – %2, już istniejące – %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>Pominięto %n wiersz.</numerusform>
            <numerusform>Pominięto %n wiersze.</numerusform>
            <numerusform>Pominięto %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s).</source>
        <translation>
            <numerusform>Wyeksportowano %n wiadomość.</numerusform>
            <numerusform>Wyeksportowano %n wiadomości.</numerusform>
            <numerusform>Wyeksportowano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n wynik.</numerusform>
            <numerusform>%n wyniki.</numerusform>
            <numerusform>%n wyników.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rebuild the search index and the counters from the messages.</source>
        <translation>Najpierw przebuduj indeks wyszukiwania i liczniki na podstawie wiadomości.</translation>
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
    <name>IntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Nie można sprawdzić pliku: %1</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Uszkodzony plik: %1</translation>
    </message>
    <message>
        <source>References could not be checked: %1</source>
        <translation>Nie można sprawdzić odwołań: %1</translation>
    </message>
    <message>
        <source>A row of “%1” (row %2) refers to a missing row of “%3”.</source>
        <translation>Wiersz tabeli „%1” (wiersz %2) odwołuje się do brakującego wiersza tabeli „%3”.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Indeks wyszukiwania jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>The search index covers %1 messages, but the workspace holds %2; “hearth-cli check --repair” rebuilds it.</source>
        <translation>Indeks wyszukiwania obejmuje %1 wiadomości, ale obszar roboczy zawiera ich %2; „hearth-cli check --repair” go przebuduje.</translation>
    </message>
    <message>
        <source>The search index and counters could not be rebuilt: %1</source>
        <translation>Nie można przebudować indeksu wyszukiwania i liczników: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index and counters could not be saved.</source>
        <translation>Nie można zapisać przebudowanego indeksu wyszukiwania i liczników.</translation>
    </message>
</context>
<context>
    <name>JsonLinesExporter</name>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Nie można odczytać wiadomości: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Nie można zapisać eksportu: %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>nieprawidłowy JSON (%1 przy znaku %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>to nie jest obiekt JSON</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>„%1” musi być ciągiem znaków</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>brak „%1”</translation>
    </message>
    <message>
        <source>“text” is missing</source>
        <translation>brak „text”</translation>
    </message>
    <message>
        <source>“channel” must be a kind like email, feed, mastodon or telegram</source>
        <translation>„channel” musi być rodzajem kanału, np. email, feed, mastodon lub telegram</translation>
    </message>
    <message>
        <source>“created_at” is not an ISO 8601 time after 1970: %1</source>
        <translation>„created_at” nie jest czasem w formacie ISO 8601 po roku 1970: %1</translation>
    </message>
    <message>
        <source>“direction” must be “in” or “out”</source>
        <translation>„direction” musi mieć wartość „in” lub „out”</translation>
    </message>
    <message>
        <source>“visibility” must be “public” or “private”</source>
        <translation>„visibility” musi mieć wartość „public” lub „private”</translation>
    </message>
    <message>
        <source>“author” must be an object with the strings “id”, “name” and “handle”</source>
        <translation>„author” musi być obiektem z ciągami znaków „id”, „name” i „handle”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>line %1: account “%2” is a %3 account, not %4</source>
        <translation>wiersz %1: konto „%2” jest typu %3, a nie %4</translation>
    </message>
    <message>
        <source>The account “%1” could not be created; a different kind of account may have that name.</source>
        <translation>Nie można utworzyć konta „%1”; być może konto innego rodzaju ma już tę nazwę.</translation>
    </message>
    <message>
        <source>The imported messages could not be saved.</source>
        <translation>Nie można zapisać zaimportowanych wiadomości.</translation>
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
    <name>MessageSearch</name>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Wpisz co najmniej jedno słowo do wyszukania.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Nie można wykonać wyszukiwania: %1</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The workspace cannot store messages: %1</source>
        <translation>Obszar roboczy nie może przechowywać wiadomości: %1</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only.</source>
        <translation>Obszar roboczy jest zajęty lub tylko do odczytu.</translation>
    </message>
    <message>
        <source>Item %1 has no id; skipped.</source>
        <translation>Element %1 nie ma identyfikatora; pominięto.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no valid time; skipped.</source>
        <translation>Element %1 (%2) nie ma prawidłowego czasu; pominięto.</translation>
    </message>
    <message>
        <source>The messages could not be saved.</source>
        <translation>Nie można zapisać wiadomości.</translation>
    </message>
    <message>
        <source>more than %1 messages in one millisecond</source>
        <translation>ponad %1 wiadomości w jednej milisekundzie</translation>
    </message>
    <message>
        <source>The batch could not be checked against the workspace: %1</source>
        <translation>Nie można porównać partii z obszarem roboczym: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be updated: %2</source>
        <translation>Nie można zaktualizować wiadomości %1: %2</translation>
    </message>
    <message>
        <source>Conversation %1 could not be stored: %2</source>
        <translation>Nie można zapisać rozmowy %1: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Nie można zapisać wiadomości %1: %2</translation>
    </message>
    <message>
        <source>The messages could not be added to the search index: %1</source>
        <translation>Nie można dodać wiadomości do indeksu wyszukiwania: %1</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>Nie można zapisać pozycji synchronizacji: %1</translation>
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
    <name>hearth::ConversationView</name>
    <message>
        <source>This conversation could not be read.</source>
        <translation>Nie można odczytać tej rozmowy.</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Wiadomość prywatna</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publiczna</translation>
    </message>
    <message>
        <source>Select a conversation to read the whole thread.</source>
        <translation>Wybierz rozmowę, aby przeczytać cały wątek.</translation>
    </message>
</context>
<context>
    <name>hearth::InboxModel</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Odłożona</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Odpowiedź</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>spóźnienie %1</translation>
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
    <message>
        <source>Workspace checked: no problems found.</source>
        <translation>Sprawdzono obszar roboczy: nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>The workspace may be damaged</source>
        <translation>Obszar roboczy może być uszkodzony</translation>
    </message>
    <message>
        <source>Hearth found problems in “%1”. Keep working, but make a copy of the file and run “hearth-cli check” for the full report.

%2</source>
        <translation>Program Hearth wykrył problemy w „%1”. Możesz kontynuować pracę, ale zrób kopię pliku i uruchom „hearth-cli check”, aby uzyskać pełny raport.

%2</translation>
    </message>
    <message>
        <source>&amp;Find Messages…</source>
        <translation>&amp;Szukaj wiadomości…</translation>
    </message>
    <message>
        <source>Search all messages (%1)</source>
        <translation>Szukaj we wszystkich wiadomościach (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
</context>
<context>
    <name>hearth::SearchPage</name>
    <message>
        <source>&amp;Back to the Inbox</source>
        <translation>&amp;Wróć do skrzynki</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Żadna wiadomość nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>The newest %1 messages that match “%2”.</source>
        <translation>Najnowsze wiadomości (%1) pasujące do „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) match “%1”.</source>
        <translation>
            <numerusform>%n wiadomość pasuje do „%1”.</numerusform>
            <numerusform>%n wiadomości pasują do „%1”.</numerusform>
            <numerusform>%n wiadomości pasuje do „%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SearchResultsModel</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Napisano</translation>
    </message>
</context>
</TS>
