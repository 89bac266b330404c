<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccountStore</name>
    <message>
        <source>“%1” is not a kind of channel Hearth knows.</source>
        <translation>„%1” nie jest rodzajem kanału znanym programowi Hearth.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Konto musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Konto o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Takie konto nie istnieje.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Nie można usunąć konta.</translation>
    </message>
</context>
<context>
    <name>AutoModeration</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Nadaj regule nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Nazwa reguły może mieć najwyżej %n znak.</numerusform>
            <numerusform>Nazwa reguły może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Nazwa reguły może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what the rule looks for: keywords, links, capitals or repeated posts.</source>
        <translation>Wybierz, czego reguła szuka: słów kluczowych, linków, wielkich liter czy powtarzających się postów.</translation>
    </message>
    <message>
        <source>“%1” is not a mode; a rule is in dry run, live or off.</source>
        <translation>„%1” nie jest trybem; reguła działa w trybie próbnym, na żywo lub jest wyłączona.</translation>
    </message>
    <message numerus="yes">
        <source>A rule can list at most %n line(s).</source>
        <translation>
            <numerusform>Reguła może zawierać najwyżej %n wiersz.</numerusform>
            <numerusform>Reguła może zawierać najwyżej %n wiersze.</numerusform>
            <numerusform>Reguła może zawierać najwyżej %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one keyword or phrase, one per line.</source>
        <translation>Wpisz co najmniej jedno słowo kluczowe lub frazę, po jednym w wierszu.</translation>
    </message>
    <message numerus="yes">
        <source>A keyword or phrase can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Słowo kluczowe lub fraza może mieć najwyżej %n znak.</numerusform>
            <numerusform>Słowo kluczowe lub fraza może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Słowo kluczowe lub fraza może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>„%1” nie zawiera liter ani cyfr, których można szukać.</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as example.com.</source>
        <translation>„%1” nie jest nazwą hosta, taką jak example.com.</translation>
    </message>
    <message>
        <source>The share of capitals must be between %1% and 100%.</source>
        <translation>Udział wielkich liter musi wynosić od %1% do 100%.</translation>
    </message>
    <message>
        <source>A post counts as repeated when it comes between %1 and %2 times a day.</source>
        <translation>Post liczy się jako powtórzony, gdy pojawia się od %1 do %2 razy dziennie.</translation>
    </message>
    <message>
        <source>Name the tag the rule adds.</source>
        <translation>Podaj nazwę znacznika, który reguła dodaje.</translation>
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
        <source>Choose the person or department the rule assigns to.</source>
        <translation>Wybierz osobę lub dział, do których reguła przypisuje rozmowy.</translation>
    </message>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>W tym obszarze roboczym nie ma takiej osoby.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>W tym obszarze roboczym nie ma takiego działu.</translation>
    </message>
    <message>
        <source>Publish the netiquette first: a hidden post cites the rule it broke.</source>
        <translation>Najpierw opublikuj netykietę: ukrycie postu wymaga wskazania naruszonej zasady.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that a hidden post broke.</source>
        <translation>Wybierz zasadę netykiety, którą narusza ukryty post.</translation>
    </message>
    <message>
        <source>Choose what the rule does: flag, tag, hide or assign.</source>
        <translation>Wybierz, co reguła robi: oznacza flagą, dodaje znacznik, ukrywa czy przypisuje.</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>Nie można zapisać reguły.</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>Ta reguła już nie istnieje.</translation>
    </message>
    <message>
        <source>The rule has made decisions; switch it off instead, so they stay reversible.</source>
        <translation>Reguła podjęła już decyzje; zamiast ją usuwać, wyłącz ją, aby można je było nadal cofnąć.</translation>
    </message>
    <message>
        <source>The rule could not be deleted.</source>
        <translation>Nie można usunąć reguły.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) within a day</source>
        <translation>
            <numerusform>%n post w ciągu doby</numerusform>
            <numerusform>%n posty w ciągu doby</numerusform>
            <numerusform>%n postów w ciągu doby</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hide here, flagged instead: %1</source>
        <translation>Nie można tu ukryć, zamiast tego oznaczono flagą: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>Nie można zapisać decyzji.</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Ta rozmowa nie istnieje już w tym obszarze roboczym.</translation>
    </message>
    <message>
        <source>The conversation or the one to assign it to no longer exists.</source>
        <translation>Rozmowa lub osoba bądź dział, do których miała zostać przypisana, już nie istnieje.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Ta decyzja już nie istnieje.</translation>
    </message>
    <message>
        <source>The decision has already been reverted.</source>
        <translation>Ta decyzja została już cofnięta.</translation>
    </message>
    <message>
        <source>The decision could not be reverted.</source>
        <translation>Nie można cofnąć decyzji.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Nie można zapisać zmiany: %1</translation>
    </message>
    <message>
        <source>the published netiquette no longer has the rule it cites</source>
        <translation>opublikowana netykieta nie zawiera już zasady, na którą się powołuje</translation>
    </message>
    <message>
        <source>A new rule starts in dry run: save it, try it on the latest messages, then switch it on.</source>
        <translation>Nowa reguła zaczyna w trybie próbnym: zapisz ją, wypróbuj na najnowszych wiadomościach, a potem ją włącz.</translation>
    </message>
    <message>
        <source>Try “%1” in a dry run first: a rule is switched on only after a dry run of what it now finds and does.</source>
        <translation>Najpierw wypróbuj „%1” w trybie próbnym: reguła zostaje włączona dopiero po przebiegu próbnym tego, co teraz wyszukuje i robi.</translation>
    </message>
</context>
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
    <message>
        <source>An e-mail cannot be hidden: it is in the mailbox. Delete it or mark it as spam instead.</source>
        <translation>Nie można ukryć wiadomości e-mail: znajduje się w skrzynce pocztowej. Zamiast tego usuń ją lub oznacz jako spam.</translation>
    </message>
    <message>
        <source>Deletes the e-mail from the mailbox.</source>
        <translation>Usuwa wiadomość e-mail ze skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>Moves the e-mail to the Junk folder.</source>
        <translation>Przenosi wiadomość e-mail do folderu wiadomości niechcianych.</translation>
    </message>
    <message>
        <source>Blocks the sender in Hearth: their future mail is marked as spam.</source>
        <translation>Blokuje nadawcę w programie Hearth: kolejne wiadomości od tego nadawcy będą oznaczane jako spam.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be hidden there. Mark it as spam to take it out of the inbox.</source>
        <translation>Ten element znajduje się w witrynie, którą Hearth tylko odczytuje: nie można go tam ukryć. Oznacz go jako spam, aby usunąć go ze skrzynki odbiorczej.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be deleted there. Mark it as spam to take it out of the inbox.</source>
        <translation>Ten element znajduje się w witrynie, którą Hearth tylko odczytuje: nie można go tam usunąć. Oznacz go jako spam, aby usunąć go ze skrzynki odbiorczej.</translation>
    </message>
    <message>
        <source>Takes the item out of the inbox (only in Hearth: the site is not told).</source>
        <translation>Usuwa element ze skrzynki odbiorczej (tylko w programie Hearth: witryna nie jest o tym informowana).</translation>
    </message>
    <message>
        <source>The authors of a feed write on other sites: Hearth cannot block them.</source>
        <translation>Autorzy kanału informacyjnego piszą w innych witrynach: Hearth nie może ich zablokować.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account hide other people&apos;s posts. Report it as spam or block the account.</source>
        <translation>Mastodon nie pozwala kontu ukrywać postów innych osób. Zgłoś post jako spam lub zablokuj konto.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account delete other people&apos;s posts; only their server&apos;s moderators can. Report it as spam or block the account.</source>
        <translation>Mastodon nie pozwala kontu usuwać postów innych osób; mogą to zrobić tylko moderatorzy ich serwera. Zgłoś post jako spam lub zablokuj konto.</translation>
    </message>
    <message>
        <source>Reports the post to its server as spam.</source>
        <translation>Zgłasza post jako spam na jego serwerze.</translation>
    </message>
    <message>
        <source>Blocks the account: its posts no longer reach you.</source>
        <translation>Blokuje konto: jego posty przestają do ciebie docierać.</translation>
    </message>
    <message>
        <source>Telegram cannot hide a message. Delete it instead (in groups where the bot may delete messages).</source>
        <translation>Telegram nie umożliwia ukrycia wiadomości. Zamiast tego usuń ją (w grupach, w których bot może usuwać wiadomości).</translation>
    </message>
    <message>
        <source>Deletes the message in the chat (in groups where the bot may delete messages).</source>
        <translation>Usuwa wiadomość na czacie (w grupach, w których bot może usuwać wiadomości).</translation>
    </message>
    <message>
        <source>Deletes the message as spam.</source>
        <translation>Usuwa wiadomość jako spam.</translation>
    </message>
    <message>
        <source>Bans the member from the chat.</source>
        <translation>Blokuje członka na czacie.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action.</source>
        <translation>„%1” nie jest czynnością moderacyjną.</translation>
    </message>
    <message>
        <source>Hearth cannot moderate posts on this channel.</source>
        <translation>Hearth nie może moderować postów w tym kanale.</translation>
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
    <message>
        <source>Use “automod run”.</source>
        <translation>Użyj „automod run”.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-moderation made %n decision(s).</source>
        <translation>
            <numerusform>Automoderacja podjęła %n decyzję.</numerusform>
            <numerusform>Automoderacja podjęła %n decyzje.</numerusform>
            <numerusform>Automoderacja podjęła %n decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “netiquette show [--lang CODE]” or “netiquette export --out DIR”.</source>
        <translation>Użyj „netiquette show [--lang KOD]” lub „netiquette export --out KATALOG”.</translation>
    </message>
    <message>
        <source>The language to show; the source language when missing or not translated.</source>
        <translation>Język do wyświetlenia; język źródłowy, jeśli pominięto lub brak tłumaczenia.</translation>
    </message>
    <message>
        <source>The netiquette has no published version yet.</source>
        <translation>Netykieta nie ma jeszcze opublikowanej wersji.</translation>
    </message>
    <message>
        <source>The netiquette has no “%1” text; showing the source language “%2”.</source>
        <translation>Netykieta nie ma tekstu „%1”; wyświetlany jest język źródłowy „%2”.</translation>
    </message>
    <message>
        <source>Version %1 · published %2 by %3 · %4</source>
        <translation>Wersja %1 · opublikowano %2 (%3) · %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>The folder to write to; created when missing.</source>
        <translation>Katalog docelowy; tworzony, jeśli nie istnieje.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>Say where to write the netiquette: “netiquette export --out DIR”.</source>
        <translation>Podaj, gdzie zapisać netykietę: „netiquette export --out KATALOG”.</translation>
    </message>
    <message>
        <source>Sync only the account called NAME.</source>
        <translation>Synchronizuj tylko konto o nazwie NAZWA.</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Nie ma konta o nazwie „%1”.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: nie zsynchronizowano: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n nowa wiadomość</numerusform>
            <numerusform>%1: %n nowe wiadomości</numerusform>
            <numerusform>%1: %n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: niepowodzenie: %2</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demonstracyjne</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>błąd: %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nigdy nie zsynchronizowano</translation>
    </message>
    <message>
        <source>email, feed, mastodon or telegram</source>
        <translation>email, feed, mastodon lub telegram</translation>
    </message>
    <message>
        <source>What the team calls the account.</source>
        <translation>Nazwa, pod którą zespół zna konto.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>The feed&apos;s URL, the mailbox&apos;s address, the account&apos;s handle.</source>
        <translation>Adres URL kanału informacyjnego, adres skrzynki pocztowej, identyfikator konta.</translation>
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
  netiquette show         show the published netiquette
  netiquette export --out DIR  write the published netiquette as HTML and Markdown
  automod run             let the live auto-moderation rules act on new messages
  sync [--account NAME]   sync the channel accounts once (for scheduled use)
  accounts list           list the channel accounts and their sync state
  accounts add KIND NAME ADDRESS [--setting KEY=VALUE]... [--secret-stdin]
                          add an account; its secret goes to the system&apos;s keychain
  accounts remove NAME --yes  remove an account with its conversations and messages

Run “hearth-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Rdzeń programu Hearth w wierszu poleceń.

Polecenia:
  info                    ścieżka, wersja schematu i liczniki obszaru roboczego
  import PLIK             importuj wiadomości z pliku JSON Lines (- czyta ze standardowego wejścia)
  export [PLIK]           eksportuj wiadomości jako JSON Lines (domyślnie na standardowe wyjście)
  search ZAPYTANIE        szukaj wiadomości, od najnowszych
  stats                   rozmowy według kanału i statusu
  conversations list      wyświetl listę rozmów
  conversations show ID   pokaż rozmowę ze wszystkimi jej wiadomościami
  check                   sprawdź integralność obszaru roboczego
  templates list          wyświetl listę szablonów gotowych odpowiedzi
  templates show ID       pokaż szablon ze wszystkimi jego wersjami
  templates export [PLIK] eksportuj bibliotekę szablonów jako JSON
  templates import PLIK   importuj szablony z pliku JSON jako wersje robocze
  netiquette show         pokaż opublikowaną netykietę
  netiquette export --out KATALOG  zapisz opublikowaną netykietę jako HTML i Markdown
  automod run             zastosuj aktywne reguły automoderacji do nowych wiadomości
  sync [--account NAZWA]  zsynchronizuj konta kanałów jeden raz (do uruchamiania według harmonogramu)
  accounts list           wyświetl listę kont kanałów i stan ich synchronizacji
  accounts add RODZAJ NAZWA ADRES [--setting KLUCZ=WARTOŚĆ]... [--secret-stdin]
                          dodaj konto; jego hasło lub token trafia do systemowej bazy kluczy
  accounts remove NAZWA --yes  usuń konto wraz z jego rozmowami i wiadomościami

Uruchom „hearth-cli POLECENIE --help”, aby wyświetlić opcje polecenia.</translation>
    </message>
    <message>
        <source>Use “accounts list”, “accounts add KIND NAME ADDRESS” or “accounts remove NAME --yes”.</source>
        <translation>Użyj „accounts list”, „accounts add RODZAJ NAZWA ADRES” lub „accounts remove NAZWA --yes”.</translation>
    </message>
    <message>
        <source>A connection setting, such as imapHost=imap.example.org or pollMinutes=15; repeat for more.</source>
        <translation>Ustawienie połączenia, np. imapHost=imap.example.org lub pollMinutes=15; powtórz, aby podać kolejne.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KLUCZ=WARTOŚĆ</translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input into the system&apos;s keychain.</source>
        <translation>Odczytaj hasło lub token z pierwszego wiersza standardowego wejścia i zapisz je w systemowej bazie kluczy.</translation>
    </message>
    <message>
        <source>A setting is KEY=VALUE, not “%1”.</source>
        <translation>Ustawienie ma postać KLUCZ=WARTOŚĆ, a nie „%1”.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Nie można odczytać standardowego wejścia.</translation>
    </message>
    <message>
        <source>--secret-stdin read no secret from standard input.</source>
        <translation>Opcja --secret-stdin nie odczytała ze standardowego wejścia żadnego hasła ani tokenu.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Konto do usunięcia.</translation>
    </message>
    <message>
        <source>Confirm: the account goes with all its conversations and messages, and its secret leaves the keychain.</source>
        <translation>Potwierdź: konto zostanie usunięte wraz ze wszystkimi rozmowami i wiadomościami, a jego hasło lub token zniknie z bazy kluczy.</translation>
    </message>
    <message>
        <source>“accounts remove” removes the account with all its conversations and messages; add --yes to do it.</source>
        <translation>„accounts remove” usuwa konto wraz ze wszystkimi rozmowami i wiadomościami; dodaj --yes, aby to zrobić.</translation>
    </message>
    <message>
        <source>Its password or token is still in the keychain: %1</source>
        <translation>Jego hasło lub token nadal jest w bazie kluczy: %1</translation>
    </message>
    <message>
        <source>Removed %1 with %2 and %3.</source>
        <translation>Usunięto konto %1 wraz z zawartością: %2 i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>Demo accounts never go online.</source>
        <translation>Konta demonstracyjne nigdy nie łączą się z siecią.</translation>
    </message>
    <message>
        <source>Hearth cannot sync %1 accounts yet.</source>
        <translation>Hearth nie potrafi jeszcze synchronizować kont typu %1.</translation>
    </message>
    <message>
        <source>This Mastodon account has no instance address (for example https://mastodon.social).</source>
        <translation>To konto Mastodona nie ma adresu instancji (na przykład https://mastodon.social).</translation>
    </message>
    <message>
        <source>Hearth sends a token only over https (plain http only to this computer), not to %1.</source>
        <translation>Hearth wysyła token tylko przez https (niezaszyfrowany http tylko do tego komputera), nie do %1.</translation>
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
    <message>
        <source>%1 changed the priority from %2 to %3.</source>
        <translation>%1: zmieniono priorytet z %2 na %3.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2”.</source>
        <translation>%1: zastosowano regułę automoderacji „%2”.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2” (%3).</source>
        <translation>%1: zastosowano regułę automoderacji „%2” (%3).</translation>
    </message>
    <message>
        <source>%1 reverted what the auto-moderation rule “%2” did.</source>
        <translation>%1: cofnięto działanie reguły automoderacji „%2”.</translation>
    </message>
    <message>
        <source>%1 unblocked %2.</source>
        <translation>%1: odblokowano %2.</translation>
    </message>
    <message>
        <source>%1 reverted the moderation of a message.</source>
        <translation>%1: cofnięto moderację wiadomości.</translation>
    </message>
    <message>
        <source>%1 queued a notice to the author about the moderation.</source>
        <translation>%1: dodano do kolejki powiadomienie dla autora o moderacji.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>autora</translation>
    </message>
    <message>
        <source>%1 hid a message</source>
        <translation>%1: ukryto wiadomość</translation>
    </message>
    <message>
        <source>%1 deleted a message</source>
        <translation>%1: usunięto wiadomość</translation>
    </message>
    <message>
        <source>%1 marked a message as spam</source>
        <translation>%1: oznaczono wiadomość jako spam</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1: zablokowano %2</translation>
    </message>
    <message>
        <source>%1 moderated a message</source>
        <translation>%1: zmoderowano wiadomość</translation>
    </message>
    <message>
        <source>%1 citing rule %2 “%3”.</source>
        <translation>%1, z powołaniem na zasadę %2 „%3”.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 carried out the moderation on the channel.</source>
        <translation>%1: wykonano moderację w kanale.</translation>
    </message>
    <message>
        <source>%1 could not carry out the moderation on the channel: %2</source>
        <translation>%1: nie udało się wykonać moderacji w kanale: %2</translation>
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
    <name>DeliveryTargets</name>
    <message>
        <source>The conversation of this moderation action is no longer in the workspace.</source>
        <translation>Rozmowy, której dotyczy ta czynność moderacyjna, nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>The conversation is no longer in the workspace.</source>
        <translation>Tej rozmowy nie ma już w obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>DemoAutoModeration</name>
    <message>
        <source>The demo workspace has no Mastodon threads for the auto-moderation demo.</source>
        <translation>Demonstracyjny obszar roboczy nie ma wątków z Mastodona do demonstracji automatycznej moderacji.</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s spam rule made %n decision(s) instead of %1.</source>
        <translation>
            <numerusform>Reguła antyspamowa demonstracji podjęła %n decyzję zamiast %1.</numerusform>
            <numerusform>Reguła antyspamowa demonstracji podjęła %n decyzje zamiast %1.</numerusform>
            <numerusform>Reguła antyspamowa demonstracji podjęła %n decyzji zamiast %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoModeration</name>
    <message>
        <source>Insults the community</source>
        <translation>Obrażanie społeczności</translation>
    </message>
</context>
<context>
    <name>DemoNetiquette</name>
    <message>
        <source>The demo&apos;s netiquette is missing from this build.</source>
        <translation>W tej kompilacji programu brakuje netykiety wersji demonstracyjnej.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette address could not be saved.</source>
        <translation>Nie można zapisać adresu netykiety wersji demonstracyjnej.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette draft does not fit its published text.</source>
        <translation>Wersja robocza netykiety wersji demonstracyjnej nie zgadza się z jej opublikowanym tekstem.</translation>
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
    <name>EmailReader</name>
    <message>
        <source>[Attachment: %1, %2]</source>
        <translation>[Załącznik: %1, %2]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>bez nazwy</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is not an RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>To nie jest kanał RSS ani Atom (zaczyna się od &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>Kanał informacyjny nie jest poprawnie zbudowanym dokumentem XML (wiersz %1, kolumna %2): %3</translation>
    </message>
    <message>
        <source>An entry without an id or a link was skipped: “%1”</source>
        <translation>Pominięto wpis bez identyfikatora i linku: „%1”</translation>
    </message>
    <message>
        <source>An entry without a title or text was skipped: %1</source>
        <translation>Pominięto wpis bez tytułu i treści: %1</translation>
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
    <name>KeywordAlerts</name>
    <message>
        <source>An alert needs at least one word.</source>
        <translation>Alert musi zawierać co najmniej jedno słowo.</translation>
    </message>
    <message>
        <source>An alert needs a tag to mark what it finds.</source>
        <translation>Alert musi mieć znacznik, którym oznaczy to, co znajdzie.</translation>
    </message>
    <message>
        <source>The priority must be between 0 and %1.</source>
        <translation>Priorytet musi mieścić się w zakresie od 0 do %1.</translation>
    </message>
    <message>
        <source>The alerts&apos; tags could not be saved.</source>
        <translation>Nie można zapisać znaczników alertów.</translation>
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
    <name>Moderation</name>
    <message>
        <source>The moderation could not be recorded: %1</source>
        <translation>Nie można zarejestrować moderacji: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the workspace.</source>
        <translation>Tej wiadomości nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>This message was written by the team; moderation is for other people&apos;s posts.</source>
        <translation>Tę wiadomość napisał zespół; moderacja dotyczy postów innych osób.</translation>
    </message>
    <message>
        <source>The message has no known author to block.</source>
        <translation>Wiadomość nie ma znanego autora, którego można by zablokować.</translation>
    </message>
    <message>
        <source>Only a person of this workspace, or its auto-moderation, can moderate.</source>
        <translation>Moderować mogą tylko osoby z tego obszaru roboczego lub jego automoderacja.</translation>
    </message>
    <message>
        <source>%1 is already blocked.</source>
        <translation>%1 jest już na liście zablokowanych.</translation>
    </message>
    <message>
        <source>This message was already moderated; revert that first.</source>
        <translation>Ta wiadomość została już zmoderowana; najpierw cofnij tamtą moderację.</translation>
    </message>
    <message>
        <source>Rule %1 is not in the published netiquette: cite a rule your readers can find.</source>
        <translation>Zasady %1 nie ma w opublikowanej netykiecie: powołaj się na zasadę, którą czytelnicy mogą znaleźć.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that was broken, or “Other” with a reason.</source>
        <translation>Wybierz naruszoną zasadę netykiety lub „Inne” z podaniem powodu.</translation>
    </message>
    <message>
        <source>The moderation could not be recorded: the workspace refused the change.</source>
        <translation>Nie można zarejestrować moderacji: obszar roboczy odrzucił zmianę.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Nie ma takiej wersji szablonu.</translation>
    </message>
    <message>
        <source>The template “%1” cites another rule than the one this moderation cites.</source>
        <translation>Szablon „%1” powołuje się na inną zasadę niż ta moderacja.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Nie można odczytać rozmowy.</translation>
    </message>
    <message>
        <source>There is no such moderation, or its message is gone.</source>
        <translation>Nie ma takiej moderacji lub jej wiadomość już nie istnieje.</translation>
    </message>
    <message>
        <source>This moderation was reverted; there is nothing to tell the author.</source>
        <translation>Ta moderacja została cofnięta; nie ma o czym informować autora.</translation>
    </message>
    <message>
        <source>A notice about this moderation was already sent.</source>
        <translation>Powiadomienie o tej moderacji zostało już wysłane.</translation>
    </message>
    <message>
        <source>The notice could not be queued.</source>
        <translation>Nie można dodać powiadomienia do kolejki.</translation>
    </message>
    <message>
        <source>There is no such moderation.</source>
        <translation>Nie ma takiej moderacji.</translation>
    </message>
    <message>
        <source>This moderation was already reverted.</source>
        <translation>Ta moderacja została już cofnięta.</translation>
    </message>
    <message>
        <source>Only a person of this workspace can revert a moderation.</source>
        <translation>Cofnąć moderację mogą tylko osoby z tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>The message was deleted on its platform; Hearth cannot bring it back there.</source>
        <translation>Wiadomość została usunięta na swojej platformie; Hearth nie może jej tam przywrócić.</translation>
    </message>
    <message>
        <source>The moderation could not be reverted: the workspace refused the change.</source>
        <translation>Nie można cofnąć moderacji: obszar roboczy odrzucił zmianę.</translation>
    </message>
    <message>
        <source>auto-moderation</source>
        <translation>automoderacja</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>były użytkownik</translation>
    </message>
    <message>
        <source>Hidden by %1</source>
        <translation>Ukryto (%1)</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Usunięto (%1)</translation>
    </message>
    <message>
        <source>Marked as spam by %1</source>
        <translation>Oznaczono jako spam (%1)</translation>
    </message>
    <message>
        <source>Author blocked by %1</source>
        <translation>Zablokowano autora (%1)</translation>
    </message>
    <message>
        <source>%1 — rule %2 “%3”</source>
        <translation>%1 — zasada %2 „%3”</translation>
    </message>
    <message>
        <source>%1 — rule #%2</source>
        <translation>%1 — zasada #%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ModerationQueue</name>
    <message>
        <source>The moderation action is no longer waiting for its channel.</source>
        <translation>Czynność moderacyjna nie czeka już na swój kanał.</translation>
    </message>
    <message>
        <source>The moderation&apos;s result could not be saved.</source>
        <translation>Nie można zapisać wyniku moderacji.</translation>
    </message>
</context>
<context>
    <name>NetiquetteDocument</name>
    <message>
        <source>This rule has no title; write it after “##”.</source>
        <translation>Ta zasada nie ma tytułu; wpisz go po „##”.</translation>
    </message>
    <message>
        <source>The rule “%1” has no id yet; saving gives it one.</source>
        <translation>Zasada „%1” nie ma jeszcze identyfikatora; zostanie on nadany przy zapisie.</translation>
    </message>
    <message>
        <source>“{#%1}” is not a rule id; a rule id looks like “{#rule-4}” with a number from 1.</source>
        <translation>„{#%1}” nie jest identyfikatorem zasady; identyfikator zasady wygląda jak „{#rule-4}”, z numerem od 1 wzwyż.</translation>
    </message>
    <message>
        <source>The id rule-%1 is already used by the rule on line %2; remove this one and save to get a new id.</source>
        <translation>Identyfikator rule-%1 jest już używany przez zasadę w wierszu %2; usuń ten identyfikator i zapisz, aby otrzymać nowy.</translation>
    </message>
    <message>
        <source>“%1” refers to rule-%2, which the netiquette does not have.</source>
        <translation>„%1” odwołuje się do zasady rule-%2, której netykieta nie zawiera.</translation>
    </message>
    <message>
        <source>The source text has no rule-%1; copy the id of the rule this one translates.</source>
        <translation>Tekst źródłowy nie zawiera zasady rule-%1; skopiuj identyfikator zasady, którą tłumaczy ta zasada.</translation>
    </message>
    <message>
        <source>The rule “%1” (rule-%2) of the source text is not translated here.</source>
        <translation>Zasada „%1” (rule-%2) tekstu źródłowego nie jest tu przetłumaczona.</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netykieta</translation>
    </message>
</context>
<context>
    <name>NetiquetteExporter</name>
    <message>
        <source>The netiquette has no published version yet; publish it before exporting.</source>
        <translation>Netykieta nie ma jeszcze opublikowanej wersji; opublikuj ją przed eksportem.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Nie można utworzyć katalogu „%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
</context>
<context>
    <name>NetiquetteLibrary</name>
    <message>
        <source>The netiquette could not be changed: %1</source>
        <translation>Nie można zmienić netykiety: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on the netiquette.</source>
        <translation>Nad netykietą mogą pracować tylko osoby z tego obszaru roboczego.</translation>
    </message>
    <message>
        <source>Choose the language the netiquette is written in (a code such as “en” or “de”).</source>
        <translation>Wybierz język, w którym napisano netykietę (kod, np. „en” lub „de”).</translation>
    </message>
    <message>
        <source>The netiquette has no text in its source language “%1”.</source>
        <translation>Netykieta nie ma tekstu w swoim języku źródłowym „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>„%1” nie jest kodem języka, takim jak „en”, „de” czy „pt-BR”.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Nie można zapisać zmiany.</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Tylko kierownik może opublikować netykietę.</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to publish.</source>
        <translation>Nie ma wersji roboczej netykiety do opublikowania.</translation>
    </message>
    <message>
        <source>The netiquette has no rules yet: each rule is a heading such as “## Be kind”.</source>
        <translation>Netykieta nie ma jeszcze zasad: każda zasada to nagłówek, np. „## Szanuj innych”.</translation>
    </message>
    <message>
        <source>The “%1” text cannot be published yet: line %2: %3</source>
        <translation>Nie można jeszcze opublikować tekstu „%1”: wiersz %2: %3</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to discard.</source>
        <translation>Nie ma wersji roboczej netykiety do odrzucenia.</translation>
    </message>
    <message>
        <source>The rule ids could not be saved.</source>
        <translation>Nie udało się zapisać identyfikatorów zasad.</translation>
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
    <name>RuleStatistics</name>
    <message>
        <source>The rule statistics could not be read: %1</source>
        <translation>Nie można odczytać statystyk zasad: %1</translation>
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
    <message>
        <source>There is no rule %1 in the netiquette.</source>
        <translation>W netykiecie nie ma zasady %1.</translation>
    </message>
    <message>
        <source>The template “%1” was never approved, so it cannot be retired; only approved templates are retired.</source>
        <translation>Szablon „%1” nigdy nie został zatwierdzony, więc nie można go wycofać; wycofuje się tylko zatwierdzone szablony.</translation>
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
    <message>
        <source>%1.versions: the file&apos;s version history is ignored; the template arrives as one new draft.</source>
        <translation>%1.versions: historia wersji z pliku zostaje zignorowana; szablon zostanie zaimportowany jako jedna nowa wersja robocza.</translation>
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
    <name>hearth::AccountDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edytuj „%1”</translation>
    </message>
    <message>
        <source>Add a Channel Account</source>
        <translation>Dodaj konto kanału</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Sprawdzaj co:</translation>
    </message>
    <message>
        <source>Telegram&apos;s own (advanced: another Bot API server)</source>
        <translation>Serwer Telegrama (zaawansowane: inny serwer Bot API)</translation>
    </message>
    <message>
        <source>Bot API &amp;server:</source>
        <translation>&amp;Serwer Bot API:</translation>
    </message>
    <message>
        <source>&amp;IMAP server and port:</source>
        <translation>Serwer &amp;IMAP i port:</translation>
    </message>
    <message>
        <source>S&amp;MTP server and port:</source>
        <translation>Serwer S&amp;MTP i port:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Only for a server whose certificate no authority signed</source>
        <translation>Tylko dla serwera, którego certyfikatu nie podpisał żaden urząd certyfikacji</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate:</source>
        <translation>Zaufany &amp;certyfikat:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancja:</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Zaloguj się…</translation>
    </message>
    <message>
        <source>Enter the Mastodon instance&apos;s address, such as https://mastodon.social.</source>
        <translation>Wpisz adres instancji Mastodona, np. https://mastodon.social.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Przechowywane w bazie kluczy; wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Adres kanału informacyjnego:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adres e-mail:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>I&amp;dentyfikator:</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s web address, starting with https:// or http://.</source>
        <translation>Wpisz adres internetowy kanału informacyjnego, zaczynający się od https:// lub http://.</translation>
    </message>
    <message>
        <source>Enter the bot token that @BotFather gave you.</source>
        <translation>Wpisz token bota otrzymany od @BotFather.</translation>
    </message>
    <message>
        <source>The Bot API server&apos;s address must start with https:// or http://.</source>
        <translation>Adres serwera Bot API musi zaczynać się od https:// lub http://.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s e-mail address.</source>
        <translation>Wpisz adres e-mail skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, such as imap.example.org.</source>
        <translation>Wpisz nazwę serwera IMAP, np. imap.example.org.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, such as smtp.example.org.</source>
        <translation>Wpisz nazwę serwera SMTP, np. smtp.example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the mail server knows the mailbox by.</source>
        <translation>Wpisz nazwę użytkownika, pod którą serwer poczty zna tę skrzynkę.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Wpisz hasło skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>There is no certificate file “%1”.</source>
        <translation>Plik certyfikatu „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>Sign in to the instance first.</source>
        <translation>Najpierw zaloguj się w instancji.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>Allow Hearth in the browser window that opened, then come back here.</source>
        <translation>Zezwól programowi Hearth na dostęp w otwartym oknie przeglądarki, a potem wróć tutaj.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in: %1</source>
        <translation>Nie udało się otworzyć przeglądarki. Otwórz ten adres, aby się zalogować: %1</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Logowanie się nie powiodło: %1</translation>
    </message>
    <message>
        <source>Signed in. Save to keep the account.</source>
        <translation>Zalogowano. Zapisz, aby zachować konto.</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Zaufany certyfikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Test się nie powiódł: %1</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>To&amp;ken bota:</translation>
    </message>
</context>
<context>
    <name>hearth::AccountSync</name>
    <message>
        <source>The fetched messages could not be saved.</source>
        <translation>Nie można zapisać pobranych wiadomości.</translation>
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
    <name>hearth::AutoModeration</name>
    <message>
        <source>%1% capitals</source>
        <translation>%1% wielkich liter</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationDialog</name>
    <message>
        <source>Reverted</source>
        <translation>Cofnięta</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the rule would have acted on %n of the last %1 incoming message(s). Nothing was changed.</source>
        <translation>
            <numerusform>Przebieg próbny: reguła zadziałałaby na %n wiadomość z %1 ostatnich przychodzących. Niczego nie zmieniono.</numerusform>
            <numerusform>Przebieg próbny: reguła zadziałałaby na %n wiadomości z %1 ostatnich przychodzących. Niczego nie zmieniono.</numerusform>
            <numerusform>Przebieg próbny: reguła zadziałałaby na %n wiadomości z %1 ostatnich przychodzących. Niczego nie zmieniono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the rule on?</source>
        <translation>Włączyć regułę?</translation>
    </message>
    <message numerus="yes">
        <source>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) among the latest; messages that are already here are left as they are. Each decision can be reverted.</source>
        <translation>
            <numerusform>Od teraz reguła „%1” będzie samodzielnie działać na każdą nową wiadomość przychodzącą: %2. Przebieg próbny znalazł wśród najnowszych %n wiadomość; wiadomości, które już tu są, pozostaną bez zmian. Każdą decyzję można cofnąć.</numerusform>
            <numerusform>Od teraz reguła „%1” będzie samodzielnie działać na każdą nową wiadomość przychodzącą: %2. Przebieg próbny znalazł wśród najnowszych %n wiadomości; wiadomości, które już tu są, pozostaną bez zmian. Każdą decyzję można cofnąć.</numerusform>
            <numerusform>Od teraz reguła „%1” będzie samodzielnie działać na każdą nową wiadomość przychodzącą: %2. Przebieg próbny znalazł wśród najnowszych %n wiadomości; wiadomości, które już tu są, pozostaną bez zmian. Każdą decyzję można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Włącz</translation>
    </message>
    <message>
        <source>Revert this decision?</source>
        <translation>Cofnąć tę decyzję?</translation>
    </message>
    <message>
        <source>What “%1” did to the conversation is undone, where nobody has changed it since. The decision stays in the list, marked reverted.</source>
        <translation>Działanie reguły „%1” na rozmowę zostanie cofnięte, o ile od tego czasu nie zostało zmienione. Decyzja pozostanie na liście, oznaczona jako cofnięta.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Save the rule and run its dry run first.</source>
        <translation>Najpierw zapisz regułę i wykonaj przebieg próbny.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Linki do innych witryn</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Posty wielkimi literami</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Powtarzające się posty</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Znacznik „%1”</translation>
    </message>
    <message>
        <source>Hide (rule %1)</source>
        <translation>Ukryj (zasada %1)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Przypisz do: %1</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>były użytkownik</translation>
    </message>
    <message>
        <source>Assign to a former department</source>
        <translation>Przypisz do byłego działu</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Oznacz flagą</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączona</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Tryb próbny</translation>
    </message>
    <message>
        <source>Auto-Moderation</source>
        <translation>Automoderacja</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reguły</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>D&amp;ecyzje</translation>
    </message>
    <message>
        <source>R&amp;ules (a new rule starts in dry run):</source>
        <translation>Re&amp;guły (nowa reguła zaczyna w trybie próbnym):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Szuka</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Ne&amp;w Rule</source>
        <translation>&amp;Nowa reguła</translation>
    </message>
    <message>
        <source>Switch &amp;On…</source>
        <translation>&amp;Włącz…</translation>
    </message>
    <message>
        <source>Switch O&amp;ff</source>
        <translation>Wy&amp;łącz</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>Zapi&amp;sz regułę</translation>
    </message>
    <message>
        <source>On the last &amp;messages:</source>
        <translation>Liczba ostatnich wiado&amp;mości:</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Przebieg próbny</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Dopasowanie</translation>
    </message>
    <message>
        <source>Would do</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Decisions of live rules, newest first:</source>
        <translation>Decyzje aktywnych reguł, od najnowszych:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Cofnij…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The rule now finds or does something else, so it is back in dry run: try it, then switch it on again.</source>
        <translation>Reguła wykrywa lub robi teraz coś innego, więc wróciła do trybu próbnego: wypróbuj ją, a potem włącz ponownie.</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationRuleEditor</name>
    <message>
        <source>%1 (department)</source>
        <translation>%1 (dział)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Zasada %1: %2</translation>
    </message>
    <message>
        <source>Allowed s&amp;ites:</source>
        <translation>Dozwolone w&amp;itryny:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Słowa &amp;kluczowe:</translation>
    </message>
    <message>
        <source>One host a line, e.g. example.com</source>
        <translation>Jeden host w wierszu, np. example.com</translation>
    </message>
    <message>
        <source>One keyword or phrase a line</source>
        <translation>Jedno słowo kluczowe lub fraza w wierszu</translation>
    </message>
    <message>
        <source>Capitals &amp;at least:</source>
        <translation>Wielkie litery, co n&amp;ajmniej:</translation>
    </message>
    <message>
        <source>&amp;Posts a day:</source>
        <translation>P&amp;ostów dziennie:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Zna&amp;cznik:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Prz&amp;ypisz do:</translation>
    </message>
    <message>
        <source>Cit&amp;e rule:</source>
        <translation>Cy&amp;tuj zasadę:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>&amp;Looks for:</source>
        <translation>Sz&amp;uka:</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>&amp;Działanie:</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Linki do innych witryn</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Posty wielkimi literami</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Powtarzające się posty</translation>
    </message>
    <message>
        <source>Flag (tag “flagged”, high priority)</source>
        <translation>Oznacz flagą (znacznik „flagged”, wysoki priorytet)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Dodaj znacznik</translation>
    </message>
    <message>
        <source>Hide, citing the netiquette</source>
        <translation>Ukryj, powołując się na netykietę</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Publish the netiquette first</source>
        <translation>Najpierw opublikuj netykietę</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelConnector</name>
    <message>
        <source>This channel cannot be answered.</source>
        <translation>Na tym kanale nie można odpowiadać.</translation>
    </message>
    <message>
        <source>This channel does not allow that.</source>
        <translation>Ten kanał na to nie pozwala.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelDelivery</name>
    <message>
        <source>The reply&apos;s account could not be read: %1</source>
        <translation>Nie można odczytać konta odpowiedzi: %1</translation>
    </message>
    <message>
        <source>The conversation of this reply is no longer in the workspace.</source>
        <translation>Rozmowy tej odpowiedzi nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>The reply could not be sent: the connection to the channel of “%1” is not set up yet. It waits in the outbox.</source>
        <translation>Nie można wysłać odpowiedzi: połączenie z kanałem konta „%1” nie jest jeszcze skonfigurowane. Odpowiedź czeka w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>%1 The reply may have arrived all the same: check the conversation on the channel before retrying.</source>
        <translation>%1 Odpowiedź mogła mimo to dotrzeć: zanim spróbujesz ponownie, sprawdź rozmowę w kanale.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelsPanel</name>
    <message>
        <source>in a moment</source>
        <translation>za chwilę</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>za %n minutę</numerusform>
            <numerusform>za %n minuty</numerusform>
            <numerusform>za %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minutę temu</numerusform>
            <numerusform>%n minuty temu</numerusform>
            <numerusform>%n minut temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>za %n godzinę</numerusform>
            <numerusform>za %n godziny</numerusform>
            <numerusform>za %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n godzinę temu</numerusform>
            <numerusform>%n godziny temu</numerusform>
            <numerusform>%n godzin temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Następna synchronizacja</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testuj</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Demo — never goes online</source>
        <translation>Demo — nigdy nie łączy się z siecią</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Czeka na ponowną próbę</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Zatrzymane: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktualne</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Wstrzy&amp;maj</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Testowanie „%1”…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>“%1”: the test failed: %2</source>
        <translation>„%1”: test się nie powiódł: %2</translation>
    </message>
    <message>
        <source>“%1” syncs again.</source>
        <translation>Konto „%1” znów jest synchronizowane.</translation>
    </message>
    <message>
        <source>“%1” is paused: it stays as it is until resumed.</source>
        <translation>Konto „%1” jest wstrzymane: pozostanie bez zmian, dopóki go nie wznowisz.</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <source>Remove the account “%1” from this workspace?</source>
        <translation>Usunąć konto „%1” z tego obszaru roboczego?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>Usunięto konto „%1”.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its password or token is still in the keychain: %2</source>
        <translation>Usunięto konto „%1”, ale jego hasło lub token nadal jest w bazie kluczy: %2</translation>
    </message>
    <message>
        <source>Its %1 and %2 go with it. Nothing changes on the platform itself.</source>
        <translation>Razem z nim zostaną usunięte: %1 i %2. Na samej platformie nic się nie zmieni.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConnectionTest</name>
    <message numerus="yes">
        <source>The connection works: %n message(s) are waiting.</source>
        <translation>
            <numerusform>Połączenie działa: czeka %n wiadomość.</numerusform>
            <numerusform>Połączenie działa: czekają %n wiadomości.</numerusform>
            <numerusform>Połączenie działa: czeka %n wiadomości.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Delete Message…</source>
        <translation>Usuń w&amp;iadomość…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete a message that breaks the house rules, citing the rule</source>
        <translation>Usuń wiadomość naruszającą zasady społeczności, powołując się na zasadę</translation>
    </message>
    <message>
        <source>&amp;Hide Message…</source>
        <translation>Ukr&amp;yj wiadomość…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide a message that breaks the house rules, citing the rule</source>
        <translation>Ukryj wiadomość naruszającą zasady społeczności, powołując się na zasadę</translation>
    </message>
    <message>
        <source>Mar&amp;k as Spam</source>
        <translation>Oznacz ja&amp;ko spam</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>&amp;Block Author…</source>
        <translation>Za&amp;blokuj autora…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Block the author, citing the rule they broke</source>
        <translation>Zablokuj autora, powołując się na naruszoną zasadę</translation>
    </message>
    <message>
        <source>&amp;Undo Moderation…</source>
        <translation>Co&amp;fnij moderację…</translation>
    </message>
    <message>
        <source>Undo moderation</source>
        <translation>Cofnij moderację</translation>
    </message>
    <message>
        <source>Revert the conversation&apos;s latest moderation: the message or author as before</source>
        <translation>Cofnij ostatnią moderację w rozmowie: wiadomość lub autor wracają do poprzedniego stanu</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>&amp;Moderuj</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderuj</translation>
    </message>
    <message>
        <source>Delete, hide or mark a message as spam, or block its author</source>
        <translation>Usuń, ukryj lub oznacz wiadomość jako spam albo zablokuj jej autora</translation>
    </message>
    <message>
        <source>Nobody outside the team wrote in this conversation: there is nothing to moderate.</source>
        <translation>W tej rozmowie nie ma wiadomości spoza zespołu: nie ma czego moderować.</translation>
    </message>
    <message>
        <source>Hearth shows it as before; what the platform was already told stays done there.</source>
        <translation>Hearth wyświetli wiadomość tak jak wcześniej; to, co zostało już przekazane platformie, pozostanie tam bez zmian.</translation>
    </message>
    <message>
        <source>Undo Moderation</source>
        <translation>Cofnij moderację</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>Cofnąć „%1”?</translation>
    </message>
    <message>
        <source>Moderation undone.</source>
        <translation>Cofnięto moderację.</translation>
    </message>
    <message>
        <source>Every message from outside the team here is moderated already.</source>
        <translation>Wszystkie wiadomości spoza zespołu w tej rozmowie są już zmoderowane.</translation>
    </message>
    <message>
        <source>Mark the newest message not yet moderated as spam</source>
        <translation>Oznacz jako spam najnowszą wiadomość, która nie była jeszcze moderowana</translation>
    </message>
    <message>
        <source>%1: the newest message from %2. Undo Moderation takes it back.</source>
        <translation>%1: najnowsza wiadomość od %2. „Cofnij moderację” to odwraca.</translation>
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
    <name>hearth::CredentialStore</name>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Baza kluczy odmówiła dostępu (%1). Odblokuj ją i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Hearth keeps passwords and tokens only in the system&apos;s keychain, such as GNOME Keyring or KWallet: start one and try again.</source>
        <translation>Brak dostępnej bazy kluczy (%1). Hearth przechowuje hasła i tokeny wyłącznie w systemowej bazie kluczy, takiej jak GNOME Keyring czy KWallet: uruchom ją i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret (%1).</source>
        <translation>Baza kluczy nie mogła zapisać hasła ani tokenu (%1).</translation>
    </message>
    <message>
        <source>The workspace has no id to keep its secrets under.</source>
        <translation>Obszar roboczy nie ma identyfikatora, pod którym można by przechowywać jego hasła i tokeny.</translation>
    </message>
</context>
<context>
    <name>hearth::EmailConnector</name>
    <message>
        <source>The trusted certificate %1 cannot be read.</source>
        <translation>Nie można odczytać zaufanego certyfikatu %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password. Check them in the account&apos;s settings.</source>
        <translation>%1 nie przyjął nazwy użytkownika lub hasła. Sprawdź je w ustawieniach konta.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If it is your own server, choose its certificate as trusted in the account&apos;s settings.</source>
        <translation>Certyfikat %1 nie jest zaufany. Jeśli to Twój własny serwer, wybierz jego certyfikat jako zaufany w ustawieniach konta.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The folder is not on %1.</source>
        <translation>Tego folderu nie ma na %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Połączenie z %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1 did not greet as a mail server.</source>
        <translation>%1 nie przywitał się jak serwer poczty.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>Brak bezpiecznego połączenia z %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 odpowiedział błędem: %2</translation>
    </message>
    <message>
        <source>The e-mail is no longer in %1 on %2.</source>
        <translation>Tej wiadomości nie ma już w %1 na %2.</translation>
    </message>
    <message>
        <source>The account has no e-mail address.</source>
        <translation>Konto nie ma adresu e-mail.</translation>
    </message>
    <message>
        <source>The account has no IMAP or SMTP server.</source>
        <translation>Konto nie ma serwera IMAP ani SMTP.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>W bazie kluczy nie ma hasła dla %1.</translation>
    </message>
    <message>
        <source>Mail goes unencrypted only to this computer (127.0.0.1 or ::1). Choose TLS or STARTTLS.</source>
        <translation>Bez szyfrowania poczta trafia tylko do tego komputera (127.0.0.1 lub ::1). Wybierz TLS lub STARTTLS.</translation>
    </message>
    <message>
        <source>An e-mail reply reaches only its recipients: it cannot be sent publicly.</source>
        <translation>Odpowiedź e-mail trafia tylko do adresatów: nie można jej wysłać publicznie.</translation>
    </message>
    <message>
        <source>The reply has no recipient address.</source>
        <translation>Odpowiedź nie ma adresu odbiorcy.</translation>
    </message>
    <message>
        <source>An e-mail can be deleted or moved to the Junk folder, nothing else.</source>
        <translation>Wiadomość e-mail można usunąć albo przenieść do folderu Spam, nic więcej.</translation>
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
    <name>hearth::FeedConnector</name>
    <message>
        <source>The feed address must start with http:// or https://.</source>
        <translation>Adres kanału informacyjnego musi zaczynać się od http:// lub https://.</translation>
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
    <name>hearth::HttpJob</name>
    <message>
        <source>The server sent more than %1 MB; Hearth stopped reading.</source>
        <translation>Serwer wysłał więcej niż %1 MB; Hearth przerwał odczyt.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Serwer %1 nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <source>The server asked Hearth to slow down.</source>
        <translation>Serwer poprosił program Hearth o zwolnienie tempa.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1). Check the account&apos;s credentials.</source>
        <translation>Serwer odrzucił logowanie (HTTP %1). Sprawdź dane logowania konta.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Wystąpił problem po stronie serwera (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serwer odrzucił żądanie (HTTP %1).</translation>
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
    <message>
        <source>Co&amp;mmunity</source>
        <translation>Sp&amp;ołeczność</translation>
    </message>
    <message>
        <source>Rule &amp;Statistics…</source>
        <translation>&amp;Statystyki zasad…</translation>
    </message>
    <message>
        <source>How often moderation cited each rule of the netiquette</source>
        <translation>Jak często moderacja powoływała się na poszczególne zasady netykiety</translation>
    </message>
    <message>
        <source>&amp;Auto-Moderation…</source>
        <translation>&amp;Automoderacja…</translation>
    </message>
    <message>
        <source>Rules that flag, tag, hide or assign incoming messages by themselves</source>
        <translation>Reguły, które samodzielnie oznaczają flagą, dodają znaczniki, ukrywają lub przypisują wiadomości przychodzące</translation>
    </message>
    <message>
        <source>&amp;Netiquette Editor…</source>
        <translation>Edytor &amp;netykiety…</translation>
    </message>
    <message>
        <source>Write, publish and export the community&apos;s house rules</source>
        <translation>Pisz, publikuj i eksportuj zasady społeczności</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanały…</translation>
    </message>
    <message>
        <source>The channel accounts: add, test, pause and remove them, and see how they sync</source>
        <translation>Konta kanałów: dodawaj, testuj, wstrzymuj i usuwaj je oraz sprawdzaj, jak się synchronizują</translation>
    </message>
    <message>
        <source>Channels do not sync: %1</source>
        <translation>Kanały nie są synchronizowane: %1</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonConnector</name>
    <message>
        <source>The stored Mastodon sync position is not a notification id.</source>
        <translation>Zapisana pozycja synchronizacji Mastodona nie jest identyfikatorem powiadomienia.</translation>
    </message>
    <message>
        <source>The Mastodon instance sent notifications Hearth cannot read.</source>
        <translation>Instancja Mastodona wysłała powiadomienia, których Hearth nie potrafi odczytać.</translation>
    </message>
    <message>
        <source>A Mastodon notification of this page has no id; skipped.</source>
        <translation>Powiadomienie Mastodona na tej stronie nie ma identyfikatora; pominięto.</translation>
    </message>
    <message>
        <source>Mastodon notification %1 could not be read (%2); skipped.</source>
        <translation>Nie można odczytać powiadomienia Mastodona %1 (%2); pominięto.</translation>
    </message>
    <message>
        <source>The direct conversations could not be read: %1</source>
        <translation>Nie można odczytać rozmów prywatnych: %1</translation>
    </message>
    <message>
        <source>the answer is not a list.</source>
        <translation>odpowiedź nie jest listą.</translation>
    </message>
    <message>
        <source>A direct conversation&apos;s status could not be read (%1); skipped.</source>
        <translation>Nie można odczytać postu z rozmowy prywatnej (%1); pominięto.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon post this answers.</source>
        <translation>Hearth nie wie, na który post na Mastodonie jest to odpowiedź.</translation>
    </message>
    <message>
        <source>Hearth does not know the Mastodon address of the person to write to.</source>
        <translation>Hearth nie zna adresu na Mastodonie osoby, do której ma napisać.</translation>
    </message>
    <message>
        <source>The Mastodon post this answers no longer exists.</source>
        <translation>Post na Mastodonie, na który jest to odpowiedź, już nie istnieje.</translation>
    </message>
    <message>
        <source>The Mastodon instance took the post but its answer could not be read.</source>
        <translation>Instancja Mastodona przyjęła post, ale nie można odczytać jej odpowiedzi.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon account or post this is.</source>
        <translation>Hearth nie wie, o które konto lub który post na Mastodonie chodzi.</translation>
    </message>
    <message>
        <source>Reported as spam by the community team.</source>
        <translation>Zgłoszone jako spam przez zespół obsługujący społeczność.</translation>
    </message>
    <message>
        <source>The Mastodon account or post no longer exists.</source>
        <translation>Konto lub post na Mastodonie już nie istnieje.</translation>
    </message>
    <message>
        <source>Hearth is not signed in to this Mastodon account: sign in again.</source>
        <translation>Hearth nie jest zalogowany na tym koncie Mastodona: zaloguj się ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>The Mastodon instance asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Instancja Mastodona poprosiła program Hearth o wstrzymanie zapytań na %n sekundę.</numerusform>
            <numerusform>Instancja Mastodona poprosiła program Hearth o wstrzymanie zapytań na %n sekundy.</numerusform>
            <numerusform>Instancja Mastodona poprosiła program Hearth o wstrzymanie zapytań na %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mastodon instance did not accept Hearth&apos;s sign-in (it may have been revoked). Sign in again.</source>
        <translation>Instancja Mastodona nie zaakceptowała logowania programu Hearth (mogło zostać cofnięte). Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>%1 The instance said: %2</source>
        <translation>%1 Odpowiedź instancji: %2</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonSignIn</name>
    <message>
        <source>Hearth could not wait for the browser&apos;s answer: no port on 127.0.0.1 was free.</source>
        <translation>Hearth nie mógł czekać na odpowiedź przeglądarki: na 127.0.0.1 nie było wolnego portu.</translation>
    </message>
    <message>
        <source>Hearth has the answer. You can close this page and go back to Hearth.</source>
        <translation>Hearth otrzymał odpowiedź. Możesz zamknąć tę stronę i wrócić do programu Hearth.</translation>
    </message>
    <message>
        <source>Could not reach the Mastodon instance %1: %2</source>
        <translation>Nie można połączyć się z instancją Mastodona %1: %2</translation>
    </message>
    <message>
        <source>%1 did not let Hearth register as an app (HTTP %2). %3</source>
        <translation>Instancja %1 nie pozwoliła programowi Hearth zarejestrować się jako aplikacja (HTTP %2). %3</translation>
    </message>
    <message>
        <source>%1 answered in a way Hearth cannot read; is it a Mastodon instance?</source>
        <translation>Serwer %1 odpowiedział w sposób, którego Hearth nie potrafi odczytać; czy to na pewno instancja Mastodona?</translation>
    </message>
    <message>
        <source>The sign-in to %1 was declined in the browser.</source>
        <translation>Logowanie do %1 zostało odrzucone w przeglądarce.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>Instancja %1 odrzuciła logowanie: %2</translation>
    </message>
    <message>
        <source>Hearth refused an answer to the sign-in that was not for it (the state did not match). Sign in again.</source>
        <translation>Hearth odrzucił odpowiedź na logowanie, która nie była przeznaczona dla niego (parametr state się nie zgadzał). Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an authorization code.</source>
        <translation>Instancja %1 odpowiedziała na logowanie bez kodu autoryzacji.</translation>
    </message>
    <message>
        <source>%1 did not give Hearth access (HTTP %2): %3</source>
        <translation>Instancja %1 nie przyznała programowi Hearth dostępu (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 sent an access token Hearth cannot read.</source>
        <translation>Instancja %1 wysłała token dostępu, którego Hearth nie potrafi odczytać.</translation>
    </message>
</context>
<context>
    <name>hearth::ModerationDialog</name>
    <message>
        <source>Send a &amp;notice to the author</source>
        <translation>Wyślij autorowi &amp;powiadomienie</translation>
    </message>
    <message>
        <source>Moderate a Message</source>
        <translation>Moderuj wiadomość</translation>
    </message>
    <message>
        <source>Why, in a sentence the author can understand</source>
        <translation>Dlaczego – jednym zdaniem zrozumiałym dla autora</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Wiadomość:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <source>&amp;Rule broken:</source>
        <translation>&amp;Naruszona zasada:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>P&amp;owód:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Podgląd:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (already moderated)</source>
        <translation>%1 (już zmoderowana)</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Usuń wiadomość</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>Ukryj wiadomość</translation>
    </message>
    <message>
        <source>Mark the message as spam</source>
        <translation>Oznacz wiadomość jako spam</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Zablokuj autora</translation>
    </message>
    <message>
        <source>Choose the rule that was broken</source>
        <translation>Wybierz naruszoną zasadę</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Inne…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>U&amp;kryj</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Oznacz j&amp;ako spam</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Zablokuj</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteEditor</name>
    <message>
        <source>Netiquette Editor[*]</source>
        <translation>Edytor netykiety[*]</translation>
    </message>
    <message>
        <source>&amp;Netiquette</source>
        <translation>&amp;Netykieta</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netykieta</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Zapisz wersję roboczą</translation>
    </message>
    <message>
        <source>Save the texts as the draft; new rules get their ids</source>
        <translation>Zapisz teksty jako wersję roboczą; nowe zasady otrzymają identyfikatory</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Opublikuj…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>Od&amp;rzuć wersję roboczą…</translation>
    </message>
    <message>
        <source>Throw the draft and unsaved changes away</source>
        <translation>Odrzuć wersję roboczą i niezapisane zmiany</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Every published version, with who published it and when</source>
        <translation>Wszystkie opublikowane wersje wraz z osobą publikującą i datą publikacji</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Write the published version as HTML and Markdown for the website</source>
        <translation>Zapisz opublikowaną wersję jako HTML i Markdown dla witryny internetowej</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zam&amp;knij</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>Napisano &amp;w języku:</translation>
    </message>
    <message>
        <source>The language the rules are written in first; the others are its translations</source>
        <translation>Język, w którym zasady są pisane najpierw; pozostałe są jego tłumaczeniami</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Zasady</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemy</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source># House rules

What this page is for, in a few sentences.

## Be kind

Each rule is a level-2 heading; saving gives it an id that moderation cites.

## No advertising

…</source>
        <translation># Zasady społeczności

Kilka zdań o tym, czemu służy ta strona.

## Szanuj innych

Każda zasada to nagłówek drugiego poziomu; przy zapisie otrzymuje identyfikator, na który powołuje się moderacja.

## Bez reklam

…</translation>
    </message>
    <message>
        <source>The netiquette was changed elsewhere; saving replaces that draft.</source>
        <translation>Netykieta została zmieniona gdzie indziej; zapisanie zastąpi tamtą wersję roboczą.</translation>
    </message>
    <message>
        <source>Pro&amp;blems (%1)</source>
        <translation>Pro&amp;blemy (%1)</translation>
    </message>
    <message>
        <source>Draft of version %1, saved %2.</source>
        <translation>Wersja robocza (wersja %1), zapisano %2.</translation>
    </message>
    <message>
        <source>Published version %1. Saving changes starts a new draft.</source>
        <translation>Opublikowana wersja %1. Zapisanie zmian rozpocznie nową wersję roboczą.</translation>
    </message>
    <message>
        <source>No netiquette yet: write the rules as level-2 headings and save a draft.</source>
        <translation>Nie ma jeszcze netykiety: napisz zasady jako nagłówki drugiego poziomu i zapisz wersję roboczą.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Make the draft the netiquette moderation cites</source>
        <translation>Ustaw wersję roboczą jako netykietę, na którą powołuje się moderacja</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette</source>
        <translation>Tylko kierownik może opublikować netykietę</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Nie można zapisać wersji roboczej</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Zapisano wersję roboczą.</translation>
    </message>
    <message>
        <source>The netiquette was not published</source>
        <translation>Nie opublikowano netykiety</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Tylko kierownik może opublikować netykietę.</translation>
    </message>
    <message>
        <source>The netiquette cannot be published yet</source>
        <translation>Nie można jeszcze opublikować netykiety</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems marked as errors first (%n error(s) in the list).</source>
        <translation>
            <numerusform>Najpierw popraw problemy oznaczone jako błędy (na liście jest %n błąd).</numerusform>
            <numerusform>Najpierw popraw problemy oznaczone jako błędy (na liście są %n błędy).</numerusform>
            <numerusform>Najpierw popraw problemy oznaczone jako błędy (na liście jest %n błędów).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 becomes the netiquette that moderation cites and {{rule.N}} renders.</source>
        <translation>Wersja %1 stanie się netykietą, na którą powołuje się moderacja i którą wstawia symbol zastępczy {{rule.N}}.</translation>
    </message>
    <message>
        <source>Version %1, published now, stays readable in the history.</source>
        <translation>Wersja %1, obecnie opublikowana, pozostanie dostępna w historii.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Niezapisane zmiany zostaną najpierw zapisane.</translation>
    </message>
    <message>
        <source>Publish the netiquette?</source>
        <translation>Opublikować netykietę?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Opublikuj</translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation>Opublikowano wersję %1.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Odrzucić wersję roboczą?</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away; the editor shows the published version again. This cannot be undone.</source>
        <translation>Wersja robocza i niezapisane zmiany zostaną odrzucone; edytor ponownie wyświetli opublikowaną wersję. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away. This cannot be undone.</source>
        <translation>Wersja robocza i niezapisane zmiany zostaną odrzucone. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Nie odrzucono wersji roboczej</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Odrzucono wersję roboczą.</translation>
    </message>
    <message>
        <source>Export the Published Netiquette To</source>
        <translation>Eksportuj opublikowaną netykietę do</translation>
    </message>
    <message>
        <source>The netiquette was not exported</source>
        <translation>Nie wyeksportowano netykiety</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n plik do %1.</numerusform>
            <numerusform>Wyeksportowano %n pliki do %1.</numerusform>
            <numerusform>Wyeksportowano %n plików do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the netiquette draft?</source>
        <translation>Zapisać wersję roboczą netykiety?</translation>
    </message>
    <message>
        <source>Your changes to the netiquette are not saved yet.</source>
        <translation>Zmiany w netykiecie nie zostały jeszcze zapisane.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteHistoryDialog</name>
    <message>
        <source>Netiquette History</source>
        <translation>Historia netykiety</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Bieżąca</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Zastąpiona</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>No version of the netiquette has been published yet.</source>
        <translation>Nie opublikowano jeszcze żadnej wersji netykiety.</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. Written in %4.</source>
        <translation>Wersja %1, opublikowano %2 (%3). Język źródłowy: %4.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteOutline</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowa</translation>
    </message>
    <message>
        <source>Saving the draft gives this rule its id</source>
        <translation>Zapisanie wersji roboczej nada tej zasadzie identyfikator</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteWarningList</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation>Błąd: publikacja będzie możliwa po jego poprawieniu</translation>
    </message>
    <message>
        <source>Warning: saving the draft fixes it</source>
        <translation>Ostrzeżenie: zapisanie wersji roboczej rozwiąże ten problem</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
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
    <message>
        <source>The reply was not sent: the template “%1” was retired or replaced by a newer version since you inserted it. Remove its text and insert the template again.</source>
        <translation>Odpowiedź nie została wysłana: szablon „%1” został wycofany lub zastąpiony nowszą wersją, odkąd go wstawiono. Usuń jego tekst i wstaw szablon ponownie.</translation>
    </message>
</context>
<context>
    <name>hearth::RuleStatisticsDialog</name>
    <message>
        <source>Rule Statistics</source>
        <translation>Statystyki zasad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Cytowania</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation>Zasada #%1</translation>
    </message>
    <message>
        <source>%1 (no longer published)</source>
        <translation>%1 (nie jest już opublikowana)</translation>
    </message>
    <message>
        <source>Never cited</source>
        <translation>Nigdy nie cytowano</translation>
    </message>
    <message>
        <source>The netiquette has no published rules yet, and no moderation cited one.</source>
        <translation>Netykieta nie ma jeszcze opublikowanych zasad i żadna moderacja nie powołała się na zasadę.</translation>
    </message>
    <message numerus="yes">
        <source>How often moderation cited each rule (reverted actions are left out). %n published rule(s) never cited.</source>
        <translation>
            <numerusform>Jak często moderacja powoływała się na poszczególne zasady (bez cofniętych działań). Na %n opublikowaną zasadę nigdy się nie powołano.</numerusform>
            <numerusform>Jak często moderacja powoływała się na poszczególne zasady (bez cofniętych działań). Na %n opublikowane zasady nigdy się nie powołano.</numerusform>
            <numerusform>Jak często moderacja powoływała się na poszczególne zasady (bez cofniętych działań). Na %n opublikowanych zasad nigdy się nie powołano.</numerusform>
        </translation>
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
    <name>hearth::SyncWorker</name>
    <message>
        <source>The workspace could not be opened for sending.</source>
        <translation>Nie można otworzyć obszaru roboczego do wysyłania.</translation>
    </message>
    <message>
        <source>The account of this conversation is no longer in the workspace.</source>
        <translation>Konta tej rozmowy nie ma już w obszarze roboczym.</translation>
    </message>
    <message>
        <source>“%1” is paused. The reply waits in the outbox until the account is resumed.</source>
        <translation>Konto „%1” jest wstrzymane. Odpowiedź czeka w skrzynce nadawczej do wznowienia konta.</translation>
    </message>
    <message>
        <source>“%1” is still connecting. The reply waits in the outbox.</source>
        <translation>Konto „%1” wciąż się łączy. Odpowiedź czeka w skrzynce nadawczej.</translation>
    </message>
    <message>
        <source>“%1” is not connected: %2</source>
        <translation>Konto „%1” nie jest połączone: %2</translation>
    </message>
    <message>
        <source>The account&apos;s connection was restarted before the channel answered.</source>
        <translation>Połączenie konta zostało uruchomione ponownie, zanim kanał odpowiedział.</translation>
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
    <name>hearth::TelegramConnector</name>
    <message>
        <source>The stored Telegram sync position is not a number.</source>
        <translation>Zapisana pozycja synchronizacji Telegrama nie jest liczbą.</translation>
    </message>
    <message>
        <source>Telegram sent updates Hearth cannot read (not a list).</source>
        <translation>Telegram wysłał aktualizacje, których Hearth nie potrafi odczytać (to nie jest lista).</translation>
    </message>
    <message>
        <source>Telegram update %1 of this page has no update_id; skipped.</source>
        <translation>Aktualizacja Telegrama %1 na tej stronie nie ma update_id; pominięto.</translation>
    </message>
    <message>
        <source>Telegram update %1 could not be read (%2); skipped.</source>
        <translation>Nie można odczytać aktualizacji Telegrama %1 (%2); pominięto.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram chat this conversation is in.</source>
        <translation>Hearth nie wie, na którym czacie Telegrama toczy się ta rozmowa.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot write to this chat (the person may have blocked the bot or never started it, or the bot left the group).</source>
        <translation>Telegram nie pozwolił botowi pisać na tym czacie (ta osoba mogła zablokować bota lub nigdy go nie uruchomić albo bot opuścił grupę).</translation>
    </message>
    <message>
        <source>Telegram sent the message but its answer could not be read.</source>
        <translation>Telegram wysłał wiadomość, ale nie można odczytać jego odpowiedzi.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram message to delete.</source>
        <translation>Hearth nie wie, którą wiadomość Telegrama usunąć.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot delete this message. A bot may delete other people&apos;s messages only in groups where it is an administrator allowed to delete messages, and only for 48 hours. Telegram said: %1</source>
        <translation>Telegram nie pozwolił botowi usunąć tej wiadomości. Bot może usuwać wiadomości innych osób tylko w grupach, w których jest administratorem z uprawnieniem do usuwania wiadomości, i tylko przez 48 godzin. Odpowiedź Telegrama: %1</translation>
    </message>
    <message>
        <source>No bot token is set for this Telegram account: enter the token @BotFather gave.</source>
        <translation>Dla tego konta Telegrama nie ustawiono tokenu bota: wpisz token otrzymany od @BotFather.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Check it with @BotFather.</source>
        <translation>Telegram nie zaakceptował tokenu bota. Sprawdź go u @BotFather.</translation>
    </message>
    <message>
        <source>Telegram sent an answer Hearth cannot read.</source>
        <translation>Telegram wysłał odpowiedź, której Hearth nie potrafi odczytać.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Telegram poprosił program Hearth o wstrzymanie zapytań na %n sekundę.</numerusform>
            <numerusform>Telegram poprosił program Hearth o wstrzymanie zapytań na %n sekundy.</numerusform>
            <numerusform>Telegram poprosił program Hearth o wstrzymanie zapytań na %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP %1): %2</source>
        <translation>Wystąpił problem po stronie Telegrama (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Telegram refused the request (%1): %2</source>
        <translation>Telegram odrzucił żądanie (%1): %2</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram member to ban from which chat.</source>
        <translation>Hearth nie wie, którego członka Telegrama i na którym czacie zablokować.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot ban this member. A bot may ban members only in groups where it is an administrator allowed to restrict members. Telegram said: %1</source>
        <translation>Telegram nie pozwolił botowi zablokować tego członka. Bot może blokować członków tylko w grupach, w których jest administratorem z uprawnieniem do ograniczania członków. Odpowiedź Telegrama: %1</translation>
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
    <message>
        <source>Add &amp;Language…</source>
        <translation>&amp;Dodaj język…</translation>
    </message>
    <message>
        <source>typed as ::name or /name in a reply</source>
        <translation>wpisywany w odpowiedzi jako ::nazwa lub /nazwa</translation>
    </message>
    <message>
        <source>The language the others are translated from: when its text changes, the other languages are marked out of date.</source>
        <translation>Język, z którego tłumaczone są pozostałe: gdy zmieni się jego tekst, pozostałe języki zostaną oznaczone jako wymagające aktualizacji.</translation>
    </message>
    <message>
        <source>Adds a text in another language, by its code such as “es” or “pt-BR”.</source>
        <translation>Dodaje tekst w innym języku, określonym kodem, np. „es” lub „pt-BR”.</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kategori&amp;a:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Skrót:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Znaczniki:</translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation>%1 (wymaga aktualizacji)</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: update it.</source>
        <translation>Tekst źródłowy zmienił się po napisaniu tego tłumaczenia: zaktualizuj je.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Type a code such as “es”, “pt-BR” or “zh-Hant”.</source>
        <translation>„%1” nie jest kodem języka. Wpisz kod, np. „es”, „pt-BR” lub „zh-Hant”.</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Dodaj język</translation>
    </message>
    <message>
        <source>Language code, such as “es”, “pt-BR” or “zh-Hant”:</source>
        <translation>Kod języka, np. „es”, „pt-BR” lub „zh-Hant”:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Alex Example</source>
        <comment>sample author&apos;s full name in the preview</comment>
        <translation>Aleks Przykładowy</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>sample author&apos;s first name in the preview</comment>
        <translation>Aleks</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>sample channel name in the preview</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Rule %1: …</source>
        <comment>sample rule citation in the preview</comment>
        <translation>Zasada %1: …</translation>
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
    <message>
        <source>&amp;Retire…</source>
        <translation>Wy&amp;cofaj…</translation>
    </message>
    <message>
        <source>Finds approved templates that nobody has used for a while.</source>
        <translation>Wyszukuje zatwierdzone szablony, które od dawna nie były używane.</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Dowolne użycie</translation>
    </message>
    <message>
        <source>Unused for 30 days</source>
        <translation>Nieużywane od 30 dni</translation>
    </message>
    <message>
        <source>Unused for 90 days</source>
        <translation>Nieużywane od 90 dni</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nigdy nieużywane</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ostatnie użycie</translation>
    </message>
    <message>
        <source>How often the template was inserted into a reply</source>
        <translation>Jak często szablon był wstawiany do odpowiedzi</translation>
    </message>
    <message>
        <source>Language or person</source>
        <translation>Język lub osoba</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Wersje</translation>
    </message>
    <message>
        <source>U&amp;sage</source>
        <translation>&amp;Użycie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n out of date)</source>
        <translation>
            <numerusform>%1 (%n wymaga aktualizacji)</numerusform>
            <numerusform>%1 (%n wymagają aktualizacji)</numerusform>
            <numerusform>%1 (%n wymaga aktualizacji)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Not used in a reply yet.</source>
        <translation>Nie użyto jeszcze w żadnej odpowiedzi.</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Według języka</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Według osoby</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>osoba, której nie ma już w obszarze roboczym</translation>
    </message>
    <message>
        <source>Takes the template out of the composer; its versions stay readable here.</source>
        <translation>Usuwa szablon z edytora odpowiedzi; jego wersje pozostaną tu dostępne do odczytu.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Tylko kierownik może wycofywać szablony.</translation>
    </message>
    <message>
        <source>Retire Template</source>
        <translation>Wycofaj szablon</translation>
    </message>
    <message>
        <source>Retire “%1”?

It leaves the composer: nobody can insert or send it any more, and its
drafts can no longer be submitted or approved. All its versions stay
readable in the library. Retiring cannot be undone.

Comment (optional):</source>
        <translation>Wycofać szablon „%1”?

Zniknie z edytora odpowiedzi: nikt nie będzie mógł go już wstawić ani wysłać,
a jego wersji roboczych nie będzie można przesłać do zatwierdzenia ani zatwierdzić.
Wszystkie jego wersje pozostaną dostępne w bibliotece. Wycofania nie można cofnąć.

Komentarz (opcjonalny):</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
</context>
</TS>
