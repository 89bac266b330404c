<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ChannelCapabilities</name>
    <message>
        <source>Public reply</source>
        <translation>Odpowiedź publiczna</translation>
    </message>
    <message>
        <source>E-mail reply</source>
        <translation>Odpowiedź e-mailem</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Wiadomość na czacie</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Wiadomość prywatna</translation>
    </message>
    <message>
        <source>This conversation comes from a feed, which Hearth only monitors: it cannot be answered from Hearth. Answer it where it was posted.</source>
        <translation>Ta rozmowa pochodzi z kanału informacyjnego, który Hearth tylko monitoruje: nie można na nią odpowiedzieć z programu Hearth. Odpowiedz tam, gdzie została opublikowana.</translation>
    </message>
    <message>
        <source>Hearth cannot answer conversations on this channel.</source>
        <translation>Hearth nie może odpowiadać na rozmowy w tym kanale.</translation>
    </message>
</context>
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
  templates list          list the canned-response templates
  templates show ID       show a template with all its versions
  templates export [FILE] export the template library as JSON
  templates import FILE   import templates from JSON, as drafts

Run “hearth-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Rdzeń programu Hearth w wierszu poleceń.

Polecenia:
  info                    ścieżka obszaru roboczego, wersja schematu i liczniki
  import PLIK             importuj wiadomości z JSON Lines (- czyta ze standardowego wejścia)
  export [PLIK]           eksportuj wiadomości jako JSON Lines (domyślnie na standardowe wyjście)
  search ZAPYTANIE        wyszukaj wiadomości, od najnowszych
  stats                   rozmowy według kanału i statusu
  conversations list      wyświetl listę rozmów
  conversations show ID   pokaż rozmowę ze wszystkimi jej wiadomościami
  check                   sprawdź integralność obszaru roboczego
  templates list          wyświetl listę szablonów gotowych odpowiedzi
  templates show ID       pokaż szablon ze wszystkimi jego wersjami
  templates export [PLIK] eksportuj bibliotekę szablonów do formatu JSON
  templates import PLIK   importuj szablony z formatu JSON jako wersje robocze

Uruchom „hearth-cli POLECENIE --help”, aby wyświetlić opcje polecenia.</translation>
    </message>
    <message>
        <source>Use “templates list”, “templates show ID”, “templates export [FILE]” or “templates import FILE”.</source>
        <translation>Użyj „templates list”, „templates show ID”, „templates export [PLIK]” lub „templates import PLIK”.</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Wypisz szablony w formacie JSON.</translation>
    </message>
    <message>
        <source> [crisis]</source>
        <translation> [kryzys]</translation>
    </message>
    <message>
        <source>Print the template as JSON.</source>
        <translation>Wypisz szablon w formacie JSON.</translation>
    </message>
    <message>
        <source>The template&apos;s number, as “templates list” shows it.</source>
        <translation>Numer szablonu wyświetlany przez „templates list”.</translation>
    </message>
    <message>
        <source>The template&apos;s ID is a number.</source>
        <translation>ID szablonu jest liczbą.</translation>
    </message>
    <message>
        <source>There is no template #%1.</source>
        <translation>Nie ma szablonu #%1.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Wersja %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Category: %1 · Shortcut: %2 · Tags: %3</source>
        <translation>Kategoria: %1 · Skrót: %2 · Znaczniki: %3</translation>
    </message>
    <message>
        <source>For crisis use.</source>
        <translation>Do użycia w sytuacjach kryzysowych.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Komentarz: %1</translation>
    </message>
    <message>
        <source> (source)</source>
        <translation> (język źródłowy)</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (wymaga aktualizacji)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s).</source>
        <translation>
            <numerusform>Wyeksportowano %n szablon.</numerusform>
            <numerusform>Wyeksportowano %n szablony.</numerusform>
            <numerusform>Wyeksportowano %n szablonów.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template library in JSON; - reads standard input.</source>
        <translation>Biblioteka szablonów w formacie JSON; - czyta ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts.</source>
        <translation>
            <numerusform>Zaimportowano %n szablon jako wersję roboczą.</numerusform>
            <numerusform>Zaimportowano %n szablony jako wersje robocze.</numerusform>
            <numerusform>Zaimportowano %n szablonów jako wersje robocze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationActivity</name>
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
        <source>The conversation&apos;s notes and history could not be read: %1</source>
        <translation>Nie można odczytać notatek i historii rozmowy: %1</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>A former user</source>
        <translation>Były użytkownik</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>były użytkownik</translation>
    </message>
    <message>
        <source>a former department</source>
        <translation>były dział</translation>
    </message>
    <message>
        <source>%1 wrote an internal note.</source>
        <translation>%1: dodano notatkę wewnętrzną.</translation>
    </message>
    <message>
        <source>%1 assigned the conversation to %2.</source>
        <translation>%1: przypisano rozmowę użytkownikowi %2.</translation>
    </message>
    <message>
        <source>%1 handed the conversation to %2.</source>
        <translation>%1: przekazano rozmowę do działu %2.</translation>
    </message>
    <message>
        <source>%1 unassigned the conversation.</source>
        <translation>%1: usunięto przypisanie rozmowy.</translation>
    </message>
    <message>
        <source>%1 changed who has the conversation.</source>
        <translation>%1: zmieniono osobę odpowiedzialną za rozmowę.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Wcześniej: %1.</translation>
    </message>
    <message>
        <source>%1 changed the status.</source>
        <translation>%1: zmieniono status.</translation>
    </message>
    <message>
        <source>%1 set the status to %2.</source>
        <translation>%1: ustawiono status „%2”.</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3.</source>
        <translation>%1: zmieniono status z „%2” na „%3”.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation until %2.</source>
        <translation>%1: odłożono rozmowę do %2.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation.</source>
        <translation>%1: odłożono rozmowę.</translation>
    </message>
    <message>
        <source>%1 woke the conversation from its snooze.</source>
        <translation>%1: przywrócono odłożoną rozmowę.</translation>
    </message>
    <message>
        <source>%1 set a follow-up for %2.</source>
        <translation>%1: ustawiono przypomnienie na %2.</translation>
    </message>
    <message>
        <source>%1 cleared the follow-up.</source>
        <translation>%1: usunięto przypomnienie.</translation>
    </message>
    <message>
        <source>%1 changed the follow-up.</source>
        <translation>%1: zmieniono przypomnienie.</translation>
    </message>
    <message>
        <source>%1 added a tag.</source>
        <translation>%1: dodano znacznik.</translation>
    </message>
    <message>
        <source>%1 added the tag “%2”.</source>
        <translation>%1: dodano znacznik „%2”.</translation>
    </message>
    <message>
        <source>%1 removed a tag.</source>
        <translation>%1: usunięto znacznik.</translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <translation>%1: usunięto znacznik „%2”.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation.</source>
        <translation>%1: eskalowano rozmowę.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation: %2</source>
        <translation>%1: eskalowano rozmowę – %2</translation>
    </message>
    <message>
        <source>%1 cleared the escalation.</source>
        <translation>%1: wycofano eskalację.</translation>
    </message>
    <message>
        <source>%1 wrote an internal note that was later deleted.</source>
        <translation>%1: dodano notatkę wewnętrzną, którą później usunięto.</translation>
    </message>
    <message>
        <source>%1 queued a private reply.</source>
        <translation>%1: dodano odpowiedź prywatną do kolejki.</translation>
    </message>
    <message>
        <source>%1 queued a public reply.</source>
        <translation>%1: dodano odpowiedź publiczną do kolejki.</translation>
    </message>
    <message>
        <source>%1 queued a reply.</source>
        <translation>%1: dodano odpowiedź do kolejki.</translation>
    </message>
    <message>
        <source>%1 sent the reply.</source>
        <translation>%1: wysłano odpowiedź.</translation>
    </message>
    <message>
        <source>%1 could not send the reply.</source>
        <translation>%1: nie udało się wysłać odpowiedzi.</translation>
    </message>
    <message>
        <source>%1 could not send the reply: %2</source>
        <translation>%1: nie udało się wysłać odpowiedzi: %2</translation>
    </message>
    <message>
        <source>%1 discarded a reply.</source>
        <translation>%1: odrzucono odpowiedź.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationWorkflow</name>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>W tym obszarze roboczym nie ma takiej osoby.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>W tym obszarze roboczym nie ma takiego działu.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nie można zapisać zmiany.</translation>
    </message>
    <message>
        <source>Choose until when to snooze a conversation.</source>
        <translation>Wybierz, do kiedy odłożyć rozmowę.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation status.</source>
        <translation>„%1” nie jest statusem rozmowy.</translation>
    </message>
    <message>
        <source>Choose until when to snooze the conversation.</source>
        <translation>Wybierz, do kiedy odłożyć tę rozmowę.</translation>
    </message>
    <message>
        <source>A conversation can only be snoozed until a time in the future.</source>
        <translation>Rozmowę można odłożyć tylko do chwili w przyszłości.</translation>
    </message>
    <message>
        <source>Choose when to follow up.</source>
        <translation>Wybierz, kiedy przypomnieć o rozmowie.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Znacznik musi mieć nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Znacznik może mieć najwyżej %n znak.</numerusform>
            <numerusform>Znacznik może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Znacznik może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation has no tag “%1”.</source>
        <translation>Rozmowa nie ma znacznika „%1”.</translation>
    </message>
    <message>
        <source>Say why the conversation is escalated: the team and management read it first.</source>
        <translation>Podaj, dlaczego rozmowa jest eskalowana: zespół i kierownictwo przeczytają to w pierwszej kolejności.</translation>
    </message>
    <message>
        <source>The conversation is not escalated.</source>
        <translation>Rozmowa nie jest eskalowana.</translation>
    </message>
    <message>
        <source>An empty note cannot be added.</source>
        <translation>Nie można dodać pustej notatki.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Nie można zapisać zmiany: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Ta rozmowa nie istnieje już w tym obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>DemoDelivery</name>
    <message>
        <source>The reply&apos;s account could not be read: %1</source>
        <translation>Nie można odczytać konta odpowiedzi: %1</translation>
    </message>
    <message>
        <source>The conversation of this reply is no longer in the workspace.</source>
        <translation>Rozmowy, do której należy ta odpowiedź, nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>The reply could not be sent: the connection to the channel of “%1” is not set up yet. It waits in the outbox.</source>
        <translation>Nie można wysłać odpowiedzi: połączenie z kanałem konta „%1” nie zostało jeszcze skonfigurowane. Odpowiedź czeka w skrzynce nadawczej.</translation>
    </message>
</context>
<context>
    <name>DemoTemplates</name>
    <message>
        <source>The demo&apos;s template library is missing from this build.</source>
        <translation>W tej kompilacji programu brakuje biblioteki szablonów wersji demonstracyjnej.</translation>
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
    <name>DraftStore</name>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Odpowiedź może być publiczna albo prywatna, a nie „%1”.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie można zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Nie można usunąć wersji roboczej: %1</translation>
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
    <name>Outbox</name>
    <message>
        <source>There is nothing to send: the reply is empty.</source>
        <translation>Nie ma nic do wysłania: odpowiedź jest pusta.</translation>
    </message>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Odpowiedź może być publiczna albo prywatna, a nie „%1”.</translation>
    </message>
    <message>
        <source>The conversation to answer is no longer in the workspace.</source>
        <translation>Rozmowy, na którą ma zostać udzielona odpowiedź, nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>This channel has no private messages; answer with a public reply.</source>
        <translation>Ten kanał nie obsługuje wiadomości prywatnych; odpowiedz publicznie.</translation>
    </message>
    <message>
        <source>This channel has no public replies; answer with a private message.</source>
        <translation>Ten kanał nie obsługuje odpowiedzi publicznych; odpowiedz wiadomością prywatną.</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Nie można dodać odpowiedzi do kolejki: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>Nie można dodać odpowiedzi do kolejki.</translation>
    </message>
    <message>
        <source>This reply is no longer in the outbox.</source>
        <translation>Tej odpowiedzi nie ma już w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>The reply could not be prepared for sending: %1</source>
        <translation>Nie można przygotować odpowiedzi do wysłania: %1</translation>
    </message>
    <message>
        <source>This reply is not waiting to be sent: it is being sent or was sent already.</source>
        <translation>Ta odpowiedź nie czeka na wysłanie: właśnie jest wysyłana lub została już wysłana.</translation>
    </message>
    <message>
        <source>The channel did not say which message the reply became.</source>
        <translation>Kanał nie podał, którą wiadomością stała się odpowiedź.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as sent.</source>
        <translation>Tylko odpowiedź w trakcie wysyłania można oznaczyć jako wysłaną.</translation>
    </message>
    <message>
        <source>The conversation of the reply is no longer in the workspace.</source>
        <translation>Rozmowy tej odpowiedzi nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation: %1</source>
        <translation>Nie można dodać wysłanej odpowiedzi do rozmowy: %1</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation.</source>
        <translation>Nie można dodać wysłanej odpowiedzi do rozmowy.</translation>
    </message>
    <message>
        <source>The sent reply could not be recorded.</source>
        <translation>Nie można zarejestrować wysłanej odpowiedzi.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as failed.</source>
        <translation>Tylko odpowiedź w trakcie wysyłania można oznaczyć jako nieudaną.</translation>
    </message>
    <message>
        <source>The failure of the reply could not be recorded.</source>
        <translation>Nie można zarejestrować niepowodzenia odpowiedzi.</translation>
    </message>
    <message>
        <source>There is nothing to send: the reply is empty. Discard it instead.</source>
        <translation>Nie ma nic do wysłania: odpowiedź jest pusta. Zamiast tego ją odrzuć.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be edited.</source>
        <translation>Edytować można tylko odpowiedź, której nie udało się wysłać.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be retried.</source>
        <translation>Ponowić można tylko odpowiedź, której nie udało się wysłać.</translation>
    </message>
    <message>
        <source>The reply could not be queued again: %1</source>
        <translation>Nie można ponownie dodać odpowiedzi do kolejki: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued again.</source>
        <translation>Nie można ponownie dodać odpowiedzi do kolejki.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be discarded.</source>
        <translation>Odrzucić można tylko odpowiedź, której nie udało się wysłać.</translation>
    </message>
    <message>
        <source>The reply could not be discarded.</source>
        <translation>Nie można odrzucić odpowiedzi.</translation>
    </message>
    <message>
        <source>The reply could not be taken back for editing.</source>
        <translation>Nie można przywrócić odpowiedzi do edycji.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Nie można odczytać skrzynki nadawczej: %1</translation>
    </message>
    <message>
        <source>Hearth was closed while this reply was being sent, so it may or may not have reached the channel. Check the conversation there before you retry it.</source>
        <translation>Program Hearth został zamknięty podczas wysyłania tej odpowiedzi, więc mogła ona dotrzeć do kanału lub nie. Zanim spróbujesz ponownie, sprawdź tam rozmowę.</translation>
    </message>
    <message>
        <source>The outbox could not be recovered: %1</source>
        <translation>Nie można odtworzyć skrzynki nadawczej: %1</translation>
    </message>
    <message>
        <source>The outbox could not be recovered.</source>
        <translation>Nie można odtworzyć skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only; try again in a moment.</source>
        <translation>Obszar roboczy jest zajęty lub tylko do odczytu; spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>“%1” is not a placeholder Hearth knows. Known placeholders: %2.</source>
        <translation>„%1” nie jest symbolem zastępczym znanym programowi Hearth. Znane symbole zastępcze: %2.</translation>
    </message>
    <message>
        <source>“%1” names no placeholder.</source>
        <translation>„%1” nie zawiera nazwy symbolu zastępczego.</translation>
    </message>
    <message>
        <source>A placeholder opened with “{{” is not closed with “}}” on the same line.</source>
        <translation>Symbol zastępczy otwarty przez „{{” nie jest zamknięty przez „}}” w tym samym wierszu.</translation>
    </message>
    <message>
        <source>“}}” closes no placeholder; a placeholder starts with “{{”.</source>
        <translation>„}}” nie zamyka żadnego symbolu zastępczego; symbol zastępczy zaczyna się od „{{”.</translation>
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
    <name>TemplateLibrary</name>
    <message>
        <source>A shortcut is letters, digits, “-” and “_”, without spaces: “%1” is not one.</source>
        <translation>Skrót składa się z liter, cyfr, „-” i „_”, bez spacji: „%1” nie jest prawidłowym skrótem.</translation>
    </message>
    <message numerus="yes">
        <source>A shortcut can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Skrót może mieć najwyżej %n znak.</numerusform>
            <numerusform>Skrót może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Skrót może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library could not be changed: %1</source>
        <translation>Nie można zmienić biblioteki szablonów: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on templates.</source>
        <translation>Nad szablonami mogą pracować tylko osoby z tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Szablon musi mieć tytuł.</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s title can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Tytuł szablonu może mieć najwyżej %n znak.</numerusform>
            <numerusform>Tytuł szablonu może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Tytuł szablonu może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the language the template is written in (a code such as “en” or “de”).</source>
        <translation>Wybierz język, w którym napisano szablon (kod, np. „en” lub „de”).</translation>
    </message>
    <message>
        <source>The template has no text in its source language “%1”.</source>
        <translation>Szablon nie ma tekstu w swoim języku źródłowym „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>„%1” nie jest kodem języka, takim jak „en”, „de” czy „pt-BR”.</translation>
    </message>
    <message>
        <source>The “%1” text is empty; remove the language or write its text.</source>
        <translation>Tekst „%1” jest pusty; usuń ten język lub napisz jego tekst.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Znacznik może mieć najwyżej %n znak.</numerusform>
            <numerusform>Znacznik może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Znacznik może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the “%1” text, line %2, column %3: %4</source>
        <translation>W tekście „%1”, wiersz %2, kolumna %3: %4</translation>
    </message>
    <message>
        <source>The shortcut “%1” is already taken by the template “%2”.</source>
        <translation>Skrót „%1” jest już używany przez szablon „%2”.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nie można zapisać zmiany.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Nie ma takiego szablonu.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be changed.</source>
        <translation>Szablon „%1” został wycofany i nie można go już zmieniać.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for a manager&apos;s decision; it can be changed once it is decided.</source>
        <translation>Wersja %1 czeka na decyzję kierownika; będzie można ją zmienić po podjęciu decyzji.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Nie ma takiej wersji szablonu.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be submitted.</source>
        <translation>Szablon „%1” został wycofany; nie można go przesłać do zatwierdzenia.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for approval; version %1 of “%2” is not one.</source>
        <translation>Do zatwierdzenia można przesłać tylko wersję roboczą; wersja %1 szablonu „%2” nią nie jest.</translation>
    </message>
    <message>
        <source>Only a manager can let people approve their own templates.</source>
        <translation>Tylko kierownik może pozwolić osobom zatwierdzać ich własne szablony.</translation>
    </message>
    <message>
        <source>Approving one&apos;s own templates can only be allowed in a workspace with one person in it.</source>
        <translation>Na zatwierdzanie własnych szablonów można zezwolić tylko w obszarze roboczym, w którym jest jedna osoba.</translation>
    </message>
    <message>
        <source>Only a manager can approve templates.</source>
        <translation>Tylko kierownik może zatwierdzać szablony.</translation>
    </message>
    <message>
        <source>Only a manager can send a template back with changes requested.</source>
        <translation>Tylko kierownik może odesłać szablon z prośbą o zmiany.</translation>
    </message>
    <message>
        <source>Say what should change: the author reads it first.</source>
        <translation>Napisz, co należy zmienić: autor przeczyta to w pierwszej kolejności.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not waiting for approval.</source>
        <translation>Wersja %1 szablonu „%2” nie czeka na zatwierdzenie.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be approved again.</source>
        <translation>Szablon „%1” został wycofany; nie można go ponownie zatwierdzić.</translation>
    </message>
    <message>
        <source>Nobody can approve their own template; another manager must approve “%1”.</source>
        <translation>Nikt nie może zatwierdzić własnego szablonu; szablon „%1” musi zatwierdzić inny kierownik.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Tylko kierownik może wycofywać szablony.</translation>
    </message>
    <message>
        <source>The template “%1” is already retired.</source>
        <translation>Szablon „%1” został już wycofany.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be sent.</source>
        <translation>Szablon „%1” został wycofany i nie można go już wysyłać.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not approved; only approved templates are sent.</source>
        <translation>Wersja %1 szablonu „%2” nie jest zatwierdzona; wysyłane są tylko zatwierdzone szablony.</translation>
    </message>
    <message>
        <source>The template “%1” has no “%2” text.</source>
        <translation>Szablon „%1” nie ma tekstu „%2”.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Znaczniki</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Język źródłowy</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(dodano)</translation>
    </message>
    <message>
        <source>(out of date)</source>
        <translation>(wymaga aktualizacji)</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>The templates could not be written: %1</source>
        <translation>Nie można zapisać szablonów: %1</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>wiersz %1: nieprawidłowy JSON: %2</translation>
    </message>
    <message>
        <source>format: this is not a Hearth template library (“format” must be “%1”).</source>
        <translation>format: to nie jest biblioteka szablonów Hearth („format” musi mieć wartość „%1”).</translation>
    </message>
    <message>
        <source>version: only version %1 of the format can be imported.</source>
        <translation>version: można importować tylko wersję %1 formatu.</translation>
    </message>
    <message>
        <source>templates: a list of templates is missing.</source>
        <translation>templates: brak listy szablonów.</translation>
    </message>
    <message>
        <source>approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>approvals: nie można zweryfikować zatwierdzeń z innego obszaru roboczego; zignorowano.</translation>
    </message>
    <message>
        <source>%1: a template must be an object.</source>
        <translation>%1: szablon musi być obiektem.</translation>
    </message>
    <message>
        <source>%1.%2: a text is expected.</source>
        <translation>%1.%2: oczekiwano tekstu.</translation>
    </message>
    <message>
        <source>%1.crisis: true or false is expected.</source>
        <translation>%1.crisis: oczekiwano wartości true lub false.</translation>
    </message>
    <message>
        <source>%1.tags[%2]: a text is expected.</source>
        <translation>%1.tags[%2]: oczekiwano tekstu.</translation>
    </message>
    <message>
        <source>%1.tags: a list of texts is expected.</source>
        <translation>%1.tags: oczekiwano listy tekstów.</translation>
    </message>
    <message>
        <source>%1.variants: an object of texts by language is expected.</source>
        <translation>%1.variants: oczekiwano obiektu z tekstami według języka.</translation>
    </message>
    <message>
        <source>%1.variants.%2: a text is expected.</source>
        <translation>%1.variants.%2: oczekiwano tekstu.</translation>
    </message>
    <message>
        <source>%1.state: “%2” ignored; the template arrives as a draft.</source>
        <translation>%1.state: zignorowano „%2”; szablon zostanie zaimportowany jako wersja robocza.</translation>
    </message>
    <message>
        <source>%1.approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>%1.approvals: nie można zweryfikować zatwierdzeń z innego obszaru roboczego; zignorowano.</translation>
    </message>
    <message>
        <source>The templates could not be saved.</source>
        <translation>Nie można zapisać szablonów w obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Hearth cannot tell who is signed in to this computer.</source>
        <translation>Hearth nie może ustalić, kto jest zalogowany na tym komputerze.</translation>
    </message>
    <message>
        <source>Your user could not be stored in the workspace.</source>
        <translation>Nie można zapisać twojego użytkownika w obszarze roboczym.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Dział musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Your name cannot be empty: customers see it under your replies.</source>
        <translation>Imię i nazwisko nie może być puste: klienci widzą je pod twoimi odpowiedziami.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Nie ma takiego użytkownika.</translation>
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
    <name>hearth::ActivityList</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Notatka wewnętrzna · %1 · %2</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notatki i historia</translation>
    </message>
    <message>
        <source>No notes or changes yet.</source>
        <translation>Nie ma jeszcze notatek ani zmian.</translation>
    </message>
</context>
<context>
    <name>hearth::ApprovalQueueDialog</name>
    <message>
        <source>%1 (version %2)
%3 · %4 · %5</source>
        <translation>%1 (wersja %2)
%3 · %4 · %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>[%1, out of date]</source>
        <translation>[%1, wymaga aktualizacji]</translation>
    </message>
    <message>
        <source>Only managers decide on templates; you can read the queue.</source>
        <translation>Tylko kierownicy decydują o szablonach; możesz przeglądać kolejkę.</translation>
    </message>
    <message>
        <source>Say what should change: a comment is required.</source>
        <translation>Napisz, co należy zmienić: komentarz jest wymagany.</translation>
    </message>
    <message>
        <source>Approval Queue</source>
        <translation>Kolejka zatwierdzeń</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision, oldest first:</source>
        <translation>&amp;Czekające na decyzję, od najstarszych:</translation>
    </message>
    <message>
        <source>&amp;Changes against the approved version:</source>
        <translation>Z&amp;miany względem zatwierdzonej wersji:</translation>
    </message>
    <message>
        <source>&amp;Texts:</source>
        <translation>&amp;Teksty:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>Optional when approving; required when requesting changes</source>
        <translation>Opcjonalny przy zatwierdzaniu; wymagany, gdy prosisz o zmiany</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <source>Approve every selected version (%1)</source>
        <translation>Zatwierdź wszystkie zaznaczone wersje (%1)</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>&amp;Poproś o zmiany</translation>
    </message>
    <message>
        <source>Send every selected version back to its author with the comment</source>
        <translation>Odeślij każdą zaznaczoną wersję do jej autora z komentarzem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>hearth::AuthorCard</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>The team started this conversation; there is no author to show.</source>
        <translation>Tę rozmowę rozpoczął zespół; nie ma autora do wyświetlenia.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Pierwsza aktywność: %1</translation>
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
        <source>No earlier conversations</source>
        <translation>Brak wcześniejszych rozmów</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Wcześniejsze rozmowy</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Następna rozmowa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następna</translation>
    </message>
    <message>
        <source>Show the next conversation in the list</source>
        <translation>Pokaż następną rozmowę na liście</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Poprzednia rozmowa</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzednia</translation>
    </message>
    <message>
        <source>Show the previous conversation in the list</source>
        <translation>Pokaż poprzednią rozmowę na liście</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <source>Answer where the conversation takes place</source>
        <translation>Odpowiedz tam, gdzie toczy się rozmowa</translation>
    </message>
    <message>
        <source>Pri&amp;vate Message</source>
        <translation>&amp;Wiadomość prywatna</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Wiadomość prywatna</translation>
    </message>
    <message>
        <source>Answer the author in a private message, away from the public thread</source>
        <translation>Odpowiedz autorowi w wiadomości prywatnej, poza publicznym wątkiem</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Rozwiąż</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <source>Mark the conversation as done</source>
        <translation>Oznacz rozmowę jako zakończoną</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>O&amp;twórz ponownie</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Put the conversation back among the open ones</source>
        <translation>Przywróć rozmowę do otwartych</translation>
    </message>
    <message>
        <source>Mark as &amp;Waiting</source>
        <translation>Oznacz jako o&amp;czekującą</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>The ball is in the customer&apos;s court</source>
        <translation>Piłeczka jest po stronie klienta</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Przypisz do &amp;mnie</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Przypisz do mnie</translation>
    </message>
    <message>
        <source>Take the conversation on yourself</source>
        <translation>Weź rozmowę na siebie</translation>
    </message>
    <message>
        <source>Assign &amp;To</source>
        <translation>Przypi&amp;sz do</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Hand the conversation to a person or a department</source>
        <translation>Przekaż rozmowę osobie lub działowi</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>O&amp;dłóż…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <source>Hide the conversation until a later time</source>
        <translation>Ukryj rozmowę do późniejszego terminu</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>&amp;Ustaw przypomnienie…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Przypomnij</translation>
    </message>
    <message>
        <source>Be reminded to come back to the conversation</source>
        <translation>Otrzymaj przypomnienie o powrocie do rozmowy</translation>
    </message>
    <message>
        <source>T&amp;ags…</source>
        <translation>&amp;Znaczniki…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Znaczniki</translation>
    </message>
    <message>
        <source>Add or remove the conversation&apos;s tags</source>
        <translation>Dodaj lub usuń znaczniki rozmowy</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskaluj…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskaluj</translation>
    </message>
    <message>
        <source>Pass the conversation to the team and management, saying why</source>
        <translation>Przekaż rozmowę zespołowi i kierownictwu, podając powód</translation>
    </message>
    <message>
        <source>Add &amp;Internal Note…</source>
        <translation>Dod&amp;aj notatkę wewnętrzną…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Write a note for the team; the customer never sees it</source>
        <translation>Napisz notatkę dla zespołu; klient nigdy jej nie zobaczy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>%1 no longer has the conversation.</source>
        <translation>%1 nie zajmuje się już tą rozmową.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Przypisano do: %1.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>Taken back from %1.</source>
        <translation>Cofnięto przekazanie do działu %1.</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>Przekazano do działu %1.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Usuń przypisanie</translation>
    </message>
    <message>
        <source>Nobody has the conversation now.</source>
        <translation>Nikt nie zajmuje się teraz tą rozmową.</translation>
    </message>
    <message>
        <source>Conversation resolved.</source>
        <translation>Rozmowa rozwiązana.</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>Rozmowa otwarta ponownie.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Oczekiwanie na klienta.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Przypisano do ciebie.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Odłożono do %1.</translation>
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation>Przypomnienie: %1.</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Usunięto przypomnienie.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Zapisano znaczniki.</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3</source>
        <translation>Eskalacja (%1, %2): %3</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>osoba, której nie ma już w obszarze roboczym</translation>
    </message>
    <message>
        <source>Escalation cleared.</source>
        <translation>Wycofano eskalację.</translation>
    </message>
    <message>
        <source>Conversation escalated.</source>
        <translation>Rozmowa eskalowana.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Dodano notatkę.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back.</source>
        <translation>
            <numerusform>Wróciła %n odłożona rozmowa.</numerusform>
            <numerusform>Wróciły %n odłożone rozmowy.</numerusform>
            <numerusform>Wróciło %n odłożonych rozmów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be changed</source>
        <translation>Nie można zmienić rozmowy</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation>(brak tematu)</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Odłożona do %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Przypisana do: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>W dziale %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorytet %1</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Przypomnienie: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2.</source>
        <translation>Eskalacja: %1, %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Powód: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationPane</name>
    <message>
        <source>Select a conversation to read the whole thread and answer it.</source>
        <translation>Wybierz rozmowę, aby przeczytać cały wątek i odpowiedzieć.</translation>
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
        <source>Select a conversation to read the whole thread.</source>
        <translation>Wybierz rozmowę, aby przeczytać cały wątek.</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Komentarz publiczny</translation>
    </message>
    <message>
        <source>Team reply</source>
        <translation>Odpowiedź zespołu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
</context>
<context>
    <name>hearth::EscalateDialog</name>
    <message>
        <source>Escalate Conversation</source>
        <translation>Eskaluj rozmowę</translation>
    </message>
    <message>
        <source>&amp;Why does the team need to know? Management reads this first.</source>
        <translation>&amp;Dlaczego zespół powinien o tym wiedzieć? Kierownictwo przeczyta to w pierwszej kolejności.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskaluj</translation>
    </message>
    <message>
        <source>&amp;Clear Escalation</source>
        <translation>&amp;Wycofaj eskalację</translation>
    </message>
</context>
<context>
    <name>hearth::FollowUpDialog</name>
    <message>
        <source>Follow Up</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>The conversation is listed under “Needs follow-up” from then on.</source>
        <translation>Od tej chwili rozmowa będzie widoczna w widoku „Przypomnienia”.</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Przypomnij:</translation>
    </message>
    <message>
        <source>&amp;Set Follow-up</source>
        <translation>&amp;Ustaw przypomnienie</translation>
    </message>
    <message>
        <source>&amp;Remove Follow-up</source>
        <translation>U&amp;suń przypomnienie</translation>
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
    <message>
        <source>Assignee</source>
        <translation>Przypisana osoba</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Znaczniki</translation>
    </message>
</context>
<context>
    <name>hearth::InboxPage</name>
    <message>
        <source>Newest first</source>
        <translation>Najpierw najnowsze</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Najpierw najstarsze</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <source>Due soonest lists the conversations still waiting for a first answer; in Needs follow-up, by follow-up date</source>
        <translation>„Najbliższy termin” wyświetla rozmowy wciąż czekające na pierwszą odpowiedź; w widoku „Przypomnienia” – według daty przypomnienia</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortuj:</translation>
    </message>
    <message>
        <source>Nothing waiting for the team</source>
        <translation>Nic nie czeka na zespół</translation>
    </message>
    <message>
        <source>New and open conversations show here.</source>
        <translation>Tutaj pojawiają się nowe i otwarte rozmowy.</translation>
    </message>
    <message>
        <source>Everything has an owner</source>
        <translation>Każda rozmowa ma opiekuna</translation>
    </message>
    <message>
        <source>Open conversations that no person or department has taken show here.</source>
        <translation>Tutaj pojawiają się otwarte rozmowy, których nie przejęła żadna osoba ani dział.</translation>
    </message>
    <message>
        <source>Nothing in your hands</source>
        <translation>Nie masz żadnych rozmów</translation>
    </message>
    <message>
        <source>Conversations assigned to you show here until they are resolved or snoozed.</source>
        <translation>Tutaj pojawiają się rozmowy przypisane do ciebie, dopóki nie zostaną rozwiązane lub odłożone.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Nie ma na kogo czekać</translation>
    </message>
    <message>
        <source>Conversations waiting for an answer from outside show here.</source>
        <translation>Tutaj pojawiają się rozmowy czekające na odpowiedź z zewnątrz.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Nic nie jest odłożone</translation>
    </message>
    <message>
        <source>Snoozed conversations wait here until they wake.</source>
        <translation>Odłożone rozmowy czekają tutaj, aż nadejdzie ich czas.</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Nic jeszcze nie rozwiązano</translation>
    </message>
    <message>
        <source>Resolved conversations show here.</source>
        <translation>Tutaj pojawiają się rozwiązane rozmowy.</translation>
    </message>
    <message>
        <source>No follow-ups planned</source>
        <translation>Brak zaplanowanych przypomnień</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date show here.</source>
        <translation>Tutaj pojawiają się rozmowy z datą przypomnienia.</translation>
    </message>
    <message>
        <source>Due soonest shows only conversations still waiting for a first answer.</source>
        <translation>„Najbliższy termin” wyświetla tylko rozmowy wciąż czekające na pierwszą odpowiedź.</translation>
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
    <message>
        <source>Inbox view: %1</source>
        <translation>Widok skrzynki odbiorczej: %1</translation>
    </message>
    <message>
        <source>Show the current inbox tab&apos;s view “%1”</source>
        <translation>Pokaż widok „%1” w bieżącej karcie skrzynki odbiorczej</translation>
    </message>
</context>
<context>
    <name>hearth::InboxViewList</name>
    <message>
        <source>All conversations</source>
        <translation>Wszystkie rozmowy</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Odłożone</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Widoki skrzynki odbiorczej</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
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
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Rozmowa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Skróty klawiszowe…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Wyświetl wszystkie skróty klawiszowe</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Nie wysłano odpowiedzi: %1</translation>
    </message>
    <message>
        <source>This is the last conversation of the list.</source>
        <translation>To ostatnia rozmowa na liście.</translation>
    </message>
    <message>
        <source>This is the first conversation of the list.</source>
        <translation>To pierwsza rozmowa na liście.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Szablony</translation>
    </message>
    <message>
        <source>Approval &amp;Queue…</source>
        <translation>&amp;Kolejka zatwierdzeń…</translation>
    </message>
    <message>
        <source>Template versions waiting for a manager&apos;s decision</source>
        <translation>Wersje szablonów czekające na decyzję kierownika</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n</source>
        <translation>
            <numerusform>Do zatwierdzenia: %n</numerusform>
            <numerusform>Do zatwierdzenia: %n</numerusform>
            <numerusform>Do zatwierdzenia: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template version(s) waiting for approval</source>
        <translation>
            <numerusform>%n wersja szablonu czeka na zatwierdzenie</numerusform>
            <numerusform>%n wersje szablonów czekają na zatwierdzenie</numerusform>
            <numerusform>%n wersji szablonów czeka na zatwierdzenie</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>&amp;Biblioteka szablonów…</translation>
    </message>
    <message>
        <source>Browse, write and submit canned responses</source>
        <translation>Przeglądaj, pisz i wysyłaj do zatwierdzenia gotowe odpowiedzi</translation>
    </message>
</context>
<context>
    <name>hearth::NoteDialog</name>
    <message>
        <source>Add Internal Note</source>
        <translation>Dodaj notatkę wewnętrzną</translation>
    </message>
    <message>
        <source>&amp;Note for the team (the customer never sees it):</source>
        <translation>&amp;Notatka dla zespołu (klient nigdy jej nie zobaczy):</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Dodaj notatkę</translation>
    </message>
</context>
<context>
    <name>hearth::Notifier</name>
    <message>
        <source>Conversation escalated</source>
        <translation>Rozmowa eskalowana</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nowa wiadomość od: %1</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nowe wiadomości</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in your views have new messages.</source>
        <translation>
            <numerusform>%n rozmowa w twoich widokach ma nowe wiadomości.</numerusform>
            <numerusform>%n rozmowy w twoich widokach mają nowe wiadomości.</numerusform>
            <numerusform>%n rozmów w twoich widokach ma nowe wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” from %2 has waited past the response target.</source>
        <translation>Rozmowa „%1” (%2) przekroczyła termin odpowiedzi.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” from %2 needs a first answer within %n minute(s).</source>
        <translation>
            <numerusform>Rozmowa „%1” (%2) wymaga pierwszej odpowiedzi w ciągu %n minuty.</numerusform>
            <numerusform>Rozmowa „%1” (%2) wymaga pierwszej odpowiedzi w ciągu %n minut.</numerusform>
            <numerusform>Rozmowa „%1” (%2) wymaga pierwszej odpowiedzi w ciągu %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>Terminy odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) need a first answer within the next minutes.</source>
        <translation>
            <numerusform>%n rozmowa wymaga pierwszej odpowiedzi w ciągu najbliższych minut.</numerusform>
            <numerusform>%n rozmowy wymagają pierwszej odpowiedzi w ciągu najbliższych minut.</numerusform>
            <numerusform>%n rozmów wymaga pierwszej odpowiedzi w ciągu najbliższych minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
</context>
<context>
    <name>hearth::OutboxDispatcher</name>
    <message>
        <source>The reply was sent, but Hearth could not record it: %1</source>
        <translation>Odpowiedź została wysłana, ale program Hearth nie mógł jej zarejestrować: %1</translation>
    </message>
</context>
<context>
    <name>hearth::OutboxStrip</name>
    <message>
        <source>Private message</source>
        <translation>Wiadomość prywatna</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Odpowiedź publiczna</translation>
    </message>
    <message>
        <source>%1 not sent: “%2”</source>
        <translation>%1 – nie wysłano: „%2”</translation>
    </message>
    <message>
        <source>%1 being sent: “%2”</source>
        <translation>%1 – trwa wysyłanie: „%2”</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: “%2”</source>
        <translation>%1 – czeka na wysłanie: „%2”</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Send this reply again now</source>
        <translation>Wyślij tę odpowiedź ponownie teraz</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Take the text back into the editor to change it</source>
        <translation>Przenieś tekst z powrotem do edytora, aby go zmienić</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Delete this reply without sending it</source>
        <translation>Usuń tę odpowiedź bez wysyłania</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>Odrzucić tę odpowiedź?</translation>
    </message>
    <message>
        <source>The reply will be deleted without being sent. This cannot be undone.</source>
        <translation>Odpowiedź zostanie usunięta bez wysyłania. Tej operacji nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>hearth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Customers see this name under your replies.</source>
        <translation>Klienci widzą je pod twoimi odpowiedziami.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Podpis:</translation>
    </message>
    <message>
        <source>Added under every reply you send, for example:
Best wishes,
Emma</source>
        <translation>Dodawany pod każdą wysyłaną odpowiedzią, na przykład:
Pozdrawiam serdecznie
Emma</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new messages in my views and response targets about to be missed</source>
        <translation>&amp;Wyświetlaj powiadomienia na pulpicie o nowych wiadomościach w moich widokach i o zbliżającym się przekroczeniu terminów odpowiedzi</translation>
    </message>
</context>
<context>
    <name>hearth::ReplyComposer</name>
    <message>
        <source>Write a private message…</source>
        <translation>Napisz wiadomość prywatną…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Napisz odpowiedź publiczną…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Wiersz %1, kolumna %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) after this one)</source>
        <translation>
            <numerusform>(jeszcze %n problem po tym)</numerusform>
            <numerusform>(jeszcze %n problemy po tym)</numerusform>
            <numerusform>(jeszcze %n problemów po tym)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Zostanie wysłane: %1</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <source>The reply was not sent: correct the placeholder first.</source>
        <translation>Nie wysłano odpowiedzi: najpierw popraw symbol zastępczy.</translation>
    </message>
    <message>
        <source>Hi {{author.first_name|there}}, we have sent you a private message so we can sort this out together.</source>
        <translation>Dzień dobry {{author.first_name|Państwu}}, wysłaliśmy prywatną wiadomość, abyśmy mogli wspólnie wyjaśnić tę sprawę.</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>Nie wysłano odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Take private</source>
        <translation>Kontynuuj prywatnie</translation>
    </message>
    <message>
        <source>Answer once in public that the talk continues in a private message, then write that message</source>
        <translation>Odpowiedz raz publicznie, że rozmowa będzie kontynuowana w wiadomości prywatnej, a następnie napisz tę wiadomość</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Wyślij odpowiedź (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>“%1” is not approved yet and cannot be used.</source>
        <translation>Szablon „%1” nie jest jeszcze zatwierdzony i nie można go użyć.</translation>
    </message>
    <message>
        <source>No approved template has the shortcut “%1”.</source>
        <translation>Żaden zatwierdzony szablon nie ma skrótu „%1”.</translation>
    </message>
    <message>
        <source>Only approved templates can be inserted.</source>
        <translation>Wstawiać można tylko zatwierdzone szablony.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>No approved templates</source>
        <translation>Brak zatwierdzonych szablonów</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Insert an approved template (%1); in the reply, type ::shortcut or /shortcut and press Tab</source>
        <translation>Wstaw zatwierdzony szablon (%1); w odpowiedzi wpisz ::skrót lub /skrót i naciśnij Tab</translation>
    </message>
</context>
<context>
    <name>hearth::SearchFilterBar</name>
    <message>
        <source>&amp;Channel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Przypisana osoba:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Znacznik:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
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
    <message>
        <source>No message matches “%1” with these filters.</source>
        <translation>Żadna wiadomość nie pasuje do „%1” przy tych filtrach.</translation>
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
<context>
    <name>hearth::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Żaden skrót nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Type an action or a key</source>
        <translation>Wpisz czynność lub klawisz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
</context>
<context>
    <name>hearth::SnoozeDialog</name>
    <message>
        <source>Snooze Conversation</source>
        <translation>Odłóż rozmowę</translation>
    </message>
    <message>
        <source>In &amp;one hour (%1)</source>
        <translation>&amp;Za godzinę (%1)</translation>
    </message>
    <message>
        <source>This &amp;evening (%1)</source>
        <translation>Dziś &amp;wieczorem (%1)</translation>
    </message>
    <message>
        <source>Tomorrow &amp;morning (%1)</source>
        <translation>&amp;Jutro rano (%1)</translation>
    </message>
    <message>
        <source>Next Mo&amp;nday (%1)</source>
        <translation>W następny &amp;poniedziałek (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Odłóż</translation>
    </message>
</context>
<context>
    <name>hearth::TagsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Znaczniki</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Dodaj znacznik i naciśnij Enter</translation>
    </message>
    <message>
        <source>&amp;Add tag:</source>
        <translation>&amp;Dodaj znacznik:</translation>
    </message>
    <message>
        <source>&amp;Tags of this conversation:</source>
        <translation>&amp;Znaczniki tej rozmowy:</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateEditorDialog</name>
    <message>
        <source>&amp;Crisis template</source>
        <translation>Szablon &amp;kryzysowy</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>Edytuj szablon</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategoria:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Skrót:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Znaczniki:</translation>
    </message>
    <message>
        <source>S&amp;ource language:</source>
        <translation>&amp;Język źródłowy:</translation>
    </message>
    <message>
        <source>Texts by language, with a preview using sample values:</source>
        <translation>Teksty według języka, z podglądem z przykładowymi wartościami:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, wiersz %2, kolumna %3: %4</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateLibraryDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Submit for &amp;Approval</source>
        <translation>Wyślij do &amp;zatwierdzenia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation>Biblioteka szablonów</translation>
    </message>
    <message>
        <source>Search title, shortcut or text</source>
        <translation>Szukaj w tytule, skrócie lub tekście</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Dowolny język</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Użycia</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Texts of the newest version:</source>
        <translation>Teksty najnowszej wersji:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Wersje:</translation>
    </message>
    <message>
        <source>Changes against the version before:</source>
        <translation>Zmiany względem poprzedniej wersji:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Czeka na zatwierdzenie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Poproszono o zmiany</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Zastąpiony</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(Bez kategorii)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (wymaga aktualizacji)</translation>
    </message>
</context>
</TS>
