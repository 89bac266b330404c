<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccountStore</name>
    <message>
        <source>“%1” is not a kind of channel Hearth knows.</source>
        <translation>»%1« er ikke en kanaltype, som Hearth kender.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Kontoen skal have et navn.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Der findes allerede en konto med navnet »%1«.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Kontoen findes ikke.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Kontoen kunne ikke fjernes.</translation>
    </message>
</context>
<context>
    <name>AutoModeration</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Giv reglen et navn.</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En regels navn må højst være på %n tegn.</numerusform>
            <numerusform>En regels navn må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what the rule looks for: keywords, links, capitals or repeated posts.</source>
        <translation>Vælg, hvad reglen leder efter: nøgleord, links, store bogstaver eller gentagne indlæg.</translation>
    </message>
    <message>
        <source>“%1” is not a mode; a rule is in dry run, live or off.</source>
        <translation>»%1« er ikke en tilstand; en regel er i prøvekørsel, aktiv eller slået fra.</translation>
    </message>
    <message numerus="yes">
        <source>A rule can list at most %n line(s).</source>
        <translation>
            <numerusform>En regel kan højst indeholde %n linje.</numerusform>
            <numerusform>En regel kan højst indeholde %n linjer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one keyword or phrase, one per line.</source>
        <translation>Angiv mindst ét nøgleord eller én frase, én pr. linje.</translation>
    </message>
    <message numerus="yes">
        <source>A keyword or phrase can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Et nøgleord eller en frase må højst være på %n tegn.</numerusform>
            <numerusform>Et nøgleord eller en frase må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>»%1« indeholder ingen bogstaver eller cifre at lede efter.</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as example.com.</source>
        <translation>»%1« er ikke et værtsnavn som example.com.</translation>
    </message>
    <message>
        <source>The share of capitals must be between %1% and 100%.</source>
        <translation>Andelen af store bogstaver skal være mellem %1 % og 100 %.</translation>
    </message>
    <message>
        <source>A post counts as repeated when it comes between %1 and %2 times a day.</source>
        <translation>Et indlæg tæller som gentaget, når det kommer mellem %1 og %2 gange om dagen.</translation>
    </message>
    <message>
        <source>Name the tag the rule adds.</source>
        <translation>Angiv navnet på den mærkat, reglen tilføjer.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person or department the rule assigns to.</source>
        <translation>Vælg den person eller afdeling, reglen tildeler til.</translation>
    </message>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>Der findes ingen sådan person i dette arbejdsområde.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>Der findes ingen sådan afdeling i dette arbejdsområde.</translation>
    </message>
    <message>
        <source>Publish the netiquette first: a hidden post cites the rule it broke.</source>
        <translation>Udgiv netiketten først: et skjult indlæg henviser til den regel, det har overtrådt.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that a hidden post broke.</source>
        <translation>Vælg den regel i netiketten, som et skjult indlæg har overtrådt.</translation>
    </message>
    <message>
        <source>Choose what the rule does: flag, tag, hide or assign.</source>
        <translation>Vælg, hvad reglen gør: markér med flag, tilføj mærkat, skjul eller tildel.</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>Reglen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>Reglen findes ikke længere.</translation>
    </message>
    <message>
        <source>The rule has made decisions; switch it off instead, so they stay reversible.</source>
        <translation>Reglen har truffet beslutninger; slå den fra i stedet, så de fortsat kan tilbageføres.</translation>
    </message>
    <message>
        <source>The rule could not be deleted.</source>
        <translation>Reglen kunne ikke slettes.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) within a day</source>
        <translation>
            <numerusform>%n indlæg inden for et døgn</numerusform>
            <numerusform>%n indlæg inden for et døgn</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hide here, flagged instead: %1</source>
        <translation>Kan ikke skjules her, markeret med flag i stedet: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>Beslutningen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Samtalen findes ikke længere i dette arbejdsområde.</translation>
    </message>
    <message>
        <source>The conversation or the one to assign it to no longer exists.</source>
        <translation>Samtalen eller den, den skal tildeles, findes ikke længere.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Beslutningen findes ikke længere.</translation>
    </message>
    <message>
        <source>The decision has already been reverted.</source>
        <translation>Beslutningen er allerede tilbageført.</translation>
    </message>
    <message>
        <source>The decision could not be reverted.</source>
        <translation>Beslutningen kunne ikke tilbageføres.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>the published netiquette no longer has the rule it cites</source>
        <translation>den udgivne netikette har ikke længere den regel, der henvises til</translation>
    </message>
    <message>
        <source>A new rule starts in dry run: save it, try it on the latest messages, then switch it on.</source>
        <translation>En ny regel starter i prøvekørsel: gem den, prøv den på de seneste beskeder, og slå den derefter til.</translation>
    </message>
    <message>
        <source>Try “%1” in a dry run first: a rule is switched on only after a dry run of what it now finds and does.</source>
        <translation>Prøvekør »%1« først: en regel slås først til, når en prøvekørsel har vist, hvad den nu finder og gør.</translation>
    </message>
</context>
<context>
    <name>ChannelCapabilities</name>
    <message>
        <source>Public reply</source>
        <translation>Offentligt svar</translation>
    </message>
    <message>
        <source>E-mail reply</source>
        <translation>Svar pr. e-mail</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatbesked</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privat besked</translation>
    </message>
    <message>
        <source>This conversation comes from a feed, which Hearth only monitors: it cannot be answered from Hearth. Answer it where it was posted.</source>
        <translation>Denne samtale kommer fra et feed, som Hearth kun overvåger: den kan ikke besvares fra Hearth. Svar der, hvor den blev slået op.</translation>
    </message>
    <message>
        <source>Hearth cannot answer conversations on this channel.</source>
        <translation>Hearth kan ikke besvare samtaler på denne kanal.</translation>
    </message>
    <message>
        <source>An e-mail cannot be hidden: it is in the mailbox. Delete it or mark it as spam instead.</source>
        <translation>En e-mail kan ikke skjules: den ligger i postkassen. Slet den, eller markér den som spam i stedet.</translation>
    </message>
    <message>
        <source>Deletes the e-mail from the mailbox.</source>
        <translation>Sletter e-mailen fra postkassen.</translation>
    </message>
    <message>
        <source>Moves the e-mail to the Junk folder.</source>
        <translation>Flytter e-mailen til mappen Uønsket post.</translation>
    </message>
    <message>
        <source>Blocks the sender in Hearth: their future mail is marked as spam.</source>
        <translation>Blokerer afsenderen i Hearth: fremtidige e-mails fra afsenderen markeres som spam.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be hidden there. Mark it as spam to take it out of the inbox.</source>
        <translation>Dette element ligger på et websted, som Hearth kun læser: det kan ikke skjules der. Markér det som spam for at fjerne det fra indbakken.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be deleted there. Mark it as spam to take it out of the inbox.</source>
        <translation>Dette element ligger på et websted, som Hearth kun læser: det kan ikke slettes der. Markér det som spam for at fjerne det fra indbakken.</translation>
    </message>
    <message>
        <source>Takes the item out of the inbox (only in Hearth: the site is not told).</source>
        <translation>Fjerner elementet fra indbakken (kun i Hearth: webstedet får ikke besked).</translation>
    </message>
    <message>
        <source>The authors of a feed write on other sites: Hearth cannot block them.</source>
        <translation>Forfatterne i et feed skriver på andre websteder: Hearth kan ikke blokere dem.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account hide other people&apos;s posts. Report it as spam or block the account.</source>
        <translation>Mastodon lader ikke en konto skjule andres indlæg. Anmeld det som spam, eller bloker kontoen.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account delete other people&apos;s posts; only their server&apos;s moderators can. Report it as spam or block the account.</source>
        <translation>Mastodon lader ikke en konto slette andres indlæg; det kan kun moderatorerne på deres server. Anmeld det som spam, eller bloker kontoen.</translation>
    </message>
    <message>
        <source>Reports the post to its server as spam.</source>
        <translation>Anmelder indlægget som spam til dets server.</translation>
    </message>
    <message>
        <source>Blocks the account: its posts no longer reach you.</source>
        <translation>Blokerer kontoen: dens indlæg når ikke længere frem til dig.</translation>
    </message>
    <message>
        <source>Telegram cannot hide a message. Delete it instead (in groups where the bot may delete messages).</source>
        <translation>Telegram kan ikke skjule en besked. Slet den i stedet (i grupper, hvor botten må slette beskeder).</translation>
    </message>
    <message>
        <source>Deletes the message in the chat (in groups where the bot may delete messages).</source>
        <translation>Sletter beskeden i chatten (i grupper, hvor botten må slette beskeder).</translation>
    </message>
    <message>
        <source>Deletes the message as spam.</source>
        <translation>Sletter beskeden som spam.</translation>
    </message>
    <message>
        <source>Bans the member from the chat.</source>
        <translation>Udelukker medlemmet fra chatten.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action.</source>
        <translation>»%1« er ikke en modereringshandling.</translation>
    </message>
    <message>
        <source>Hearth cannot moderate posts on this channel.</source>
        <translation>Hearth kan ikke moderere indlæg på denne kanal.</translation>
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
        <translation>Brug arbejdsområdet FIL i stedet for standardarbejdsområdet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the demo workspace.</source>
        <translation>Brug demo-arbejdsområdet.</translation>
    </message>
    <message>
        <source>Also print Hearth&apos;s log messages.</source>
        <translation>Udskriv også Hearths logbeskeder.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>kommando</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Hvad der skal gøres; se listen ovenfor.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo og --workspace kan ikke bruges sammen.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info tager ingen argumenter.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukendt kommando »%1«.</translation>
    </message>
    <message>
        <source>Run “hearth-cli --help” for the commands and options.</source>
        <translation>Kør »hearth-cli --help« for at se kommandoerne og tilvalgene.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Der findes ingen konto med navnet »%1«.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Forkert antal argumenter til %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Arbejdsområdet kunne ikke læses.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Skemaversion: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Demo-arbejdsområde: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konti: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Samtaler: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Beskeder: %1</translation>
    </message>
    <message>
        <source>JSON Lines to import; - reads standard input.</source>
        <translation>JSON Lines-fil, der skal importeres; - læser fra standardinput.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan ikke læse »%1«: %2</translation>
    </message>
    <message>
        <source>Only this account&apos;s messages.</source>
        <translation>Kun beskeder fra denne konto.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Where to write; standard output when missing or -.</source>
        <translation>Hvor der skal skrives; standardoutput, hvis udeladt eller -.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive »%1«: %2</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Højst N fund (standard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>Udskriv fundene som JSON.</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Kun denne konto.</translation>
    </message>
    <message>
        <source>Only this kind of channel.</source>
        <translation>Kun denne type kanal.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only conversations in this status.</source>
        <translation>Kun samtaler med denne status.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only conversations with this tag.</source>
        <translation>Kun samtaler med denne mærkat.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>MÆRKAT</translation>
    </message>
    <message>
        <source>Only messages in this language.</source>
        <translation>Kun beskeder på dette sprog.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Only messages from this date or time on.</source>
        <translation>Kun beskeder fra denne dato eller dette tidspunkt og frem.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>Only messages up to this date or time.</source>
        <translation>Kun beskeder indtil denne dato eller dette tidspunkt.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SØGNING</translation>
    </message>
    <message>
        <source>Words (all must match), &quot;a phrase&quot;, prefix*, -excluded.</source>
        <translation>Ord (alle skal matche), &quot;en frase&quot;, præfiks*, -udelukket.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit kræver et positivt tal.</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>--status skal være en af: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-21 or a time like 2026-11-21T09:30:00Z.</source>
        <translation>--%1 kræver en dato som 2026-11-21 eller et tidspunkt som 2026-11-21T09:30:00Z.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Udskriv optællingerne som JSON.</translation>
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
        <translation>i alt</translation>
    </message>
    <message>
        <source>Use “conversations list” or “conversations show ID”.</source>
        <translation>Brug »conversations list« eller »conversations show ID«.</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Kun denne status.</translation>
    </message>
    <message>
        <source>newest (default), oldest or due.</source>
        <translation>newest (standard), oldest eller due.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>RÆKKEFØLGE</translation>
    </message>
    <message>
        <source>At most N conversations (default 50).</source>
        <translation>Højst N samtaler (standard 50).</translation>
    </message>
    <message>
        <source>Print the conversations as JSON.</source>
        <translation>Udskriv samtalerne som JSON.</translation>
    </message>
    <message>
        <source>--sort must be newest, oldest or due.</source>
        <translation>--sort skal være newest, oldest eller due.</translation>
    </message>
    <message>
        <source>The conversations could not be read.</source>
        <translation>Samtalerne kunne ikke læses.</translation>
    </message>
    <message>
        <source>Print the conversation as JSON.</source>
        <translation>Udskriv samtalen som JSON.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, as “conversations list” shows it.</source>
        <translation>Samtalens nummer, som »conversations list« viser det.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID is a number.</source>
        <translation>En samtales ID er et tal.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Der findes ingen samtale #%1.</translation>
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
        <translation>En hurtigere, mindre grundig kontrol.</translation>
    </message>
    <message>
        <source>The workspace is sound.</source>
        <translation>Arbejdsområdet er i orden.</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 changed, %3 already there.</source>
        <translation>Importeret: %1 nye, %2 ændrede, %3 fandtes allerede.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n linje sprunget over.</numerusform>
            <numerusform>%n linjer sprunget over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s).</source>
        <translation>
            <numerusform>%n besked eksporteret.</numerusform>
            <numerusform>%n beskeder eksporteret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n fund.</numerusform>
            <numerusform>%n fund.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rebuild the search index and the counters from the messages.</source>
        <translation>Genopbyg først søgeindekset og tællerne ud fra beskederne.</translation>
    </message>
    <message>
        <source>Use “templates list”, “templates show ID”, “templates export [FILE]” or “templates import FILE”.</source>
        <translation>Brug »templates list«, »templates show ID«, »templates export [FIL]« eller »templates import FIL«.</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Udskriv skabelonerne som JSON.</translation>
    </message>
    <message>
        <source> [crisis]</source>
        <translation> [krise]</translation>
    </message>
    <message>
        <source>Print the template as JSON.</source>
        <translation>Udskriv skabelonen som JSON.</translation>
    </message>
    <message>
        <source>The template&apos;s number, as “templates list” shows it.</source>
        <translation>Skabelonens nummer, som »templates list« viser det.</translation>
    </message>
    <message>
        <source>The template&apos;s ID is a number.</source>
        <translation>En skabelons ID er et tal.</translation>
    </message>
    <message>
        <source>There is no template #%1.</source>
        <translation>Der findes ingen skabelon #%1.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Category: %1 · Shortcut: %2 · Tags: %3</source>
        <translation>Kategori: %1 · Genvej: %2 · Mærkater: %3</translation>
    </message>
    <message>
        <source>For crisis use.</source>
        <translation>Til brug i krisesituationer.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source> (source)</source>
        <translation> (kildesprog)</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (forældet)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s).</source>
        <translation>
            <numerusform>%n skabelon eksporteret.</numerusform>
            <numerusform>%n skabeloner eksporteret.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template library in JSON; - reads standard input.</source>
        <translation>Et skabelonbibliotek i JSON; - læser fra standardinput.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts.</source>
        <translation>
            <numerusform>%n skabelon importeret som kladde.</numerusform>
            <numerusform>%n skabeloner importeret som kladder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “automod run”.</source>
        <translation>Brug »automod run«.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-moderation made %n decision(s).</source>
        <translation>
            <numerusform>Automatisk moderering traf %n beslutning.</numerusform>
            <numerusform>Automatisk moderering traf %n beslutninger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “netiquette show [--lang CODE]” or “netiquette export --out DIR”.</source>
        <translation>Brug »netiquette show [--lang KODE]« eller »netiquette export --out MAPPE«.</translation>
    </message>
    <message>
        <source>The language to show; the source language when missing or not translated.</source>
        <translation>Det sprog, der skal vises; kildesproget, hvis det er udeladt eller ikke oversat.</translation>
    </message>
    <message>
        <source>The netiquette has no published version yet.</source>
        <translation>Netiketten har endnu ingen udgivet version.</translation>
    </message>
    <message>
        <source>The netiquette has no “%1” text; showing the source language “%2”.</source>
        <translation>Netiketten har ingen tekst på »%1«; viser kildesproget »%2«.</translation>
    </message>
    <message>
        <source>Version %1 · published %2 by %3 · %4</source>
        <translation>Version %1 · udgivet %2 af %3 · %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>The folder to write to; created when missing.</source>
        <translation>Den mappe, der skal skrives til; oprettes, hvis den mangler.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Say where to write the netiquette: “netiquette export --out DIR”.</source>
        <translation>Angiv, hvor netiketten skal skrives: »netiquette export --out MAPPE«.</translation>
    </message>
    <message>
        <source>Sync only the account called NAME.</source>
        <translation>Synkronisér kun kontoen med navnet NAVN.</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Der findes ingen konto med navnet »%1«.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: ikke synkroniseret: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1: %n ny besked</numerusform>
            <numerusform>%1: %n nye beskeder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislykkedes: %2</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>fejler: %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>senest synkroniseret: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>aldrig synkroniseret</translation>
    </message>
    <message>
        <source>email, feed, mastodon or telegram</source>
        <translation>email, feed, mastodon eller telegram</translation>
    </message>
    <message>
        <source>What the team calls the account.</source>
        <translation>Det navn, teamet bruger om kontoen.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The feed&apos;s URL, the mailbox&apos;s address, the account&apos;s handle.</source>
        <translation>Feedets URL, postkassens adresse, kontoens brugernavn.</translation>
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
        <translation>Hearths kerne på kommandolinjen.

Kommandoer:
  info                    arbejdsområdets sti, skemaversion og optællinger
  import FIL              importér beskeder fra JSON Lines (- læser fra standardinput)
  export [FIL]            eksportér beskeder som JSON Lines (som standard til standardoutput)
  search SØGNING          søg i beskeder, nyeste først
  stats                   samtaler efter kanal og status
  conversations list      vis samtaler
  conversations show ID   vis en samtale med alle dens beskeder
  check                   kontrollér arbejdsområdets integritet
  templates list          vis skabelonerne til standardsvar
  templates show ID       vis en skabelon med alle dens versioner
  templates export [FIL]  eksportér skabelonbiblioteket som JSON
  templates import FIL    importér skabeloner fra JSON som kladder
  netiquette show         vis den udgivne netikette
  netiquette export --out MAPPE  skriv den udgivne netikette som HTML og Markdown
  automod run             lad de aktive regler for automatisk moderering reagere på nye beskeder
  sync [--account NAVN]   synkronisér kanalkontiene én gang (til planlagt kørsel)
  accounts list           vis kanalkontiene og deres synkroniseringstilstand
  accounts add TYPE NAVN ADRESSE [--setting NØGLE=VÆRDI]... [--secret-stdin]
                          tilføj en konto; adgangskoden eller tokenet gemmes i systemets nøglering
  accounts remove NAVN --yes  fjern en konto med dens samtaler og beskeder

Kør »hearth-cli KOMMANDO --help« for at se en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Use “accounts list”, “accounts add KIND NAME ADDRESS” or “accounts remove NAME --yes”.</source>
        <translation>Brug »accounts list«, »accounts add TYPE NAVN ADRESSE« eller »accounts remove NAVN --yes«.</translation>
    </message>
    <message>
        <source>A connection setting, such as imapHost=imap.example.org or pollMinutes=15; repeat for more.</source>
        <translation>En forbindelsesindstilling, f.eks. imapHost=imap.example.org eller pollMinutes=15; gentag for at angive flere.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>NØGLE=VÆRDI</translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input into the system&apos;s keychain.</source>
        <translation>Læs adgangskoden eller tokenet fra første linje i standardinput, og gem det i systemets nøglering.</translation>
    </message>
    <message>
        <source>A setting is KEY=VALUE, not “%1”.</source>
        <translation>En indstilling skrives NØGLE=VÆRDI, ikke »%1«.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Standardinput kan ikke læses.</translation>
    </message>
    <message>
        <source>--secret-stdin read no secret from standard input.</source>
        <translation>--secret-stdin læste ingen adgangskode eller token fra standardinput.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Den konto, der skal fjernes.</translation>
    </message>
    <message>
        <source>Confirm: the account goes with all its conversations and messages, and its secret leaves the keychain.</source>
        <translation>Bekræft: kontoen fjernes med alle dens samtaler og beskeder, og adgangskoden eller tokenet slettes fra nøgleringen.</translation>
    </message>
    <message>
        <source>“accounts remove” removes the account with all its conversations and messages; add --yes to do it.</source>
        <translation>»accounts remove« fjerner kontoen med alle dens samtaler og beskeder; tilføj --yes for at gøre det.</translation>
    </message>
    <message>
        <source>Its password or token is still in the keychain: %1</source>
        <translation>Adgangskoden eller tokenet ligger stadig i nøgleringen: %1</translation>
    </message>
    <message>
        <source>Removed %1 with %2 and %3.</source>
        <translation>%1 blev fjernet med %2 og %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n besked</numerusform>
            <numerusform>%n beskeder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>Demo accounts never go online.</source>
        <translation>Demokonti går aldrig online.</translation>
    </message>
    <message>
        <source>Hearth cannot sync %1 accounts yet.</source>
        <translation>Hearth kan endnu ikke synkronisere %1-konti.</translation>
    </message>
    <message>
        <source>This Mastodon account has no instance address (for example https://mastodon.social).</source>
        <translation>Denne Mastodon-konto har ingen instansadresse (for eksempel https://mastodon.social).</translation>
    </message>
    <message>
        <source>Hearth sends a token only over https (plain http only to this computer), not to %1.</source>
        <translation>Hearth sender kun et token over https (ukrypteret http kun til denne computer), ikke til %1.</translation>
    </message>
</context>
<context>
    <name>ConversationActivity</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>The conversation&apos;s notes and history could not be read: %1</source>
        <translation>Samtalens noter og historik kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>A former user</source>
        <translation>En tidligere bruger</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>en tidligere bruger</translation>
    </message>
    <message>
        <source>a former department</source>
        <translation>en tidligere afdeling</translation>
    </message>
    <message>
        <source>%1 wrote an internal note.</source>
        <translation>%1 skrev en intern note.</translation>
    </message>
    <message>
        <source>%1 assigned the conversation to %2.</source>
        <translation>%1 tildelte samtalen til %2.</translation>
    </message>
    <message>
        <source>%1 handed the conversation to %2.</source>
        <translation>%1 overdrog samtalen til %2.</translation>
    </message>
    <message>
        <source>%1 unassigned the conversation.</source>
        <translation>%1 fjernede tildelingen af samtalen.</translation>
    </message>
    <message>
        <source>%1 changed who has the conversation.</source>
        <translation>%1 ændrede, hvem der har samtalen.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Før: %1.</translation>
    </message>
    <message>
        <source>%1 changed the status.</source>
        <translation>%1 ændrede status.</translation>
    </message>
    <message>
        <source>%1 set the status to %2.</source>
        <translation>%1 satte status til %2.</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3.</source>
        <translation>%1 ændrede status fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation until %2.</source>
        <translation>%1 udsatte samtalen til %2.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation.</source>
        <translation>%1 udsatte samtalen.</translation>
    </message>
    <message>
        <source>%1 woke the conversation from its snooze.</source>
        <translation>%1 afsluttede udsættelsen af samtalen.</translation>
    </message>
    <message>
        <source>%1 set a follow-up for %2.</source>
        <translation>%1 satte en opfølgning til %2.</translation>
    </message>
    <message>
        <source>%1 cleared the follow-up.</source>
        <translation>%1 fjernede opfølgningen.</translation>
    </message>
    <message>
        <source>%1 changed the follow-up.</source>
        <translation>%1 ændrede opfølgningen.</translation>
    </message>
    <message>
        <source>%1 added a tag.</source>
        <translation>%1 tilføjede en mærkat.</translation>
    </message>
    <message>
        <source>%1 added the tag “%2”.</source>
        <translation>%1 tilføjede mærkaten »%2«.</translation>
    </message>
    <message>
        <source>%1 removed a tag.</source>
        <translation>%1 fjernede en mærkat.</translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <translation>%1 fjernede mærkaten »%2«.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation.</source>
        <translation>%1 eskalerede samtalen.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation: %2</source>
        <translation>%1 eskalerede samtalen: %2</translation>
    </message>
    <message>
        <source>%1 cleared the escalation.</source>
        <translation>%1 fjernede eskaleringen.</translation>
    </message>
    <message>
        <source>%1 wrote an internal note that was later deleted.</source>
        <translation>%1 skrev en intern note, som senere blev slettet.</translation>
    </message>
    <message>
        <source>%1 queued a private reply.</source>
        <translation>%1 satte et privat svar i kø.</translation>
    </message>
    <message>
        <source>%1 queued a public reply.</source>
        <translation>%1 satte et offentligt svar i kø.</translation>
    </message>
    <message>
        <source>%1 queued a reply.</source>
        <translation>%1 satte et svar i kø.</translation>
    </message>
    <message>
        <source>%1 sent the reply.</source>
        <translation>%1 sendte svaret.</translation>
    </message>
    <message>
        <source>%1 could not send the reply.</source>
        <translation>%1 kunne ikke sende svaret.</translation>
    </message>
    <message>
        <source>%1 could not send the reply: %2</source>
        <translation>%1 kunne ikke sende svaret: %2</translation>
    </message>
    <message>
        <source>%1 discarded a reply.</source>
        <translation>%1 kasserede et svar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3.</source>
        <translation>%1 ændrede prioriteten fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2”.</source>
        <translation>%1 anvendte reglen »%2« for automatisk moderering.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2” (%3).</source>
        <translation>%1 anvendte reglen »%2« for automatisk moderering (%3).</translation>
    </message>
    <message>
        <source>%1 reverted what the auto-moderation rule “%2” did.</source>
        <translation>%1 tilbageførte det, som reglen »%2« for automatisk moderering havde gjort.</translation>
    </message>
    <message>
        <source>%1 unblocked %2.</source>
        <translation>%1 ophævede blokeringen af %2.</translation>
    </message>
    <message>
        <source>%1 reverted the moderation of a message.</source>
        <translation>%1 tilbageførte modereringen af en besked.</translation>
    </message>
    <message>
        <source>%1 queued a notice to the author about the moderation.</source>
        <translation>%1 satte en meddelelse til forfatteren om modereringen i kø.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>forfatteren</translation>
    </message>
    <message>
        <source>%1 hid a message</source>
        <translation>%1 skjulte en besked</translation>
    </message>
    <message>
        <source>%1 deleted a message</source>
        <translation>%1 slettede en besked</translation>
    </message>
    <message>
        <source>%1 marked a message as spam</source>
        <translation>%1 markerede en besked som spam</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1 blokerede %2</translation>
    </message>
    <message>
        <source>%1 moderated a message</source>
        <translation>%1 modererede en besked</translation>
    </message>
    <message>
        <source>%1 citing rule %2 “%3”.</source>
        <translation>%1 med henvisning til regel %2 »%3«.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 carried out the moderation on the channel.</source>
        <translation>%1 udførte modereringen på kanalen.</translation>
    </message>
    <message>
        <source>%1 could not carry out the moderation on the channel: %2</source>
        <translation>%1 kunne ikke udføre modereringen på kanalen: %2</translation>
    </message>
</context>
<context>
    <name>ConversationWorkflow</name>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>Der findes ingen sådan person i dette arbejdsområde.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>Der findes ingen sådan afdeling i dette arbejdsområde.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Ændringen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Choose until when to snooze a conversation.</source>
        <translation>Vælg, hvor længe en samtale skal udsættes.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation status.</source>
        <translation>»%1« er ikke en samtalestatus.</translation>
    </message>
    <message>
        <source>Choose until when to snooze the conversation.</source>
        <translation>Vælg, hvor længe samtalen skal udsættes.</translation>
    </message>
    <message>
        <source>A conversation can only be snoozed until a time in the future.</source>
        <translation>En samtale kan kun udsættes til et tidspunkt i fremtiden.</translation>
    </message>
    <message>
        <source>Choose when to follow up.</source>
        <translation>Vælg, hvornår der skal følges op.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>En mærkat skal have et navn.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation has no tag “%1”.</source>
        <translation>Samtalen har ikke mærkaten »%1«.</translation>
    </message>
    <message>
        <source>Say why the conversation is escalated: the team and management read it first.</source>
        <translation>Angiv, hvorfor samtalen eskaleres: teamet og ledelsen læser det først.</translation>
    </message>
    <message>
        <source>The conversation is not escalated.</source>
        <translation>Samtalen er ikke eskaleret.</translation>
    </message>
    <message>
        <source>An empty note cannot be added.</source>
        <translation>En tom note kan ikke tilføjes.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>Samtalen findes ikke længere i dette arbejdsområde.</translation>
    </message>
</context>
<context>
    <name>DeliveryTargets</name>
    <message>
        <source>The conversation of this moderation action is no longer in the workspace.</source>
        <translation>Samtalen for denne modereringshandling findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>The conversation is no longer in the workspace.</source>
        <translation>Samtalen findes ikke længere i arbejdsområdet.</translation>
    </message>
</context>
<context>
    <name>DemoAutoModeration</name>
    <message>
        <source>The demo workspace has no Mastodon threads for the auto-moderation demo.</source>
        <translation>Demo-arbejdsområdet har ingen Mastodon-tråde til demoen af automatisk moderation.</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s spam rule made %n decision(s) instead of %1.</source>
        <translation>
            <numerusform>Demoens spamregel traf %n beslutning i stedet for %1.</numerusform>
            <numerusform>Demoens spamregel traf %n beslutninger i stedet for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoModeration</name>
    <message>
        <source>Insults the community</source>
        <translation>Fornærmer fællesskabet</translation>
    </message>
</context>
<context>
    <name>DemoNetiquette</name>
    <message>
        <source>The demo&apos;s netiquette is missing from this build.</source>
        <translation>Demoens netikette mangler i denne udgave.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette address could not be saved.</source>
        <translation>Adressen på demoens netikette kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette draft does not fit its published text.</source>
        <translation>Kladden til demoens netikette passer ikke til den udgivne tekst.</translation>
    </message>
</context>
<context>
    <name>DemoTemplates</name>
    <message>
        <source>The demo&apos;s template library is missing from this build.</source>
        <translation>Demoens skabelonbibliotek mangler i dette build.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Demodataene mangler i denne udgave.</translation>
    </message>
    <message>
        <source>The demo data is damaged.</source>
        <translation>Demodataene er beskadigede.</translation>
    </message>
    <message>
        <source>The demo data can only fill an empty workspace.</source>
        <translation>Demodataene kan kun fylde et tomt arbejdsområde.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>Demo-arbejdsområdet kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Et svar er enten offentligt eller privat, ikke »%1«.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Kladden kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Kladden kunne ikke slettes: %1</translation>
    </message>
</context>
<context>
    <name>EmailReader</name>
    <message>
        <source>[Attachment: %1, %2]</source>
        <translation>[Vedhæftet fil: %1, %2]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>uden navn</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is not an RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Dette er ikke et RSS- eller Atom-feed (det begynder med &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>Feedet er ikke velformet XML (linje %1, kolonne %2): %3</translation>
    </message>
    <message>
        <source>An entry without an id or a link was skipped: “%1”</source>
        <translation>En post uden id eller link blev sprunget over: »%1«</translation>
    </message>
    <message>
        <source>An entry without a title or text was skipped: %1</source>
        <translation>En post uden titel eller tekst blev sprunget over: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Filen kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Beskadiget fil: %1</translation>
    </message>
    <message>
        <source>References could not be checked: %1</source>
        <translation>Referencerne kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <source>A row of “%1” (row %2) refers to a missing row of “%3”.</source>
        <translation>En række i »%1« (række %2) henviser til en manglende række i »%3«.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Søgeindekset er beskadiget: %1</translation>
    </message>
    <message>
        <source>The search index covers %1 messages, but the workspace holds %2; “hearth-cli check --repair” rebuilds it.</source>
        <translation>Søgeindekset dækker %1 beskeder, men arbejdsområdet indeholder %2; »hearth-cli check --repair« genopbygger det.</translation>
    </message>
    <message>
        <source>The search index and counters could not be rebuilt: %1</source>
        <translation>Søgeindekset og tællerne kunne ikke genopbygges: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index and counters could not be saved.</source>
        <translation>Det genopbyggede søgeindeks og tællerne kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>JsonLinesExporter</name>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Beskederne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Eksporten kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>ikke gyldig JSON (%1 ved tegn %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>»%1« skal være en streng</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>»%1« mangler</translation>
    </message>
    <message>
        <source>“text” is missing</source>
        <translation>»text« mangler</translation>
    </message>
    <message>
        <source>“channel” must be a kind like email, feed, mastodon or telegram</source>
        <translation>»channel« skal være en type som email, feed, mastodon eller telegram</translation>
    </message>
    <message>
        <source>“created_at” is not an ISO 8601 time after 1970: %1</source>
        <translation>»created_at« er ikke et ISO 8601-tidspunkt efter 1970: %1</translation>
    </message>
    <message>
        <source>“direction” must be “in” or “out”</source>
        <translation>»direction« skal være »in« eller »out«</translation>
    </message>
    <message>
        <source>“visibility” must be “public” or “private”</source>
        <translation>»visibility« skal være »public« eller »private«</translation>
    </message>
    <message>
        <source>“author” must be an object with the strings “id”, “name” and “handle”</source>
        <translation>»author« skal være et objekt med strengene »id«, »name« og »handle«</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>line %1: account “%2” is a %3 account, not %4</source>
        <translation>linje %1: kontoen »%2« er af typen %3, ikke %4</translation>
    </message>
    <message>
        <source>The account “%1” could not be created; a different kind of account may have that name.</source>
        <translation>Kontoen »%1« kunne ikke oprettes; en konto af en anden type har måske det navn.</translation>
    </message>
    <message>
        <source>The imported messages could not be saved.</source>
        <translation>De importerede beskeder kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>KeywordAlerts</name>
    <message>
        <source>An alert needs at least one word.</source>
        <translation>En alarm skal have mindst ét ord.</translation>
    </message>
    <message>
        <source>An alert needs a tag to mark what it finds.</source>
        <translation>En alarm skal have en mærkat til at markere det, den finder.</translation>
    </message>
    <message>
        <source>The priority must be between 0 and %1.</source>
        <translation>Prioriteten skal være mellem 0 og %1.</translation>
    </message>
    <message>
        <source>The alerts&apos; tags could not be saved.</source>
        <translation>Alarmernes mærkater kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Hearth, a desktop workstation for community managers.</source>
        <translation>Hearth, en skrivebordsarbejdsplads til community managers.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing) instead of the default one.</source>
        <translation>Åbn arbejdsområdet FIL (oprettes, hvis det mangler) i stedet for standardarbejdsområdet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use; never goes online).</source>
        <translation>Åbn demo-arbejdsområdet (oprettes ved første brug; går aldrig online).</translation>
    </message>
    <message>
        <source>Show the user interface in LANG (en, de, fr, da, pl) from now on.</source>
        <translation>Vis brugerfladen på SPROG (en, de, fr, da, pl) fremover.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPROG</translation>
    </message>
    <message>
        <source>Run “hearth --help” for the options.</source>
        <translation>Kør »hearth --help« for at se tilvalgene.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo og --workspace kan ikke bruges sammen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Skriv mindst ét ord at søge efter.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Søgningen kunne ikke udføres: %1</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The workspace cannot store messages: %1</source>
        <translation>Arbejdsområdet kan ikke gemme beskeder: %1</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only.</source>
        <translation>Arbejdsområdet er optaget eller skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Item %1 has no id; skipped.</source>
        <translation>Element %1 har intet id; sprunget over.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no valid time; skipped.</source>
        <translation>Element %1 (%2) har intet gyldigt tidspunkt; sprunget over.</translation>
    </message>
    <message>
        <source>The messages could not be saved.</source>
        <translation>Beskederne kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>more than %1 messages in one millisecond</source>
        <translation>mere end %1 beskeder på ét millisekund</translation>
    </message>
    <message>
        <source>The batch could not be checked against the workspace: %1</source>
        <translation>Partiet kunne ikke kontrolleres mod arbejdsområdet: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be updated: %2</source>
        <translation>Beskeden %1 kunne ikke opdateres: %2</translation>
    </message>
    <message>
        <source>Conversation %1 could not be stored: %2</source>
        <translation>Samtalen %1 kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Beskeden %1 kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>The messages could not be added to the search index: %1</source>
        <translation>Beskederne kunne ikke føjes til søgeindekset: %1</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>Synkroniseringspositionen kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Skemaversionen kunne ikke læses.</translation>
    </message>
    <message>
        <source>It was created by a newer version of Hearth (schema %1; this version knows up to %2). Update Hearth to open it; the file was not changed.</source>
        <translation>Filen blev oprettet af en nyere version af Hearth (skema %1; denne version kender skemaer op til %2). Opdatér Hearth for at åbne den; filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migrering %1 mangler i denne udgave.</translation>
    </message>
    <message>
        <source>Migration %1 could not be read: %2</source>
        <translation>Migrering %1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migrering %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Migrering %1 kunne ikke fuldføres: %2</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <source>The moderation could not be recorded: %1</source>
        <translation>Modereringen kunne ikke registreres: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the workspace.</source>
        <translation>Beskeden findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>This message was written by the team; moderation is for other people&apos;s posts.</source>
        <translation>Denne besked er skrevet af teamet; moderering er til andres indlæg.</translation>
    </message>
    <message>
        <source>The message has no known author to block.</source>
        <translation>Beskeden har ingen kendt forfatter at blokere.</translation>
    </message>
    <message>
        <source>Only a person of this workspace, or its auto-moderation, can moderate.</source>
        <translation>Kun personer i dette arbejdsområde eller dets automatiske moderering kan moderere.</translation>
    </message>
    <message>
        <source>%1 is already blocked.</source>
        <translation>%1 er allerede blokeret.</translation>
    </message>
    <message>
        <source>This message was already moderated; revert that first.</source>
        <translation>Denne besked er allerede modereret; tilbagefør det først.</translation>
    </message>
    <message>
        <source>Rule %1 is not in the published netiquette: cite a rule your readers can find.</source>
        <translation>Regel %1 findes ikke i den udgivne netikette: henvis til en regel, som dine læsere kan finde.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that was broken, or “Other” with a reason.</source>
        <translation>Vælg den regel i netiketten, der blev overtrådt, eller »Andet« med en begrundelse.</translation>
    </message>
    <message>
        <source>The moderation could not be recorded: the workspace refused the change.</source>
        <translation>Modereringen kunne ikke registreres: arbejdsområdet afviste ændringen.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Der findes ingen sådan skabelonversion.</translation>
    </message>
    <message>
        <source>The template “%1” cites another rule than the one this moderation cites.</source>
        <translation>Skabelonen »%1« henviser til en anden regel end den, denne moderering henviser til.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Samtalen kunne ikke læses.</translation>
    </message>
    <message>
        <source>There is no such moderation, or its message is gone.</source>
        <translation>Der findes ingen sådan moderering, eller dens besked er væk.</translation>
    </message>
    <message>
        <source>This moderation was reverted; there is nothing to tell the author.</source>
        <translation>Denne moderering er tilbageført; der er intet at fortælle forfatteren.</translation>
    </message>
    <message>
        <source>A notice about this moderation was already sent.</source>
        <translation>Der er allerede sendt en meddelelse om denne moderering.</translation>
    </message>
    <message>
        <source>The notice could not be queued.</source>
        <translation>Meddelelsen kunne ikke sættes i kø.</translation>
    </message>
    <message>
        <source>There is no such moderation.</source>
        <translation>Der findes ingen sådan moderering.</translation>
    </message>
    <message>
        <source>This moderation was already reverted.</source>
        <translation>Denne moderering er allerede tilbageført.</translation>
    </message>
    <message>
        <source>Only a person of this workspace can revert a moderation.</source>
        <translation>Kun personer i dette arbejdsområde kan tilbageføre en moderering.</translation>
    </message>
    <message>
        <source>The message was deleted on its platform; Hearth cannot bring it back there.</source>
        <translation>Beskeden blev slettet på sin platform; Hearth kan ikke bringe den tilbage der.</translation>
    </message>
    <message>
        <source>The moderation could not be reverted: the workspace refused the change.</source>
        <translation>Modereringen kunne ikke tilbageføres: arbejdsområdet afviste ændringen.</translation>
    </message>
    <message>
        <source>auto-moderation</source>
        <translation>automatisk moderering</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>en tidligere bruger</translation>
    </message>
    <message>
        <source>Hidden by %1</source>
        <translation>Skjult af %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Slettet af %1</translation>
    </message>
    <message>
        <source>Marked as spam by %1</source>
        <translation>Markeret som spam af %1</translation>
    </message>
    <message>
        <source>Author blocked by %1</source>
        <translation>Forfatter blokeret af %1</translation>
    </message>
    <message>
        <source>%1 — rule %2 “%3”</source>
        <translation>%1 — regel %2 »%3«</translation>
    </message>
    <message>
        <source>%1 — rule #%2</source>
        <translation>%1 — regel nr. %2</translation>
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
        <translation>Modereringshandlingen venter ikke længere på sin kanal.</translation>
    </message>
    <message>
        <source>The moderation&apos;s result could not be saved.</source>
        <translation>Modereringens resultat kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>NetiquetteDocument</name>
    <message>
        <source>This rule has no title; write it after “##”.</source>
        <translation>Denne regel har ingen titel; skriv den efter »##«.</translation>
    </message>
    <message>
        <source>The rule “%1” has no id yet; saving gives it one.</source>
        <translation>Reglen »%1« har endnu intet id; den får et, når du gemmer.</translation>
    </message>
    <message>
        <source>“{#%1}” is not a rule id; a rule id looks like “{#rule-4}” with a number from 1.</source>
        <translation>»{#%1}« er ikke et regel-id; et regel-id ser ud som »{#rule-4}« med et tal fra 1 og op.</translation>
    </message>
    <message>
        <source>The id rule-%1 is already used by the rule on line %2; remove this one and save to get a new id.</source>
        <translation>Id&apos;et rule-%1 bruges allerede af reglen på linje %2; fjern dette id, og gem for at få et nyt.</translation>
    </message>
    <message>
        <source>“%1” refers to rule-%2, which the netiquette does not have.</source>
        <translation>»%1« henviser til rule-%2, som netiketten ikke har.</translation>
    </message>
    <message>
        <source>The source text has no rule-%1; copy the id of the rule this one translates.</source>
        <translation>Kildeteksten har ingen rule-%1; kopiér id&apos;et fra den regel, som denne regel oversætter.</translation>
    </message>
    <message>
        <source>The rule “%1” (rule-%2) of the source text is not translated here.</source>
        <translation>Reglen »%1« (rule-%2) i kildeteksten er ikke oversat her.</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netikette</translation>
    </message>
</context>
<context>
    <name>NetiquetteExporter</name>
    <message>
        <source>The netiquette has no published version yet; publish it before exporting.</source>
        <translation>Netiketten har endnu ingen udgivet version; udgiv den, før du eksporterer.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Mappen »%1« kan ikke oprettes.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>»%1« kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>NetiquetteLibrary</name>
    <message>
        <source>The netiquette could not be changed: %1</source>
        <translation>Netiketten kunne ikke ændres: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on the netiquette.</source>
        <translation>Kun personer i dette arbejdsområde kan arbejde med netiketten.</translation>
    </message>
    <message>
        <source>Choose the language the netiquette is written in (a code such as “en” or “de”).</source>
        <translation>Vælg det sprog, netiketten er skrevet på (en kode som »en« eller »de«).</translation>
    </message>
    <message>
        <source>The netiquette has no text in its source language “%1”.</source>
        <translation>Netiketten har ingen tekst på sit kildesprog »%1«.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>»%1« er ikke en sprogkode som »en«, »de« eller »pt-BR«.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Ændringen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Kun en leder kan udgive netiketten.</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to publish.</source>
        <translation>Der er ingen kladde af netiketten at udgive.</translation>
    </message>
    <message>
        <source>The netiquette has no rules yet: each rule is a heading such as “## Be kind”.</source>
        <translation>Netiketten har endnu ingen regler: hver regel er en overskrift som »## Vær venlig«.</translation>
    </message>
    <message>
        <source>The “%1” text cannot be published yet: line %2: %3</source>
        <translation>Teksten på »%1« kan ikke udgives endnu: linje %2: %3</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to discard.</source>
        <translation>Der er ingen kladde af netiketten at kassere.</translation>
    </message>
    <message>
        <source>The rule ids could not be saved.</source>
        <translation>Regel-id&apos;erne kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>There is nothing to send: the reply is empty.</source>
        <translation>Der er intet at sende: svaret er tomt.</translation>
    </message>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Et svar er enten offentligt eller privat, ikke »%1«.</translation>
    </message>
    <message>
        <source>The conversation to answer is no longer in the workspace.</source>
        <translation>Samtalen, der skal besvares, findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>This channel has no private messages; answer with a public reply.</source>
        <translation>Denne kanal har ingen private beskeder; svar med et offentligt svar.</translation>
    </message>
    <message>
        <source>This channel has no public replies; answer with a private message.</source>
        <translation>Denne kanal har ingen offentlige svar; svar med en privat besked.</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Svaret kunne ikke sættes i kø: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>Svaret kunne ikke sættes i kø.</translation>
    </message>
    <message>
        <source>This reply is no longer in the outbox.</source>
        <translation>Dette svar er ikke længere i udbakken.</translation>
    </message>
    <message>
        <source>The reply could not be prepared for sending: %1</source>
        <translation>Svaret kunne ikke gøres klar til afsendelse: %1</translation>
    </message>
    <message>
        <source>This reply is not waiting to be sent: it is being sent or was sent already.</source>
        <translation>Dette svar venter ikke på at blive sendt: det er ved at blive sendt eller er allerede sendt.</translation>
    </message>
    <message>
        <source>The channel did not say which message the reply became.</source>
        <translation>Kanalen oplyste ikke, hvilken besked svaret blev til.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as sent.</source>
        <translation>Kun et svar, der er ved at blive sendt, kan registreres som sendt.</translation>
    </message>
    <message>
        <source>The conversation of the reply is no longer in the workspace.</source>
        <translation>Svarets samtale findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation: %1</source>
        <translation>Det sendte svar kunne ikke føjes til samtalen: %1</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation.</source>
        <translation>Det sendte svar kunne ikke føjes til samtalen.</translation>
    </message>
    <message>
        <source>The sent reply could not be recorded.</source>
        <translation>Det sendte svar kunne ikke registreres.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as failed.</source>
        <translation>Kun et svar, der er ved at blive sendt, kan registreres som mislykket.</translation>
    </message>
    <message>
        <source>The failure of the reply could not be recorded.</source>
        <translation>Det kunne ikke registreres, at svaret mislykkedes.</translation>
    </message>
    <message>
        <source>There is nothing to send: the reply is empty. Discard it instead.</source>
        <translation>Der er intet at sende: svaret er tomt. Kassér det i stedet.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be edited.</source>
        <translation>Kun et svar, der mislykkedes, kan redigeres.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be retried.</source>
        <translation>Kun et svar, der mislykkedes, kan prøves igen.</translation>
    </message>
    <message>
        <source>The reply could not be queued again: %1</source>
        <translation>Svaret kunne ikke sættes i kø igen: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued again.</source>
        <translation>Svaret kunne ikke sættes i kø igen.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be discarded.</source>
        <translation>Kun et svar, der mislykkedes, kan kasseres.</translation>
    </message>
    <message>
        <source>The reply could not be discarded.</source>
        <translation>Svaret kunne ikke kasseres.</translation>
    </message>
    <message>
        <source>The reply could not be taken back for editing.</source>
        <translation>Svaret kunne ikke tages tilbage til redigering.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Udbakken kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Hearth was closed while this reply was being sent, so it may or may not have reached the channel. Check the conversation there before you retry it.</source>
        <translation>Hearth blev lukket, mens dette svar blev sendt, så det er måske nået frem til kanalen, måske ikke. Tjek samtalen der, før du prøver igen.</translation>
    </message>
    <message>
        <source>The outbox could not be recovered: %1</source>
        <translation>Udbakken kunne ikke gendannes: %1</translation>
    </message>
    <message>
        <source>The outbox could not be recovered.</source>
        <translation>Udbakken kunne ikke gendannes.</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only; try again in a moment.</source>
        <translation>Arbejdsområdet er optaget eller skrivebeskyttet; prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>“%1” is not a placeholder Hearth knows. Known placeholders: %2.</source>
        <translation>»%1« er ikke en pladsholder, som Hearth kender. Kendte pladsholdere: %2.</translation>
    </message>
    <message>
        <source>“%1” names no placeholder.</source>
        <translation>»%1« angiver ikke navnet på en pladsholder.</translation>
    </message>
    <message>
        <source>A placeholder opened with “{{” is not closed with “}}” on the same line.</source>
        <translation>En pladsholder, der åbnes med »{{«, lukkes ikke med »}}« på samme linje.</translation>
    </message>
    <message>
        <source>“}}” closes no placeholder; a placeholder starts with “{{”.</source>
        <translation>»}}« lukker ingen pladsholder; en pladsholder begynder med »{{«.</translation>
    </message>
</context>
<context>
    <name>RuleStatistics</name>
    <message>
        <source>The rule statistics could not be read: %1</source>
        <translation>Regelstatistikken kunne ikke læses: %1</translation>
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
        <translation>ikke tilgængelig i denne udgave; editorer viser ren tekst</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>A shortcut is letters, digits, “-” and “_”, without spaces: “%1” is not one.</source>
        <translation>En genvej består af bogstaver, cifre, »-« og »_« uden mellemrum: »%1« er ikke en gyldig genvej.</translation>
    </message>
    <message numerus="yes">
        <source>A shortcut can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En genvej må højst være på %n tegn.</numerusform>
            <numerusform>En genvej må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library could not be changed: %1</source>
        <translation>Skabelonbiblioteket kunne ikke ændres: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on templates.</source>
        <translation>Kun personer i dette arbejdsområde kan arbejde med skabeloner.</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>En skabelon skal have en titel.</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s title can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En skabelons titel må højst være på %n tegn.</numerusform>
            <numerusform>En skabelons titel må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the language the template is written in (a code such as “en” or “de”).</source>
        <translation>Vælg det sprog, skabelonen er skrevet på (en kode som »en« eller »de«).</translation>
    </message>
    <message>
        <source>The template has no text in its source language “%1”.</source>
        <translation>Skabelonen har ingen tekst på sit kildesprog »%1«.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>»%1« er ikke en sprogkode som »en«, »de« eller »pt-BR«.</translation>
    </message>
    <message>
        <source>The “%1” text is empty; remove the language or write its text.</source>
        <translation>Teksten på »%1« er tom; fjern sproget, eller skriv teksten.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
            <numerusform>En mærkat må højst være på %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the “%1” text, line %2, column %3: %4</source>
        <translation>I teksten på »%1«, linje %2, kolonne %3: %4</translation>
    </message>
    <message>
        <source>The shortcut “%1” is already taken by the template “%2”.</source>
        <translation>Genvejen »%1« bruges allerede af skabelonen »%2«.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Ændringen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Der findes ingen sådan skabelon.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be changed.</source>
        <translation>Skabelonen »%1« er udfaset og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for a manager&apos;s decision; it can be changed once it is decided.</source>
        <translation>Version %1 venter på en leders beslutning; den kan ændres, når der er truffet en beslutning.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Der findes ingen sådan skabelonversion.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be submitted.</source>
        <translation>Skabelonen »%1« er udfaset; den kan ikke sendes til godkendelse.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for approval; version %1 of “%2” is not one.</source>
        <translation>Kun en kladde kan sendes til godkendelse; version %1 af »%2« er ikke en kladde.</translation>
    </message>
    <message>
        <source>Only a manager can let people approve their own templates.</source>
        <translation>Kun en leder kan give personer lov til at godkende deres egne skabeloner.</translation>
    </message>
    <message>
        <source>Approving one&apos;s own templates can only be allowed in a workspace with one person in it.</source>
        <translation>Godkendelse af egne skabeloner kan kun tillades i et arbejdsområde med kun én person.</translation>
    </message>
    <message>
        <source>Only a manager can approve templates.</source>
        <translation>Kun en leder kan godkende skabeloner.</translation>
    </message>
    <message>
        <source>Only a manager can send a template back with changes requested.</source>
        <translation>Kun en leder kan sende en skabelon tilbage med ønsker om ændringer.</translation>
    </message>
    <message>
        <source>Say what should change: the author reads it first.</source>
        <translation>Angiv, hvad der skal ændres: forfatteren læser det først.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not waiting for approval.</source>
        <translation>Version %1 af »%2« venter ikke på godkendelse.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be approved again.</source>
        <translation>Skabelonen »%1« er udfaset; den kan ikke godkendes igen.</translation>
    </message>
    <message>
        <source>Nobody can approve their own template; another manager must approve “%1”.</source>
        <translation>Ingen kan godkende deres egen skabelon; en anden leder skal godkende »%1«.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Kun en leder kan udfase skabeloner.</translation>
    </message>
    <message>
        <source>The template “%1” is already retired.</source>
        <translation>Skabelonen »%1« er allerede udfaset.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be sent.</source>
        <translation>Skabelonen »%1« er udfaset og kan ikke længere sendes.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not approved; only approved templates are sent.</source>
        <translation>Version %1 af »%2« er ikke godkendt; kun godkendte skabeloner sendes.</translation>
    </message>
    <message>
        <source>The template “%1” has no “%2” text.</source>
        <translation>Skabelonen »%1« har ingen tekst på »%2«.</translation>
    </message>
    <message>
        <source>There is no rule %1 in the netiquette.</source>
        <translation>Der findes ingen regel %1 i netiketten.</translation>
    </message>
    <message>
        <source>The template “%1” was never approved, so it cannot be retired; only approved templates are retired.</source>
        <translation>Skabelonen »%1« blev aldrig godkendt, så den kan ikke udfases; kun godkendte skabeloner udfases.</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærkater</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Kildesprog</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(fjernet)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(ny)</translation>
    </message>
    <message>
        <source>(out of date)</source>
        <translation>(forældet)</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>The templates could not be written: %1</source>
        <translation>Skabelonerne kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>linje %1: ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>format: this is not a Hearth template library (“format” must be “%1”).</source>
        <translation>format: dette er ikke et Hearth-skabelonbibliotek (»format« skal være »%1«).</translation>
    </message>
    <message>
        <source>version: only version %1 of the format can be imported.</source>
        <translation>version: kun version %1 af formatet kan importeres.</translation>
    </message>
    <message>
        <source>templates: a list of templates is missing.</source>
        <translation>templates: listen over skabeloner mangler.</translation>
    </message>
    <message>
        <source>approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>approvals: godkendelser fra et andet arbejdsområde kan ikke verificeres; ignoreret.</translation>
    </message>
    <message>
        <source>%1: a template must be an object.</source>
        <translation>%1: en skabelon skal være et objekt.</translation>
    </message>
    <message>
        <source>%1.%2: a text is expected.</source>
        <translation>%1.%2: der forventes en tekst.</translation>
    </message>
    <message>
        <source>%1.crisis: true or false is expected.</source>
        <translation>%1.crisis: der forventes true eller false.</translation>
    </message>
    <message>
        <source>%1.tags[%2]: a text is expected.</source>
        <translation>%1.tags[%2]: der forventes en tekst.</translation>
    </message>
    <message>
        <source>%1.tags: a list of texts is expected.</source>
        <translation>%1.tags: der forventes en liste af tekster.</translation>
    </message>
    <message>
        <source>%1.variants: an object of texts by language is expected.</source>
        <translation>%1.variants: der forventes et objekt med tekster efter sprog.</translation>
    </message>
    <message>
        <source>%1.variants.%2: a text is expected.</source>
        <translation>%1.variants.%2: der forventes en tekst.</translation>
    </message>
    <message>
        <source>%1.state: “%2” ignored; the template arrives as a draft.</source>
        <translation>%1.state: »%2« ignoreret; skabelonen importeres som kladde.</translation>
    </message>
    <message>
        <source>%1.approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>%1.approvals: godkendelser fra et andet arbejdsområde kan ikke verificeres; ignoreret.</translation>
    </message>
    <message>
        <source>The templates could not be saved.</source>
        <translation>Skabelonerne kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>%1.versions: the file&apos;s version history is ignored; the template arrives as one new draft.</source>
        <translation>%1.versions: filens versionshistorik ignoreres; skabelonen importeres som én ny kladde.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Hearth cannot tell who is signed in to this computer.</source>
        <translation>Hearth kan ikke se, hvem der er logget ind på denne computer.</translation>
    </message>
    <message>
        <source>Your user could not be stored in the workspace.</source>
        <translation>Din bruger kunne ikke gemmes i arbejdsområdet.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>En afdeling skal have et navn.</translation>
    </message>
    <message>
        <source>Your name cannot be empty: customers see it under your replies.</source>
        <translation>Dit navn må ikke være tomt: kunderne ser det under dine svar.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Der findes ingen sådan bruger.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen findes ikke.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Mappen til filen kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”: %2</source>
        <translation>Kunne ikke åbne arbejdsområdet »%1«: %2</translation>
    </message>
    <message>
        <source>It is not a Hearth workspace (not an SQLite database).</source>
        <translation>Filen er ikke et Hearth-arbejdsområde (ikke en SQLite-database).</translation>
    </message>
    <message>
        <source>The file is damaged or not a database (%1).</source>
        <translation>Filen er beskadiget eller ikke en database (%1).</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Hearth workspace.</source>
        <translation>Filen er en SQLite-database fra et andet program, ikke et Hearth-arbejdsområde.</translation>
    </message>
</context>
<context>
    <name>hearth::AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>Om Hearth</translation>
    </message>
    <message>
        <source>Hearth %1</source>
        <translation>Hearth %1</translation>
    </message>
    <message>
        <source>A desktop workstation for community managers.</source>
        <translation>En skrivebordsarbejdsplads til community managers.</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (bygget med %2)</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Syntaksfremhævning: %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licenseret under GNU General Public License, version 3 eller senere.</translation>
    </message>
</context>
<context>
    <name>hearth::AccountDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Rediger »%1«</translation>
    </message>
    <message>
        <source>Add a Channel Account</source>
        <translation>Tilføj en kanalkonto</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Hent hvert:</translation>
    </message>
    <message>
        <source>Telegram&apos;s own (advanced: another Bot API server)</source>
        <translation>Telegrams egen (avanceret: en anden Bot API-server)</translation>
    </message>
    <message>
        <source>Bot API &amp;server:</source>
        <translation>Bot API-&amp;server:</translation>
    </message>
    <message>
        <source>&amp;IMAP server and port:</source>
        <translation>&amp;IMAP-server og port:</translation>
    </message>
    <message>
        <source>S&amp;MTP server and port:</source>
        <translation>S&amp;MTP-server og port:</translation>
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
        <translation>Ingen (ukrypteret)</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sikker&amp;hed:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>A&amp;dgangskode:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ma&amp;ppe:</translation>
    </message>
    <message>
        <source>Only for a server whose certificate no authority signed</source>
        <translation>Kun til en server, hvis certifikat ikke er signeret af en certifikatudsteder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate:</source>
        <translation>Betroet &amp;certifikat:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instans:</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Log ind…</translation>
    </message>
    <message>
        <source>Enter the Mastodon instance&apos;s address, such as https://mastodon.social.</source>
        <translation>Angiv Mastodon-instansens adresse, f.eks. https://mastodon.social.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Gemt i nøgleringen; skriv her for at erstatte</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>Feed&amp;adresse:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-mail&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s web address, starting with https:// or http://.</source>
        <translation>Angiv feedets webadresse, der begynder med https:// eller http://.</translation>
    </message>
    <message>
        <source>Enter the bot token that @BotFather gave you.</source>
        <translation>Angiv det bot-token, du fik fra @BotFather.</translation>
    </message>
    <message>
        <source>The Bot API server&apos;s address must start with https:// or http://.</source>
        <translation>Bot API-serverens adresse skal begynde med https:// eller http://.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s e-mail address.</source>
        <translation>Angiv postkassens e-mailadresse.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, such as imap.example.org.</source>
        <translation>Angiv IMAP-serverens navn, f.eks. imap.example.org.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, such as smtp.example.org.</source>
        <translation>Angiv SMTP-serverens navn, f.eks. smtp.example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the mail server knows the mailbox by.</source>
        <translation>Angiv det brugernavn, som mailserveren kender postkassen under.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Angiv postkassens adgangskode.</translation>
    </message>
    <message>
        <source>There is no certificate file “%1”.</source>
        <translation>Certifikatfilen »%1« findes ikke.</translation>
    </message>
    <message>
        <source>Sign in to the instance first.</source>
        <translation>Log først ind på instansen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
    <message>
        <source>Allow Hearth in the browser window that opened, then come back here.</source>
        <translation>Giv Hearth adgang i det browservindue, der blev åbnet, og vend så tilbage hertil.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in: %1</source>
        <translation>Der kunne ikke åbnes en browser. Åbn denne adresse for at logge ind: %1</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Login mislykkedes: %1</translation>
    </message>
    <message>
        <source>Signed in. Save to keep the account.</source>
        <translation>Logget ind. Gem for at beholde kontoen.</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Betroet certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Testen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>Bot-to&amp;ken:</translation>
    </message>
</context>
<context>
    <name>hearth::AccountSync</name>
    <message>
        <source>The fetched messages could not be saved.</source>
        <translation>De hentede beskeder kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>hearth::ActivityList</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Intern note · %1 · %2</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Noter og historik</translation>
    </message>
    <message>
        <source>No notes or changes yet.</source>
        <translation>Ingen noter eller ændringer endnu.</translation>
    </message>
</context>
<context>
    <name>hearth::ApprovalQueueDialog</name>
    <message>
        <source>%1 (version %2)
%3 · %4 · %5</source>
        <translation>%1 (version %2)
%3 · %4 · %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>[%1, out of date]</source>
        <translation>[%1, forældet]</translation>
    </message>
    <message>
        <source>Only managers decide on templates; you can read the queue.</source>
        <translation>Kun ledere træffer beslutning om skabeloner; du kan læse køen.</translation>
    </message>
    <message>
        <source>Say what should change: a comment is required.</source>
        <translation>Angiv, hvad der skal ændres: en kommentar er påkrævet.</translation>
    </message>
    <message>
        <source>Approval Queue</source>
        <translation>Godkendelseskø</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision, oldest first:</source>
        <translation>&amp;Venter på en beslutning, ældste først:</translation>
    </message>
    <message>
        <source>&amp;Changes against the approved version:</source>
        <translation>Æ&amp;ndringer i forhold til den godkendte version:</translation>
    </message>
    <message>
        <source>&amp;Texts:</source>
        <translation>&amp;Tekster:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Optional when approving; required when requesting changes</source>
        <translation>Valgfri ved godkendelse; påkrævet, når du beder om ændringer</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <source>Approve every selected version (%1)</source>
        <translation>Godkend alle valgte versioner (%1)</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>&amp;Bed om ændringer</translation>
    </message>
    <message>
        <source>Send every selected version back to its author with the comment</source>
        <translation>Send hver valgt version tilbage til forfatteren med kommentaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>hearth::AuthorCard</name>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>The team started this conversation; there is no author to show.</source>
        <translation>Teamet startede denne samtale; der er ingen forfatter at vise.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Først set %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier conversations</source>
        <translation>Ingen tidligere samtaler</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Tidligere samtaler</translation>
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
        <translation>%1 % store bogstaver</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationDialog</name>
    <message>
        <source>Reverted</source>
        <translation>Tilbageført</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gældende</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the rule would have acted on %n of the last %1 incoming message(s). Nothing was changed.</source>
        <translation>
            <numerusform>Prøvekørsel: reglen ville have reageret på %n af de seneste %1 indgående beskeder. Intet blev ændret.</numerusform>
            <numerusform>Prøvekørsel: reglen ville have reageret på %n af de seneste %1 indgående beskeder. Intet blev ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the rule on?</source>
        <translation>Slå reglen til?</translation>
    </message>
    <message numerus="yes">
        <source>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) among the latest; messages that are already here are left as they are. Each decision can be reverted.</source>
        <translation>
            <numerusform>Fra nu af reagerer »%1« selv på hver ny indgående besked: %2. Prøvekørslen fandt %n besked blandt de seneste; beskeder, der allerede er her, forbliver uændrede. Hver beslutning kan tilbageføres.</numerusform>
            <numerusform>Fra nu af reagerer »%1« selv på hver ny indgående besked: %2. Prøvekørslen fandt %n beskeder blandt de seneste; beskeder, der allerede er her, forbliver uændrede. Hver beslutning kan tilbageføres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Slå til</translation>
    </message>
    <message>
        <source>Revert this decision?</source>
        <translation>Tilbagefør denne beslutning?</translation>
    </message>
    <message>
        <source>What “%1” did to the conversation is undone, where nobody has changed it since. The decision stays in the list, marked reverted.</source>
        <translation>Det, som »%1« gjorde ved samtalen, fortrydes, hvor ingen har ændret det siden. Beslutningen bliver på listen, markeret som tilbageført.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbagefør</translation>
    </message>
    <message>
        <source>Save the rule and run its dry run first.</source>
        <translation>Gem reglen, og prøvekør den først.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Nøgleord</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links til andre websteder</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Indlæg med store bogstaver</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Gentagne indlæg</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Mærkat »%1«</translation>
    </message>
    <message>
        <source>Hide (rule %1)</source>
        <translation>Skjul (regel %1)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Tildel til %1</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>en tidligere bruger</translation>
    </message>
    <message>
        <source>Assign to a former department</source>
        <translation>Tildel til en tidligere afdeling</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markér med flag</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Slået fra</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Prøvekørsel</translation>
    </message>
    <message>
        <source>Auto-Moderation</source>
        <translation>Automatisk moderering</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regler</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>&amp;Beslutninger</translation>
    </message>
    <message>
        <source>R&amp;ules (a new rule starts in dry run):</source>
        <translation>Regl&amp;er (en ny regel starter i prøvekørsel):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Leder efter</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Ne&amp;w Rule</source>
        <translation>&amp;Ny regel</translation>
    </message>
    <message>
        <source>Switch &amp;On…</source>
        <translation>&amp;Slå til…</translation>
    </message>
    <message>
        <source>Switch O&amp;ff</source>
        <translation>Slå &amp;fra</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>&amp;Gem regel</translation>
    </message>
    <message>
        <source>On the last &amp;messages:</source>
        <translation>På de seneste bes&amp;keder:</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Prøvekør</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Fundet</translation>
    </message>
    <message>
        <source>Would do</source>
        <translation>Ville gøre</translation>
    </message>
    <message>
        <source>Decisions of live rules, newest first:</source>
        <translation>Beslutninger fra aktive regler, nyeste først:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Gjorde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Tilbagefør…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The rule now finds or does something else, so it is back in dry run: try it, then switch it on again.</source>
        <translation>Reglen finder eller gør nu noget andet og er derfor tilbage i prøvekørsel: prøv den, og slå den så til igen.</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationRuleEditor</name>
    <message>
        <source>%1 (department)</source>
        <translation>%1 (afdeling)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Allowed s&amp;ites:</source>
        <translation>Tilladte &amp;websteder:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Nøgle&amp;ord:</translation>
    </message>
    <message>
        <source>One host a line, e.g. example.com</source>
        <translation>Én vært pr. linje, f.eks. example.com</translation>
    </message>
    <message>
        <source>One keyword or phrase a line</source>
        <translation>Ét nøgleord eller én frase pr. linje</translation>
    </message>
    <message>
        <source>Capitals &amp;at least:</source>
        <translation>Store bogstaver, min&amp;dst:</translation>
    </message>
    <message>
        <source>&amp;Posts a day:</source>
        <translation>&amp;Indlæg pr. dag:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Mærkat:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Tildel til:</translation>
    </message>
    <message>
        <source>Cit&amp;e rule:</source>
        <translation>Hen&amp;vis til regel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>&amp;Looks for:</source>
        <translation>&amp;Leder efter:</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Nøgleord</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Links til andre websteder</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Indlæg med store bogstaver</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Gentagne indlæg</translation>
    </message>
    <message>
        <source>Flag (tag “flagged”, high priority)</source>
        <translation>Markér med flag (mærkat »flagged«, høj prioritet)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tilføj mærkat</translation>
    </message>
    <message>
        <source>Hide, citing the netiquette</source>
        <translation>Skjul med henvisning til netiketten</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Publish the netiquette first</source>
        <translation>Udgiv netiketten først</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelConnector</name>
    <message>
        <source>This channel cannot be answered.</source>
        <translation>Der kan ikke svares på denne kanal.</translation>
    </message>
    <message>
        <source>This channel does not allow that.</source>
        <translation>Det tillader denne kanal ikke.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelDelivery</name>
    <message>
        <source>The reply&apos;s account could not be read: %1</source>
        <translation>Svarets konto kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The conversation of this reply is no longer in the workspace.</source>
        <translation>Dette svars samtale findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>The reply could not be sent: the connection to the channel of “%1” is not set up yet. It waits in the outbox.</source>
        <translation>Svaret kunne ikke sendes: forbindelsen til kanalen for kontoen »%1« er ikke sat op endnu. Det venter i udbakken.</translation>
    </message>
    <message>
        <source>%1 The reply may have arrived all the same: check the conversation on the channel before retrying.</source>
        <translation>%1 Svaret er måske nået frem alligevel: tjek samtalen på kanalen, før du prøver igen.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelsPanel</name>
    <message>
        <source>in a moment</source>
        <translation>om et øjeblik</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>lige nu</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>om %n minut</numerusform>
            <numerusform>om %n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minut siden</numerusform>
            <numerusform>for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>om %n time</numerusform>
            <numerusform>om %n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time siden</numerusform>
            <numerusform>for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dage siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
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
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Seneste synkronisering</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Næste synkronisering</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Te&amp;st</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Demo — never goes online</source>
        <translation>Demo — går aldrig online</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Venter på at prøve igen</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stoppet: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Genoptag</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Tester »%1«…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>»%1«: %2</translation>
    </message>
    <message>
        <source>“%1”: the test failed: %2</source>
        <translation>»%1«: testen mislykkedes: %2</translation>
    </message>
    <message>
        <source>“%1” syncs again.</source>
        <translation>»%1« synkroniseres igen.</translation>
    </message>
    <message>
        <source>“%1” is paused: it stays as it is until resumed.</source>
        <translation>Kontoen »%1« er sat på pause: den forbliver, som den er, indtil du genoptager den.</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Fjern »%1«?</translation>
    </message>
    <message>
        <source>Remove the account “%1” from this workspace?</source>
        <translation>Fjern kontoen »%1« fra dette arbejdsområde?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>»%1« blev fjernet.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its password or token is still in the keychain: %2</source>
        <translation>»%1« blev fjernet, men adgangskoden eller tokenet ligger stadig i nøgleringen: %2</translation>
    </message>
    <message>
        <source>Its %1 and %2 go with it. Nothing changes on the platform itself.</source>
        <translation>%1 og %2 fjernes sammen med den. Intet ændres på selve platformen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n besked</numerusform>
            <numerusform>%n beskeder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConnectionTest</name>
    <message numerus="yes">
        <source>The connection works: %n message(s) are waiting.</source>
        <translation>
            <numerusform>Forbindelsen virker: %n besked venter.</numerusform>
            <numerusform>Forbindelsen virker: %n beskeder venter.</numerusform>
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
        <translation>&amp;Næste samtale</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Show the next conversation in the list</source>
        <translation>Vis den næste samtale på listen</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Forrige samtale</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Show the previous conversation in the list</source>
        <translation>Vis den forrige samtale på listen</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answer where the conversation takes place</source>
        <translation>Svar der, hvor samtalen foregår</translation>
    </message>
    <message>
        <source>Pri&amp;vate Message</source>
        <translation>&amp;Privat besked</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privat besked</translation>
    </message>
    <message>
        <source>Answer the author in a private message, away from the public thread</source>
        <translation>Svar forfatteren i en privat besked, uden for den offentlige tråd</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Markér som &amp;løst</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>Mark the conversation as done</source>
        <translation>Markér samtalen som færdig</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Put the conversation back among the open ones</source>
        <translation>Sæt samtalen tilbage blandt de åbne</translation>
    </message>
    <message>
        <source>Mark as &amp;Waiting</source>
        <translation>Markér som &amp;ventende</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>The ball is in the customer&apos;s court</source>
        <translation>Bolden ligger hos kunden</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Tildel &amp;mig</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Tildel mig</translation>
    </message>
    <message>
        <source>Take the conversation on yourself</source>
        <translation>Tag selv samtalen</translation>
    </message>
    <message>
        <source>Assign &amp;To</source>
        <translation>Tildel &amp;til</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Hand the conversation to a person or a department</source>
        <translation>Overdrag samtalen til en person eller en afdeling</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>&amp;Udsæt…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <source>Hide the conversation until a later time</source>
        <translation>Skjul samtalen indtil et senere tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>&amp;Opfølgning…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Følg op</translation>
    </message>
    <message>
        <source>Be reminded to come back to the conversation</source>
        <translation>Bliv mindet om at vende tilbage til samtalen</translation>
    </message>
    <message>
        <source>T&amp;ags…</source>
        <translation>Mær&amp;kater…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærkater</translation>
    </message>
    <message>
        <source>Add or remove the conversation&apos;s tags</source>
        <translation>Tilføj eller fjern samtalens mærkater</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalér…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalér</translation>
    </message>
    <message>
        <source>Pass the conversation to the team and management, saying why</source>
        <translation>Send samtalen videre til teamet og ledelsen med en begrundelse</translation>
    </message>
    <message>
        <source>Add &amp;Internal Note…</source>
        <translation>Tilføj &amp;intern note…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note for the team; the customer never sees it</source>
        <translation>Skriv en note til teamet; kunden ser den aldrig</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>%1 no longer has the conversation.</source>
        <translation>%1 har ikke længere samtalen.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tildelt til %1.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Taken back from %1.</source>
        <translation>Taget tilbage fra %1.</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>Overdraget til %1.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Fjern tildeling</translation>
    </message>
    <message>
        <source>Nobody has the conversation now.</source>
        <translation>Ingen har samtalen nu.</translation>
    </message>
    <message>
        <source>Conversation resolved.</source>
        <translation>Samtalen er løst.</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>Samtalen er genåbnet.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>Venter på kunden.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tildelt til dig.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Udsat til %1.</translation>
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation>Opfølgning: %1.</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Opfølgning fjernet.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Mærkater gemt.</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3</source>
        <translation>Eskaleret af %1 den %2: %3</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>en, der ikke længere er i arbejdsområdet</translation>
    </message>
    <message>
        <source>Escalation cleared.</source>
        <translation>Eskalering fjernet.</translation>
    </message>
    <message>
        <source>Conversation escalated.</source>
        <translation>Samtalen er eskaleret.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note tilføjet.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back.</source>
        <translation>
            <numerusform>%n udsat samtale er vendt tilbage.</numerusform>
            <numerusform>%n udsatte samtaler er vendt tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be changed</source>
        <translation>Samtalen kunne ikke ændres</translation>
    </message>
    <message>
        <source>&amp;Delete Message…</source>
        <translation>Slet beske&amp;d…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete a message that breaks the house rules, citing the rule</source>
        <translation>Slet en besked, der overtræder husreglerne, med henvisning til reglen</translation>
    </message>
    <message>
        <source>&amp;Hide Message…</source>
        <translation>Sk&amp;jul besked…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide a message that breaks the house rules, citing the rule</source>
        <translation>Skjul en besked, der overtræder husreglerne, med henvisning til reglen</translation>
    </message>
    <message>
        <source>Mar&amp;k as Spam</source>
        <translation>Markér som sp&amp;am</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>&amp;Block Author…</source>
        <translation>&amp;Bloker forfatter…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloker</translation>
    </message>
    <message>
        <source>Block the author, citing the rule they broke</source>
        <translation>Bloker forfatteren med henvisning til den regel, vedkommende har overtrådt</translation>
    </message>
    <message>
        <source>&amp;Undo Moderation…</source>
        <translation>Fortr&amp;yd moderering…</translation>
    </message>
    <message>
        <source>Undo moderation</source>
        <translation>Fortryd moderering</translation>
    </message>
    <message>
        <source>Revert the conversation&apos;s latest moderation: the message or author as before</source>
        <translation>Tilbagefør samtalens seneste moderering: beskeden eller forfatteren som før</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;derér</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderér</translation>
    </message>
    <message>
        <source>Delete, hide or mark a message as spam, or block its author</source>
        <translation>Slet, skjul eller markér en besked som spam, eller bloker dens forfatter</translation>
    </message>
    <message>
        <source>Nobody outside the team wrote in this conversation: there is nothing to moderate.</source>
        <translation>Ingen uden for teamet har skrevet i denne samtale: der er intet at moderere.</translation>
    </message>
    <message>
        <source>Hearth shows it as before; what the platform was already told stays done there.</source>
        <translation>Hearth viser det som før; det, platformen allerede har fået besked om, forbliver gjort der.</translation>
    </message>
    <message>
        <source>Undo Moderation</source>
        <translation>Fortryd moderering</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>Fortryd »%1«?</translation>
    </message>
    <message>
        <source>Moderation undone.</source>
        <translation>Moderering fortrudt.</translation>
    </message>
    <message>
        <source>Every message from outside the team here is moderated already.</source>
        <translation>Alle beskeder udefra i denne samtale er allerede modereret.</translation>
    </message>
    <message>
        <source>Mark the newest message not yet moderated as spam</source>
        <translation>Markér den nyeste besked, der endnu ikke er modereret, som spam</translation>
    </message>
    <message>
        <source>%1: the newest message from %2. Undo Moderation takes it back.</source>
        <translation>%1: den nyeste besked fra %2. »Fortryd moderering« tager det tilbage.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Udsat til %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt til %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Hos %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioritet %1</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2.</source>
        <translation>Eskaleret af %1 den %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Begrundelse: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationPane</name>
    <message>
        <source>Select a conversation to read the whole thread and answer it.</source>
        <translation>Vælg en samtale for at læse hele tråden og besvare den.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationView</name>
    <message>
        <source>This conversation could not be read.</source>
        <translation>Samtalen kunne ikke læses.</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privat besked</translation>
    </message>
    <message>
        <source>Select a conversation to read the whole thread.</source>
        <translation>Vælg en samtale for at læse hele tråden.</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Offentlig kommentar</translation>
    </message>
    <message>
        <source>Team reply</source>
        <translation>Svar fra teamet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
</context>
<context>
    <name>hearth::CredentialStore</name>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Nøgleringen nægtede adgang (%1). Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Hearth keeps passwords and tokens only in the system&apos;s keychain, such as GNOME Keyring or KWallet: start one and try again.</source>
        <translation>Der er ingen nøglering tilgængelig (%1). Hearth gemmer kun adgangskoder og tokens i systemets nøglering, f.eks. GNOME Keyring eller KWallet: start en, og prøv igen.</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret (%1).</source>
        <translation>Nøgleringen kunne ikke gemme adgangskoden eller tokenet (%1).</translation>
    </message>
    <message>
        <source>The workspace has no id to keep its secrets under.</source>
        <translation>Arbejdsområdet har intet id, som dets adgangskoder og tokens kan gemmes under.</translation>
    </message>
</context>
<context>
    <name>hearth::EmailConnector</name>
    <message>
        <source>The trusted certificate %1 cannot be read.</source>
        <translation>Det betroede certifikat %1 kan ikke læses.</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password. Check them in the account&apos;s settings.</source>
        <translation>%1 accepterede ikke brugernavnet eller adgangskoden. Tjek dem i kontoens indstillinger.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If it is your own server, choose its certificate as trusted in the account&apos;s settings.</source>
        <translation>Certifikatet for %1 er ikke betroet. Hvis det er jeres egen server, så vælg dens certifikat som betroet i kontoens indstillinger.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The folder is not on %1.</source>
        <translation>Mappen findes ikke på %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Forbindelsen til %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1 did not greet as a mail server.</source>
        <translation>%1 svarede ikke som en mailserver.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>Ingen sikker forbindelse til %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 svarede med en fejl: %2</translation>
    </message>
    <message>
        <source>The e-mail is no longer in %1 on %2.</source>
        <translation>E-mailen er ikke længere i %1 på %2.</translation>
    </message>
    <message>
        <source>The account has no e-mail address.</source>
        <translation>Kontoen har ingen e-mailadresse.</translation>
    </message>
    <message>
        <source>The account has no IMAP or SMTP server.</source>
        <translation>Kontoen har ingen IMAP- eller SMTP-server.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>Der er ingen adgangskode til %1 i nøgleringen.</translation>
    </message>
    <message>
        <source>Mail goes unencrypted only to this computer (127.0.0.1 or ::1). Choose TLS or STARTTLS.</source>
        <translation>Ukrypteret mail sendes kun til denne computer (127.0.0.1 eller ::1). Vælg TLS eller STARTTLS.</translation>
    </message>
    <message>
        <source>An e-mail reply reaches only its recipients: it cannot be sent publicly.</source>
        <translation>Et e-mailsvar når kun sine modtagere: det kan ikke sendes offentligt.</translation>
    </message>
    <message>
        <source>The reply has no recipient address.</source>
        <translation>Svaret har ingen modtageradresse.</translation>
    </message>
    <message>
        <source>An e-mail can be deleted or moved to the Junk folder, nothing else.</source>
        <translation>En e-mail kan slettes eller flyttes til mappen Uønsket, intet andet.</translation>
    </message>
</context>
<context>
    <name>hearth::EscalateDialog</name>
    <message>
        <source>Escalate Conversation</source>
        <translation>Eskalér samtale</translation>
    </message>
    <message>
        <source>&amp;Why does the team need to know? Management reads this first.</source>
        <translation>&amp;Hvorfor skal teamet vide det? Ledelsen læser dette først.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalér</translation>
    </message>
    <message>
        <source>&amp;Clear Escalation</source>
        <translation>&amp;Fjern eskalering</translation>
    </message>
</context>
<context>
    <name>hearth::FeedConnector</name>
    <message>
        <source>The feed address must start with http:// or https://.</source>
        <translation>Feedets adresse skal begynde med http:// eller https://.</translation>
    </message>
</context>
<context>
    <name>hearth::FollowUpDialog</name>
    <message>
        <source>Follow Up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>The conversation is listed under “Needs follow-up” from then on.</source>
        <translation>Samtalen vises derefter under »Kræver opfølgning«.</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Opfølgning den:</translation>
    </message>
    <message>
        <source>&amp;Set Follow-up</source>
        <translation>&amp;Angiv opfølgning</translation>
    </message>
    <message>
        <source>&amp;Remove Follow-up</source>
        <translation>&amp;Fjern opfølgning</translation>
    </message>
</context>
<context>
    <name>hearth::HttpJob</name>
    <message>
        <source>The server sent more than %1 MB; Hearth stopped reading.</source>
        <translation>Serveren sendte mere end %1 MB; Hearth stoppede læsningen.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Serveren på %1 svarede ikke i tide.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Kunne ikke nå %1: %2</translation>
    </message>
    <message>
        <source>The server asked Hearth to slow down.</source>
        <translation>Serveren bad Hearth om at sætte tempoet ned.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1). Check the account&apos;s credentials.</source>
        <translation>Serveren afviste login (HTTP %1). Tjek kontoens loginoplysninger.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Serveren havde et problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serveren afviste forespørgslen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>hearth::InboxModel</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Seneste besked</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Svar</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min.</numerusform>
            <numerusform>%n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n t.</numerusform>
            <numerusform>%n t.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 over tid</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærkater</translation>
    </message>
</context>
<context>
    <name>hearth::InboxPage</name>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Ældste først</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Nærmeste frist</translation>
    </message>
    <message>
        <source>Due soonest lists the conversations still waiting for a first answer; in Needs follow-up, by follow-up date</source>
        <translation>»Nærmeste frist« viser de samtaler, der stadig venter på et første svar; i »Kræver opfølgning« efter opfølgningsdato</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sortér:</translation>
    </message>
    <message>
        <source>Nothing waiting for the team</source>
        <translation>Intet venter på teamet</translation>
    </message>
    <message>
        <source>New and open conversations show here.</source>
        <translation>Nye og åbne samtaler vises her.</translation>
    </message>
    <message>
        <source>Everything has an owner</source>
        <translation>Alle samtaler har en ejer</translation>
    </message>
    <message>
        <source>Open conversations that no person or department has taken show here.</source>
        <translation>Åbne samtaler, som ingen person eller afdeling har taget, vises her.</translation>
    </message>
    <message>
        <source>Nothing in your hands</source>
        <translation>Du har ingen samtaler</translation>
    </message>
    <message>
        <source>Conversations assigned to you show here until they are resolved or snoozed.</source>
        <translation>Samtaler, der er tildelt dig, vises her, indtil de er løst eller udsat.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Ingen at vente på</translation>
    </message>
    <message>
        <source>Conversations waiting for an answer from outside show here.</source>
        <translation>Samtaler, der venter på svar udefra, vises her.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Intet er udsat</translation>
    </message>
    <message>
        <source>Snoozed conversations wait here until they wake.</source>
        <translation>Udsatte samtaler venter her, indtil udsættelsen udløber.</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Intet er løst endnu</translation>
    </message>
    <message>
        <source>Resolved conversations show here.</source>
        <translation>Løste samtaler vises her.</translation>
    </message>
    <message>
        <source>No follow-ups planned</source>
        <translation>Ingen planlagte opfølgninger</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date show here.</source>
        <translation>Samtaler med en opfølgningsdato vises her.</translation>
    </message>
    <message>
        <source>Due soonest shows only conversations still waiting for a first answer.</source>
        <translation>»Nærmeste frist« viser kun samtaler, der stadig venter på et første svar.</translation>
    </message>
</context>
<context>
    <name>hearth::InboxTabs</name>
    <message>
        <source>Unified inbox</source>
        <translation>Samlet indbakke</translation>
    </message>
    <message>
        <source>All channel accounts together</source>
        <translation>Alle kanalkonti samlet</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>No channel accounts yet.</source>
        <translation>Ingen kanalkonti endnu.</translation>
    </message>
    <message numerus="yes">
        <source>across %n channel account(s)</source>
        <translation>
            <numerusform>på tværs af %n kanalkonto</numerusform>
            <numerusform>på tværs af %n kanalkonti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · demo account, never goes online</source>
        <translation>%1 · %2 · demokonto, går aldrig online</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Ingen samtaler endnu</translation>
    </message>
    <message>
        <source>Inbox view: %1</source>
        <translation>Indbakkevisning: %1</translation>
    </message>
    <message>
        <source>Show the current inbox tab&apos;s view “%1”</source>
        <translation>Vis visningen »%1« i den aktuelle indbakkefane</translation>
    </message>
</context>
<context>
    <name>hearth::InboxViewList</name>
    <message>
        <source>All conversations</source>
        <translation>Alle samtaler</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Kræver opfølgning</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Indbakkevisninger</translation>
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
        <translation>Kunne ikke åbne arbejdsområdet</translation>
    </message>
    <message>
        <source>Could not open the demo workspace</source>
        <translation>Kunne ikke åbne demo-arbejdsområdet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nyt arbejdsområde…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Opret en tom arbejdsområdefil</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Åbn arbejdsområde…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Åbn en arbejdsområdefil</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Åbn &amp;demo-arbejdsområde</translation>
    </message>
    <message>
        <source>Open the Sunny Squeeze sample workspace; it never goes online</source>
        <translation>Åbn eksempelarbejdsområdet Sunny Squeeze; det går aldrig online</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Fortr&amp;yd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Gen&amp;tag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Vis s&amp;tatuslinje</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Fuldskærmstilstand</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprog</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Om Hearth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Intet arbejdsområde åbent</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-arbejdsområde</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read</source>
        <translation>%1: arbejdsområdet kunne ikke læses</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n channel account(s)</source>
        <translation>
            <numerusform>%n kanalkonto</numerusform>
            <numerusform>%n kanalkonti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Åbn arbejdsområde</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth);;All files (*)</source>
        <translation>Hearth-arbejdsområder (*.hearth);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nyt arbejdsområde</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth)</source>
        <translation>Hearth-arbejdsområder (*.hearth)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Kunne ikke oprette arbejdsområdet</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Workspace to open it.</source>
        <translation>»%1« findes allerede. Brug Filer › Åbn arbejdsområde for at åbne det.</translation>
    </message>
    <message>
        <source>Workspace checked: no problems found.</source>
        <translation>Arbejdsområdet er kontrolleret: ingen problemer fundet.</translation>
    </message>
    <message>
        <source>The workspace may be damaged</source>
        <translation>Arbejdsområdet kan være beskadiget</translation>
    </message>
    <message>
        <source>Hearth found problems in “%1”. Keep working, but make a copy of the file and run “hearth-cli check” for the full report.

%2</source>
        <translation>Hearth har fundet problemer i »%1«. Du kan arbejde videre, men tag en kopi af filen, og kør »hearth-cli check« for at få den fulde rapport.

%2</translation>
    </message>
    <message>
        <source>&amp;Find Messages…</source>
        <translation>&amp;Søg i beskeder …</translation>
    </message>
    <message>
        <source>Search all messages (%1)</source>
        <translation>Søg i alle beskeder (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Samtale</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>I&amp;ndstillinger…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastaturgenveje…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Vis alle tastaturgenveje</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Et svar blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>This is the last conversation of the list.</source>
        <translation>Dette er den sidste samtale på listen.</translation>
    </message>
    <message>
        <source>This is the first conversation of the list.</source>
        <translation>Dette er den første samtale på listen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>S&amp;kabeloner</translation>
    </message>
    <message>
        <source>Approval &amp;Queue…</source>
        <translation>&amp;Godkendelseskø…</translation>
    </message>
    <message>
        <source>Template versions waiting for a manager&apos;s decision</source>
        <translation>Skabelonversioner, der venter på en leders beslutning</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n</source>
        <translation>
            <numerusform>Godkendelser: %n</numerusform>
            <numerusform>Godkendelser: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template version(s) waiting for approval</source>
        <translation>
            <numerusform>%n skabelonversion venter på godkendelse</numerusform>
            <numerusform>%n skabelonversioner venter på godkendelse</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>Skabelon&amp;bibliotek…</translation>
    </message>
    <message>
        <source>Browse, write and submit canned responses</source>
        <translation>Gennemse, skriv og indsend standardsvar</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>Fæ&amp;llesskab</translation>
    </message>
    <message>
        <source>Rule &amp;Statistics…</source>
        <translation>Regel&amp;statistik…</translation>
    </message>
    <message>
        <source>How often moderation cited each rule of the netiquette</source>
        <translation>Hvor ofte moderering har henvist til hver regel i netiketten</translation>
    </message>
    <message>
        <source>&amp;Auto-Moderation…</source>
        <translation>&amp;Automatisk moderering…</translation>
    </message>
    <message>
        <source>Rules that flag, tag, hide or assign incoming messages by themselves</source>
        <translation>Regler, der selv markerer indgående beskeder med flag, tilføjer mærkater, skjuler eller tildeler dem</translation>
    </message>
    <message>
        <source>&amp;Netiquette Editor…</source>
        <translation>&amp;Netikette-editor…</translation>
    </message>
    <message>
        <source>Write, publish and export the community&apos;s house rules</source>
        <translation>Skriv, udgiv og eksportér fællesskabets husregler</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanaler…</translation>
    </message>
    <message>
        <source>The channel accounts: add, test, pause and remove them, and see how they sync</source>
        <translation>Kanalkontiene: tilføj, test, sæt på pause og fjern dem, og se, hvordan de synkroniseres</translation>
    </message>
    <message>
        <source>Channels do not sync: %1</source>
        <translation>Kanalerne synkroniseres ikke: %1</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonConnector</name>
    <message>
        <source>The stored Mastodon sync position is not a notification id.</source>
        <translation>Den gemte Mastodon-synkroniseringsposition er ikke et notifikations-id.</translation>
    </message>
    <message>
        <source>The Mastodon instance sent notifications Hearth cannot read.</source>
        <translation>Mastodon-instansen sendte notifikationer, som Hearth ikke kan læse.</translation>
    </message>
    <message>
        <source>A Mastodon notification of this page has no id; skipped.</source>
        <translation>En Mastodon-notifikation på denne side har intet id; sprunget over.</translation>
    </message>
    <message>
        <source>Mastodon notification %1 could not be read (%2); skipped.</source>
        <translation>Mastodon-notifikation %1 kunne ikke læses (%2); sprunget over.</translation>
    </message>
    <message>
        <source>The direct conversations could not be read: %1</source>
        <translation>De private samtaler kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>the answer is not a list.</source>
        <translation>svaret er ikke en liste.</translation>
    </message>
    <message>
        <source>A direct conversation&apos;s status could not be read (%1); skipped.</source>
        <translation>Indlægget i en privat samtale kunne ikke læses (%1); sprunget over.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon post this answers.</source>
        <translation>Hearth ved ikke, hvilket Mastodon-indlæg dette svarer på.</translation>
    </message>
    <message>
        <source>Hearth does not know the Mastodon address of the person to write to.</source>
        <translation>Hearth kender ikke Mastodon-adressen på den person, der skal skrives til.</translation>
    </message>
    <message>
        <source>The Mastodon post this answers no longer exists.</source>
        <translation>Det Mastodon-indlæg, som dette svarer på, findes ikke længere.</translation>
    </message>
    <message>
        <source>The Mastodon instance took the post but its answer could not be read.</source>
        <translation>Mastodon-instansen modtog indlægget, men dens svar kunne ikke læses.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon account or post this is.</source>
        <translation>Hearth ved ikke, hvilken Mastodon-konto eller hvilket indlæg det drejer sig om.</translation>
    </message>
    <message>
        <source>Reported as spam by the community team.</source>
        <translation>Anmeldt som spam af community-teamet.</translation>
    </message>
    <message>
        <source>The Mastodon account or post no longer exists.</source>
        <translation>Mastodon-kontoen eller indlægget findes ikke længere.</translation>
    </message>
    <message>
        <source>Hearth is not signed in to this Mastodon account: sign in again.</source>
        <translation>Hearth er ikke logget ind på denne Mastodon-konto: log ind igen.</translation>
    </message>
    <message numerus="yes">
        <source>The Mastodon instance asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Mastodon-instansen bad Hearth om at vente %n sekund.</numerusform>
            <numerusform>Mastodon-instansen bad Hearth om at vente %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mastodon instance did not accept Hearth&apos;s sign-in (it may have been revoked). Sign in again.</source>
        <translation>Mastodon-instansen accepterede ikke Hearths login (det er måske blevet tilbagekaldt). Log ind igen.</translation>
    </message>
    <message>
        <source>%1 The instance said: %2</source>
        <translation>%1 Instansen svarede: %2</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonSignIn</name>
    <message>
        <source>Hearth could not wait for the browser&apos;s answer: no port on 127.0.0.1 was free.</source>
        <translation>Hearth kunne ikke vente på browserens svar: der var ingen ledig port på 127.0.0.1.</translation>
    </message>
    <message>
        <source>Hearth has the answer. You can close this page and go back to Hearth.</source>
        <translation>Hearth har fået svaret. Du kan lukke denne side og gå tilbage til Hearth.</translation>
    </message>
    <message>
        <source>Could not reach the Mastodon instance %1: %2</source>
        <translation>Kunne ikke nå Mastodon-instansen %1: %2</translation>
    </message>
    <message>
        <source>%1 did not let Hearth register as an app (HTTP %2). %3</source>
        <translation>%1 lod ikke Hearth registrere sig som app (HTTP %2). %3</translation>
    </message>
    <message>
        <source>%1 answered in a way Hearth cannot read; is it a Mastodon instance?</source>
        <translation>%1 svarede på en måde, som Hearth ikke kan læse; er det en Mastodon-instans?</translation>
    </message>
    <message>
        <source>The sign-in to %1 was declined in the browser.</source>
        <translation>Login på %1 blev afvist i browseren.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 afviste login: %2</translation>
    </message>
    <message>
        <source>Hearth refused an answer to the sign-in that was not for it (the state did not match). Sign in again.</source>
        <translation>Hearth afviste et svar på login, som ikke var til Hearth (state-værdien passede ikke). Log ind igen.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an authorization code.</source>
        <translation>%1 besvarede login uden en autorisationskode.</translation>
    </message>
    <message>
        <source>%1 did not give Hearth access (HTTP %2): %3</source>
        <translation>%1 gav ikke Hearth adgang (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 sent an access token Hearth cannot read.</source>
        <translation>%1 sendte et adgangstoken, som Hearth ikke kan læse.</translation>
    </message>
</context>
<context>
    <name>hearth::ModerationDialog</name>
    <message>
        <source>Send a &amp;notice to the author</source>
        <translation>Send en &amp;meddelelse til forfatteren</translation>
    </message>
    <message>
        <source>Moderate a Message</source>
        <translation>Moderér en besked</translation>
    </message>
    <message>
        <source>Why, in a sentence the author can understand</source>
        <translation>Hvorfor, i én sætning, som forfatteren kan forstå</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Besked:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Handling:</translation>
    </message>
    <message>
        <source>&amp;Rule broken:</source>
        <translation>&amp;Overtrådt regel:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Be&amp;grundelse:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Skabe&amp;lon:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Forhåndsvisning:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (already moderated)</source>
        <translation>%1 (allerede modereret)</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Slet beskeden</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>Skjul beskeden</translation>
    </message>
    <message>
        <source>Mark the message as spam</source>
        <translation>Markér beskeden som spam</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Bloker forfatteren</translation>
    </message>
    <message>
        <source>Choose the rule that was broken</source>
        <translation>Vælg den regel, der blev overtrådt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andet…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Sk&amp;jul</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Markér som &amp;spam</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>Blo&amp;ker</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteEditor</name>
    <message>
        <source>Netiquette Editor[*]</source>
        <translation>Netikette-editor[*]</translation>
    </message>
    <message>
        <source>&amp;Netiquette</source>
        <translation>&amp;Netikette</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Netikette</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Gem kladde</translation>
    </message>
    <message>
        <source>Save the texts as the draft; new rules get their ids</source>
        <translation>Gem teksterne som kladde; nye regler får deres id&apos;er</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Udgiv…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>&amp;Kassér kladde…</translation>
    </message>
    <message>
        <source>Throw the draft and unsaved changes away</source>
        <translation>Kassér kladden og ugemte ændringer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>Every published version, with who published it and when</source>
        <translation>Alle udgivne versioner med oplysning om, hvem der udgav dem, og hvornår</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Write the published version as HTML and Markdown for the website</source>
        <translation>Skriv den udgivne version som HTML og Markdown til webstedet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Skrevet på:</translation>
    </message>
    <message>
        <source>The language the rules are written in first; the others are its translations</source>
        <translation>Det sprog, reglerne først skrives på; de andre sprog er oversættelser af det</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regler</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Problemer</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source># House rules

What this page is for, in a few sentences.

## Be kind

Each rule is a level-2 heading; saving gives it an id that moderation cites.

## No advertising

…</source>
        <translation># Husregler

Hvad denne side handler om, i nogle få sætninger.

## Vær venlig

Hver regel er en overskrift på niveau 2; når du gemmer, får den et id, som moderering henviser til.

## Ingen reklame

…</translation>
    </message>
    <message>
        <source>The netiquette was changed elsewhere; saving replaces that draft.</source>
        <translation>Netiketten er blevet ændret et andet sted; hvis du gemmer, erstattes den kladde.</translation>
    </message>
    <message>
        <source>Pro&amp;blems (%1)</source>
        <translation>&amp;Problemer (%1)</translation>
    </message>
    <message>
        <source>Draft of version %1, saved %2.</source>
        <translation>Kladde til version %1, gemt %2.</translation>
    </message>
    <message>
        <source>Published version %1. Saving changes starts a new draft.</source>
        <translation>Udgivet version %1. Hvis du gemmer ændringer, startes en ny kladde.</translation>
    </message>
    <message>
        <source>No netiquette yet: write the rules as level-2 headings and save a draft.</source>
        <translation>Ingen netikette endnu: skriv reglerne som overskrifter på niveau 2, og gem en kladde.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ugemte ændringer.</translation>
    </message>
    <message>
        <source>Make the draft the netiquette moderation cites</source>
        <translation>Gør kladden til den netikette, som moderering henviser til</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette</source>
        <translation>Kun en leder kan udgive netiketten</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Kladden kunne ikke gemmes</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Kladden er gemt.</translation>
    </message>
    <message>
        <source>The netiquette was not published</source>
        <translation>Netiketten blev ikke udgivet</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Kun en leder kan udgive netiketten.</translation>
    </message>
    <message>
        <source>The netiquette cannot be published yet</source>
        <translation>Netiketten kan ikke udgives endnu</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems marked as errors first (%n error(s) in the list).</source>
        <translation>
            <numerusform>Ret først de problemer, der er markeret som fejl (%n fejl på listen).</numerusform>
            <numerusform>Ret først de problemer, der er markeret som fejl (%n fejl på listen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 becomes the netiquette that moderation cites and {{rule.N}} renders.</source>
        <translation>Version %1 bliver den netikette, som moderering henviser til, og som {{rule.N}} viser.</translation>
    </message>
    <message>
        <source>Version %1, published now, stays readable in the history.</source>
        <translation>Version %1, der er udgivet nu, kan fortsat læses i historikken.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Dine ugemte ændringer gemmes først.</translation>
    </message>
    <message>
        <source>Publish the netiquette?</source>
        <translation>Udgiv netiketten?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Udgiv</translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation>Version %1 er udgivet.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Kassér kladden?</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away; the editor shows the published version again. This cannot be undone.</source>
        <translation>Kladden og dine ugemte ændringer kasseres; editoren viser igen den udgivne version. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away. This cannot be undone.</source>
        <translation>Kladden og dine ugemte ændringer kasseres. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Kladden blev ikke kasseret</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Kladden er kasseret.</translation>
    </message>
    <message>
        <source>Export the Published Netiquette To</source>
        <translation>Eksportér den udgivne netikette til</translation>
    </message>
    <message>
        <source>The netiquette was not exported</source>
        <translation>Netiketten blev ikke eksporteret</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fil eksporteret til %1.</numerusform>
            <numerusform>%n filer eksporteret til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the netiquette draft?</source>
        <translation>Gem kladden til netiketten?</translation>
    </message>
    <message>
        <source>Your changes to the netiquette are not saved yet.</source>
        <translation>Dine ændringer af netiketten er ikke gemt endnu.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteHistoryDialog</name>
    <message>
        <source>Netiquette History</source>
        <translation>Netikettens historik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Udgivet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuel</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>No version of the netiquette has been published yet.</source>
        <translation>Der er endnu ikke udgivet nogen version af netiketten.</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. Written in %4.</source>
        <translation>Version %1, udgivet %2 af %3. Skrevet på %4.</translation>
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
        <translation>Id</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Saving the draft gives this rule its id</source>
        <translation>Når kladden gemmes, får denne regel sit id</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteWarningList</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation>Fejl: kan ikke udgives, før den er rettet</translation>
    </message>
    <message>
        <source>Warning: saving the draft fixes it</source>
        <translation>Advarsel: rettes, når kladden gemmes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ingen problemer fundet.</translation>
    </message>
</context>
<context>
    <name>hearth::NoteDialog</name>
    <message>
        <source>Add Internal Note</source>
        <translation>Tilføj intern note</translation>
    </message>
    <message>
        <source>&amp;Note for the team (the customer never sees it):</source>
        <translation>&amp;Note til teamet (kunden ser den aldrig):</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>&amp;Tilføj note</translation>
    </message>
</context>
<context>
    <name>hearth::Notifier</name>
    <message>
        <source>Conversation escalated</source>
        <translation>Samtale eskaleret</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>»%1«: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Ny besked fra %1</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nye beskeder</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in your views have new messages.</source>
        <translation>
            <numerusform>%n samtale i dine visninger har nye beskeder.</numerusform>
            <numerusform>%n samtaler i dine visninger har nye beskeder.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” from %2 has waited past the response target.</source>
        <translation>»%1« fra %2 har ventet ud over svarfristen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” from %2 needs a first answer within %n minute(s).</source>
        <translation>
            <numerusform>»%1« fra %2 skal have et første svar inden for %n minut.</numerusform>
            <numerusform>»%1« fra %2 skal have et første svar inden for %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>Svarfrister</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) need a first answer within the next minutes.</source>
        <translation>
            <numerusform>%n samtale skal have et første svar inden for de næste minutter.</numerusform>
            <numerusform>%n samtaler skal have et første svar inden for de næste minutter.</numerusform>
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
        <translation>Svaret blev sendt, men Hearth kunne ikke registrere det: %1</translation>
    </message>
</context>
<context>
    <name>hearth::OutboxStrip</name>
    <message>
        <source>Private message</source>
        <translation>Privat besked</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Offentligt svar</translation>
    </message>
    <message>
        <source>%1 not sent: “%2”</source>
        <translation>%1 ikke sendt: »%2«</translation>
    </message>
    <message>
        <source>%1 being sent: “%2”</source>
        <translation>%1 sendes: »%2«</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: “%2”</source>
        <translation>%1 venter på at blive sendt: »%2«</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Send this reply again now</source>
        <translation>Send dette svar igen nu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Take the text back into the editor to change it</source>
        <translation>Tag teksten tilbage i editoren for at ændre den</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Kassér…</translation>
    </message>
    <message>
        <source>Delete this reply without sending it</source>
        <translation>Slet dette svar uden at sende det</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>Kassér dette svar?</translation>
    </message>
    <message>
        <source>The reply will be deleted without being sent. This cannot be undone.</source>
        <translation>Svaret slettes uden at blive sendt. Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>hearth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>Customers see this name under your replies.</source>
        <translation>Kunderne ser dette navn under dine svar.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Added under every reply you send, for example:
Best wishes,
Emma</source>
        <translation>Tilføjes under hvert svar, du sender, for eksempel:
Venlig hilsen
Emma</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new messages in my views and response targets about to be missed</source>
        <translation>&amp;Vis skrivebordsnotifikationer om nye beskeder i mine visninger og om svarfrister, der er ved at blive overskredet</translation>
    </message>
</context>
<context>
    <name>hearth::ReplyComposer</name>
    <message>
        <source>Write a private message…</source>
        <translation>Skriv en privat besked…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Skriv et offentligt svar…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) after this one)</source>
        <translation>
            <numerusform>(%n problem mere efter dette)</numerusform>
            <numerusform>(%n problemer mere efter dette)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sender: %1</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Skriv et svar først.</translation>
    </message>
    <message>
        <source>The reply was not sent: correct the placeholder first.</source>
        <translation>Svaret blev ikke sendt: ret pladsholderen først.</translation>
    </message>
    <message>
        <source>Hi {{author.first_name|there}}, we have sent you a private message so we can sort this out together.</source>
        <translation>Hej {{author.first_name|med dig}}, vi har sendt dig en privat besked, så vi kan finde en løsning sammen.</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>Svaret blev ikke sendt: %1</translation>
    </message>
    <message>
        <source>Take private</source>
        <translation>Fortsæt privat</translation>
    </message>
    <message>
        <source>Answer once in public that the talk continues in a private message, then write that message</source>
        <translation>Svar én gang offentligt, at samtalen fortsætter i en privat besked, og skriv derefter den besked</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Send svaret (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>“%1” is not approved yet and cannot be used.</source>
        <translation>»%1« er endnu ikke godkendt og kan ikke bruges.</translation>
    </message>
    <message>
        <source>No approved template has the shortcut “%1”.</source>
        <translation>Ingen godkendt skabelon har genvejen »%1«.</translation>
    </message>
    <message>
        <source>Only approved templates can be inserted.</source>
        <translation>Kun godkendte skabeloner kan indsættes.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No approved templates</source>
        <translation>Ingen godkendte skabeloner</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Insert an approved template (%1); in the reply, type ::shortcut or /shortcut and press Tab</source>
        <translation>Indsæt en godkendt skabelon (%1); skriv ::genvej eller /genvej i svaret, og tryk på Tab</translation>
    </message>
    <message>
        <source>The reply was not sent: the template “%1” was retired or replaced by a newer version since you inserted it. Remove its text and insert the template again.</source>
        <translation>Svaret blev ikke sendt: skabelonen »%1« er blevet udfaset eller erstattet af en nyere version, siden du indsatte den. Fjern dens tekst, og indsæt skabelonen igen.</translation>
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
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation>Regel nr. %1</translation>
    </message>
    <message>
        <source>%1 (no longer published)</source>
        <translation>%1 (ikke længere udgivet)</translation>
    </message>
    <message>
        <source>Never cited</source>
        <translation>Aldrig henvist til</translation>
    </message>
    <message>
        <source>The netiquette has no published rules yet, and no moderation cited one.</source>
        <translation>Netiketten har endnu ingen udgivne regler, og ingen moderering har henvist til en regel.</translation>
    </message>
    <message numerus="yes">
        <source>How often moderation cited each rule (reverted actions are left out). %n published rule(s) never cited.</source>
        <translation>
            <numerusform>Hvor ofte moderering har henvist til hver regel (tilbageførte handlinger er udeladt). %n udgivet regel er aldrig blevet henvist til.</numerusform>
            <numerusform>Hvor ofte moderering har henvist til hver regel (tilbageførte handlinger er udeladt). %n udgivne regler er aldrig blevet henvist til.</numerusform>
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
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Mærkat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
</context>
<context>
    <name>hearth::SearchPage</name>
    <message>
        <source>&amp;Back to the Inbox</source>
        <translation>&amp;Tilbage til indbakken</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Ingen beskeder matcher »%1«.</translation>
    </message>
    <message>
        <source>The newest %1 messages that match “%2”.</source>
        <translation>De nyeste %1 beskeder, der matcher »%2«.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) match “%1”.</source>
        <translation>
            <numerusform>%n besked matcher »%1«.</numerusform>
            <numerusform>%n beskeder matcher »%1«.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message matches “%1” with these filters.</source>
        <translation>Ingen beskeder matcher »%1« med disse filtre.</translation>
    </message>
</context>
<context>
    <name>hearth::SearchResultsModel</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
</context>
<context>
    <name>hearth::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Ingen genveje matcher »%1«.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Type an action or a key</source>
        <translation>Skriv en handling eller en tast</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>hearth::SnoozeDialog</name>
    <message>
        <source>Snooze Conversation</source>
        <translation>Udsæt samtale</translation>
    </message>
    <message>
        <source>In &amp;one hour (%1)</source>
        <translation>Om &amp;en time (%1)</translation>
    </message>
    <message>
        <source>This &amp;evening (%1)</source>
        <translation>I &amp;aften (%1)</translation>
    </message>
    <message>
        <source>Tomorrow &amp;morning (%1)</source>
        <translation>I &amp;morgen tidlig (%1)</translation>
    </message>
    <message>
        <source>Next Mo&amp;nday (%1)</source>
        <translation>&amp;Næste mandag (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Indtil:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Udsæt</translation>
    </message>
</context>
<context>
    <name>hearth::SyncWorker</name>
    <message>
        <source>The workspace could not be opened for sending.</source>
        <translation>Arbejdsområdet kunne ikke åbnes til afsendelse.</translation>
    </message>
    <message>
        <source>The account of this conversation is no longer in the workspace.</source>
        <translation>Denne samtales konto findes ikke længere i arbejdsområdet.</translation>
    </message>
    <message>
        <source>“%1” is paused. The reply waits in the outbox until the account is resumed.</source>
        <translation>»%1« er sat på pause. Svaret venter i udbakken, indtil kontoen genoptages.</translation>
    </message>
    <message>
        <source>“%1” is still connecting. The reply waits in the outbox.</source>
        <translation>»%1« er stadig ved at oprette forbindelse. Svaret venter i udbakken.</translation>
    </message>
    <message>
        <source>“%1” is not connected: %2</source>
        <translation>»%1« er ikke forbundet: %2</translation>
    </message>
    <message>
        <source>The account&apos;s connection was restarted before the channel answered.</source>
        <translation>Kontoens forbindelse blev genstartet, før kanalen svarede.</translation>
    </message>
</context>
<context>
    <name>hearth::TagsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærkater</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Tilføj en mærkat, og tryk på Enter</translation>
    </message>
    <message>
        <source>&amp;Add tag:</source>
        <translation>&amp;Tilføj mærkat:</translation>
    </message>
    <message>
        <source>&amp;Tags of this conversation:</source>
        <translation>&amp;Mærkater for denne samtale:</translation>
    </message>
</context>
<context>
    <name>hearth::TelegramConnector</name>
    <message>
        <source>The stored Telegram sync position is not a number.</source>
        <translation>Den gemte Telegram-synkroniseringsposition er ikke et tal.</translation>
    </message>
    <message>
        <source>Telegram sent updates Hearth cannot read (not a list).</source>
        <translation>Telegram sendte opdateringer, som Hearth ikke kan læse (ikke en liste).</translation>
    </message>
    <message>
        <source>Telegram update %1 of this page has no update_id; skipped.</source>
        <translation>Telegram-opdatering %1 på denne side har intet update_id; sprunget over.</translation>
    </message>
    <message>
        <source>Telegram update %1 could not be read (%2); skipped.</source>
        <translation>Telegram-opdatering %1 kunne ikke læses (%2); sprunget over.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram chat this conversation is in.</source>
        <translation>Hearth ved ikke, hvilken Telegram-chat denne samtale foregår i.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot write to this chat (the person may have blocked the bot or never started it, or the bot left the group).</source>
        <translation>Telegram lod ikke botten skrive i denne chat (personen har måske blokeret botten eller aldrig startet den, eller botten har forladt gruppen).</translation>
    </message>
    <message>
        <source>Telegram sent the message but its answer could not be read.</source>
        <translation>Telegram sendte beskeden, men svaret kunne ikke læses.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram message to delete.</source>
        <translation>Hearth ved ikke, hvilken Telegram-besked der skal slettes.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot delete this message. A bot may delete other people&apos;s messages only in groups where it is an administrator allowed to delete messages, and only for 48 hours. Telegram said: %1</source>
        <translation>Telegram lod ikke botten slette denne besked. En bot må kun slette andres beskeder i grupper, hvor den er administrator med ret til at slette beskeder, og kun i 48 timer. Telegram svarede: %1</translation>
    </message>
    <message>
        <source>No bot token is set for this Telegram account: enter the token @BotFather gave.</source>
        <translation>Der er ikke angivet et bot-token for denne Telegram-konto: indtast det token, du fik fra @BotFather.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Check it with @BotFather.</source>
        <translation>Telegram accepterede ikke bot-tokenet. Tjek det hos @BotFather.</translation>
    </message>
    <message>
        <source>Telegram sent an answer Hearth cannot read.</source>
        <translation>Telegram sendte et svar, som Hearth ikke kan læse.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Telegram bad Hearth om at vente %n sekund.</numerusform>
            <numerusform>Telegram bad Hearth om at vente %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP %1): %2</source>
        <translation>Telegram havde et problem (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Telegram refused the request (%1): %2</source>
        <translation>Telegram afviste forespørgslen (%1): %2</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram member to ban from which chat.</source>
        <translation>Hearth ved ikke, hvilket Telegram-medlem der skal udelukkes fra hvilken chat.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot ban this member. A bot may ban members only in groups where it is an administrator allowed to restrict members. Telegram said: %1</source>
        <translation>Telegram lod ikke botten udelukke dette medlem. En bot må kun udelukke medlemmer i grupper, hvor den er administrator med ret til at begrænse medlemmer. Telegram svarede: %1</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateEditorDialog</name>
    <message>
        <source>&amp;Crisis template</source>
        <translation>&amp;Kriseskabelon</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>Rediger skabelon</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Ny skabelon</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>kommasepareret</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ource language:</source>
        <translation>K&amp;ildesprog:</translation>
    </message>
    <message>
        <source>Texts by language, with a preview using sample values:</source>
        <translation>Tekster efter sprog, med en forhåndsvisning med eksempelværdier:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, linje %2, kolonne %3: %4</translation>
    </message>
    <message>
        <source>Add &amp;Language…</source>
        <translation>Tilføj &amp;sprog…</translation>
    </message>
    <message>
        <source>typed as ::name or /name in a reply</source>
        <translation>skrives som ::navn eller /navn i et svar</translation>
    </message>
    <message>
        <source>The language the others are translated from: when its text changes, the other languages are marked out of date.</source>
        <translation>Det sprog, de andre oversættes fra: når dets tekst ændres, markeres de andre sprog som forældede.</translation>
    </message>
    <message>
        <source>Adds a text in another language, by its code such as “es” or “pt-BR”.</source>
        <translation>Tilføjer en tekst på et andet sprog ud fra sprogkoden, f.eks. »es« eller »pt-BR«.</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>K&amp;ategori:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Genvej:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mærkater:</translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation>%1 (forældet)</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: update it.</source>
        <translation>Kildeteksten er ændret, efter at denne oversættelse blev skrevet: opdatér den.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Type a code such as “es”, “pt-BR” or “zh-Hant”.</source>
        <translation>»%1« er ikke en sprogkode. Skriv en kode som »es«, »pt-BR« eller »zh-Hant«.</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Tilføj sprog</translation>
    </message>
    <message>
        <source>Language code, such as “es”, “pt-BR” or “zh-Hant”:</source>
        <translation>Sprogkode, f.eks. »es«, »pt-BR« eller »zh-Hant«:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Alex Example</source>
        <comment>sample author&apos;s full name in the preview</comment>
        <translation>Alex Eksempel</translation>
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
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>Submit for &amp;Approval</source>
        <translation>Send til &amp;godkendelse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation>Skabelonbibliotek</translation>
    </message>
    <message>
        <source>Search title, shortcut or text</source>
        <translation>Søg i titel, genvej eller tekst</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle tilstande</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Anvendelser</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Texts of the newest version:</source>
        <translation>Tekster i den nyeste version:</translation>
    </message>
    <message>
        <source>Changes against the version before:</source>
        <translation>Ændringer i forhold til den forrige version:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Afventer godkendelse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Ændringer ønsket</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(Ingen kategori)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (forældet)</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Udfas…</translation>
    </message>
    <message>
        <source>Finds approved templates that nobody has used for a while.</source>
        <translation>Finder godkendte skabeloner, som ingen har brugt i et stykke tid.</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Uanset anvendelse</translation>
    </message>
    <message>
        <source>Unused for 30 days</source>
        <translation>Ubrugt i 30 dage</translation>
    </message>
    <message>
        <source>Unused for 90 days</source>
        <translation>Ubrugt i 90 dage</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Aldrig brugt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Senest brugt</translation>
    </message>
    <message>
        <source>How often the template was inserted into a reply</source>
        <translation>Hvor ofte skabelonen er blevet indsat i et svar</translation>
    </message>
    <message>
        <source>Language or person</source>
        <translation>Sprog eller person</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <source>U&amp;sage</source>
        <translation>&amp;Anvendelse</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n out of date)</source>
        <translation>
            <numerusform>%1 (%n forældet)</numerusform>
            <numerusform>%1 (%n forældede)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Not used in a reply yet.</source>
        <translation>Endnu ikke brugt i et svar.</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Pr. sprog</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Pr. person</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>en, der ikke længere er i arbejdsområdet</translation>
    </message>
    <message>
        <source>Takes the template out of the composer; its versions stay readable here.</source>
        <translation>Fjerner skabelonen fra svareditoren; dens versioner kan fortsat læses her.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Kun en leder kan udfase skabeloner.</translation>
    </message>
    <message>
        <source>Retire Template</source>
        <translation>Udfas skabelon</translation>
    </message>
    <message>
        <source>Retire “%1”?

It leaves the composer: nobody can insert or send it any more, and its
drafts can no longer be submitted or approved. All its versions stay
readable in the library. Retiring cannot be undone.

Comment (optional):</source>
        <translation>Udfas »%1«?

Den fjernes fra svareditoren: ingen kan længere indsætte eller sende den, og
dens kladder kan ikke længere sendes til godkendelse eller godkendes. Alle dens
versioner kan fortsat læses i biblioteket. Udfasning kan ikke fortrydes.

Kommentar (valgfri):</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udfas</translation>
    </message>
</context>
</TS>
