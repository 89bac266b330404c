<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountStore</name>
    <message>
        <source>“%1” is not a kind of channel Hearth knows.</source>
        <translation>„%1“ ist kein Kanaltyp, den Hearth kennt.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Das Konto konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>AutoModeration</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Der Name einer Regel darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Name einer Regel darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what the rule looks for: keywords, links, capitals or repeated posts.</source>
        <translation>Wählen Sie, wonach die Regel sucht: Begriffe, Links, Großbuchstaben oder wiederholte Beiträge.</translation>
    </message>
    <message>
        <source>“%1” is not a mode; a rule is in dry run, live or off.</source>
        <translation>„%1“ ist kein Modus; eine Regel ist im Probelauf, aktiv oder aus.</translation>
    </message>
    <message numerus="yes">
        <source>A rule can list at most %n line(s).</source>
        <translation>
            <numerusform>Eine Regel darf höchstens %n Zeile enthalten.</numerusform>
            <numerusform>Eine Regel darf höchstens %n Zeilen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one keyword or phrase, one per line.</source>
        <translation>Geben Sie mindestens einen Begriff oder eine Wortgruppe ein, eine pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>A keyword or phrase can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Ein Begriff oder eine Wortgruppe darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Begriff oder eine Wortgruppe darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden könnte.</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as example.com.</source>
        <translation>„%1“ ist kein Hostname wie example.com.</translation>
    </message>
    <message>
        <source>The share of capitals must be between %1% and 100%.</source>
        <translation>Der Anteil der Großbuchstaben muss zwischen %1 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>A post counts as repeated when it comes between %1 and %2 times a day.</source>
        <translation>Ein Beitrag gilt als wiederholt, wenn er zwischen %1- und %2-mal am Tag vorkommt.</translation>
    </message>
    <message>
        <source>Name the tag the rule adds.</source>
        <translation>Geben Sie das Schlagwort an, das die Regel hinzufügt.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person or department the rule assigns to.</source>
        <translation>Wählen Sie die Person oder Abteilung, der die Regel Unterhaltungen zuweist.</translation>
    </message>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine solche Person.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine solche Abteilung.</translation>
    </message>
    <message>
        <source>Publish the netiquette first: a hidden post cites the rule it broke.</source>
        <translation>Veröffentlichen Sie zuerst die Netiquette: Ein ausgeblendeter Beitrag nennt die Regel, gegen die er verstoßen hat.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that a hidden post broke.</source>
        <translation>Wählen Sie die Regel der Netiquette, gegen die ein ausgeblendeter Beitrag verstoßen hat.</translation>
    </message>
    <message>
        <source>Choose what the rule does: flag, tag, hide or assign.</source>
        <translation>Wählen Sie, was die Regel tut: kennzeichnen, Schlagwort vergeben, ausblenden oder zuweisen.</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>Die Regel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>Die Regel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The rule has made decisions; switch it off instead, so they stay reversible.</source>
        <translation>Die Regel hat bereits Entscheidungen getroffen; schalten Sie sie stattdessen aus, damit diese rückgängig gemacht werden können.</translation>
    </message>
    <message>
        <source>The rule could not be deleted.</source>
        <translation>Die Regel konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) within a day</source>
        <translation>
            <numerusform>%n Beitrag innerhalb eines Tages</numerusform>
            <numerusform>%n Beiträge innerhalb eines Tages</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hide here, flagged instead: %1</source>
        <translation>Ausblenden ist hier nicht möglich, stattdessen gekennzeichnet: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Die Unterhaltung existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
    <message>
        <source>The conversation or the one to assign it to no longer exists.</source>
        <translation>Die Unterhaltung oder das Ziel der Zuweisung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Die Entscheidung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The decision has already been reverted.</source>
        <translation>Die Entscheidung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The decision could not be reverted.</source>
        <translation>Die Entscheidung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the published netiquette no longer has the rule it cites</source>
        <translation>die veröffentlichte Netiquette enthält die Regel, auf die sie sich beruft, nicht mehr</translation>
    </message>
    <message>
        <source>A new rule starts in dry run: save it, try it on the latest messages, then switch it on.</source>
        <translation>Eine neue Regel beginnt im Probelauf: Speichern Sie sie, testen Sie sie an den neuesten Nachrichten und schalten Sie sie dann ein.</translation>
    </message>
    <message>
        <source>Try “%1” in a dry run first: a rule is switched on only after a dry run of what it now finds and does.</source>
        <translation>Testen Sie „%1“ zuerst im Probelauf: Eine Regel wird erst eingeschaltet, nachdem ein Probelauf gezeigt hat, was sie jetzt findet und tut.</translation>
    </message>
</context>
<context>
    <name>ChannelCapabilities</name>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>E-mail reply</source>
        <translation>E-Mail-Antwort</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>This conversation comes from a feed, which Hearth only monitors: it cannot be answered from Hearth. Answer it where it was posted.</source>
        <translation>Diese Unterhaltung stammt aus einem Feed, den Hearth nur beobachtet: Sie kann nicht aus Hearth heraus beantwortet werden. Antworten Sie dort, wo sie veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Hearth cannot answer conversations on this channel.</source>
        <translation>Hearth kann auf Unterhaltungen in diesem Kanal nicht antworten.</translation>
    </message>
    <message>
        <source>An e-mail cannot be hidden: it is in the mailbox. Delete it or mark it as spam instead.</source>
        <translation>Eine E-Mail kann nicht ausgeblendet werden: Sie liegt im Postfach. Löschen Sie sie stattdessen oder markieren Sie sie als Spam.</translation>
    </message>
    <message>
        <source>Deletes the e-mail from the mailbox.</source>
        <translation>Löscht die E-Mail aus dem Postfach.</translation>
    </message>
    <message>
        <source>Moves the e-mail to the Junk folder.</source>
        <translation>Verschiebt die E-Mail in den Junk-Ordner.</translation>
    </message>
    <message>
        <source>Blocks the sender in Hearth: their future mail is marked as spam.</source>
        <translation>Blockiert den Absender in Hearth: Seine künftigen E-Mails werden als Spam markiert.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be hidden there. Mark it as spam to take it out of the inbox.</source>
        <translation>Dieser Eintrag liegt auf einer Website, die Hearth nur liest: Er kann dort nicht ausgeblendet werden. Markieren Sie ihn als Spam, um ihn aus dem Posteingang zu entfernen.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be deleted there. Mark it as spam to take it out of the inbox.</source>
        <translation>Dieser Eintrag liegt auf einer Website, die Hearth nur liest: Er kann dort nicht gelöscht werden. Markieren Sie ihn als Spam, um ihn aus dem Posteingang zu entfernen.</translation>
    </message>
    <message>
        <source>Takes the item out of the inbox (only in Hearth: the site is not told).</source>
        <translation>Entfernt den Eintrag aus dem Posteingang (nur in Hearth: Die Website erfährt davon nichts).</translation>
    </message>
    <message>
        <source>The authors of a feed write on other sites: Hearth cannot block them.</source>
        <translation>Die Autoren eines Feeds schreiben auf anderen Websites: Hearth kann sie nicht blockieren.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account hide other people&apos;s posts. Report it as spam or block the account.</source>
        <translation>Mastodon erlaubt einem Konto nicht, Beiträge anderer auszublenden. Melden Sie den Beitrag als Spam oder blockieren Sie das Konto.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account delete other people&apos;s posts; only their server&apos;s moderators can. Report it as spam or block the account.</source>
        <translation>Mastodon erlaubt einem Konto nicht, Beiträge anderer zu löschen; das können nur die Moderatoren ihres Servers. Melden Sie den Beitrag als Spam oder blockieren Sie das Konto.</translation>
    </message>
    <message>
        <source>Reports the post to its server as spam.</source>
        <translation>Meldet den Beitrag seinem Server als Spam.</translation>
    </message>
    <message>
        <source>Blocks the account: its posts no longer reach you.</source>
        <translation>Blockiert das Konto: Seine Beiträge erreichen Sie nicht mehr.</translation>
    </message>
    <message>
        <source>Telegram cannot hide a message. Delete it instead (in groups where the bot may delete messages).</source>
        <translation>Telegram kann keine Nachricht ausblenden. Löschen Sie sie stattdessen (in Gruppen, in denen der Bot Nachrichten löschen darf).</translation>
    </message>
    <message>
        <source>Deletes the message in the chat (in groups where the bot may delete messages).</source>
        <translation>Löscht die Nachricht im Chat (in Gruppen, in denen der Bot Nachrichten löschen darf).</translation>
    </message>
    <message>
        <source>Deletes the message as spam.</source>
        <translation>Löscht die Nachricht als Spam.</translation>
    </message>
    <message>
        <source>Bans the member from the chat.</source>
        <translation>Schließt das Mitglied aus dem Chat aus.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action.</source>
        <translation>„%1“ ist keine Moderationsaktion.</translation>
    </message>
    <message>
        <source>Hearth cannot moderate posts on this channel.</source>
        <translation>Hearth kann Beiträge in diesem Kanal nicht moderieren.</translation>
    </message>
</context>
<context>
    <name>ChannelIcons</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
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
        <translation>Den Arbeitsbereich DATEI statt des Standard-Arbeitsbereichs verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich verwenden.</translation>
    </message>
    <message>
        <source>Also print Hearth&apos;s log messages.</source>
        <translation>Zusätzlich die Protokollmeldungen von Hearth ausgeben.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Was getan werden soll; siehe die Liste oben.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo und --workspace können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run “hearth-cli --help” for the commands and options.</source>
        <translation>„hearth-cli --help“ zeigt die Befehle und Optionen an.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Falsche Anzahl von Argumenten für %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Demo-Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Unterhaltungen: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>JSON Lines to import; - reads standard input.</source>
        <translation>Zu importierende Datei im Format JSON Lines; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only this account&apos;s messages.</source>
        <translation>Nur die Nachrichten dieses Kontos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Where to write; standard output when missing or -.</source>
        <translation>Wohin geschrieben wird; die Standardausgabe, wenn nicht angegeben oder -.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Höchstens N Treffer (Standard: 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>Die Treffer als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Nur dieses Konto.</translation>
    </message>
    <message>
        <source>Only this kind of channel.</source>
        <translation>Nur dieser Kanaltyp.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Only conversations in this status.</source>
        <translation>Nur Unterhaltungen mit diesem Status.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only conversations with this tag.</source>
        <translation>Nur Unterhaltungen mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>Only messages in this language.</source>
        <translation>Nur Nachrichten in dieser Sprache.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only messages from this date or time on.</source>
        <translation>Nur Nachrichten ab diesem Datum oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only messages up to this date or time.</source>
        <translation>Nur Nachrichten bis zu diesem Datum oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ABFRAGE</translation>
    </message>
    <message>
        <source>Words (all must match), &quot;a phrase&quot;, prefix*, -excluded.</source>
        <translation>Wörter (alle müssen vorkommen), &quot;eine Wortgruppe&quot;, Präfix*, -ausgeschlossen.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>--status muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-21 or a time like 2026-11-21T09:30:00Z.</source>
        <translation>--%1 erwartet ein Datum wie 2026-11-21 oder einen Zeitpunkt wie 2026-11-21T09:30:00Z.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Die Anzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Use “conversations list” or “conversations show ID”.</source>
        <translation>„conversations list“ oder „conversations show ID“ verwenden.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Nur dieser Status.</translation>
    </message>
    <message>
        <source>newest (default), oldest or due.</source>
        <translation>newest (Standard), oldest oder due.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>At most N conversations (default 50).</source>
        <translation>Höchstens N Unterhaltungen (Standard: 50).</translation>
    </message>
    <message>
        <source>Print the conversations as JSON.</source>
        <translation>Die Unterhaltungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--sort must be newest, oldest or due.</source>
        <translation>--sort muss newest, oldest oder due sein.</translation>
    </message>
    <message>
        <source>The conversations could not be read.</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Print the conversation as JSON.</source>
        <translation>Die Unterhaltung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, as “conversations list” shows it.</source>
        <translation>Die Nummer der Unterhaltung, wie „conversations list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID is a number.</source>
        <translation>Die ID einer Unterhaltung ist eine Zahl.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Es gibt keine Unterhaltung #%1.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privat)</translation>
    </message>
    <message>
        <source>A faster, less thorough check.</source>
        <translation>Eine schnellere, weniger gründliche Prüfung.</translation>
    </message>
    <message>
        <source>The workspace is sound.</source>
        <translation>Der Arbeitsbereich ist in Ordnung.</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 changed, %3 already there.</source>
        <translation>Importiert: %1 neu, %2 geändert, %3 bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht exportiert.</numerusform>
            <numerusform>%n Nachrichten exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rebuild the search index and the counters from the messages.</source>
        <translation>Zuerst den Suchindex und die Zähler aus den Nachrichten neu aufbauen.</translation>
    </message>
    <message>
        <source>Use “templates list”, “templates show ID”, “templates export [FILE]” or “templates import FILE”.</source>
        <translation>„templates list“, „templates show ID“, „templates export [DATEI]“ oder „templates import DATEI“ verwenden.</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Die Vorlagen als JSON ausgeben.</translation>
    </message>
    <message>
        <source> [crisis]</source>
        <translation> [Krisenfall]</translation>
    </message>
    <message>
        <source>Print the template as JSON.</source>
        <translation>Die Vorlage als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The template&apos;s number, as “templates list” shows it.</source>
        <translation>Die Nummer der Vorlage, wie „templates list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>The template&apos;s ID is a number.</source>
        <translation>Die ID einer Vorlage ist eine Zahl.</translation>
    </message>
    <message>
        <source>There is no template #%1.</source>
        <translation>Es gibt keine Vorlage #%1.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Category: %1 · Shortcut: %2 · Tags: %3</source>
        <translation>Kategorie: %1 · Kürzel: %2 · Schlagwörter: %3</translation>
    </message>
    <message>
        <source>For crisis use.</source>
        <translation>Für den Krisenfall.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source> (source)</source>
        <translation> (Ausgangssprache)</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (veraltet)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s).</source>
        <translation>
            <numerusform>%n Vorlage exportiert.</numerusform>
            <numerusform>%n Vorlagen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template library in JSON; - reads standard input.</source>
        <translation>Eine Vorlagenbibliothek im JSON-Format; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts.</source>
        <translation>
            <numerusform>%n Vorlage als Entwurf importiert.</numerusform>
            <numerusform>%n Vorlagen als Entwürfe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “automod run”.</source>
        <translation>„automod run“ verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-moderation made %n decision(s).</source>
        <translation>
            <numerusform>Die Auto-Moderation hat %n Entscheidung getroffen.</numerusform>
            <numerusform>Die Auto-Moderation hat %n Entscheidungen getroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “netiquette show [--lang CODE]” or “netiquette export --out DIR”.</source>
        <translation>„netiquette show [--lang CODE]“ oder „netiquette export --out ORDNER“ verwenden.</translation>
    </message>
    <message>
        <source>The language to show; the source language when missing or not translated.</source>
        <translation>Die anzuzeigende Sprache; die Ausgangssprache, wenn nicht angegeben oder nicht übersetzt.</translation>
    </message>
    <message>
        <source>The netiquette has no published version yet.</source>
        <translation>Die Netiquette hat noch keine veröffentlichte Version.</translation>
    </message>
    <message>
        <source>The netiquette has no “%1” text; showing the source language “%2”.</source>
        <translation>Die Netiquette hat keinen Text für „%1“; die Ausgangssprache „%2“ wird angezeigt.</translation>
    </message>
    <message>
        <source>Version %1 · published %2 by %3 · %4</source>
        <translation>Version %1 · veröffentlicht am %2 von %3 · %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The folder to write to; created when missing.</source>
        <translation>Der Ordner, in den geschrieben wird; wird bei Bedarf angelegt.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Say where to write the netiquette: “netiquette export --out DIR”.</source>
        <translation>Geben Sie an, wohin die Netiquette geschrieben werden soll: „netiquette export --out ORDNER“.</translation>
    </message>
    <message>
        <source>Sync only the account called NAME.</source>
        <translation>Nur das Konto namens NAME synchronisieren.</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: nicht synchronisiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n neue Nachricht</numerusform>
            <numerusform>%1: %n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>email, feed, mastodon or telegram</source>
        <translation>email, feed, mastodon oder telegram</translation>
    </message>
    <message>
        <source>What the team calls the account.</source>
        <translation>Der Name, unter dem das Team das Konto kennt.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The feed&apos;s URL, the mailbox&apos;s address, the account&apos;s handle.</source>
        <translation>Die URL des Feeds, die Adresse des Postfachs, der Benutzername des Kontos.</translation>
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
        <translation>Der Kern von Hearth auf der Kommandozeile.

Befehle:
  info                     Pfad, Schemaversion und Anzahlen des Arbeitsbereichs
  import DATEI             Nachrichten aus JSON Lines importieren (- liest von der Standardeingabe)
  export [DATEI]           Nachrichten als JSON Lines exportieren (standardmäßig auf die Standardausgabe)
  search ABFRAGE           Nachrichten durchsuchen, neueste zuerst
  stats                    Unterhaltungen nach Kanal und Status
  conversations list       Unterhaltungen auflisten
  conversations show ID    eine Unterhaltung mit allen Nachrichten anzeigen
  check                    die Integrität des Arbeitsbereichs prüfen
  templates list           die Vorlagen für vorgefertigte Antworten auflisten
  templates show ID        eine Vorlage mit allen Versionen anzeigen
  templates export [DATEI] die Vorlagenbibliothek als JSON exportieren
  templates import DATEI   Vorlagen aus JSON als Entwürfe importieren
  netiquette show          die veröffentlichte Netiquette anzeigen
  netiquette export --out ORDNER  die veröffentlichte Netiquette als HTML und Markdown schreiben
  automod run              die aktiven Auto-Moderationsregeln auf neue Nachrichten anwenden
  sync [--account NAME]    die Kanalkonten einmal synchronisieren (für geplante Aufrufe)
  accounts list            die Kanalkonten und ihren Synchronisationsstatus auflisten
  accounts add TYP NAME ADRESSE [--setting SCHLÜSSEL=WERT]... [--secret-stdin]
                           ein Konto hinzufügen; sein Passwort oder Token kommt in den Schlüsselbund des Systems
  accounts remove NAME --yes  ein Konto mit seinen Unterhaltungen und Nachrichten entfernen

„hearth-cli BEFEHL --help“ zeigt die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <source>Use “accounts list”, “accounts add KIND NAME ADDRESS” or “accounts remove NAME --yes”.</source>
        <translation>„accounts list“, „accounts add TYP NAME ADRESSE“ oder „accounts remove NAME --yes“ verwenden.</translation>
    </message>
    <message>
        <source>A connection setting, such as imapHost=imap.example.org or pollMinutes=15; repeat for more.</source>
        <translation>Eine Verbindungseinstellung wie imapHost=imap.example.org oder pollMinutes=15; für weitere Einstellungen wiederholen.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input into the system&apos;s keychain.</source>
        <translation>Das Passwort oder Token aus der ersten Zeile der Standardeingabe lesen und im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <source>A setting is KEY=VALUE, not “%1”.</source>
        <translation>Eine Einstellung hat die Form SCHLÜSSEL=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--secret-stdin read no secret from standard input.</source>
        <translation>--secret-stdin hat auf der Standardeingabe kein Passwort und kein Token gefunden.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Das zu entfernende Konto.</translation>
    </message>
    <message>
        <source>Confirm: the account goes with all its conversations and messages, and its secret leaves the keychain.</source>
        <translation>Bestätigen: Das Konto wird mit allen Unterhaltungen und Nachrichten entfernt, und sein Passwort oder Token wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>“accounts remove” removes the account with all its conversations and messages; add --yes to do it.</source>
        <translation>„accounts remove“ entfernt das Konto mit allen Unterhaltungen und Nachrichten; fügen Sie --yes hinzu, um das wirklich zu tun.</translation>
    </message>
    <message>
        <source>Its password or token is still in the keychain: %1</source>
        <translation>Sein Passwort oder Token ist noch im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Removed %1 with %2 and %3.</source>
        <translation>%1 wurde mit %2 und %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>Demo accounts never go online.</source>
        <translation>Demo-Konten gehen nie online.</translation>
    </message>
    <message>
        <source>Hearth cannot sync %1 accounts yet.</source>
        <translation>Hearth kann %1-Konten noch nicht synchronisieren.</translation>
    </message>
    <message>
        <source>This Mastodon account has no instance address (for example https://mastodon.social).</source>
        <translation>Für dieses Mastodon-Konto ist keine Instanzadresse angegeben (zum Beispiel https://mastodon.social).</translation>
    </message>
    <message>
        <source>Hearth sends a token only over https (plain http only to this computer), not to %1.</source>
        <translation>Hearth sendet ein Token nur über https (unverschlüsseltes http nur an diesen Computer), nicht an %1.</translation>
    </message>
</context>
<context>
    <name>ConversationActivity</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>The conversation&apos;s notes and history could not be read: %1</source>
        <translation>Die Notizen und der Verlauf der Unterhaltung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>A former user</source>
        <translation>Ein ehemaliges Teammitglied</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>ein ehemaliges Teammitglied</translation>
    </message>
    <message>
        <source>a former department</source>
        <translation>eine ehemalige Abteilung</translation>
    </message>
    <message>
        <source>%1 wrote an internal note.</source>
        <translation>%1 hat eine interne Notiz geschrieben.</translation>
    </message>
    <message>
        <source>%1 assigned the conversation to %2.</source>
        <translation>%1 hat die Unterhaltung an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>%1 handed the conversation to %2.</source>
        <translation>%1 hat die Unterhaltung an %2 übergeben.</translation>
    </message>
    <message>
        <source>%1 unassigned the conversation.</source>
        <translation>%1 hat die Zuweisung der Unterhaltung aufgehoben.</translation>
    </message>
    <message>
        <source>%1 changed who has the conversation.</source>
        <translation>%1 hat die Zuständigkeit für die Unterhaltung geändert.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Vorher: %1.</translation>
    </message>
    <message>
        <source>%1 changed the status.</source>
        <translation>%1 hat den Status geändert.</translation>
    </message>
    <message>
        <source>%1 set the status to %2.</source>
        <translation>%1 hat den Status auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3.</source>
        <translation>%1 hat den Status von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation until %2.</source>
        <translation>%1 hat die Unterhaltung bis %2 zurückgestellt.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation.</source>
        <translation>%1 hat die Unterhaltung zurückgestellt.</translation>
    </message>
    <message>
        <source>%1 woke the conversation from its snooze.</source>
        <translation>%1 hat die Zurückstellung der Unterhaltung beendet.</translation>
    </message>
    <message>
        <source>%1 set a follow-up for %2.</source>
        <translation>%1 hat eine Wiedervorlage für %2 festgelegt.</translation>
    </message>
    <message>
        <source>%1 cleared the follow-up.</source>
        <translation>%1 hat die Wiedervorlage entfernt.</translation>
    </message>
    <message>
        <source>%1 changed the follow-up.</source>
        <translation>%1 hat die Wiedervorlage geändert.</translation>
    </message>
    <message>
        <source>%1 added a tag.</source>
        <translation>%1 hat ein Schlagwort hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 added the tag “%2”.</source>
        <translation>%1 hat das Schlagwort „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 removed a tag.</source>
        <translation>%1 hat ein Schlagwort entfernt.</translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <translation>%1 hat das Schlagwort „%2“ entfernt.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation.</source>
        <translation>%1 hat die Unterhaltung eskaliert.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation: %2</source>
        <translation>%1 hat die Unterhaltung eskaliert: %2</translation>
    </message>
    <message>
        <source>%1 cleared the escalation.</source>
        <translation>%1 hat die Eskalation aufgehoben.</translation>
    </message>
    <message>
        <source>%1 wrote an internal note that was later deleted.</source>
        <translation>%1 hat eine interne Notiz geschrieben, die später gelöscht wurde.</translation>
    </message>
    <message>
        <source>%1 queued a private reply.</source>
        <translation>%1 hat eine private Antwort in den Postausgang gestellt.</translation>
    </message>
    <message>
        <source>%1 queued a public reply.</source>
        <translation>%1 hat eine öffentliche Antwort in den Postausgang gestellt.</translation>
    </message>
    <message>
        <source>%1 queued a reply.</source>
        <translation>%1 hat eine Antwort in den Postausgang gestellt.</translation>
    </message>
    <message>
        <source>%1 sent the reply.</source>
        <translation>%1 hat die Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 could not send the reply.</source>
        <translation>%1 konnte die Antwort nicht senden.</translation>
    </message>
    <message>
        <source>%1 could not send the reply: %2</source>
        <translation>%1 konnte die Antwort nicht senden: %2</translation>
    </message>
    <message>
        <source>%1 discarded a reply.</source>
        <translation>%1 hat eine Antwort verworfen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3.</source>
        <translation>%1 hat die Priorität von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2”.</source>
        <translation>%1 hat die Auto-Moderationsregel „%2“ angewendet.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2” (%3).</source>
        <translation>%1 hat die Auto-Moderationsregel „%2“ angewendet (%3).</translation>
    </message>
    <message>
        <source>%1 reverted what the auto-moderation rule “%2” did.</source>
        <translation>%1 hat rückgängig gemacht, was die Auto-Moderationsregel „%2“ getan hat.</translation>
    </message>
    <message>
        <source>%1 unblocked %2.</source>
        <translation>%1 hat die Blockierung für %2 aufgehoben.</translation>
    </message>
    <message>
        <source>%1 reverted the moderation of a message.</source>
        <translation>%1 hat die Moderation einer Nachricht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 queued a notice to the author about the moderation.</source>
        <translation>%1 hat einen Hinweis zur Moderation an den Autor in den Postausgang gestellt.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>den Autor</translation>
    </message>
    <message>
        <source>%1 hid a message</source>
        <translation>%1 hat eine Nachricht ausgeblendet</translation>
    </message>
    <message>
        <source>%1 deleted a message</source>
        <translation>%1 hat eine Nachricht gelöscht</translation>
    </message>
    <message>
        <source>%1 marked a message as spam</source>
        <translation>%1 hat eine Nachricht als Spam markiert</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1 hat %2 blockiert</translation>
    </message>
    <message>
        <source>%1 moderated a message</source>
        <translation>%1 hat eine Nachricht moderiert</translation>
    </message>
    <message>
        <source>%1 citing rule %2 “%3”.</source>
        <translation>%1, unter Berufung auf Regel %2 „%3“.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 carried out the moderation on the channel.</source>
        <translation>%1 hat die Moderation im Kanal ausgeführt.</translation>
    </message>
    <message>
        <source>%1 could not carry out the moderation on the channel: %2</source>
        <translation>%1 konnte die Moderation im Kanal nicht ausführen: %2</translation>
    </message>
</context>
<context>
    <name>ConversationWorkflow</name>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine solche Person.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine solche Abteilung.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose until when to snooze a conversation.</source>
        <translation>Auswählen, bis wann eine Unterhaltung zurückgestellt werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation status.</source>
        <translation>„%1“ ist kein Unterhaltungsstatus.</translation>
    </message>
    <message>
        <source>Choose until when to snooze the conversation.</source>
        <translation>Auswählen, bis wann die Unterhaltung zurückgestellt werden soll.</translation>
    </message>
    <message>
        <source>A conversation can only be snoozed until a time in the future.</source>
        <translation>Eine Unterhaltung kann nur bis zu einem Zeitpunkt in der Zukunft zurückgestellt werden.</translation>
    </message>
    <message>
        <source>Choose when to follow up.</source>
        <translation>Auswählen, wann die Wiedervorlage erfolgen soll.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation has no tag “%1”.</source>
        <translation>Die Unterhaltung hat kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Say why the conversation is escalated: the team and management read it first.</source>
        <translation>Geben Sie an, warum die Unterhaltung eskaliert wird: Team und Geschäftsleitung lesen das zuerst.</translation>
    </message>
    <message>
        <source>The conversation is not escalated.</source>
        <translation>Die Unterhaltung ist nicht eskaliert.</translation>
    </message>
    <message>
        <source>An empty note cannot be added.</source>
        <translation>Eine leere Notiz kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Die Unterhaltung existiert in diesem Arbeitsbereich nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DeliveryTargets</name>
    <message>
        <source>The conversation of this moderation action is no longer in the workspace.</source>
        <translation>Die Unterhaltung dieser Moderationsaktion ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The conversation is no longer in the workspace.</source>
        <translation>Die Unterhaltung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>DemoAutoModeration</name>
    <message>
        <source>The demo workspace has no Mastodon threads for the auto-moderation demo.</source>
        <translation>Der Demo-Arbeitsbereich hat keine Mastodon-Unterhaltungen für die Demo der automatischen Moderation.</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s spam rule made %n decision(s) instead of %1.</source>
        <translation>
            <numerusform>Die Spam-Regel der Demo hat %n Entscheidung statt %1 getroffen.</numerusform>
            <numerusform>Die Spam-Regel der Demo hat %n Entscheidungen statt %1 getroffen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoModeration</name>
    <message>
        <source>Insults the community</source>
        <translation>Beleidigt die Community</translation>
    </message>
</context>
<context>
    <name>DemoNetiquette</name>
    <message>
        <source>The demo&apos;s netiquette is missing from this build.</source>
        <translation>Die Netiquette der Demo fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette address could not be saved.</source>
        <translation>Die Netiquette-Adresse der Demo konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette draft does not fit its published text.</source>
        <translation>Der Netiquette-Entwurf der Demo passt nicht zu ihrem veröffentlichten Text.</translation>
    </message>
</context>
<context>
    <name>DemoTemplates</name>
    <message>
        <source>The demo&apos;s template library is missing from this build.</source>
        <translation>Die Vorlagenbibliothek der Demo fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Die Demodaten sind in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>The demo data is damaged.</source>
        <translation>Die Demodaten sind beschädigt.</translation>
    </message>
    <message>
        <source>The demo data can only fill an empty workspace.</source>
        <translation>Die Demodaten können nur einen leeren Arbeitsbereich füllen.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Eine Antwort ist entweder öffentlich oder privat, nicht „%1“.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Der Entwurf konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>EmailReader</name>
    <message>
        <source>[Attachment: %1, %2]</source>
        <translation>[Anhang: %1, %2]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is not an RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Dies ist kein RSS- oder Atom-Feed (er beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>Der Feed ist kein wohlgeformtes XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>An entry without an id or a link was skipped: “%1”</source>
        <translation>Ein Eintrag ohne ID oder Link wurde übersprungen: „%1“</translation>
    </message>
    <message>
        <source>An entry without a title or text was skipped: %1</source>
        <translation>Ein Eintrag ohne Titel oder Text wurde übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Beschädigte Datei: %1</translation>
    </message>
    <message>
        <source>References could not be checked: %1</source>
        <translation>Die Verweise konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>A row of “%1” (row %2) refers to a missing row of “%3”.</source>
        <translation>Eine Zeile in „%1“ (Zeile %2) verweist auf eine fehlende Zeile in „%3“.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Der Suchindex ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The search index covers %1 messages, but the workspace holds %2; “hearth-cli check --repair” rebuilds it.</source>
        <translation>Der Suchindex umfasst %1 Nachrichten, der Arbeitsbereich enthält aber %2; „hearth-cli check --repair“ baut ihn neu auf.</translation>
    </message>
    <message>
        <source>The search index and counters could not be rebuilt: %1</source>
        <translation>Der Suchindex und die Zähler konnten nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index and counters could not be saved.</source>
        <translation>Der neu aufgebaute Suchindex und die Zähler konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>JsonLinesExporter</name>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Die Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>“text” is missing</source>
        <translation>„text“ fehlt</translation>
    </message>
    <message>
        <source>“channel” must be a kind like email, feed, mastodon or telegram</source>
        <translation>„channel“ muss ein Typ wie email, feed, mastodon oder telegram sein</translation>
    </message>
    <message>
        <source>“created_at” is not an ISO 8601 time after 1970: %1</source>
        <translation>„created_at“ ist keine Zeitangabe im Format ISO 8601 nach 1970: %1</translation>
    </message>
    <message>
        <source>“direction” must be “in” or “out”</source>
        <translation>„direction“ muss „in“ oder „out“ sein</translation>
    </message>
    <message>
        <source>“visibility” must be “public” or “private”</source>
        <translation>„visibility“ muss „public“ oder „private“ sein</translation>
    </message>
    <message>
        <source>“author” must be an object with the strings “id”, “name” and “handle”</source>
        <translation>„author“ muss ein Objekt mit den Zeichenketten „id“, „name“ und „handle“ sein</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: account “%2” is a %3 account, not %4</source>
        <translation>Zeile %1: Das Konto „%2“ ist vom Typ %3, nicht %4</translation>
    </message>
    <message>
        <source>The account “%1” could not be created; a different kind of account may have that name.</source>
        <translation>Das Konto „%1“ konnte nicht angelegt werden; möglicherweise trägt ein Konto eines anderen Typs diesen Namen.</translation>
    </message>
    <message>
        <source>The imported messages could not be saved.</source>
        <translation>Die importierten Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>KeywordAlerts</name>
    <message>
        <source>An alert needs at least one word.</source>
        <translation>Ein Alarm braucht mindestens ein Wort.</translation>
    </message>
    <message>
        <source>An alert needs a tag to mark what it finds.</source>
        <translation>Ein Alarm braucht ein Schlagwort, mit dem er seine Treffer kennzeichnet.</translation>
    </message>
    <message>
        <source>The priority must be between 0 and %1.</source>
        <translation>Die Priorität muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The alerts&apos; tags could not be saved.</source>
        <translation>Die Schlagwörter der Alarme konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Hearth, a desktop workstation for community managers.</source>
        <translation>Hearth, ein Desktop-Arbeitsplatz für Community-Manager.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing) instead of the default one.</source>
        <translation>Den Arbeitsbereich DATEI (wird bei Bedarf angelegt) statt des Standard-Arbeitsbereichs öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use; never goes online).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird bei der ersten Verwendung angelegt; geht nie online).</translation>
    </message>
    <message>
        <source>Show the user interface in LANG (en, de, fr, da, pl) from now on.</source>
        <translation>Die Benutzeroberfläche ab sofort in SPRACHE (en, de, fr, da, pl) anzeigen.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Run “hearth --help” for the options.</source>
        <translation>„hearth --help“ zeigt die Optionen an.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo und --workspace können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Mindestens ein Suchwort eingeben.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The workspace cannot store messages: %1</source>
        <translation>Der Arbeitsbereich kann keine Nachrichten speichern: %1</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only.</source>
        <translation>Der Arbeitsbereich ist belegt oder schreibgeschützt.</translation>
    </message>
    <message>
        <source>Item %1 has no id; skipped.</source>
        <translation>Element %1 hat keine ID; übersprungen.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no valid time; skipped.</source>
        <translation>Element %1 (%2) hat keinen gültigen Zeitpunkt; übersprungen.</translation>
    </message>
    <message>
        <source>The messages could not be saved.</source>
        <translation>Die Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>more than %1 messages in one millisecond</source>
        <translation>mehr als %1 Nachrichten in einer Millisekunde</translation>
    </message>
    <message>
        <source>The batch could not be checked against the workspace: %1</source>
        <translation>Der Stapel konnte nicht mit dem Arbeitsbereich abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be updated: %2</source>
        <translation>Die Nachricht %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Conversation %1 could not be stored: %2</source>
        <translation>Die Unterhaltung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Die Nachricht %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The messages could not be added to the search index: %1</source>
        <translation>Die Nachrichten konnten nicht in den Suchindex aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>Die Synchronisationsposition konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Die Schemaversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It was created by a newer version of Hearth (schema %1; this version knows up to %2). Update Hearth to open it; the file was not changed.</source>
        <translation>Die Datei wurde mit einer neueren Version von Hearth erstellt (Schema %1; diese Version kennt Schemata bis %2). Zum Öffnen Hearth aktualisieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Migration %1 could not be read: %2</source>
        <translation>Migration %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Migration %1 konnte nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <source>The moderation could not be recorded: %1</source>
        <translation>Die Moderation konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the workspace.</source>
        <translation>Die Nachricht ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This message was written by the team; moderation is for other people&apos;s posts.</source>
        <translation>Diese Nachricht wurde vom Team geschrieben; Moderation ist für Beiträge anderer gedacht.</translation>
    </message>
    <message>
        <source>The message has no known author to block.</source>
        <translation>Die Nachricht hat keinen bekannten Autor, der blockiert werden könnte.</translation>
    </message>
    <message>
        <source>Only a person of this workspace, or its auto-moderation, can moderate.</source>
        <translation>Nur Personen aus diesem Arbeitsbereich oder dessen Auto-Moderation können moderieren.</translation>
    </message>
    <message>
        <source>%1 is already blocked.</source>
        <translation>%1 ist bereits blockiert.</translation>
    </message>
    <message>
        <source>This message was already moderated; revert that first.</source>
        <translation>Diese Nachricht wurde bereits moderiert; machen Sie das zuerst rückgängig.</translation>
    </message>
    <message>
        <source>Rule %1 is not in the published netiquette: cite a rule your readers can find.</source>
        <translation>Regel %1 ist nicht in der veröffentlichten Netiquette: Nennen Sie eine Regel, die Ihre Leser finden können.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that was broken, or “Other” with a reason.</source>
        <translation>Wählen Sie die Regel der Netiquette, gegen die verstoßen wurde, oder „Sonstige“ mit einer Begründung.</translation>
    </message>
    <message>
        <source>The moderation could not be recorded: the workspace refused the change.</source>
        <translation>Die Moderation konnte nicht erfasst werden: Der Arbeitsbereich hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Diese Vorlagenversion gibt es nicht.</translation>
    </message>
    <message>
        <source>The template “%1” cites another rule than the one this moderation cites.</source>
        <translation>Die Vorlage „%1“ nennt eine andere Regel als diese Moderation.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no such moderation, or its message is gone.</source>
        <translation>Diese Moderation gibt es nicht, oder ihre Nachricht ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>This moderation was reverted; there is nothing to tell the author.</source>
        <translation>Diese Moderation wurde rückgängig gemacht; es gibt dem Autor nichts mitzuteilen.</translation>
    </message>
    <message>
        <source>A notice about this moderation was already sent.</source>
        <translation>Ein Hinweis zu dieser Moderation wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>The notice could not be queued.</source>
        <translation>Der Hinweis konnte nicht in den Postausgang gestellt werden.</translation>
    </message>
    <message>
        <source>There is no such moderation.</source>
        <translation>Diese Moderation gibt es nicht.</translation>
    </message>
    <message>
        <source>This moderation was already reverted.</source>
        <translation>Diese Moderation wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Only a person of this workspace can revert a moderation.</source>
        <translation>Nur Personen aus diesem Arbeitsbereich können eine Moderation rückgängig machen.</translation>
    </message>
    <message>
        <source>The message was deleted on its platform; Hearth cannot bring it back there.</source>
        <translation>Die Nachricht wurde auf ihrer Plattform gelöscht; Hearth kann sie dort nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The moderation could not be reverted: the workspace refused the change.</source>
        <translation>Die Moderation konnte nicht rückgängig gemacht werden: Der Arbeitsbereich hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>auto-moderation</source>
        <translation>der Auto-Moderation</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>einem ehemaligen Teammitglied</translation>
    </message>
    <message>
        <source>Hidden by %1</source>
        <translation>Ausgeblendet von %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <source>Marked as spam by %1</source>
        <translation>Als Spam markiert von %1</translation>
    </message>
    <message>
        <source>Author blocked by %1</source>
        <translation>Autor blockiert von %1</translation>
    </message>
    <message>
        <source>%1 — rule %2 “%3”</source>
        <translation>%1 — Regel %2 „%3“</translation>
    </message>
    <message>
        <source>%1 — rule #%2</source>
        <translation>%1 — Regel #%2</translation>
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
        <translation>Die Moderationsaktion wartet nicht mehr auf ihren Kanal.</translation>
    </message>
    <message>
        <source>The moderation&apos;s result could not be saved.</source>
        <translation>Das Ergebnis der Moderation konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>NetiquetteDocument</name>
    <message>
        <source>This rule has no title; write it after “##”.</source>
        <translation>Diese Regel hat keinen Titel; schreiben Sie ihn hinter „##“.</translation>
    </message>
    <message>
        <source>The rule “%1” has no id yet; saving gives it one.</source>
        <translation>Die Regel „%1“ hat noch keine ID; beim Speichern erhält sie eine.</translation>
    </message>
    <message>
        <source>“{#%1}” is not a rule id; a rule id looks like “{#rule-4}” with a number from 1.</source>
        <translation>„{#%1}“ ist keine Regel-ID; eine Regel-ID sieht aus wie „{#rule-4}“, mit einer Zahl ab 1.</translation>
    </message>
    <message>
        <source>The id rule-%1 is already used by the rule on line %2; remove this one and save to get a new id.</source>
        <translation>Die ID rule-%1 wird bereits von der Regel in Zeile %2 verwendet; entfernen Sie diese hier und speichern Sie, um eine neue ID zu erhalten.</translation>
    </message>
    <message>
        <source>“%1” refers to rule-%2, which the netiquette does not have.</source>
        <translation>„%1“ verweist auf rule-%2, die es in der Netiquette nicht gibt.</translation>
    </message>
    <message>
        <source>The source text has no rule-%1; copy the id of the rule this one translates.</source>
        <translation>Der Ausgangstext hat keine rule-%1; kopieren Sie die ID der Regel, die diese hier übersetzt.</translation>
    </message>
    <message>
        <source>The rule “%1” (rule-%2) of the source text is not translated here.</source>
        <translation>Die Regel „%1“ (rule-%2) des Ausgangstexts ist hier nicht übersetzt.</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netiquette</translation>
    </message>
</context>
<context>
    <name>NetiquetteExporter</name>
    <message>
        <source>The netiquette has no published version yet; publish it before exporting.</source>
        <translation>Die Netiquette hat noch keine veröffentlichte Version; veröffentlichen Sie sie vor dem Export.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NetiquetteLibrary</name>
    <message>
        <source>The netiquette could not be changed: %1</source>
        <translation>Die Netiquette konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on the netiquette.</source>
        <translation>Nur Personen aus diesem Arbeitsbereich können an der Netiquette arbeiten.</translation>
    </message>
    <message>
        <source>Choose the language the netiquette is written in (a code such as “en” or “de”).</source>
        <translation>Wählen Sie die Sprache, in der die Netiquette geschrieben ist (ein Code wie „en“ oder „de“).</translation>
    </message>
    <message>
        <source>The netiquette has no text in its source language “%1”.</source>
        <translation>Die Netiquette hat keinen Text in ihrer Ausgangssprache „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>„%1“ ist kein Sprachcode wie „en“, „de“ oder „pt-BR“.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Nur ein Manager kann die Netiquette veröffentlichen.</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to publish.</source>
        <translation>Es gibt keinen Entwurf der Netiquette, der veröffentlicht werden könnte.</translation>
    </message>
    <message>
        <source>The netiquette has no rules yet: each rule is a heading such as “## Be kind”.</source>
        <translation>Die Netiquette hat noch keine Regeln: Jede Regel ist eine Überschrift wie „## Freundlich bleiben“.</translation>
    </message>
    <message>
        <source>The “%1” text cannot be published yet: line %2: %3</source>
        <translation>Der Text für „%1“ kann noch nicht veröffentlicht werden: Zeile %2: %3</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to discard.</source>
        <translation>Es gibt keinen Entwurf der Netiquette, der verworfen werden könnte.</translation>
    </message>
    <message>
        <source>The rule ids could not be saved.</source>
        <translation>Die Regel-IDs konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>There is nothing to send: the reply is empty.</source>
        <translation>Es gibt nichts zu senden: Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Eine Antwort ist entweder öffentlich oder privat, nicht „%1“.</translation>
    </message>
    <message>
        <source>The conversation to answer is no longer in the workspace.</source>
        <translation>Die zu beantwortende Unterhaltung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This channel has no private messages; answer with a public reply.</source>
        <translation>Dieser Kanal kennt keine privaten Nachrichten; stattdessen öffentlich antworten.</translation>
    </message>
    <message>
        <source>This channel has no public replies; answer with a private message.</source>
        <translation>Dieser Kanal kennt keine öffentlichen Antworten; stattdessen mit einer privaten Nachricht antworten.</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Die Antwort konnte nicht in den Postausgang gestellt werden: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>Die Antwort konnte nicht in den Postausgang gestellt werden.</translation>
    </message>
    <message>
        <source>This reply is no longer in the outbox.</source>
        <translation>Diese Antwort ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The reply could not be prepared for sending: %1</source>
        <translation>Die Antwort konnte nicht für den Versand vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>This reply is not waiting to be sent: it is being sent or was sent already.</source>
        <translation>Diese Antwort wartet nicht auf den Versand: Sie wird gerade gesendet oder wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>The channel did not say which message the reply became.</source>
        <translation>Der Kanal hat nicht mitgeteilt, zu welcher Nachricht die Antwort geworden ist.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as sent.</source>
        <translation>Nur eine Antwort, die gerade gesendet wird, kann als gesendet erfasst werden.</translation>
    </message>
    <message>
        <source>The conversation of the reply is no longer in the workspace.</source>
        <translation>Die Unterhaltung der Antwort ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation: %1</source>
        <translation>Die gesendete Antwort konnte nicht zur Unterhaltung hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation.</source>
        <translation>Die gesendete Antwort konnte nicht zur Unterhaltung hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The sent reply could not be recorded.</source>
        <translation>Die gesendete Antwort konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as failed.</source>
        <translation>Nur eine Antwort, die gerade gesendet wird, kann als fehlgeschlagen erfasst werden.</translation>
    </message>
    <message>
        <source>The failure of the reply could not be recorded.</source>
        <translation>Das Fehlschlagen der Antwort konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <source>There is nothing to send: the reply is empty. Discard it instead.</source>
        <translation>Es gibt nichts zu senden: Die Antwort ist leer. Verwerfen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be edited.</source>
        <translation>Nur eine fehlgeschlagene Antwort kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be retried.</source>
        <translation>Nur eine fehlgeschlagene Antwort kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The reply could not be queued again: %1</source>
        <translation>Die Antwort konnte nicht erneut in den Postausgang gestellt werden: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued again.</source>
        <translation>Die Antwort konnte nicht erneut in den Postausgang gestellt werden.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be discarded.</source>
        <translation>Nur eine fehlgeschlagene Antwort kann verworfen werden.</translation>
    </message>
    <message>
        <source>The reply could not be discarded.</source>
        <translation>Die Antwort konnte nicht verworfen werden.</translation>
    </message>
    <message>
        <source>The reply could not be taken back for editing.</source>
        <translation>Die Antwort konnte nicht zur Bearbeitung zurückgeholt werden.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hearth was closed while this reply was being sent, so it may or may not have reached the channel. Check the conversation there before you retry it.</source>
        <translation>Hearth wurde geschlossen, während diese Antwort gesendet wurde; sie hat den Kanal daher möglicherweise erreicht, vielleicht aber auch nicht. Prüfen Sie die Unterhaltung dort, bevor Sie den Versand wiederholen.</translation>
    </message>
    <message>
        <source>The outbox could not be recovered: %1</source>
        <translation>Der Postausgang konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The outbox could not be recovered.</source>
        <translation>Der Postausgang konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only; try again in a moment.</source>
        <translation>Der Arbeitsbereich ist belegt oder schreibgeschützt; bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>“%1” is not a placeholder Hearth knows. Known placeholders: %2.</source>
        <translation>„%1“ ist kein Platzhalter, den Hearth kennt. Bekannte Platzhalter: %2.</translation>
    </message>
    <message>
        <source>“%1” names no placeholder.</source>
        <translation>„%1“ benennt keinen Platzhalter.</translation>
    </message>
    <message>
        <source>A placeholder opened with “{{” is not closed with “}}” on the same line.</source>
        <translation>Ein mit „{{“ geöffneter Platzhalter wird nicht in derselben Zeile mit „}}“ geschlossen.</translation>
    </message>
    <message>
        <source>“}}” closes no placeholder; a placeholder starts with “{{”.</source>
        <translation>„}}“ schließt keinen Platzhalter; ein Platzhalter beginnt mit „{{“.</translation>
    </message>
</context>
<context>
    <name>RuleStatistics</name>
    <message>
        <source>The rule statistics could not be read: %1</source>
        <translation>Die Regelstatistik konnte nicht gelesen werden: %1</translation>
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
        <translation>in diesem Build nicht verfügbar; Editoren zeigen reinen Text</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>A shortcut is letters, digits, “-” and “_”, without spaces: “%1” is not one.</source>
        <translation>Ein Kürzel besteht aus Buchstaben, Ziffern, „-“ und „_“, ohne Leerzeichen: „%1“ ist kein gültiges Kürzel.</translation>
    </message>
    <message numerus="yes">
        <source>A shortcut can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Ein Kürzel darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Kürzel darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library could not be changed: %1</source>
        <translation>Die Vorlagenbibliothek konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on templates.</source>
        <translation>Nur Personen aus diesem Arbeitsbereich können an Vorlagen arbeiten.</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Eine Vorlage braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s title can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Der Titel einer Vorlage darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Titel einer Vorlage darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the language the template is written in (a code such as “en” or “de”).</source>
        <translation>Wählen Sie die Sprache, in der die Vorlage geschrieben ist (ein Code wie „en“ oder „de“).</translation>
    </message>
    <message>
        <source>The template has no text in its source language “%1”.</source>
        <translation>Die Vorlage hat keinen Text in ihrer Ausgangssprache „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>„%1“ ist kein Sprachcode wie „en“, „de“ oder „pt-BR“.</translation>
    </message>
    <message>
        <source>The “%1” text is empty; remove the language or write its text.</source>
        <translation>Der Text für „%1“ ist leer; entfernen Sie die Sprache oder schreiben Sie den Text.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Schlagwort darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the “%1” text, line %2, column %3: %4</source>
        <translation>Im Text für „%1“, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>The shortcut “%1” is already taken by the template “%2”.</source>
        <translation>Das Kürzel „%1“ wird bereits von der Vorlage „%2“ verwendet.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Diese Vorlage gibt es nicht.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be changed.</source>
        <translation>Die Vorlage „%1“ ist ausgemustert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for a manager&apos;s decision; it can be changed once it is decided.</source>
        <translation>Version %1 wartet auf die Entscheidung eines Managers; sie kann geändert werden, sobald darüber entschieden ist.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Diese Vorlagenversion gibt es nicht.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be submitted.</source>
        <translation>Die Vorlage „%1“ ist ausgemustert; sie kann nicht zur Freigabe eingereicht werden.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for approval; version %1 of “%2” is not one.</source>
        <translation>Nur ein Entwurf kann zur Freigabe eingereicht werden; Version %1 von „%2“ ist kein Entwurf.</translation>
    </message>
    <message>
        <source>Only a manager can let people approve their own templates.</source>
        <translation>Nur ein Manager kann Personen erlauben, ihre eigenen Vorlagen freizugeben.</translation>
    </message>
    <message>
        <source>Approving one&apos;s own templates can only be allowed in a workspace with one person in it.</source>
        <translation>Das Freigeben eigener Vorlagen kann nur in einem Arbeitsbereich mit nur einer Person erlaubt werden.</translation>
    </message>
    <message>
        <source>Only a manager can approve templates.</source>
        <translation>Nur ein Manager kann Vorlagen freigeben.</translation>
    </message>
    <message>
        <source>Only a manager can send a template back with changes requested.</source>
        <translation>Nur ein Manager kann eine Vorlage mit Änderungswünschen zurückgeben.</translation>
    </message>
    <message>
        <source>Say what should change: the author reads it first.</source>
        <translation>Geben Sie an, was sich ändern soll: Der Autor liest das zuerst.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not waiting for approval.</source>
        <translation>Version %1 von „%2“ wartet nicht auf Freigabe.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be approved again.</source>
        <translation>Die Vorlage „%1“ ist ausgemustert; sie kann nicht erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>Nobody can approve their own template; another manager must approve “%1”.</source>
        <translation>Niemand kann die eigene Vorlage freigeben; ein anderer Manager muss „%1“ freigeben.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Nur ein Manager kann Vorlagen ausmustern.</translation>
    </message>
    <message>
        <source>The template “%1” is already retired.</source>
        <translation>Die Vorlage „%1“ ist bereits ausgemustert.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be sent.</source>
        <translation>Die Vorlage „%1“ ist ausgemustert und kann nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not approved; only approved templates are sent.</source>
        <translation>Version %1 von „%2“ ist nicht freigegeben; nur freigegebene Vorlagen werden gesendet.</translation>
    </message>
    <message>
        <source>The template “%1” has no “%2” text.</source>
        <translation>Die Vorlage „%1“ hat keinen Text für „%2“.</translation>
    </message>
    <message>
        <source>There is no rule %1 in the netiquette.</source>
        <translation>Die Netiquette hat keine Regel %1.</translation>
    </message>
    <message>
        <source>The template “%1” was never approved, so it cannot be retired; only approved templates are retired.</source>
        <translation>Die Vorlage „%1“ wurde nie freigegeben und kann daher nicht ausgemustert werden; nur freigegebene Vorlagen werden ausgemustert.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krisenfall</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>(out of date)</source>
        <translation>(veraltet)</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>The templates could not be written: %1</source>
        <translation>Die Vorlagen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>Zeile %1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>format: this is not a Hearth template library (“format” must be “%1”).</source>
        <translation>format: Dies ist keine Hearth-Vorlagenbibliothek („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source>version: only version %1 of the format can be imported.</source>
        <translation>version: Nur Version %1 des Formats kann importiert werden.</translation>
    </message>
    <message>
        <source>templates: a list of templates is missing.</source>
        <translation>templates: Die Liste der Vorlagen fehlt.</translation>
    </message>
    <message>
        <source>approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>approvals: Freigaben aus einem anderen Arbeitsbereich können nicht überprüft werden; ignoriert.</translation>
    </message>
    <message>
        <source>%1: a template must be an object.</source>
        <translation>%1: Eine Vorlage muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.%2: a text is expected.</source>
        <translation>%1.%2: Ein Text wird erwartet.</translation>
    </message>
    <message>
        <source>%1.crisis: true or false is expected.</source>
        <translation>%1.crisis: true oder false wird erwartet.</translation>
    </message>
    <message>
        <source>%1.tags[%2]: a text is expected.</source>
        <translation>%1.tags[%2]: Ein Text wird erwartet.</translation>
    </message>
    <message>
        <source>%1.tags: a list of texts is expected.</source>
        <translation>%1.tags: Eine Liste von Texten wird erwartet.</translation>
    </message>
    <message>
        <source>%1.variants: an object of texts by language is expected.</source>
        <translation>%1.variants: Ein Objekt mit Texten nach Sprache wird erwartet.</translation>
    </message>
    <message>
        <source>%1.variants.%2: a text is expected.</source>
        <translation>%1.variants.%2: Ein Text wird erwartet.</translation>
    </message>
    <message>
        <source>%1.state: “%2” ignored; the template arrives as a draft.</source>
        <translation>%1.state: „%2“ ignoriert; die Vorlage wird als Entwurf übernommen.</translation>
    </message>
    <message>
        <source>%1.approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>%1.approvals: Freigaben aus einem anderen Arbeitsbereich können nicht überprüft werden; ignoriert.</translation>
    </message>
    <message>
        <source>The templates could not be saved.</source>
        <translation>Die Vorlagen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1.versions: the file&apos;s version history is ignored; the template arrives as one new draft.</source>
        <translation>%1.versions: Der Versionsverlauf aus der Datei wird ignoriert; die Vorlage wird als ein neuer Entwurf importiert.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Hearth cannot tell who is signed in to this computer.</source>
        <translation>Hearth kann nicht feststellen, wer an diesem Computer angemeldet ist.</translation>
    </message>
    <message>
        <source>Your user could not be stored in the workspace.</source>
        <translation>Ihr Benutzer konnte nicht im Arbeitsbereich gespeichert werden.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Your name cannot be empty: customers see it under your replies.</source>
        <translation>Ihr Name darf nicht leer sein: Die Kundschaft sieht ihn unter Ihren Antworten.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Der Ordner für die Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”: %2</source>
        <translation>Der Arbeitsbereich „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>It is not a Hearth workspace (not an SQLite database).</source>
        <translation>Die Datei ist kein Hearth-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The file is damaged or not a database (%1).</source>
        <translation>Die Datei ist beschädigt oder keine Datenbank (%1).</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Hearth workspace.</source>
        <translation>Die Datei ist eine SQLite-Datenbank eines anderen Programms, kein Hearth-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>hearth::AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>Hearth %1</source>
        <translation>Hearth %1</translation>
    </message>
    <message>
        <source>A desktop workstation for community managers.</source>
        <translation>Ein Desktop-Arbeitsplatz für Community-Manager.</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Syntaxhervorhebung: %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>hearth::AccountDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add a Channel Account</source>
        <translation>Kanalkonto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>Abrufen a&amp;lle:</translation>
    </message>
    <message>
        <source>Telegram&apos;s own (advanced: another Bot API server)</source>
        <translation>Der Server von Telegram (für Fortgeschrittene: ein anderer Bot-API-Server)</translation>
    </message>
    <message>
        <source>Bot API &amp;server:</source>
        <translation>Bot-API-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;IMAP server and port:</source>
        <translation>&amp;IMAP-Server und Port:</translation>
    </message>
    <message>
        <source>S&amp;MTP server and port:</source>
        <translation>S&amp;MTP-Server und Port:</translation>
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
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Only for a server whose certificate no authority signed</source>
        <translation>Nur für einen Server, dessen Zertifikat keine Zertifizierungsstelle signiert hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Enter the Mastodon instance&apos;s address, such as https://mastodon.social.</source>
        <translation>Geben Sie die Adresse der Mastodon-Instanz ein, zum Beispiel https://mastodon.social.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>Feed-&amp;Adresse:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s web address, starting with https:// or http://.</source>
        <translation>Geben Sie die Webadresse des Feeds ein; sie beginnt mit https:// oder http://.</translation>
    </message>
    <message>
        <source>Enter the bot token that @BotFather gave you.</source>
        <translation>Geben Sie das Bot-Token ein, das Sie von @BotFather erhalten haben.</translation>
    </message>
    <message>
        <source>The Bot API server&apos;s address must start with https:// or http://.</source>
        <translation>Die Adresse des Bot-API-Servers muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Postfachs ein.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, such as imap.example.org.</source>
        <translation>Geben Sie den Namen des IMAP-Servers ein, zum Beispiel imap.example.org.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, such as smtp.example.org.</source>
        <translation>Geben Sie den Namen des SMTP-Servers ein, zum Beispiel smtp.example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the mail server knows the mailbox by.</source>
        <translation>Geben Sie den Benutzernamen ein, unter dem der Mailserver das Postfach kennt.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Geben Sie das Passwort des Postfachs ein.</translation>
    </message>
    <message>
        <source>There is no certificate file “%1”.</source>
        <translation>Die Zertifikatsdatei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Sign in to the instance first.</source>
        <translation>Melden Sie sich zuerst bei der Instanz an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Allow Hearth in the browser window that opened, then come back here.</source>
        <translation>Erlauben Sie Hearth den Zugriff im geöffneten Browserfenster und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Die Anmeldung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Signed in. Save to keep the account.</source>
        <translation>Angemeldet. Speichern Sie, um das Konto zu behalten.</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>Bot-To&amp;ken:</translation>
    </message>
</context>
<context>
    <name>hearth::AccountSync</name>
    <message>
        <source>The fetched messages could not be saved.</source>
        <translation>Die abgerufenen Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>hearth::ActivityList</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Interne Notiz · %1 · %2</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notizen und Verlauf</translation>
    </message>
    <message>
        <source>No notes or changes yet.</source>
        <translation>Noch keine Notizen oder Änderungen.</translation>
    </message>
</context>
<context>
    <name>hearth::ApprovalQueueDialog</name>
    <message>
        <source>%1 (version %2)
%3 · %4 · %5</source>
        <translation>%1 (Version %2)
%3 · %4 · %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>[%1, out of date]</source>
        <translation>[%1, veraltet]</translation>
    </message>
    <message>
        <source>Only managers decide on templates; you can read the queue.</source>
        <translation>Nur Manager entscheiden über Vorlagen; Sie können die Warteschlange ansehen.</translation>
    </message>
    <message>
        <source>Say what should change: a comment is required.</source>
        <translation>Geben Sie an, was sich ändern soll: Ein Kommentar ist erforderlich.</translation>
    </message>
    <message>
        <source>Approval Queue</source>
        <translation>Freigabewarteschlange</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision, oldest first:</source>
        <translation>&amp;Wartet auf Entscheidung, älteste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Changes against the approved version:</source>
        <translation>Än&amp;derungen gegenüber der freigegebenen Version:</translation>
    </message>
    <message>
        <source>&amp;Texts:</source>
        <translation>&amp;Texte:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Optional when approving; required when requesting changes</source>
        <translation>Optional beim Freigeben; erforderlich, wenn Änderungen angefordert werden</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve every selected version (%1)</source>
        <translation>Alle ausgewählten Versionen freigeben (%1)</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>Änderungen &amp;anfordern</translation>
    </message>
    <message>
        <source>Send every selected version back to its author with the comment</source>
        <translation>Alle ausgewählten Versionen mit dem Kommentar an ihre Autoren zurückgeben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Das Team hat diese Unterhaltung begonnen; es gibt keinen Autor, der angezeigt werden könnte.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Erstmals gesehen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier conversations</source>
        <translation>Keine früheren Unterhaltungen</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Frühere Unterhaltungen</translation>
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
        <translation>%1 % Großbuchstaben</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationDialog</name>
    <message>
        <source>Reverted</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Wirksam</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the rule would have acted on %n of the last %1 incoming message(s). Nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: Die Regel hätte bei %n der letzten %1 eingehenden Nachrichten gegriffen. Es wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: Die Regel hätte bei %n der letzten %1 eingehenden Nachrichten gegriffen. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the rule on?</source>
        <translation>Regel einschalten?</translation>
    </message>
    <message numerus="yes">
        <source>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) among the latest; messages that are already here are left as they are. Each decision can be reverted.</source>
        <translation>
            <numerusform>Ab sofort wird „%1“ bei jeder neu eingehenden Nachricht selbstständig tätig: %2. Der Probelauf hat unter den neuesten Nachrichten %n Treffer gefunden; bereits vorhandene Nachrichten bleiben unverändert. Jede Entscheidung kann rückgängig gemacht werden.</numerusform>
            <numerusform>Ab sofort wird „%1“ bei jeder neu eingehenden Nachricht selbstständig tätig: %2. Der Probelauf hat unter den neuesten Nachrichten %n Treffer gefunden; bereits vorhandene Nachrichten bleiben unverändert. Jede Entscheidung kann rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Revert this decision?</source>
        <translation>Diese Entscheidung rückgängig machen?</translation>
    </message>
    <message>
        <source>What “%1” did to the conversation is undone, where nobody has changed it since. The decision stays in the list, marked reverted.</source>
        <translation>Was „%1“ an der Unterhaltung geändert hat, wird rückgängig gemacht, soweit es seitdem niemand geändert hat. Die Entscheidung bleibt in der Liste und wird als rückgängig gemacht gekennzeichnet.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Save the rule and run its dry run first.</source>
        <translation>Speichern Sie zuerst die Regel und führen Sie ihren Probelauf aus.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links zu anderen Websites</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Beiträge in Großbuchstaben</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Wiederholte Beiträge</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Hide (rule %1)</source>
        <translation>Ausblenden (Regel %1)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Zuweisen an %1</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>ein ehemaliges Teammitglied</translation>
    </message>
    <message>
        <source>Assign to a former department</source>
        <translation>Zuweisen an eine ehemalige Abteilung</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Kennzeichnen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Auto-Moderation</source>
        <translation>Auto-Moderation</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>R&amp;ules (a new rule starts in dry run):</source>
        <translation>Re&amp;geln (eine neue Regel beginnt im Probelauf):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Sucht nach</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Ne&amp;w Rule</source>
        <translation>&amp;Neue Regel</translation>
    </message>
    <message>
        <source>Switch &amp;On…</source>
        <translation>Ein&amp;schalten …</translation>
    </message>
    <message>
        <source>Switch O&amp;ff</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>Regel s&amp;peichern</translation>
    </message>
    <message>
        <source>On the last &amp;messages:</source>
        <translation>Letzte Nachrich&amp;ten:</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Would do</source>
        <translation>Würde ausführen</translation>
    </message>
    <message>
        <source>Decisions of live rules, newest first:</source>
        <translation>Entscheidungen aktiver Regeln, neueste zuerst:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>Rück&amp;gängig machen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The rule now finds or does something else, so it is back in dry run: try it, then switch it on again.</source>
        <translation>Die Regel findet oder tut jetzt etwas anderes und ist darum wieder im Probelauf: Probieren Sie sie aus und schalten Sie sie dann wieder ein.</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationRuleEditor</name>
    <message>
        <source>%1 (department)</source>
        <translation>%1 (Abteilung)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Allowed s&amp;ites:</source>
        <translation>Erlaubte &amp;Websites:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Begriffe:</translation>
    </message>
    <message>
        <source>One host a line, e.g. example.com</source>
        <translation>Ein Host pro Zeile, z. B. example.com</translation>
    </message>
    <message>
        <source>One keyword or phrase a line</source>
        <translation>Ein Begriff oder eine Wortgruppe pro Zeile</translation>
    </message>
    <message>
        <source>Capitals &amp;at least:</source>
        <translation>Großbuchstaben &amp;mindestens:</translation>
    </message>
    <message>
        <source>&amp;Posts a day:</source>
        <translation>Beiträge &amp;pro Tag:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>S&amp;chlagwort:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>Cit&amp;e rule:</source>
        <translation>&amp;Regel angeben:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Looks for:</source>
        <translation>&amp;Sucht nach:</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links zu anderen Websites</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Beiträge in Großbuchstaben</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Wiederholte Beiträge</translation>
    </message>
    <message>
        <source>Flag (tag “flagged”, high priority)</source>
        <translation>Kennzeichnen (Schlagwort „flagged“, hohe Priorität)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort vergeben</translation>
    </message>
    <message>
        <source>Hide, citing the netiquette</source>
        <translation>Ausblenden, unter Berufung auf die Netiquette</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Publish the netiquette first</source>
        <translation>Zuerst die Netiquette veröffentlichen</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelConnector</name>
    <message>
        <source>This channel cannot be answered.</source>
        <translation>Auf diesem Kanal kann nicht geantwortet werden.</translation>
    </message>
    <message>
        <source>This channel does not allow that.</source>
        <translation>Dieser Kanal erlaubt das nicht.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelDelivery</name>
    <message>
        <source>The reply&apos;s account could not be read: %1</source>
        <translation>Das Konto der Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The conversation of this reply is no longer in the workspace.</source>
        <translation>Die Unterhaltung dieser Antwort ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The reply could not be sent: the connection to the channel of “%1” is not set up yet. It waits in the outbox.</source>
        <translation>Die Antwort konnte nicht gesendet werden: Die Verbindung zum Kanal des Kontos „%1“ ist noch nicht eingerichtet. Sie wartet im Postausgang.</translation>
    </message>
    <message>
        <source>%1 The reply may have arrived all the same: check the conversation on the channel before retrying.</source>
        <translation>%1 Die Antwort ist möglicherweise trotzdem angekommen: Prüfen Sie die Unterhaltung im Kanal, bevor Sie den Versand wiederholen.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelsPanel</name>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächste Synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Demo — never goes online</source>
        <translation>Demo — geht nie online</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf einen neuen Versuch</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>„%1“ wird getestet …</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: the test failed: %2</source>
        <translation>„%1“: Der Test ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” syncs again.</source>
        <translation>„%1“ wird wieder synchronisiert.</translation>
    </message>
    <message>
        <source>“%1” is paused: it stays as it is until resumed.</source>
        <translation>Das Konto „%1“ ist pausiert: Es bleibt unverändert, bis Sie es fortsetzen.</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove the account “%1” from this workspace?</source>
        <translation>Das Konto „%1“ aus diesem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its password or token is still in the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber sein Passwort oder Token ist noch im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Its %1 and %2 go with it. Nothing changes on the platform itself.</source>
        <translation>Mit ihm werden %1 und %2 entfernt. Auf der Plattform selbst ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConnectionTest</name>
    <message numerus="yes">
        <source>The connection works: %n message(s) are waiting.</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %n Nachricht wartet.</numerusform>
            <numerusform>Die Verbindung funktioniert: %n Nachrichten warten.</numerusform>
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
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Show the next conversation in the list</source>
        <translation>Die nächste Unterhaltung in der Liste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Show the previous conversation in the list</source>
        <translation>Die vorherige Unterhaltung in der Liste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer where the conversation takes place</source>
        <translation>Dort antworten, wo die Unterhaltung stattfindet</translation>
    </message>
    <message>
        <source>Pri&amp;vate Message</source>
        <translation>&amp;Private Nachricht</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Answer the author in a private message, away from the public thread</source>
        <translation>Dem Autor in einer privaten Nachricht antworten, abseits des öffentlichen Verlaufs</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Mark the conversation as done</source>
        <translation>Die Unterhaltung als erledigt markieren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Put the conversation back among the open ones</source>
        <translation>Die Unterhaltung wieder zu den offenen Unterhaltungen verschieben</translation>
    </message>
    <message>
        <source>Mark as &amp;Waiting</source>
        <translation>Als &amp;wartend markieren</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>The ball is in the customer&apos;s court</source>
        <translation>Der Ball liegt beim Kunden</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Take the conversation on yourself</source>
        <translation>Die Unterhaltung selbst übernehmen</translation>
    </message>
    <message>
        <source>Assign &amp;To</source>
        <translation>&amp;Zuweisen an</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Hand the conversation to a person or a department</source>
        <translation>Die Unterhaltung an eine Person oder eine Abteilung übergeben</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Zu&amp;rückstellen …</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Hide the conversation until a later time</source>
        <translation>Die Unterhaltung bis zu einem späteren Zeitpunkt ausblenden</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>Wiedervor&amp;lage …</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Be reminded to come back to the conversation</source>
        <translation>Sich daran erinnern lassen, zur Unterhaltung zurückzukehren</translation>
    </message>
    <message>
        <source>T&amp;ags…</source>
        <translation>&amp;Schlagwörter …</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add or remove the conversation&apos;s tags</source>
        <translation>Schlagwörter der Unterhaltung hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Es&amp;kalieren …</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Pass the conversation to the team and management, saying why</source>
        <translation>Die Unterhaltung mit einer Begründung an Team und Geschäftsleitung weitergeben</translation>
    </message>
    <message>
        <source>Add &amp;Internal Note…</source>
        <translation>&amp;Interne Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Write a note for the team; the customer never sees it</source>
        <translation>Eine Notiz für das Team schreiben; die Kundschaft sieht sie nie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 no longer has the conversation.</source>
        <translation>%1 ist nicht mehr für die Unterhaltung zuständig.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>An %1 zugewiesen.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Taken back from %1.</source>
        <translation>Von %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>An %1 übergeben.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung auf&amp;heben</translation>
    </message>
    <message>
        <source>Nobody has the conversation now.</source>
        <translation>Niemand ist jetzt für die Unterhaltung zuständig.</translation>
    </message>
    <message>
        <source>Conversation resolved.</source>
        <translation>Unterhaltung erledigt.</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>Unterhaltung wieder geöffnet.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Wartet auf den Kunden.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Zurückgestellt bis %1.</translation>
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation>Wiedervorlage am %1.</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Wiedervorlage entfernt.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Schlagwörter gespeichert.</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3</source>
        <translation>Eskaliert von %1 am %2: %3</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>jemandem, der nicht mehr im Arbeitsbereich ist</translation>
    </message>
    <message>
        <source>Escalation cleared.</source>
        <translation>Eskalation aufgehoben.</translation>
    </message>
    <message>
        <source>Conversation escalated.</source>
        <translation>Unterhaltung eskaliert.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back.</source>
        <translation>
            <numerusform>%n zurückgestellte Unterhaltung ist zurück.</numerusform>
            <numerusform>%n zurückgestellte Unterhaltungen sind zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be changed</source>
        <translation>Die Unterhaltung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;Delete Message…</source>
        <translation>Nachricht lösc&amp;hen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete a message that breaks the house rules, citing the rule</source>
        <translation>Eine Nachricht löschen, die gegen die Hausregeln verstößt, unter Angabe der Regel</translation>
    </message>
    <message>
        <source>&amp;Hide Message…</source>
        <translation>Nachricht a&amp;usblenden …</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide a message that breaks the house rules, citing the rule</source>
        <translation>Eine Nachricht ausblenden, die gegen die Hausregeln verstößt, unter Angabe der Regel</translation>
    </message>
    <message>
        <source>Mar&amp;k as Spam</source>
        <translation>Als Spam mar&amp;kieren</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>&amp;Block Author…</source>
        <translation>Autor &amp;blockieren …</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Block the author, citing the rule they broke</source>
        <translation>Den Autor blockieren, unter Angabe der Regel, gegen die er verstoßen hat</translation>
    </message>
    <message>
        <source>&amp;Undo Moderation…</source>
        <translation>Moderation rück&amp;gängig machen …</translation>
    </message>
    <message>
        <source>Undo moderation</source>
        <translation>Moderation rückgängig machen</translation>
    </message>
    <message>
        <source>Revert the conversation&apos;s latest moderation: the message or author as before</source>
        <translation>Die letzte Moderation der Unterhaltung rückgängig machen: Nachricht bzw. Autor wie zuvor</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;derieren</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderieren</translation>
    </message>
    <message>
        <source>Delete, hide or mark a message as spam, or block its author</source>
        <translation>Eine Nachricht löschen, ausblenden oder als Spam markieren oder ihren Autor blockieren</translation>
    </message>
    <message>
        <source>Nobody outside the team wrote in this conversation: there is nothing to moderate.</source>
        <translation>In dieser Unterhaltung hat niemand außerhalb des Teams geschrieben: Es gibt nichts zu moderieren.</translation>
    </message>
    <message>
        <source>Hearth shows it as before; what the platform was already told stays done there.</source>
        <translation>Hearth zeigt es wieder wie zuvor an; was der Plattform bereits mitgeteilt wurde, bleibt dort bestehen.</translation>
    </message>
    <message>
        <source>Undo Moderation</source>
        <translation>Moderation rückgängig machen</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>„%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Moderation undone.</source>
        <translation>Moderation rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Every message from outside the team here is moderated already.</source>
        <translation>Alle Nachrichten von außerhalb des Teams sind hier bereits moderiert.</translation>
    </message>
    <message>
        <source>Mark the newest message not yet moderated as spam</source>
        <translation>Die neueste noch nicht moderierte Nachricht als Spam markieren</translation>
    </message>
    <message>
        <source>%1: the newest message from %2. Undo Moderation takes it back.</source>
        <translation>%1: die neueste Nachricht von %2. „Moderation rückgängig machen“ nimmt das zurück.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Wiedervorlage am %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2.</source>
        <translation>Eskaliert von %1 am %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationPane</name>
    <message>
        <source>Select a conversation to read the whole thread and answer it.</source>
        <translation>Eine Unterhaltung auswählen, um den ganzen Verlauf zu lesen und darauf zu antworten.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationView</name>
    <message>
        <source>This conversation could not be read.</source>
        <translation>Diese Unterhaltung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Select a conversation to read the whole thread.</source>
        <translation>Eine Unterhaltung auswählen, um den ganzen Verlauf zu lesen.</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Öffentlicher Kommentar</translation>
    </message>
    <message>
        <source>Team reply</source>
        <translation>Antwort des Teams</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>hearth::CredentialStore</name>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Hearth keeps passwords and tokens only in the system&apos;s keychain, such as GNOME Keyring or KWallet: start one and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Hearth speichert Passwörter und Tokens nur im Schlüsselbund des Systems, etwa GNOME Keyring oder KWallet: Starten Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret (%1).</source>
        <translation>Der Schlüsselbund konnte das Passwort oder Token nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The workspace has no id to keep its secrets under.</source>
        <translation>Der Arbeitsbereich hat keine ID, unter der seine Passwörter und Tokens gespeichert werden könnten.</translation>
    </message>
</context>
<context>
    <name>hearth::EmailConnector</name>
    <message>
        <source>The trusted certificate %1 cannot be read.</source>
        <translation>Das vertrauenswürdige Zertifikat %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password. Check them in the account&apos;s settings.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort nicht angenommen. Prüfen Sie beides in den Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If it is your own server, choose its certificate as trusted in the account&apos;s settings.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut. Wenn es Ihr eigener Server ist, wählen Sie sein Zertifikat in den Einstellungen des Kontos als vertrauenswürdig aus.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The folder is not on %1.</source>
        <translation>Der Ordner ist nicht auf %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not greet as a mail server.</source>
        <translation>%1 hat sich nicht wie ein Mailserver gemeldet.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>The e-mail is no longer in %1 on %2.</source>
        <translation>Die E-Mail ist nicht mehr in %1 auf %2.</translation>
    </message>
    <message>
        <source>The account has no e-mail address.</source>
        <translation>Das Konto hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The account has no IMAP or SMTP server.</source>
        <translation>Für das Konto ist kein IMAP- oder SMTP-Server eingetragen.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Mail goes unencrypted only to this computer (127.0.0.1 or ::1). Choose TLS or STARTTLS.</source>
        <translation>Unverschlüsselt geht E-Mail nur an diesen Computer (127.0.0.1 oder ::1). Wählen Sie TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>An e-mail reply reaches only its recipients: it cannot be sent publicly.</source>
        <translation>Eine E-Mail-Antwort erreicht nur ihre Empfänger: Sie kann nicht öffentlich gesendet werden.</translation>
    </message>
    <message>
        <source>The reply has no recipient address.</source>
        <translation>Die Antwort hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>An e-mail can be deleted or moved to the Junk folder, nothing else.</source>
        <translation>Eine E-Mail kann gelöscht oder in den Spam-Ordner verschoben werden, sonst nichts.</translation>
    </message>
</context>
<context>
    <name>hearth::EscalateDialog</name>
    <message>
        <source>Escalate Conversation</source>
        <translation>Unterhaltung eskalieren</translation>
    </message>
    <message>
        <source>&amp;Why does the team need to know? Management reads this first.</source>
        <translation>&amp;Warum muss das Team davon erfahren? Die Geschäftsleitung liest dies zuerst.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>&amp;Clear Escalation</source>
        <translation>Eskalation auf&amp;heben</translation>
    </message>
</context>
<context>
    <name>hearth::FeedConnector</name>
    <message>
        <source>The feed address must start with http:// or https://.</source>
        <translation>Die Feed-Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>hearth::FollowUpDialog</name>
    <message>
        <source>Follow Up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>The conversation is listed under “Needs follow-up” from then on.</source>
        <translation>Die Unterhaltung wird danach unter „Wiedervorlage“ aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <source>&amp;Set Follow-up</source>
        <translation>Wiedervorlage &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Remove Follow-up</source>
        <translation>Wiedervorlage &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>hearth::HttpJob</name>
    <message>
        <source>The server sent more than %1 MB; Hearth stopped reading.</source>
        <translation>Der Server hat mehr als %1 MB gesendet; Hearth hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server asked Hearth to slow down.</source>
        <translation>Der Server hat Hearth gebeten, seine Anfragen zu drosseln.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1). Check the account&apos;s credentials.</source>
        <translation>Der Server hat die Anmeldung abgelehnt (HTTP %1). Prüfen Sie die Zugangsdaten des Kontos.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>hearth::InboxModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Antwort fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>hearth::InboxPage</name>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Nach Fälligkeit</translation>
    </message>
    <message>
        <source>Due soonest lists the conversations still waiting for a first answer; in Needs follow-up, by follow-up date</source>
        <translation>„Nach Fälligkeit“ listet die Unterhaltungen auf, die noch auf eine erste Antwort warten; in „Wiedervorlage“ nach Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <source>Nothing waiting for the team</source>
        <translation>Nichts wartet auf das Team</translation>
    </message>
    <message>
        <source>New and open conversations show here.</source>
        <translation>Neue und offene Unterhaltungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Everything has an owner</source>
        <translation>Für alles ist jemand zuständig</translation>
    </message>
    <message>
        <source>Open conversations that no person or department has taken show here.</source>
        <translation>Offene Unterhaltungen, die noch keine Person und keine Abteilung übernommen hat, erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing in your hands</source>
        <translation>Nichts liegt bei Ihnen</translation>
    </message>
    <message>
        <source>Conversations assigned to you show here until they are resolved or snoozed.</source>
        <translation>Ihnen zugewiesene Unterhaltungen erscheinen hier, bis sie erledigt oder zurückgestellt werden.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Niemand, auf den gewartet wird</translation>
    </message>
    <message>
        <source>Conversations waiting for an answer from outside show here.</source>
        <translation>Unterhaltungen, die auf eine Antwort von außen warten, erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Nichts zurückgestellt</translation>
    </message>
    <message>
        <source>Snoozed conversations wait here until they wake.</source>
        <translation>Zurückgestellte Unterhaltungen warten hier, bis sie wieder fällig werden.</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Noch nichts erledigt</translation>
    </message>
    <message>
        <source>Resolved conversations show here.</source>
        <translation>Erledigte Unterhaltungen erscheinen hier.</translation>
    </message>
    <message>
        <source>No follow-ups planned</source>
        <translation>Keine Wiedervorlagen geplant</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date show here.</source>
        <translation>Unterhaltungen mit einem Wiedervorlagedatum erscheinen hier.</translation>
    </message>
    <message>
        <source>Due soonest shows only conversations still waiting for a first answer.</source>
        <translation>„Nach Fälligkeit“ zeigt nur Unterhaltungen, die noch auf eine erste Antwort warten.</translation>
    </message>
</context>
<context>
    <name>hearth::InboxTabs</name>
    <message>
        <source>Unified inbox</source>
        <translation>Gemeinsamer Posteingang</translation>
    </message>
    <message>
        <source>All channel accounts together</source>
        <translation>Alle Kanalkonten zusammen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No channel accounts yet.</source>
        <translation>Noch keine Kanalkonten.</translation>
    </message>
    <message numerus="yes">
        <source>across %n channel account(s)</source>
        <translation>
            <numerusform>in %n Kanalkonto</numerusform>
            <numerusform>in %n Kanalkonten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · demo account, never goes online</source>
        <translation>%1 · %2 · Demo-Konto, geht nie online</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Inbox view: %1</source>
        <translation>Posteingangsansicht: %1</translation>
    </message>
    <message>
        <source>Show the current inbox tab&apos;s view “%1”</source>
        <translation>Die Ansicht „%1“ des aktuellen Posteingangs-Tabs anzeigen</translation>
    </message>
</context>
<context>
    <name>hearth::InboxViewList</name>
    <message>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Posteingangsansichten</translation>
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
        <translation>Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the demo workspace</source>
        <translation>Demo-Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open the Sunny Squeeze sample workspace; it never goes online</source>
        <translation>Den Beispiel-Arbeitsbereich von Sunny Squeeze öffnen; er geht nie online</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Status&amp;leiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Über &amp;Hearth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read</source>
        <translation>%1: Der Arbeitsbereich konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n channel account(s)</source>
        <translation>
            <numerusform>%n Kanalkonto</numerusform>
            <numerusform>%n Kanalkonten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth);;All files (*)</source>
        <translation>Hearth-Arbeitsbereiche (*.hearth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth)</source>
        <translation>Hearth-Arbeitsbereiche (*.hearth)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Arbeitsbereich konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Workspace to open it.</source>
        <translation>„%1“ existiert bereits. Zum Öffnen Datei › Arbeitsbereich öffnen verwenden.</translation>
    </message>
    <message>
        <source>Workspace checked: no problems found.</source>
        <translation>Arbeitsbereich geprüft: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The workspace may be damaged</source>
        <translation>Der Arbeitsbereich ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>Hearth found problems in “%1”. Keep working, but make a copy of the file and run “hearth-cli check” for the full report.

%2</source>
        <translation>Hearth hat in „%1“ Probleme gefunden. Sie können weiterarbeiten, sollten aber eine Kopie der Datei anlegen und für den vollständigen Bericht „hearth-cli check“ ausführen.

%2</translation>
    </message>
    <message>
        <source>&amp;Find Messages…</source>
        <translation>Nachrichten &amp;suchen …</translation>
    </message>
    <message>
        <source>Search all messages (%1)</source>
        <translation>Alle Nachrichten durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellu&amp;ngen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Eine Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>This is the last conversation of the list.</source>
        <translation>Dies ist die letzte Unterhaltung der Liste.</translation>
    </message>
    <message>
        <source>This is the first conversation of the list.</source>
        <translation>Dies ist die erste Unterhaltung der Liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Approval &amp;Queue…</source>
        <translation>Freigabe&amp;warteschlange …</translation>
    </message>
    <message>
        <source>Template versions waiting for a manager&apos;s decision</source>
        <translation>Vorlagenversionen, die auf die Entscheidung eines Managers warten</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n</source>
        <translation>
            <numerusform>Freigaben: %n</numerusform>
            <numerusform>Freigaben: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template version(s) waiting for approval</source>
        <translation>
            <numerusform>%n Vorlagenversion wartet auf Freigabe</numerusform>
            <numerusform>%n Vorlagenversionen warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>Vorlagen&amp;bibliothek …</translation>
    </message>
    <message>
        <source>Browse, write and submit canned responses</source>
        <translation>Vorgefertigte Antworten durchsuchen, verfassen und einreichen</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>Rule &amp;Statistics…</source>
        <translation>Regel&amp;statistik …</translation>
    </message>
    <message>
        <source>How often moderation cited each rule of the netiquette</source>
        <translation>Wie oft sich die Moderation auf die einzelnen Regeln der Netiquette berufen hat</translation>
    </message>
    <message>
        <source>&amp;Auto-Moderation…</source>
        <translation>&amp;Auto-Moderation …</translation>
    </message>
    <message>
        <source>Rules that flag, tag, hide or assign incoming messages by themselves</source>
        <translation>Regeln, die eingehende Nachrichten selbstständig kennzeichnen, mit Schlagwörtern versehen, ausblenden oder zuweisen</translation>
    </message>
    <message>
        <source>&amp;Netiquette Editor…</source>
        <translation>&amp;Netiquette-Editor …</translation>
    </message>
    <message>
        <source>Write, publish and export the community&apos;s house rules</source>
        <translation>Die Hausregeln der Community verfassen, veröffentlichen und exportieren</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanäle …</translation>
    </message>
    <message>
        <source>The channel accounts: add, test, pause and remove them, and see how they sync</source>
        <translation>Die Kanalkonten: hinzufügen, testen, pausieren, entfernen und ihre Synchronisation verfolgen</translation>
    </message>
    <message>
        <source>Channels do not sync: %1</source>
        <translation>Die Kanäle werden nicht synchronisiert: %1</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonConnector</name>
    <message>
        <source>The stored Mastodon sync position is not a notification id.</source>
        <translation>Die gespeicherte Mastodon-Synchronisationsposition ist keine Benachrichtigungs-ID.</translation>
    </message>
    <message>
        <source>The Mastodon instance sent notifications Hearth cannot read.</source>
        <translation>Die Mastodon-Instanz hat Benachrichtigungen gesendet, die Hearth nicht lesen kann.</translation>
    </message>
    <message>
        <source>A Mastodon notification of this page has no id; skipped.</source>
        <translation>Eine Mastodon-Benachrichtigung dieser Seite hat keine ID; übersprungen.</translation>
    </message>
    <message>
        <source>Mastodon notification %1 could not be read (%2); skipped.</source>
        <translation>Mastodon-Benachrichtigung %1 konnte nicht gelesen werden (%2); übersprungen.</translation>
    </message>
    <message>
        <source>The direct conversations could not be read: %1</source>
        <translation>Die privaten Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the answer is not a list.</source>
        <translation>die Antwort ist keine Liste.</translation>
    </message>
    <message>
        <source>A direct conversation&apos;s status could not be read (%1); skipped.</source>
        <translation>Der Beitrag einer privaten Unterhaltung konnte nicht gelesen werden (%1); übersprungen.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon post this answers.</source>
        <translation>Hearth weiß nicht, auf welchen Mastodon-Beitrag dies antwortet.</translation>
    </message>
    <message>
        <source>Hearth does not know the Mastodon address of the person to write to.</source>
        <translation>Hearth kennt die Mastodon-Adresse der Person nicht, an die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The Mastodon post this answers no longer exists.</source>
        <translation>Der Mastodon-Beitrag, auf den dies antwortet, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The Mastodon instance took the post but its answer could not be read.</source>
        <translation>Die Mastodon-Instanz hat den Beitrag angenommen, aber ihre Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon account or post this is.</source>
        <translation>Hearth weiß nicht, um welches Mastodon-Konto oder welchen Beitrag es sich handelt.</translation>
    </message>
    <message>
        <source>Reported as spam by the community team.</source>
        <translation>Vom Community-Team als Spam gemeldet.</translation>
    </message>
    <message>
        <source>The Mastodon account or post no longer exists.</source>
        <translation>Das Mastodon-Konto oder der Beitrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Hearth is not signed in to this Mastodon account: sign in again.</source>
        <translation>Hearth ist bei diesem Mastodon-Konto nicht angemeldet: Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>The Mastodon instance asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Die Mastodon-Instanz hat Hearth gebeten, %n Sekunde zu warten.</numerusform>
            <numerusform>Die Mastodon-Instanz hat Hearth gebeten, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mastodon instance did not accept Hearth&apos;s sign-in (it may have been revoked). Sign in again.</source>
        <translation>Die Mastodon-Instanz hat die Anmeldung von Hearth nicht akzeptiert (sie wurde möglicherweise widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 The instance said: %2</source>
        <translation>%1 Antwort der Instanz: %2</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonSignIn</name>
    <message>
        <source>Hearth could not wait for the browser&apos;s answer: no port on 127.0.0.1 was free.</source>
        <translation>Hearth konnte nicht auf die Antwort des Browsers warten: Auf 127.0.0.1 war kein Port frei.</translation>
    </message>
    <message>
        <source>Hearth has the answer. You can close this page and go back to Hearth.</source>
        <translation>Hearth hat die Antwort erhalten. Sie können diese Seite schließen und zu Hearth zurückkehren.</translation>
    </message>
    <message>
        <source>Could not reach the Mastodon instance %1: %2</source>
        <translation>Die Mastodon-Instanz %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not let Hearth register as an app (HTTP %2). %3</source>
        <translation>%1 hat Hearth nicht als App registrieren lassen (HTTP %2). %3</translation>
    </message>
    <message>
        <source>%1 answered in a way Hearth cannot read; is it a Mastodon instance?</source>
        <translation>%1 hat so geantwortet, dass Hearth die Antwort nicht lesen kann; ist das eine Mastodon-Instanz?</translation>
    </message>
    <message>
        <source>The sign-in to %1 was declined in the browser.</source>
        <translation>Die Anmeldung bei %1 wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Hearth refused an answer to the sign-in that was not for it (the state did not match). Sign in again.</source>
        <translation>Hearth hat eine Antwort auf die Anmeldung abgelehnt, die nicht für Hearth bestimmt war (der state-Wert stimmte nicht überein). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an authorization code.</source>
        <translation>%1 hat auf die Anmeldung ohne Autorisierungscode geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not give Hearth access (HTTP %2): %3</source>
        <translation>%1 hat Hearth keinen Zugriff gewährt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 sent an access token Hearth cannot read.</source>
        <translation>%1 hat ein Zugriffstoken gesendet, das Hearth nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>hearth::ModerationDialog</name>
    <message>
        <source>Send a &amp;notice to the author</source>
        <translation>&amp;Hinweis an den Autor senden</translation>
    </message>
    <message>
        <source>Moderate a Message</source>
        <translation>Nachricht moderieren</translation>
    </message>
    <message>
        <source>Why, in a sentence the author can understand</source>
        <translation>Der Grund, in einem Satz, den der Autor verstehen kann</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Rule broken:</source>
        <translation>Verletzte &amp;Regel:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (already moderated)</source>
        <translation>%1 (bereits moderiert)</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Die Nachricht löschen</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>Die Nachricht ausblenden</translation>
    </message>
    <message>
        <source>Mark the message as spam</source>
        <translation>Die Nachricht als Spam markieren</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Den Autor blockieren</translation>
    </message>
    <message>
        <source>Choose the rule that was broken</source>
        <translation>Wählen Sie die Regel, gegen die verstoßen wurde</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Sonstige …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Als &amp;Spam markieren</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>Bl&amp;ockieren</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteEditor</name>
    <message>
        <source>Netiquette Editor[*]</source>
        <translation>Netiquette-Editor[*]</translation>
    </message>
    <message>
        <source>&amp;Netiquette</source>
        <translation>&amp;Netiquette</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netiquette</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>Save the texts as the draft; new rules get their ids</source>
        <translation>Die Texte als Entwurf speichern; neue Regeln erhalten ihre IDs</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>Entwurf ver&amp;werfen …</translation>
    </message>
    <message>
        <source>Throw the draft and unsaved changes away</source>
        <translation>Den Entwurf und nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf …</translation>
    </message>
    <message>
        <source>Every published version, with who published it and when</source>
        <translation>Alle veröffentlichten Versionen, mit Angabe, wer sie wann veröffentlicht hat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write the published version as HTML and Markdown for the website</source>
        <translation>Die veröffentlichte Version als HTML und Markdown für die Website schreiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Geschrieben in:</translation>
    </message>
    <message>
        <source>The language the rules are written in first; the others are its translations</source>
        <translation>Die Sprache, in der die Regeln zuerst geschrieben werden; die anderen sind Übersetzungen davon</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source># House rules

What this page is for, in a few sentences.

## Be kind

Each rule is a level-2 heading; saving gives it an id that moderation cites.

## No advertising

…</source>
        <translation># Hausregeln

Wofür diese Seite da ist, in wenigen Sätzen.

## Freundlich bleiben

Jede Regel ist eine Überschrift der Ebene 2; beim Speichern erhält sie eine ID, auf die sich die Moderation beruft.

## Keine Werbung

…</translation>
    </message>
    <message>
        <source>The netiquette was changed elsewhere; saving replaces that draft.</source>
        <translation>Die Netiquette wurde an anderer Stelle geändert; beim Speichern wird dieser Entwurf ersetzt.</translation>
    </message>
    <message>
        <source>Pro&amp;blems (%1)</source>
        <translation>&amp;Probleme (%1)</translation>
    </message>
    <message>
        <source>Draft of version %1, saved %2.</source>
        <translation>Entwurf von Version %1, gespeichert am %2.</translation>
    </message>
    <message>
        <source>Published version %1. Saving changes starts a new draft.</source>
        <translation>Veröffentlichte Version %1. Wenn Sie Änderungen speichern, beginnt ein neuer Entwurf.</translation>
    </message>
    <message>
        <source>No netiquette yet: write the rules as level-2 headings and save a draft.</source>
        <translation>Noch keine Netiquette: Schreiben Sie die Regeln als Überschriften der Ebene 2 und speichern Sie einen Entwurf.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Make the draft the netiquette moderation cites</source>
        <translation>Den Entwurf zur Netiquette machen, auf die sich die Moderation beruft</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette</source>
        <translation>Nur ein Manager kann die Netiquette veröffentlichen</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The netiquette was not published</source>
        <translation>Die Netiquette wurde nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Nur ein Manager kann die Netiquette veröffentlichen.</translation>
    </message>
    <message>
        <source>The netiquette cannot be published yet</source>
        <translation>Die Netiquette kann noch nicht veröffentlicht werden</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems marked as errors first (%n error(s) in the list).</source>
        <translation>
            <numerusform>Beheben Sie zuerst die als Fehler markierten Probleme (%n Fehler in der Liste).</numerusform>
            <numerusform>Beheben Sie zuerst die als Fehler markierten Probleme (%n Fehler in der Liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 becomes the netiquette that moderation cites and {{rule.N}} renders.</source>
        <translation>Version %1 wird zur Netiquette, auf die sich die Moderation beruft und die {{rule.N}} darstellt.</translation>
    </message>
    <message>
        <source>Version %1, published now, stays readable in the history.</source>
        <translation>Version %1, die jetzt veröffentlicht ist, bleibt im Verlauf lesbar.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Ihre nicht gespeicherten Änderungen werden zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Publish the netiquette?</source>
        <translation>Netiquette veröffentlichen?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation>Version %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away; the editor shows the published version again. This cannot be undone.</source>
        <translation>Der Entwurf und Ihre nicht gespeicherten Änderungen werden verworfen; der Editor zeigt wieder die veröffentlichte Version. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away. This cannot be undone.</source>
        <translation>Der Entwurf und Ihre nicht gespeicherten Änderungen werden verworfen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Der Entwurf wurde nicht verworfen</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Entwurf verworfen.</translation>
    </message>
    <message>
        <source>Export the Published Netiquette To</source>
        <translation>Veröffentlichte Netiquette exportieren nach</translation>
    </message>
    <message>
        <source>The netiquette was not exported</source>
        <translation>Die Netiquette wurde nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the netiquette draft?</source>
        <translation>Netiquette-Entwurf speichern?</translation>
    </message>
    <message>
        <source>Your changes to the netiquette are not saved yet.</source>
        <translation>Ihre Änderungen an der Netiquette sind noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteHistoryDialog</name>
    <message>
        <source>Netiquette History</source>
        <translation>Netiquette-Verlauf</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No version of the netiquette has been published yet.</source>
        <translation>Es wurde noch keine Version der Netiquette veröffentlicht.</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. Written in %4.</source>
        <translation>Version %1, veröffentlicht am %2 von %3. Geschrieben in %4.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteOutline</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Saving the draft gives this rule its id</source>
        <translation>Beim Speichern des Entwurfs erhält diese Regel ihre ID</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteWarningList</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation>Fehler: Die Veröffentlichung ist erst möglich, wenn er behoben ist</translation>
    </message>
    <message>
        <source>Warning: saving the draft fixes it</source>
        <translation>Warnung: Wird beim Speichern des Entwurfs behoben</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>hearth::NoteDialog</name>
    <message>
        <source>Add Internal Note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Note for the team (the customer never sees it):</source>
        <translation>&amp;Notiz für das Team (die Kundschaft sieht sie nie):</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>hearth::Notifier</name>
    <message>
        <source>Conversation escalated</source>
        <translation>Unterhaltung eskaliert</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in your views have new messages.</source>
        <translation>
            <numerusform>%n Unterhaltung in Ihren Ansichten hat neue Nachrichten.</numerusform>
            <numerusform>%n Unterhaltungen in Ihren Ansichten haben neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” from %2 has waited past the response target.</source>
        <translation>„%1“ von %2 wartet bereits länger als die Antwortfrist.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” from %2 needs a first answer within %n minute(s).</source>
        <translation>
            <numerusform>„%1“ von %2 braucht innerhalb von %n Minute eine erste Antwort.</numerusform>
            <numerusform>„%1“ von %2 braucht innerhalb von %n Minuten eine erste Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>Antwortfristen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) need a first answer within the next minutes.</source>
        <translation>
            <numerusform>%n Unterhaltung braucht in den nächsten Minuten eine erste Antwort.</numerusform>
            <numerusform>%n Unterhaltungen brauchen in den nächsten Minuten eine erste Antwort.</numerusform>
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
        <translation>Die Antwort wurde gesendet, aber Hearth konnte das nicht erfassen: %1</translation>
    </message>
</context>
<context>
    <name>hearth::OutboxStrip</name>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>%1 not sent: “%2”</source>
        <translation>%1 nicht gesendet: „%2“</translation>
    </message>
    <message>
        <source>%1 being sent: “%2”</source>
        <translation>%1 wird gesendet: „%2“</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: “%2”</source>
        <translation>%1 wartet auf den Versand: „%2“</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send this reply again now</source>
        <translation>Diese Antwort jetzt erneut senden</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Take the text back into the editor to change it</source>
        <translation>Den Text zum Ändern zurück in den Editor holen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <source>Delete this reply without sending it</source>
        <translation>Diese Antwort löschen, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>Diese Antwort verwerfen?</translation>
    </message>
    <message>
        <source>The reply will be deleted without being sent. This cannot be undone.</source>
        <translation>Die Antwort wird gelöscht, ohne gesendet zu werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>hearth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Customers see this name under your replies.</source>
        <translation>Die Kundschaft sieht diesen Namen unter Ihren Antworten.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Added under every reply you send, for example:
Best wishes,
Emma</source>
        <translation>Wird unter jede Antwort gesetzt, die Sie senden, zum Beispiel:
Viele Grüße
Emma</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new messages in my views and response targets about to be missed</source>
        <translation>Desktop-&amp;Benachrichtigungen für neue Nachrichten in meinen Ansichten und bald ablaufende Antwortfristen anzeigen</translation>
    </message>
</context>
<context>
    <name>hearth::ReplyComposer</name>
    <message>
        <source>Write a private message…</source>
        <translation>Private Nachricht schreiben …</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Öffentliche Antwort schreiben …</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) after this one)</source>
        <translation>
            <numerusform>(%n weiteres Problem nach diesem)</numerusform>
            <numerusform>(%n weitere Probleme nach diesem)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Gesendet wird: %1</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Zuerst eine Antwort schreiben.</translation>
    </message>
    <message>
        <source>The reply was not sent: correct the placeholder first.</source>
        <translation>Die Antwort wurde nicht gesendet: Zuerst den Platzhalter korrigieren.</translation>
    </message>
    <message>
        <source>Hi {{author.first_name|there}}, we have sent you a private message so we can sort this out together.</source>
        <translation>Hallo {{author.first_name|zusammen}}, wir haben Ihnen eine private Nachricht geschickt, damit wir das gemeinsam klären können.</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>Die Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Take private</source>
        <translation>Privat weiterführen</translation>
    </message>
    <message>
        <source>Answer once in public that the talk continues in a private message, then write that message</source>
        <translation>Einmal öffentlich antworten, dass das Gespräch in einer privaten Nachricht weitergeht, und dann diese Nachricht schreiben</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Die Antwort senden (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>“%1” is not approved yet and cannot be used.</source>
        <translation>„%1“ ist noch nicht freigegeben und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No approved template has the shortcut “%1”.</source>
        <translation>Keine freigegebene Vorlage hat das Kürzel „%1“.</translation>
    </message>
    <message>
        <source>Only approved templates can be inserted.</source>
        <translation>Nur freigegebene Vorlagen können eingefügt werden.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krisenfall</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No approved templates</source>
        <translation>Keine freigegebenen Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Insert an approved template (%1); in the reply, type ::shortcut or /shortcut and press Tab</source>
        <translation>Eine freigegebene Vorlage einfügen (%1); in der Antwort ::Kürzel oder /Kürzel eingeben und Tab drücken</translation>
    </message>
    <message>
        <source>The reply was not sent: the template “%1” was retired or replaced by a newer version since you inserted it. Remove its text and insert the template again.</source>
        <translation>Die Antwort wurde nicht gesendet: Die Vorlage „%1“ wurde ausgemustert oder durch eine neuere Version ersetzt, seit Sie sie eingefügt haben. Entfernen Sie ihren Text und fügen Sie die Vorlage erneut ein.</translation>
    </message>
</context>
<context>
    <name>hearth::RuleStatisticsDialog</name>
    <message>
        <source>Rule Statistics</source>
        <translation>Regelstatistik</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation>Regel #%1</translation>
    </message>
    <message>
        <source>%1 (no longer published)</source>
        <translation>%1 (nicht mehr veröffentlicht)</translation>
    </message>
    <message>
        <source>Never cited</source>
        <translation>Nie genannt</translation>
    </message>
    <message>
        <source>The netiquette has no published rules yet, and no moderation cited one.</source>
        <translation>Die Netiquette hat noch keine veröffentlichten Regeln, und keine Moderation hat sich auf eine berufen.</translation>
    </message>
    <message numerus="yes">
        <source>How often moderation cited each rule (reverted actions are left out). %n published rule(s) never cited.</source>
        <translation>
            <numerusform>Wie oft sich die Moderation auf die einzelnen Regeln berufen hat (rückgängig gemachte Aktionen sind nicht mitgezählt). %n veröffentlichte Regel wurde nie genannt.</numerusform>
            <numerusform>Wie oft sich die Moderation auf die einzelnen Regeln berufen hat (rückgängig gemachte Aktionen sind nicht mitgezählt). %n veröffentlichte Regeln wurden nie genannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SearchFilterBar</name>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Zustän&amp;dig:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>hearth::SearchPage</name>
    <message>
        <source>&amp;Back to the Inbox</source>
        <translation>&amp;Zurück zum Posteingang</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message>
        <source>The newest %1 messages that match “%2”.</source>
        <translation>Die neuesten %1 Nachrichten, die zu „%2“ passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) match “%1”.</source>
        <translation>
            <numerusform>%n Nachricht passt zu „%1“.</numerusform>
            <numerusform>%n Nachrichten passen zu „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message matches “%1” with these filters.</source>
        <translation>Keine Nachricht passt mit diesen Filtern zu „%1“.</translation>
    </message>
</context>
<context>
    <name>hearth::SearchResultsModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>hearth::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Kein Tastenkürzel passt zu „%1“.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Type an action or a key</source>
        <translation>Aktion oder Taste eingeben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>hearth::SnoozeDialog</name>
    <message>
        <source>Snooze Conversation</source>
        <translation>Unterhaltung zurückstellen</translation>
    </message>
    <message>
        <source>In &amp;one hour (%1)</source>
        <translation>In &amp;einer Stunde (%1)</translation>
    </message>
    <message>
        <source>This &amp;evening (%1)</source>
        <translation>&amp;Heute Abend (%1)</translation>
    </message>
    <message>
        <source>Tomorrow &amp;morning (%1)</source>
        <translation>&amp;Morgen früh (%1)</translation>
    </message>
    <message>
        <source>Next Mo&amp;nday (%1)</source>
        <translation>&amp;Nächsten Montag (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
</context>
<context>
    <name>hearth::SyncWorker</name>
    <message>
        <source>The workspace could not be opened for sending.</source>
        <translation>Der Arbeitsbereich konnte nicht zum Senden geöffnet werden.</translation>
    </message>
    <message>
        <source>The account of this conversation is no longer in the workspace.</source>
        <translation>Das Konto dieser Unterhaltung ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is paused. The reply waits in the outbox until the account is resumed.</source>
        <translation>„%1“ ist pausiert. Die Antwort wartet im Postausgang, bis das Konto fortgesetzt wird.</translation>
    </message>
    <message>
        <source>“%1” is still connecting. The reply waits in the outbox.</source>
        <translation>„%1“ verbindet sich noch. Die Antwort wartet im Postausgang.</translation>
    </message>
    <message>
        <source>“%1” is not connected: %2</source>
        <translation>„%1“ ist nicht verbunden: %2</translation>
    </message>
    <message>
        <source>The account&apos;s connection was restarted before the channel answered.</source>
        <translation>Die Verbindung des Kontos wurde neu gestartet, bevor der Kanal geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>hearth::TagsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Schlagwort hinzufügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&amp;Add tag:</source>
        <translation>Schlagwort &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Tags of this conversation:</source>
        <translation>Schlag&amp;wörter dieser Unterhaltung:</translation>
    </message>
</context>
<context>
    <name>hearth::TelegramConnector</name>
    <message>
        <source>The stored Telegram sync position is not a number.</source>
        <translation>Die gespeicherte Telegram-Synchronisationsposition ist keine Zahl.</translation>
    </message>
    <message>
        <source>Telegram sent updates Hearth cannot read (not a list).</source>
        <translation>Telegram hat Updates gesendet, die Hearth nicht lesen kann (keine Liste).</translation>
    </message>
    <message>
        <source>Telegram update %1 of this page has no update_id; skipped.</source>
        <translation>Telegram-Update %1 dieser Seite hat keine update_id; übersprungen.</translation>
    </message>
    <message>
        <source>Telegram update %1 could not be read (%2); skipped.</source>
        <translation>Telegram-Update %1 konnte nicht gelesen werden (%2); übersprungen.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram chat this conversation is in.</source>
        <translation>Hearth weiß nicht, in welchem Telegram-Chat diese Unterhaltung stattfindet.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot write to this chat (the person may have blocked the bot or never started it, or the bot left the group).</source>
        <translation>Telegram hat dem Bot nicht erlaubt, in diesen Chat zu schreiben (die Person hat den Bot möglicherweise blockiert oder nie gestartet, oder der Bot hat die Gruppe verlassen).</translation>
    </message>
    <message>
        <source>Telegram sent the message but its answer could not be read.</source>
        <translation>Telegram hat die Nachricht gesendet, aber seine Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram message to delete.</source>
        <translation>Hearth weiß nicht, welche Telegram-Nachricht gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot delete this message. A bot may delete other people&apos;s messages only in groups where it is an administrator allowed to delete messages, and only for 48 hours. Telegram said: %1</source>
        <translation>Telegram hat dem Bot nicht erlaubt, diese Nachricht zu löschen. Ein Bot darf Nachrichten anderer nur in Gruppen löschen, in denen er Administrator mit der Berechtigung zum Löschen von Nachrichten ist, und nur innerhalb von 48 Stunden. Antwort von Telegram: %1</translation>
    </message>
    <message>
        <source>No bot token is set for this Telegram account: enter the token @BotFather gave.</source>
        <translation>Für dieses Telegram-Konto ist kein Bot-Token festgelegt: Geben Sie das Token ein, das Sie von @BotFather erhalten haben.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Check it with @BotFather.</source>
        <translation>Telegram hat das Bot-Token nicht akzeptiert. Prüfen Sie es bei @BotFather.</translation>
    </message>
    <message>
        <source>Telegram sent an answer Hearth cannot read.</source>
        <translation>Telegram hat eine Antwort gesendet, die Hearth nicht lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Telegram hat Hearth gebeten, %n Sekunde zu warten.</numerusform>
            <numerusform>Telegram hat Hearth gebeten, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP %1): %2</source>
        <translation>Bei Telegram ist ein Problem aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Telegram refused the request (%1): %2</source>
        <translation>Telegram hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram member to ban from which chat.</source>
        <translation>Hearth weiß nicht, welches Telegram-Mitglied aus welchem Chat ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot ban this member. A bot may ban members only in groups where it is an administrator allowed to restrict members. Telegram said: %1</source>
        <translation>Telegram hat dem Bot nicht erlaubt, dieses Mitglied auszuschließen. Ein Bot darf Mitglieder nur in Gruppen ausschließen, in denen er Administrator mit der Berechtigung zum Einschränken von Mitgliedern ist. Antwort von Telegram: %1</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateEditorDialog</name>
    <message>
        <source>&amp;Crisis template</source>
        <translation>&amp;Krisenvorlage</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ource language:</source>
        <translation>&amp;Ausgangssprache:</translation>
    </message>
    <message>
        <source>Texts by language, with a preview using sample values:</source>
        <translation>Texte nach Sprache, mit einer Vorschau mit Beispielwerten:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Add &amp;Language…</source>
        <translation>&amp;Sprache hinzufügen …</translation>
    </message>
    <message>
        <source>typed as ::name or /name in a reply</source>
        <translation>wird in einer Antwort als ::Kürzel oder /Kürzel eingegeben</translation>
    </message>
    <message>
        <source>The language the others are translated from: when its text changes, the other languages are marked out of date.</source>
        <translation>Die Sprache, aus der die anderen übersetzt werden: Wenn sich ihr Text ändert, werden die anderen Sprachen als veraltet markiert.</translation>
    </message>
    <message>
        <source>Adds a text in another language, by its code such as “es” or “pt-BR”.</source>
        <translation>Fügt einen Text in einer weiteren Sprache hinzu, anhand ihres Codes wie „es“ oder „pt-BR“.</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>Kü&amp;rzel:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: update it.</source>
        <translation>Der Ausgangstext wurde geändert, nachdem diese Übersetzung geschrieben wurde: Aktualisieren Sie sie.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Type a code such as “es”, “pt-BR” or “zh-Hant”.</source>
        <translation>„%1“ ist kein Sprachcode. Geben Sie einen Code wie „es“, „pt-BR“ oder „zh-Hant“ ein.</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Language code, such as “es”, “pt-BR” or “zh-Hant”:</source>
        <translation>Sprachcode, etwa „es“, „pt-BR“ oder „zh-Hant“:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Alex Example</source>
        <comment>sample author&apos;s full name in the preview</comment>
        <translation>Alex Beispiel</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>sample author&apos;s first name in the preview</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>sample channel name in the preview</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Rule %1: …</source>
        <comment>sample rule citation in the preview</comment>
        <translation>Regel %1: …</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateLibraryDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Submit for &amp;Approval</source>
        <translation>Zur &amp;Freigabe einreichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation>Vorlagenbibliothek</translation>
    </message>
    <message>
        <source>Search title, shortcut or text</source>
        <translation>Titel, Kürzel oder Text durchsuchen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krisenfall</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Texts of the newest version:</source>
        <translation>Texte der neuesten Version:</translation>
    </message>
    <message>
        <source>Changes against the version before:</source>
        <translation>Änderungen gegenüber der vorherigen Version:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(Keine Kategorie)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ausmustern …</translation>
    </message>
    <message>
        <source>Finds approved templates that nobody has used for a while.</source>
        <translation>Findet freigegebene Vorlagen, die seit einiger Zeit niemand verwendet hat.</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Beliebige Verwendung</translation>
    </message>
    <message>
        <source>Unused for 30 days</source>
        <translation>Seit 30 Tagen nicht verwendet</translation>
    </message>
    <message>
        <source>Unused for 90 days</source>
        <translation>Seit 90 Tagen nicht verwendet</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>How often the template was inserted into a reply</source>
        <translation>Wie oft die Vorlage in eine Antwort eingefügt wurde</translation>
    </message>
    <message>
        <source>Language or person</source>
        <translation>Sprache oder Person</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>U&amp;sage</source>
        <translation>Ver&amp;wendung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n out of date)</source>
        <translation>
            <numerusform>%1 (%n veraltet)</numerusform>
            <numerusform>%1 (%n veraltet)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Not used in a reply yet.</source>
        <translation>Noch in keiner Antwort verwendet.</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Nach Sprache</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Nach Person</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>jemand, der nicht mehr im Arbeitsbereich ist</translation>
    </message>
    <message>
        <source>Takes the template out of the composer; its versions stay readable here.</source>
        <translation>Entfernt die Vorlage aus dem Antworteditor; ihre Versionen bleiben hier lesbar.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Nur ein Manager kann Vorlagen ausmustern.</translation>
    </message>
    <message>
        <source>Retire Template</source>
        <translation>Vorlage ausmustern</translation>
    </message>
    <message>
        <source>Retire “%1”?

It leaves the composer: nobody can insert or send it any more, and its
drafts can no longer be submitted or approved. All its versions stay
readable in the library. Retiring cannot be undone.

Comment (optional):</source>
        <translation>„%1“ ausmustern?

Sie verschwindet aus dem Antworteditor: Niemand kann sie mehr einfügen oder senden, und ihre
Entwürfe können nicht mehr eingereicht oder freigegeben werden. Alle ihre Versionen bleiben
in der Bibliothek lesbar. Das Ausmustern kann nicht rückgängig gemacht werden.

Kommentar (optional):</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
</context>
</TS>
