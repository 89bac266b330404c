<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChannelIcons</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
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
        <translation>Le cœur de Hearth en ligne de commande.

Commandes&#xa0;:
  info                    chemin, version du schéma et compteurs de l&apos;espace de travail
  import FICHIER          importer des messages au format JSON Lines (- lit l&apos;entrée standard)
  export [FICHIER]        exporter les messages au format JSON Lines (vers la sortie standard par défaut)
  search REQUÊTE          rechercher des messages, les plus récents d&apos;abord
  stats                   conversations par canal et par statut
  conversations list      lister les conversations
  conversations show ID   afficher une conversation avec tous ses messages
  check                   vérifier l&apos;intégrité de l&apos;espace de travail

Exécutez «&#xa0;hearth-cli COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Use the workspace FILE instead of the default one.</source>
        <translation>Utiliser l&apos;espace de travail FICHIER au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Use the demo workspace.</source>
        <translation>Utiliser l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Also print Hearth&apos;s log messages.</source>
        <translation>Afficher aussi les messages du journal de Hearth.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>What to do; see the list above.</source>
        <translation>Ce qu&apos;il faut faire&#xa0;; voir la liste ci-dessus.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo et --workspace ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Run “hearth-cli --help” for the commands and options.</source>
        <translation>Exécutez «&#xa0;hearth-cli --help&#xa0;» pour afficher les commandes et les options.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n&apos;existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Nombre d&apos;arguments incorrect pour %1.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Impossible de lire l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo workspace: %1</source>
        <translation>Espace de travail de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Conversations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>JSON Lines to import; - reads standard input.</source>
        <translation>Fichier JSON Lines à importer&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only this account&apos;s messages.</source>
        <translation>Uniquement les messages de ce compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Where to write; standard output when missing or -.</source>
        <translation>Où écrire&#xa0;; la sortie standard si absent ou -.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>At most N hits (default 50).</source>
        <translation>Au plus N résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>Afficher les résultats au format JSON.</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Uniquement ce compte.</translation>
    </message>
    <message>
        <source>Only this kind of channel.</source>
        <translation>Uniquement ce type de canal.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only conversations in this status.</source>
        <translation>Uniquement les conversations ayant ce statut.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Only conversations with this tag.</source>
        <translation>Uniquement les conversations portant cette étiquette.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>Only messages in this language.</source>
        <translation>Uniquement les messages dans cette langue.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only messages from this date or time on.</source>
        <translation>Uniquement les messages à partir de cette date ou de cette heure.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only messages up to this date or time.</source>
        <translation>Uniquement les messages jusqu&apos;à cette date ou cette heure.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>Words (all must match), &quot;a phrase&quot;, prefix*, -excluded.</source>
        <translation>Mots (tous doivent correspondre), &quot;une expression&quot;, préfixe*, -exclu.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>--status doit prendre l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date like 2026-11-21 or a time like 2026-11-21T09:30:00Z.</source>
        <translation>--%1 attend une date comme 2026-11-21 ou une heure comme 2026-11-21T09:30:00Z.</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Afficher les compteurs au format JSON.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Use “conversations list” or “conversations show ID”.</source>
        <translation>Utilisez «&#xa0;conversations list&#xa0;» ou «&#xa0;conversations show ID&#xa0;».</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Uniquement ce statut.</translation>
    </message>
    <message>
        <source>newest (default), oldest or due.</source>
        <translation>newest (par défaut), oldest ou due.</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDRE</translation>
    </message>
    <message>
        <source>At most N conversations (default 50).</source>
        <translation>Au plus N conversations (50 par défaut).</translation>
    </message>
    <message>
        <source>Print the conversations as JSON.</source>
        <translation>Afficher les conversations au format JSON.</translation>
    </message>
    <message>
        <source>--sort must be newest, oldest or due.</source>
        <translation>--sort doit valoir newest, oldest ou due.</translation>
    </message>
    <message>
        <source>The conversations could not be read.</source>
        <translation>Impossible de lire les conversations.</translation>
    </message>
    <message>
        <source>Print the conversation as JSON.</source>
        <translation>Afficher la conversation au format JSON.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversation&apos;s number, as “conversations list” shows it.</source>
        <translation>Le numéro de la conversation, tel qu&apos;affiché par «&#xa0;conversations list&#xa0;».</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID is a number.</source>
        <translation>L&apos;ID d&apos;une conversation est un nombre.</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>La conversation #%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source> (private)</source>
        <translation> (privé)</translation>
    </message>
    <message>
        <source>A faster, less thorough check.</source>
        <translation>Une vérification plus rapide, mais moins approfondie.</translation>
    </message>
    <message>
        <source>The workspace is sound.</source>
        <translation>L&apos;espace de travail est intact.</translation>
    </message>
    <message>
        <source>Imported %1 new, %2 changed, %3 already there.</source>
        <translation>Importation&#xa0;: %1 nouveaux, %2 modifiés, %3 déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s).</source>
        <translation>
            <numerusform>%n message exporté.</numerusform>
            <numerusform>%n messages exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rebuild the search index and the counters from the messages.</source>
        <translation>Reconstruire d’abord l’index de recherche et les compteurs à partir des messages.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Les données de démonstration sont absentes de cette compilation.</translation>
    </message>
    <message>
        <source>The demo data is damaged.</source>
        <translation>Les données de démonstration sont endommagées.</translation>
    </message>
    <message>
        <source>The demo data can only fill an empty workspace.</source>
        <translation>Les données de démonstration ne peuvent remplir qu&apos;un espace de travail vide.</translation>
    </message>
    <message>
        <source>The demo workspace could not be written: %1</source>
        <translation>Impossible d&apos;écrire l&apos;espace de travail de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Impossible de vérifier le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Fichier endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>References could not be checked: %1</source>
        <translation>Impossible de vérifier les références&#xa0;: %1</translation>
    </message>
    <message>
        <source>A row of “%1” (row %2) refers to a missing row of “%3”.</source>
        <translation>Une ligne de «&#xa0;%1&#xa0;» (ligne %2) fait référence à une ligne manquante de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>L&apos;index de recherche est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index covers %1 messages, but the workspace holds %2; “hearth-cli check --repair” rebuilds it.</source>
        <translation>L’index de recherche couvre %1 messages, mais l’espace de travail en contient %2&#xa0;; «&#xa0;hearth-cli check --repair&#xa0;» le reconstruit.</translation>
    </message>
    <message>
        <source>The search index and counters could not be rebuilt: %1</source>
        <translation>L’index de recherche et les compteurs n’ont pas pu être reconstruits&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rebuilt search index and counters could not be saved.</source>
        <translation>L’index de recherche et les compteurs reconstruits n’ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>JsonLinesExporter</name>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Impossible de lire les messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON non valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>“%1” must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>“text” is missing</source>
        <translation>«&#xa0;text&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>“channel” must be a kind like email, feed, mastodon or telegram</source>
        <translation>«&#xa0;channel&#xa0;» doit être un type comme email, feed, mastodon ou telegram</translation>
    </message>
    <message>
        <source>“created_at” is not an ISO 8601 time after 1970: %1</source>
        <translation>«&#xa0;created_at&#xa0;» n&apos;est pas une heure ISO 8601 postérieure à 1970&#xa0;: %1</translation>
    </message>
    <message>
        <source>“direction” must be “in” or “out”</source>
        <translation>«&#xa0;direction&#xa0;» doit valoir «&#xa0;in&#xa0;» ou «&#xa0;out&#xa0;»</translation>
    </message>
    <message>
        <source>“visibility” must be “public” or “private”</source>
        <translation>«&#xa0;visibility&#xa0;» doit valoir «&#xa0;public&#xa0;» ou «&#xa0;private&#xa0;»</translation>
    </message>
    <message>
        <source>“author” must be an object with the strings “id”, “name” and “handle”</source>
        <translation>«&#xa0;author&#xa0;» doit être un objet contenant les chaînes «&#xa0;id&#xa0;», «&#xa0;name&#xa0;» et «&#xa0;handle&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: account “%2” is a %3 account, not %4</source>
        <translation>ligne %1&#xa0;: le compte «&#xa0;%2&#xa0;» est de type %3, pas %4</translation>
    </message>
    <message>
        <source>The account “%1” could not be created; a different kind of account may have that name.</source>
        <translation>Impossible de créer le compte «&#xa0;%1&#xa0;»&#xa0;; un compte d&apos;un autre type porte peut-être ce nom.</translation>
    </message>
    <message>
        <source>The imported messages could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les messages importés.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Hearth, a desktop workstation for community managers.</source>
        <translation>Hearth, un poste de travail pour les gestionnaires de communauté.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing) instead of the default one.</source>
        <translation>Ouvrir l&apos;espace de travail FICHIER (créé s&apos;il n&apos;existe pas) au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use; never goes online).</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration (créé à la première utilisation&#xa0;; ne se connecte jamais).</translation>
    </message>
    <message>
        <source>Show the user interface in LANG (en, de, fr, da, pl) from now on.</source>
        <translation>Afficher désormais l&apos;interface utilisateur en LANGUE (en, de, fr, da, pl).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Run “hearth --help” for the options.</source>
        <translation>Exécutez «&#xa0;hearth --help&#xa0;» pour afficher les options.</translation>
    </message>
    <message>
        <source>--demo and --workspace cannot be used together.</source>
        <translation>--demo et --workspace ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageSearch</name>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Saisissez au moins un mot à rechercher.</translation>
    </message>
    <message>
        <source>The search could not be run: %1</source>
        <translation>Impossible d&apos;effectuer la recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>The workspace cannot store messages: %1</source>
        <translation>L&apos;espace de travail ne peut pas enregistrer de messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only.</source>
        <translation>L&apos;espace de travail est occupé ou en lecture seule.</translation>
    </message>
    <message>
        <source>Item %1 has no id; skipped.</source>
        <translation>L&apos;élément %1 n&apos;a pas d&apos;identifiant&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no valid time; skipped.</source>
        <translation>L&apos;élément %1 (%2) n&apos;a pas d&apos;heure valide&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>The messages could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les messages.</translation>
    </message>
    <message>
        <source>more than %1 messages in one millisecond</source>
        <translation>plus de %1 messages en une milliseconde</translation>
    </message>
    <message>
        <source>The batch could not be checked against the workspace: %1</source>
        <translation>Le lot n’a pas pu être comparé à l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message %1 could not be updated: %2</source>
        <translation>Le message %1 n’a pas pu être mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conversation %1 could not be stored: %2</source>
        <translation>La conversation %1 n’a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be stored: %2</source>
        <translation>Le message %1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The messages could not be added to the search index: %1</source>
        <translation>Les messages n’ont pas pu être ajoutés à l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sync position could not be saved: %1</source>
        <translation>La position de synchronisation n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Impossible de lire la version du schéma.</translation>
    </message>
    <message>
        <source>It was created by a newer version of Hearth (schema %1; this version knows up to %2). Update Hearth to open it; the file was not changed.</source>
        <translation>Le fichier a été créé par une version plus récente de Hearth (schéma %1&#xa0;; cette version connaît les schémas jusqu&apos;au %2). Mettez Hearth à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 est absente de cette compilation.</translation>
    </message>
    <message>
        <source>Migration %1 could not be read: %2</source>
        <translation>Impossible de lire la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Impossible de valider la migration %1&#xa0;: %2</translation>
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
        <translation>non disponible dans cette compilation&#xa0;; les éditeurs affichent du texte brut</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Its folder could not be created.</source>
        <translation>Impossible de créer le dossier du fichier.</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is not a Hearth workspace (not an SQLite database).</source>
        <translation>Le fichier n&apos;est pas un espace de travail Hearth (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>The file is damaged or not a database (%1).</source>
        <translation>Le fichier est endommagé ou n&apos;est pas une base de données (%1).</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Hearth workspace.</source>
        <translation>Le fichier est une base de données SQLite d&apos;un autre programme, pas un espace de travail Hearth.</translation>
    </message>
</context>
<context>
    <name>hearth::AboutDialog</name>
    <message>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <source>Hearth %1</source>
        <translation>Hearth %1</translation>
    </message>
    <message>
        <source>A desktop workstation for community managers.</source>
        <translation>Un poste de travail pour les gestionnaires de communauté.</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt&#xa0;: %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Syntax highlighting: %1</source>
        <translation>Coloration syntaxique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationView</name>
    <message>
        <source>This conversation could not be read.</source>
        <translation>Cette conversation n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Select a conversation to read the whole thread.</source>
        <translation>Sélectionnez une conversation pour lire tout le fil.</translation>
    </message>
</context>
<context>
    <name>hearth::InboxModel</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
</context>
<context>
    <name>hearth::InboxTabs</name>
    <message>
        <source>Unified inbox</source>
        <translation>Boîte de réception unifiée</translation>
    </message>
    <message>
        <source>All channel accounts together</source>
        <translation>Tous les comptes de canal réunis</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No channel accounts yet.</source>
        <translation>Aucun compte de canal pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>across %n channel account(s)</source>
        <translation>
            <numerusform>sur %n compte de canal</numerusform>
            <numerusform>sur %n comptes de canal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · demo account, never goes online</source>
        <translation>%1 · %2 · compte de démonstration, jamais en ligne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l’instant</translation>
    </message>
</context>
<context>
    <name>hearth::MainWindow</name>
    <message>
        <source>Could not open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Could not open the demo workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Ouvrir un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>Ouvrir l&apos;espace de travail de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the Sunny Squeeze sample workspace; it never goes online</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;exemple Sunny Squeeze&#xa0;; il ne se connecte jamais</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;faire</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Afficher la barre d&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Mode &amp;plein écran</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>%1 — Hearth</source>
        <translation>%1 — Hearth</translation>
    </message>
    <message>
        <source>%1: the workspace could not be read</source>
        <translation>%1&#xa0;: impossible de lire l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n channel account(s)</source>
        <translation>
            <numerusform>%n compte de canal</numerusform>
            <numerusform>%n comptes de canal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth);;All files (*)</source>
        <translation>Espaces de travail Hearth (*.hearth);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Hearth workspaces (*.hearth)</source>
        <translation>Espaces de travail Hearth (*.hearth)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Workspace to open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Utilisez Fichier › Ouvrir un espace de travail pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Workspace checked: no problems found.</source>
        <translation>Espace de travail vérifié&#xa0;: aucun problème détecté.</translation>
    </message>
    <message>
        <source>The workspace may be damaged</source>
        <translation>L&apos;espace de travail est peut-être endommagé</translation>
    </message>
    <message>
        <source>Hearth found problems in “%1”. Keep working, but make a copy of the file and run “hearth-cli check” for the full report.

%2</source>
        <translation>Hearth a détecté des problèmes dans «&#xa0;%1&#xa0;». Vous pouvez continuer à travailler, mais faites une copie du fichier et exécutez «&#xa0;hearth-cli check&#xa0;» pour obtenir le rapport complet.

%2</translation>
    </message>
    <message>
        <source>&amp;Find Messages…</source>
        <translation>&amp;Rechercher des messages…</translation>
    </message>
    <message>
        <source>Search all messages (%1)</source>
        <translation>Rechercher dans tous les messages (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>hearth::SearchPage</name>
    <message>
        <source>&amp;Back to the Inbox</source>
        <translation>&amp;Retour à la boîte de réception</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The newest %1 messages that match “%2”.</source>
        <translation>Les %1 messages les plus récents correspondant à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) match “%1”.</source>
        <translation>
            <numerusform>%n message correspond à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n messages correspondent à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SearchResultsModel</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
</context>
</TS>
