<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountStore</name>
    <message>
        <source>“%1” is not a kind of channel Hearth knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de canal connu de Hearth.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Le compte doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an account called “%1”.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The account could not be removed.</source>
        <translation>Impossible de supprimer le compte.</translation>
    </message>
</context>
<context>
    <name>AutoModeration</name>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message numerus="yes">
        <source>A rule&apos;s name can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Le nom d&apos;une règle peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom d&apos;une règle peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what the rule looks for: keywords, links, capitals or repeated posts.</source>
        <translation>Choisissez ce que la règle détecte&#xa0;: mots-clés, liens, majuscules ou messages répétés.</translation>
    </message>
    <message>
        <source>“%1” is not a mode; a rule is in dry run, live or off.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mode&#xa0;; une règle est en simulation, active ou désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>A rule can list at most %n line(s).</source>
        <translation>
            <numerusform>Une règle peut contenir au plus %n ligne.</numerusform>
            <numerusform>Une règle peut contenir au plus %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one keyword or phrase, one per line.</source>
        <translation>Saisissez au moins un mot-clé ou une expression, un par ligne.</translation>
    </message>
    <message numerus="yes">
        <source>A keyword or phrase can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Un mot-clé ou une expression peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un mot-clé ou une expression peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to look for.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte comme example.com.</translation>
    </message>
    <message>
        <source>The share of capitals must be between %1% and 100%.</source>
        <translation>La part de majuscules doit être comprise entre %1&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>A post counts as repeated when it comes between %1 and %2 times a day.</source>
        <translation>Un message est considéré comme répété lorsqu&apos;il apparaît entre %1 et %2 fois par jour.</translation>
    </message>
    <message>
        <source>Name the tag the rule adds.</source>
        <translation>Indiquez l&apos;étiquette que la règle ajoute.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Une étiquette peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une étiquette peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the person or department the rule assigns to.</source>
        <translation>Choisissez la personne ou le service à qui la règle attribue les conversations.</translation>
    </message>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>Cette personne n&apos;existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>Ce service n&apos;existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Publish the netiquette first: a hidden post cites the rule it broke.</source>
        <translation>Publiez d&apos;abord la nétiquette&#xa0;: un message masqué cite la règle qu&apos;il a enfreinte.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that a hidden post broke.</source>
        <translation>Choisissez la règle de la nétiquette qu&apos;un message masqué a enfreinte.</translation>
    </message>
    <message>
        <source>Choose what the rule does: flag, tag, hide or assign.</source>
        <translation>Choisissez ce que fait la règle&#xa0;: signaler, étiqueter, masquer ou attribuer.</translation>
    </message>
    <message>
        <source>The rule could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la règle.</translation>
    </message>
    <message>
        <source>The rule no longer exists.</source>
        <translation>La règle n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The rule has made decisions; switch it off instead, so they stay reversible.</source>
        <translation>La règle a déjà pris des décisions&#xa0;; désactivez-la plutôt, afin qu&apos;elles restent annulables.</translation>
    </message>
    <message>
        <source>The rule could not be deleted.</source>
        <translation>Impossible de supprimer la règle.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) within a day</source>
        <translation>
            <numerusform>%n message en une journée</numerusform>
            <numerusform>%n messages en une journée</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hide here, flagged instead: %1</source>
        <translation>Masquage impossible ici, message signalé à la place&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la décision.</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>La conversation n&apos;existe plus dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The conversation or the one to assign it to no longer exists.</source>
        <translation>La conversation, ou la personne ou le service à qui l&apos;attribuer, n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>La décision n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The decision has already been reverted.</source>
        <translation>La décision a déjà été annulée.</translation>
    </message>
    <message>
        <source>The decision could not be reverted.</source>
        <translation>Impossible d&apos;annuler la décision.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>the published netiquette no longer has the rule it cites</source>
        <translation>la nétiquette publiée n&apos;a plus la règle qu&apos;elle cite</translation>
    </message>
    <message>
        <source>A new rule starts in dry run: save it, try it on the latest messages, then switch it on.</source>
        <translation>Une nouvelle règle commence en simulation&#xa0;: enregistrez-la, essayez-la sur les derniers messages, puis activez-la.</translation>
    </message>
    <message>
        <source>Try “%1” in a dry run first: a rule is switched on only after a dry run of what it now finds and does.</source>
        <translation>Essayez d&apos;abord «&#xa0;%1&#xa0;» en simulation&#xa0;: une règle n&apos;est activée qu&apos;après une simulation de ce qu&apos;elle trouve et fait désormais.</translation>
    </message>
</context>
<context>
    <name>ChannelCapabilities</name>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>E-mail reply</source>
        <translation>Réponse par e-mail</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Message de chat</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>This conversation comes from a feed, which Hearth only monitors: it cannot be answered from Hearth. Answer it where it was posted.</source>
        <translation>Cette conversation provient d&apos;un flux que Hearth se contente de surveiller&#xa0;: il est impossible d&apos;y répondre depuis Hearth. Répondez là où elle a été publiée.</translation>
    </message>
    <message>
        <source>Hearth cannot answer conversations on this channel.</source>
        <translation>Hearth ne peut pas répondre aux conversations de ce canal.</translation>
    </message>
    <message>
        <source>An e-mail cannot be hidden: it is in the mailbox. Delete it or mark it as spam instead.</source>
        <translation>Un e-mail ne peut pas être masqué&#xa0;: il se trouve dans la boîte aux lettres. Supprimez-le ou marquez-le plutôt comme spam.</translation>
    </message>
    <message>
        <source>Deletes the e-mail from the mailbox.</source>
        <translation>Supprime l&apos;e-mail de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Moves the e-mail to the Junk folder.</source>
        <translation>Déplace l&apos;e-mail dans le dossier Courrier indésirable.</translation>
    </message>
    <message>
        <source>Blocks the sender in Hearth: their future mail is marked as spam.</source>
        <translation>Bloque l&apos;expéditeur dans Hearth&#xa0;: ses prochains e-mails seront marqués comme spam.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be hidden there. Mark it as spam to take it out of the inbox.</source>
        <translation>Cet élément se trouve sur un site que Hearth se contente de lire&#xa0;: il est impossible de l&apos;y masquer. Marquez-le comme spam pour le retirer de la boîte de réception.</translation>
    </message>
    <message>
        <source>This item is on a site Hearth only reads: it cannot be deleted there. Mark it as spam to take it out of the inbox.</source>
        <translation>Cet élément se trouve sur un site que Hearth se contente de lire&#xa0;: il est impossible de l&apos;y supprimer. Marquez-le comme spam pour le retirer de la boîte de réception.</translation>
    </message>
    <message>
        <source>Takes the item out of the inbox (only in Hearth: the site is not told).</source>
        <translation>Retire l&apos;élément de la boîte de réception (uniquement dans Hearth&#xa0;: le site n&apos;en est pas informé).</translation>
    </message>
    <message>
        <source>The authors of a feed write on other sites: Hearth cannot block them.</source>
        <translation>Les auteurs d&apos;un flux écrivent sur d&apos;autres sites&#xa0;: Hearth ne peut pas les bloquer.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account hide other people&apos;s posts. Report it as spam or block the account.</source>
        <translation>Mastodon ne permet pas à un compte de masquer les publications d&apos;autres personnes. Signalez la publication comme spam ou bloquez le compte.</translation>
    </message>
    <message>
        <source>Mastodon does not let an account delete other people&apos;s posts; only their server&apos;s moderators can. Report it as spam or block the account.</source>
        <translation>Mastodon ne permet pas à un compte de supprimer les publications d&apos;autres personnes&#xa0;; seuls les modérateurs de leur serveur le peuvent. Signalez la publication comme spam ou bloquez le compte.</translation>
    </message>
    <message>
        <source>Reports the post to its server as spam.</source>
        <translation>Signale la publication à son serveur comme spam.</translation>
    </message>
    <message>
        <source>Blocks the account: its posts no longer reach you.</source>
        <translation>Bloque le compte&#xa0;: ses publications ne vous parviennent plus.</translation>
    </message>
    <message>
        <source>Telegram cannot hide a message. Delete it instead (in groups where the bot may delete messages).</source>
        <translation>Telegram ne permet pas de masquer un message. Supprimez-le plutôt (dans les groupes où le bot est autorisé à supprimer des messages).</translation>
    </message>
    <message>
        <source>Deletes the message in the chat (in groups where the bot may delete messages).</source>
        <translation>Supprime le message dans le chat (dans les groupes où le bot est autorisé à supprimer des messages).</translation>
    </message>
    <message>
        <source>Deletes the message as spam.</source>
        <translation>Supprime le message en tant que spam.</translation>
    </message>
    <message>
        <source>Bans the member from the chat.</source>
        <translation>Bannit le membre du chat.</translation>
    </message>
    <message>
        <source>“%1” is not a moderation action.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de modération.</translation>
    </message>
    <message>
        <source>Hearth cannot moderate posts on this channel.</source>
        <translation>Hearth ne peut pas modérer les messages de ce canal.</translation>
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
    <message>
        <source>Use “templates list”, “templates show ID”, “templates export [FILE]” or “templates import FILE”.</source>
        <translation>Utilisez «&#xa0;templates list&#xa0;», «&#xa0;templates show ID&#xa0;», «&#xa0;templates export [FICHIER]&#xa0;» ou «&#xa0;templates import FICHIER&#xa0;».</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Afficher les modèles au format JSON.</translation>
    </message>
    <message>
        <source> [crisis]</source>
        <translation> [crise]</translation>
    </message>
    <message>
        <source>Print the template as JSON.</source>
        <translation>Afficher le modèle au format JSON.</translation>
    </message>
    <message>
        <source>The template&apos;s number, as “templates list” shows it.</source>
        <translation>Le numéro du modèle, tel qu&apos;affiché par «&#xa0;templates list&#xa0;».</translation>
    </message>
    <message>
        <source>The template&apos;s ID is a number.</source>
        <translation>L&apos;ID d&apos;un modèle est un nombre.</translation>
    </message>
    <message>
        <source>There is no template #%1.</source>
        <translation>Le modèle #%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Category: %1 · Shortcut: %2 · Tags: %3</source>
        <translation>Catégorie&#xa0;: %1 · Raccourci&#xa0;: %2 · Étiquettes&#xa0;: %3</translation>
    </message>
    <message>
        <source>For crisis use.</source>
        <translation>À utiliser en situation de crise.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source> (source)</source>
        <translation> (langue source)</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (pas à jour)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s).</source>
        <translation>
            <numerusform>%n modèle exporté.</numerusform>
            <numerusform>%n modèles exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template library in JSON; - reads standard input.</source>
        <translation>Une bibliothèque de modèles au format JSON&#xa0;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts.</source>
        <translation>
            <numerusform>%n modèle importé comme brouillon.</numerusform>
            <numerusform>%n modèles importés comme brouillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “automod run”.</source>
        <translation>Utilisez «&#xa0;automod run&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Auto-moderation made %n decision(s).</source>
        <translation>
            <numerusform>La modération automatique a pris %n décision.</numerusform>
            <numerusform>La modération automatique a pris %n décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use “netiquette show [--lang CODE]” or “netiquette export --out DIR”.</source>
        <translation>Utilisez «&#xa0;netiquette show [--lang CODE]&#xa0;» ou «&#xa0;netiquette export --out DOSSIER&#xa0;».</translation>
    </message>
    <message>
        <source>The language to show; the source language when missing or not translated.</source>
        <translation>La langue à afficher&#xa0;; la langue source si elle est absente ou non traduite.</translation>
    </message>
    <message>
        <source>The netiquette has no published version yet.</source>
        <translation>La nétiquette n&apos;a encore aucune version publiée.</translation>
    </message>
    <message>
        <source>The netiquette has no “%1” text; showing the source language “%2”.</source>
        <translation>La nétiquette n&apos;a pas de texte «&#xa0;%1&#xa0;»&#xa0;; affichage dans la langue source «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1 · published %2 by %3 · %4</source>
        <translation>Version %1 · publiée le %2 par %3 · %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>The folder to write to; created when missing.</source>
        <translation>Le dossier de destination&#xa0;; créé s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Say where to write the netiquette: “netiquette export --out DIR”.</source>
        <translation>Indiquez où écrire la nétiquette&#xa0;: «&#xa0;netiquette export --out DOSSIER&#xa0;».</translation>
    </message>
    <message>
        <source>Sync only the account called NAME.</source>
        <translation>Synchroniser uniquement le compte nommé NOM.</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Il n&apos;existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1&#xa0;: non synchronisé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouveau message</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>email, feed, mastodon or telegram</source>
        <translation>email, feed, mastodon ou telegram</translation>
    </message>
    <message>
        <source>What the team calls the account.</source>
        <translation>Le nom que l&apos;équipe donne au compte.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The feed&apos;s URL, the mailbox&apos;s address, the account&apos;s handle.</source>
        <translation>L&apos;URL du flux, l&apos;adresse de la boîte aux lettres, l&apos;identifiant du compte.</translation>
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
        <translation>Le cœur de Hearth en ligne de commande.

Commandes&#xa0;:
  info                       chemin, version du schéma et compteurs de l&apos;espace de travail
  import FICHIER             importer des messages depuis un fichier JSON Lines (- lit l&apos;entrée standard)
  export [FICHIER]           exporter les messages au format JSON Lines (vers la sortie standard par défaut)
  search REQUÊTE             rechercher des messages, les plus récents d&apos;abord
  stats                      conversations par canal et par statut
  conversations list         lister les conversations
  conversations show ID      afficher une conversation avec tous ses messages
  check                      vérifier l&apos;intégrité de l&apos;espace de travail
  templates list             lister les modèles de réponses prédéfinies
  templates show ID          afficher un modèle avec toutes ses versions
  templates export [FICHIER] exporter la bibliothèque de modèles au format JSON
  templates import FICHIER   importer des modèles depuis un fichier JSON, comme brouillons
  netiquette show            afficher la nétiquette publiée
  netiquette export --out DOSSIER  écrire la nétiquette publiée au format HTML et Markdown
  automod run                faire agir les règles actives de modération automatique sur les nouveaux messages
  sync [--account NOM]       synchroniser une fois les comptes de canal (pour une exécution planifiée)
  accounts list              lister les comptes de canal et leur état de synchronisation
  accounts add TYPE NOM ADRESSE [--setting CLÉ=VALEUR]... [--secret-stdin]
                             ajouter un compte&#xa0;; son mot de passe ou son jeton va dans le trousseau du système
  accounts remove NOM --yes  supprimer un compte avec ses conversations et ses messages

Exécutez «&#xa0;hearth-cli COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Use “accounts list”, “accounts add KIND NAME ADDRESS” or “accounts remove NAME --yes”.</source>
        <translation>Utilisez «&#xa0;accounts list&#xa0;», «&#xa0;accounts add TYPE NOM ADRESSE&#xa0;» ou «&#xa0;accounts remove NOM --yes&#xa0;».</translation>
    </message>
    <message>
        <source>A connection setting, such as imapHost=imap.example.org or pollMinutes=15; repeat for more.</source>
        <translation>Un paramètre de connexion, comme imapHost=imap.example.org ou pollMinutes=15&#xa0;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>Read the password or token from the first line of standard input into the system&apos;s keychain.</source>
        <translation>Lire le mot de passe ou le jeton sur la première ligne de l&apos;entrée standard et le ranger dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A setting is KEY=VALUE, not “%1”.</source>
        <translation>Un paramètre s&apos;écrit CLÉ=VALEUR, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--secret-stdin read no secret from standard input.</source>
        <translation>--secret-stdin n&apos;a lu aucun mot de passe ni jeton sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>Le compte à supprimer.</translation>
    </message>
    <message>
        <source>Confirm: the account goes with all its conversations and messages, and its secret leaves the keychain.</source>
        <translation>Confirmer&#xa0;: le compte est supprimé avec toutes ses conversations et tous ses messages, et son mot de passe ou son jeton est retiré du trousseau.</translation>
    </message>
    <message>
        <source>“accounts remove” removes the account with all its conversations and messages; add --yes to do it.</source>
        <translation>«&#xa0;accounts remove&#xa0;» supprime le compte avec toutes ses conversations et tous ses messages&#xa0;; ajoutez --yes pour le faire vraiment.</translation>
    </message>
    <message>
        <source>Its password or token is still in the keychain: %1</source>
        <translation>Son mot de passe ou son jeton est toujours dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed %1 with %2 and %3.</source>
        <translation>%1 a été supprimé avec %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>Demo accounts never go online.</source>
        <translation>Les comptes de démonstration ne se connectent jamais.</translation>
    </message>
    <message>
        <source>Hearth cannot sync %1 accounts yet.</source>
        <translation>Hearth ne sait pas encore synchroniser les comptes %1.</translation>
    </message>
    <message>
        <source>This Mastodon account has no instance address (for example https://mastodon.social).</source>
        <translation>Ce compte Mastodon n&apos;a pas d&apos;adresse d&apos;instance (par exemple https://mastodon.social).</translation>
    </message>
    <message>
        <source>Hearth sends a token only over https (plain http only to this computer), not to %1.</source>
        <translation>Hearth n&apos;envoie un jeton que par https (http en clair uniquement vers cet ordinateur), pas à %1.</translation>
    </message>
</context>
<context>
    <name>ConversationActivity</name>
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
        <source>The conversation&apos;s notes and history could not be read: %1</source>
        <translation>Impossible de lire les notes et l&apos;historique de la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>A former user</source>
        <translation>Un ancien utilisateur</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>un ancien utilisateur</translation>
    </message>
    <message>
        <source>a former department</source>
        <translation>un ancien service</translation>
    </message>
    <message>
        <source>%1 wrote an internal note.</source>
        <translation>%1 a rédigé une note interne.</translation>
    </message>
    <message>
        <source>%1 assigned the conversation to %2.</source>
        <translation>%1 a attribué la conversation à %2.</translation>
    </message>
    <message>
        <source>%1 handed the conversation to %2.</source>
        <translation>%1 a confié la conversation à %2.</translation>
    </message>
    <message>
        <source>%1 unassigned the conversation.</source>
        <translation>%1 a retiré l&apos;attribution de la conversation.</translation>
    </message>
    <message>
        <source>%1 changed who has the conversation.</source>
        <translation>%1 a changé le responsable de la conversation.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Auparavant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 changed the status.</source>
        <translation>%1 a changé le statut.</translation>
    </message>
    <message>
        <source>%1 set the status to %2.</source>
        <translation>%1 a passé le statut à %2.</translation>
    </message>
    <message>
        <source>%1 changed the status from %2 to %3.</source>
        <translation>%1 a changé le statut de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation until %2.</source>
        <translation>%1 a reporté la conversation jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>%1 snoozed the conversation.</source>
        <translation>%1 a reporté la conversation.</translation>
    </message>
    <message>
        <source>%1 woke the conversation from its snooze.</source>
        <translation>%1 a mis fin au report de la conversation.</translation>
    </message>
    <message>
        <source>%1 set a follow-up for %2.</source>
        <translation>%1 a programmé une relance pour le %2.</translation>
    </message>
    <message>
        <source>%1 cleared the follow-up.</source>
        <translation>%1 a supprimé la relance.</translation>
    </message>
    <message>
        <source>%1 changed the follow-up.</source>
        <translation>%1 a modifié la relance.</translation>
    </message>
    <message>
        <source>%1 added a tag.</source>
        <translation>%1 a ajouté une étiquette.</translation>
    </message>
    <message>
        <source>%1 added the tag “%2”.</source>
        <translation>%1 a ajouté l&apos;étiquette «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 removed a tag.</source>
        <translation>%1 a retiré une étiquette.</translation>
    </message>
    <message>
        <source>%1 removed the tag “%2”.</source>
        <translation>%1 a retiré l&apos;étiquette «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 escalated the conversation.</source>
        <translation>%1 a escaladé la conversation.</translation>
    </message>
    <message>
        <source>%1 escalated the conversation: %2</source>
        <translation>%1 a escaladé la conversation&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cleared the escalation.</source>
        <translation>%1 a levé l&apos;escalade.</translation>
    </message>
    <message>
        <source>%1 wrote an internal note that was later deleted.</source>
        <translation>%1 a rédigé une note interne, supprimée depuis.</translation>
    </message>
    <message>
        <source>%1 queued a private reply.</source>
        <translation>%1 a placé une réponse privée dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 queued a public reply.</source>
        <translation>%1 a placé une réponse publique dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 queued a reply.</source>
        <translation>%1 a placé une réponse dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 sent the reply.</source>
        <translation>%1 a envoyé la réponse.</translation>
    </message>
    <message>
        <source>%1 could not send the reply.</source>
        <translation>%1 n&apos;a pas pu envoyer la réponse.</translation>
    </message>
    <message>
        <source>%1 could not send the reply: %2</source>
        <translation>%1 n&apos;a pas pu envoyer la réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 discarded a reply.</source>
        <translation>%1 a abandonné une réponse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the priority from %2 to %3.</source>
        <translation>%1 a changé la priorité de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2”.</source>
        <translation>%1 a appliqué la règle de modération automatique «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 applied the auto-moderation rule “%2” (%3).</source>
        <translation>%1 a appliqué la règle de modération automatique «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>%1 reverted what the auto-moderation rule “%2” did.</source>
        <translation>%1 a annulé l&apos;action de la règle de modération automatique «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 unblocked %2.</source>
        <translation>%1 a débloqué %2.</translation>
    </message>
    <message>
        <source>%1 reverted the moderation of a message.</source>
        <translation>%1 a annulé la modération d&apos;un message.</translation>
    </message>
    <message>
        <source>%1 queued a notice to the author about the moderation.</source>
        <translation>%1 a placé dans la boîte d&apos;envoi un avis à l&apos;auteur concernant la modération.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>l&apos;auteur</translation>
    </message>
    <message>
        <source>%1 hid a message</source>
        <translation>%1 a masqué un message</translation>
    </message>
    <message>
        <source>%1 deleted a message</source>
        <translation>%1 a supprimé un message</translation>
    </message>
    <message>
        <source>%1 marked a message as spam</source>
        <translation>%1 a marqué un message comme spam</translation>
    </message>
    <message>
        <source>%1 blocked %2</source>
        <translation>%1 a bloqué %2</translation>
    </message>
    <message>
        <source>%1 moderated a message</source>
        <translation>%1 a modéré un message</translation>
    </message>
    <message>
        <source>%1 citing rule %2 “%3”.</source>
        <translation>%1 en citant la règle %2 «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 carried out the moderation on the channel.</source>
        <translation>%1 a appliqué la modération sur le canal.</translation>
    </message>
    <message>
        <source>%1 could not carry out the moderation on the channel: %2</source>
        <translation>%1 n&apos;a pas pu appliquer la modération sur le canal&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConversationWorkflow</name>
    <message>
        <source>There is no such person in this workspace.</source>
        <translation>Cette personne n&apos;existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no such department in this workspace.</source>
        <translation>Ce service n&apos;existe pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la modification.</translation>
    </message>
    <message>
        <source>Choose until when to snooze a conversation.</source>
        <translation>Choisissez jusqu&apos;à quand reporter une conversation.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation status.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de conversation.</translation>
    </message>
    <message>
        <source>Choose until when to snooze the conversation.</source>
        <translation>Choisissez jusqu&apos;à quand reporter la conversation.</translation>
    </message>
    <message>
        <source>A conversation can only be snoozed until a time in the future.</source>
        <translation>Une conversation ne peut être reportée que jusqu&apos;à un moment futur.</translation>
    </message>
    <message>
        <source>Choose when to follow up.</source>
        <translation>Choisissez quand relancer.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Une étiquette peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une étiquette peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation has no tag “%1”.</source>
        <translation>La conversation n&apos;a pas d&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say why the conversation is escalated: the team and management read it first.</source>
        <translation>Indiquez pourquoi la conversation est escaladée&#xa0;: l&apos;équipe et la direction le liront en premier.</translation>
    </message>
    <message>
        <source>The conversation is not escalated.</source>
        <translation>La conversation n&apos;est pas escaladée.</translation>
    </message>
    <message>
        <source>An empty note cannot be added.</source>
        <translation>Impossible d&apos;ajouter une note vide.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversation no longer exists in this workspace.</source>
        <translation>La conversation n&apos;existe plus dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>DeliveryTargets</name>
    <message>
        <source>The conversation of this moderation action is no longer in the workspace.</source>
        <translation>La conversation de cette action de modération ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The conversation is no longer in the workspace.</source>
        <translation>La conversation ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>DemoAutoModeration</name>
    <message>
        <source>The demo workspace has no Mastodon threads for the auto-moderation demo.</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas de fils Mastodon pour la démonstration de la modération automatique.</translation>
    </message>
    <message numerus="yes">
        <source>The demo&apos;s spam rule made %n decision(s) instead of %1.</source>
        <translation>
            <numerusform>La règle anti-spam de la démonstration a pris %n décision au lieu de %1.</numerusform>
            <numerusform>La règle anti-spam de la démonstration a pris %n décisions au lieu de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoModeration</name>
    <message>
        <source>Insults the community</source>
        <translation>Insulte la communauté</translation>
    </message>
</context>
<context>
    <name>DemoNetiquette</name>
    <message>
        <source>The demo&apos;s netiquette is missing from this build.</source>
        <translation>La nétiquette de la démonstration est absente de cette compilation.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette address could not be saved.</source>
        <translation>Impossible d&apos;enregistrer l&apos;adresse de la nétiquette de la démonstration.</translation>
    </message>
    <message>
        <source>The demo&apos;s netiquette draft does not fit its published text.</source>
        <translation>Le brouillon de la nétiquette de la démonstration ne correspond pas à son texte publié.</translation>
    </message>
</context>
<context>
    <name>DemoTemplates</name>
    <message>
        <source>The demo&apos;s template library is missing from this build.</source>
        <translation>La bibliothèque de modèles de la démonstration est absente de cette version du programme.</translation>
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
    <name>DraftStore</name>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Une réponse est soit publique, soit privée, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Impossible de supprimer le brouillon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EmailReader</name>
    <message>
        <source>[Attachment: %1, %2]</source>
        <translation>[Pièce jointe&#xa0;: %1, %2]</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is not an RSS or Atom feed (it starts with &lt;%1&gt;).</source>
        <translation>Ce n&apos;est pas un flux RSS ou Atom (il commence par &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>Le flux n&apos;est pas un XML bien formé (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>An entry without an id or a link was skipped: “%1”</source>
        <translation>Une entrée sans identifiant ni lien a été ignorée&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>An entry without a title or text was skipped: %1</source>
        <translation>Une entrée sans titre ni texte a été ignorée&#xa0;: %1</translation>
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
    <name>KeywordAlerts</name>
    <message>
        <source>An alert needs at least one word.</source>
        <translation>Une alerte doit comporter au moins un mot.</translation>
    </message>
    <message>
        <source>An alert needs a tag to mark what it finds.</source>
        <translation>Une alerte doit avoir une étiquette pour marquer ce qu&apos;elle trouve.</translation>
    </message>
    <message>
        <source>The priority must be between 0 and %1.</source>
        <translation>La priorité doit être comprise entre 0 et %1.</translation>
    </message>
    <message>
        <source>The alerts&apos; tags could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les étiquettes des alertes.</translation>
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
    <name>Moderation</name>
    <message>
        <source>The moderation could not be recorded: %1</source>
        <translation>Impossible d&apos;enregistrer la modération&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the workspace.</source>
        <translation>Le message ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This message was written by the team; moderation is for other people&apos;s posts.</source>
        <translation>Ce message a été rédigé par l&apos;équipe&#xa0;; la modération concerne les messages des autres.</translation>
    </message>
    <message>
        <source>The message has no known author to block.</source>
        <translation>Le message n&apos;a pas d&apos;auteur connu à bloquer.</translation>
    </message>
    <message>
        <source>Only a person of this workspace, or its auto-moderation, can moderate.</source>
        <translation>Seules les personnes de cet espace de travail, ou sa modération automatique, peuvent modérer.</translation>
    </message>
    <message>
        <source>%1 is already blocked.</source>
        <translation>%1 est déjà bloqué.</translation>
    </message>
    <message>
        <source>This message was already moderated; revert that first.</source>
        <translation>Ce message a déjà été modéré&#xa0;; annulez d&apos;abord cette modération.</translation>
    </message>
    <message>
        <source>Rule %1 is not in the published netiquette: cite a rule your readers can find.</source>
        <translation>La règle %1 ne figure pas dans la nétiquette publiée&#xa0;: citez une règle que vos lecteurs peuvent trouver.</translation>
    </message>
    <message>
        <source>Choose the rule of the netiquette that was broken, or “Other” with a reason.</source>
        <translation>Choisissez la règle de la nétiquette qui a été enfreinte, ou «&#xa0;Autre&#xa0;» avec un motif.</translation>
    </message>
    <message>
        <source>The moderation could not be recorded: the workspace refused the change.</source>
        <translation>Impossible d&apos;enregistrer la modération&#xa0;: l&apos;espace de travail a refusé la modification.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Cette version de modèle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The template “%1” cites another rule than the one this moderation cites.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» cite une autre règle que celle citée par cette modération.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Impossible de lire la conversation.</translation>
    </message>
    <message>
        <source>There is no such moderation, or its message is gone.</source>
        <translation>Cette modération n&apos;existe pas, ou son message a disparu.</translation>
    </message>
    <message>
        <source>This moderation was reverted; there is nothing to tell the author.</source>
        <translation>Cette modération a été annulée&#xa0;; il n&apos;y a rien à signaler à l&apos;auteur.</translation>
    </message>
    <message>
        <source>A notice about this moderation was already sent.</source>
        <translation>Un avis concernant cette modération a déjà été envoyé.</translation>
    </message>
    <message>
        <source>The notice could not be queued.</source>
        <translation>Impossible de placer l&apos;avis dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>There is no such moderation.</source>
        <translation>Cette modération n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This moderation was already reverted.</source>
        <translation>Cette modération a déjà été annulée.</translation>
    </message>
    <message>
        <source>Only a person of this workspace can revert a moderation.</source>
        <translation>Seules les personnes de cet espace de travail peuvent annuler une modération.</translation>
    </message>
    <message>
        <source>The message was deleted on its platform; Hearth cannot bring it back there.</source>
        <translation>Le message a été supprimé sur sa plateforme&#xa0;; Hearth ne peut pas l&apos;y rétablir.</translation>
    </message>
    <message>
        <source>The moderation could not be reverted: the workspace refused the change.</source>
        <translation>Impossible d&apos;annuler la modération&#xa0;: l&apos;espace de travail a refusé la modification.</translation>
    </message>
    <message>
        <source>auto-moderation</source>
        <translation>la modération automatique</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>un ancien utilisateur</translation>
    </message>
    <message>
        <source>Hidden by %1</source>
        <translation>Masqué par %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <source>Marked as spam by %1</source>
        <translation>Marqué comme spam par %1</translation>
    </message>
    <message>
        <source>Author blocked by %1</source>
        <translation>Auteur bloqué par %1</translation>
    </message>
    <message>
        <source>%1 — rule %2 “%3”</source>
        <translation>%1 — règle %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — rule #%2</source>
        <translation>%1 — règle #%2</translation>
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
        <translation>L&apos;action de modération n&apos;attend plus son canal.</translation>
    </message>
    <message>
        <source>The moderation&apos;s result could not be saved.</source>
        <translation>Impossible d&apos;enregistrer le résultat de la modération.</translation>
    </message>
</context>
<context>
    <name>NetiquetteDocument</name>
    <message>
        <source>This rule has no title; write it after “##”.</source>
        <translation>Cette règle n&apos;a pas de titre&#xa0;; écrivez-le après «&#xa0;##&#xa0;».</translation>
    </message>
    <message>
        <source>The rule “%1” has no id yet; saving gives it one.</source>
        <translation>La règle «&#xa0;%1&#xa0;» n&apos;a pas encore d&apos;identifiant&#xa0;; l&apos;enregistrement lui en attribuera un.</translation>
    </message>
    <message>
        <source>“{#%1}” is not a rule id; a rule id looks like “{#rule-4}” with a number from 1.</source>
        <translation>«&#xa0;{#%1}&#xa0;» n&apos;est pas un identifiant de règle&#xa0;; un identifiant de règle se présente sous la forme «&#xa0;{#rule-4}&#xa0;», avec un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>The id rule-%1 is already used by the rule on line %2; remove this one and save to get a new id.</source>
        <translation>L&apos;identifiant rule-%1 est déjà utilisé par la règle de la ligne %2&#xa0;; supprimez celui-ci et enregistrez pour obtenir un nouvel identifiant.</translation>
    </message>
    <message>
        <source>“%1” refers to rule-%2, which the netiquette does not have.</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à rule-%2, qui n&apos;existe pas dans la nétiquette.</translation>
    </message>
    <message>
        <source>The source text has no rule-%1; copy the id of the rule this one translates.</source>
        <translation>Le texte source ne contient pas rule-%1&#xa0;; copiez l&apos;identifiant de la règle que celle-ci traduit.</translation>
    </message>
    <message>
        <source>The rule “%1” (rule-%2) of the source text is not translated here.</source>
        <translation>La règle «&#xa0;%1&#xa0;» (rule-%2) du texte source n&apos;est pas traduite ici.</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Nétiquette</translation>
    </message>
</context>
<context>
    <name>NetiquetteExporter</name>
    <message>
        <source>The netiquette has no published version yet; publish it before exporting.</source>
        <translation>La nétiquette n&apos;a encore aucune version publiée&#xa0;; publiez-la avant de l&apos;exporter.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NetiquetteLibrary</name>
    <message>
        <source>The netiquette could not be changed: %1</source>
        <translation>Impossible de modifier la nétiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on the netiquette.</source>
        <translation>Seules les personnes de cet espace de travail peuvent travailler sur la nétiquette.</translation>
    </message>
    <message>
        <source>Choose the language the netiquette is written in (a code such as “en” or “de”).</source>
        <translation>Choisissez la langue dans laquelle la nétiquette est rédigée (un code comme «&#xa0;en&#xa0;» ou «&#xa0;de&#xa0;»).</translation>
    </message>
    <message>
        <source>The netiquette has no text in its source language “%1”.</source>
        <translation>La nétiquette n&apos;a pas de texte dans sa langue source «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue comme «&#xa0;en&#xa0;», «&#xa0;de&#xa0;» ou «&#xa0;pt-BR&#xa0;».</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la modification.</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Seul un responsable peut publier la nétiquette.</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to publish.</source>
        <translation>Il n&apos;y a aucun brouillon de la nétiquette à publier.</translation>
    </message>
    <message>
        <source>The netiquette has no rules yet: each rule is a heading such as “## Be kind”.</source>
        <translation>La nétiquette n&apos;a encore aucune règle&#xa0;: chaque règle est un titre comme «&#xa0;## Restez courtois&#xa0;».</translation>
    </message>
    <message>
        <source>The “%1” text cannot be published yet: line %2: %3</source>
        <translation>Le texte «&#xa0;%1&#xa0;» ne peut pas encore être publié&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no draft of the netiquette to discard.</source>
        <translation>Il n&apos;y a aucun brouillon de la nétiquette à abandonner.</translation>
    </message>
    <message>
        <source>The rule ids could not be saved.</source>
        <translation>Les identifiants des règles n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>There is nothing to send: the reply is empty.</source>
        <translation>Rien à envoyer&#xa0;: la réponse est vide.</translation>
    </message>
    <message>
        <source>A reply is either public or private, not “%1”.</source>
        <translation>Une réponse est soit publique, soit privée, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The conversation to answer is no longer in the workspace.</source>
        <translation>La conversation à laquelle répondre ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>This channel has no private messages; answer with a public reply.</source>
        <translation>Ce canal ne prend pas en charge les messages privés&#xa0;; répondez publiquement.</translation>
    </message>
    <message>
        <source>This channel has no public replies; answer with a private message.</source>
        <translation>Ce canal ne prend pas en charge les réponses publiques&#xa0;; répondez par un message privé.</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Impossible de placer la réponse dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>Impossible de placer la réponse dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>This reply is no longer in the outbox.</source>
        <translation>Cette réponse ne se trouve plus dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The reply could not be prepared for sending: %1</source>
        <translation>Impossible de préparer la réponse pour l&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>This reply is not waiting to be sent: it is being sent or was sent already.</source>
        <translation>Cette réponse n&apos;est pas en attente d&apos;envoi&#xa0;: elle est en cours d&apos;envoi ou a déjà été envoyée.</translation>
    </message>
    <message>
        <source>The channel did not say which message the reply became.</source>
        <translation>Le canal n&apos;a pas indiqué quel message la réponse est devenue.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as sent.</source>
        <translation>Seule une réponse en cours d&apos;envoi peut être enregistrée comme envoyée.</translation>
    </message>
    <message>
        <source>The conversation of the reply is no longer in the workspace.</source>
        <translation>La conversation de la réponse ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation: %1</source>
        <translation>Impossible d&apos;ajouter la réponse envoyée à la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sent reply could not be added to the conversation.</source>
        <translation>Impossible d&apos;ajouter la réponse envoyée à la conversation.</translation>
    </message>
    <message>
        <source>The sent reply could not be recorded.</source>
        <translation>Impossible d&apos;enregistrer la réponse envoyée.</translation>
    </message>
    <message>
        <source>Only a reply being sent can be recorded as failed.</source>
        <translation>Seule une réponse en cours d&apos;envoi peut être enregistrée comme ayant échoué.</translation>
    </message>
    <message>
        <source>The failure of the reply could not be recorded.</source>
        <translation>Impossible d&apos;enregistrer l&apos;échec de la réponse.</translation>
    </message>
    <message>
        <source>There is nothing to send: the reply is empty. Discard it instead.</source>
        <translation>Rien à envoyer&#xa0;: la réponse est vide. Abandonnez-la plutôt.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be edited.</source>
        <translation>Seule une réponse dont l&apos;envoi a échoué peut être modifiée.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be retried.</source>
        <translation>Seule une réponse dont l&apos;envoi a échoué peut être renvoyée.</translation>
    </message>
    <message>
        <source>The reply could not be queued again: %1</source>
        <translation>Impossible de replacer la réponse dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued again.</source>
        <translation>Impossible de replacer la réponse dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only a reply that failed can be discarded.</source>
        <translation>Seule une réponse dont l&apos;envoi a échoué peut être abandonnée.</translation>
    </message>
    <message>
        <source>The reply could not be discarded.</source>
        <translation>Impossible d&apos;abandonner la réponse.</translation>
    </message>
    <message>
        <source>The reply could not be taken back for editing.</source>
        <translation>Impossible de reprendre la réponse pour la modifier.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Impossible de lire la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hearth was closed while this reply was being sent, so it may or may not have reached the channel. Check the conversation there before you retry it.</source>
        <translation>Hearth a été fermé pendant l&apos;envoi de cette réponse&#xa0;: elle a donc pu parvenir au canal, ou non. Vérifiez la conversation sur place avant de réessayer.</translation>
    </message>
    <message>
        <source>The outbox could not be recovered: %1</source>
        <translation>Impossible de récupérer la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outbox could not be recovered.</source>
        <translation>Impossible de récupérer la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The workspace is busy or read-only; try again in a moment.</source>
        <translation>L&apos;espace de travail est occupé ou en lecture seule&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>“%1” is not a placeholder Hearth knows. Known placeholders: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace réservé connu de Hearth. Espaces réservés connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” names no placeholder.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun espace réservé.</translation>
    </message>
    <message>
        <source>A placeholder opened with “{{” is not closed with “}}” on the same line.</source>
        <translation>Un espace réservé ouvert par «&#xa0;{{&#xa0;» n&apos;est pas fermé par «&#xa0;}}&#xa0;» sur la même ligne.</translation>
    </message>
    <message>
        <source>“}}” closes no placeholder; a placeholder starts with “{{”.</source>
        <translation>«&#xa0;}}&#xa0;» ne ferme aucun espace réservé&#xa0;; un espace réservé commence par «&#xa0;{{&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RuleStatistics</name>
    <message>
        <source>The rule statistics could not be read: %1</source>
        <translation>Impossible de lire les statistiques des règles&#xa0;: %1</translation>
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
    <name>TemplateLibrary</name>
    <message>
        <source>A shortcut is letters, digits, “-” and “_”, without spaces: “%1” is not one.</source>
        <translation>Un raccourci se compose de lettres, de chiffres, de «&#xa0;-&#xa0;» et de «&#xa0;_&#xa0;», sans espaces&#xa0;: «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message numerus="yes">
        <source>A shortcut can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Un raccourci peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un raccourci peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template library could not be changed: %1</source>
        <translation>Impossible de modifier la bibliothèque de modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only a person of this workspace can work on templates.</source>
        <translation>Seules les personnes de cet espace de travail peuvent travailler sur les modèles.</translation>
    </message>
    <message>
        <source>A template needs a title.</source>
        <translation>Un modèle doit avoir un titre.</translation>
    </message>
    <message numerus="yes">
        <source>A template&apos;s title can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Le titre d&apos;un modèle peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le titre d&apos;un modèle peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the language the template is written in (a code such as “en” or “de”).</source>
        <translation>Choisissez la langue dans laquelle le modèle est rédigé (un code comme «&#xa0;en&#xa0;» ou «&#xa0;de&#xa0;»).</translation>
    </message>
    <message>
        <source>The template has no text in its source language “%1”.</source>
        <translation>Le modèle n&apos;a pas de texte dans sa langue source «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as “en”, “de” or “pt-BR”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue comme «&#xa0;en&#xa0;», «&#xa0;de&#xa0;» ou «&#xa0;pt-BR&#xa0;».</translation>
    </message>
    <message>
        <source>The “%1” text is empty; remove the language or write its text.</source>
        <translation>Le texte «&#xa0;%1&#xa0;» est vide&#xa0;; supprimez la langue ou rédigez son texte.</translation>
    </message>
    <message numerus="yes">
        <source>A tag can be at most %n character(s) long.</source>
        <translation>
            <numerusform>Une étiquette peut comporter au plus %n caractère.</numerusform>
            <numerusform>Une étiquette peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the “%1” text, line %2, column %3: %4</source>
        <translation>Dans le texte «&#xa0;%1&#xa0;», ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The shortcut “%1” is already taken by the template “%2”.</source>
        <translation>Le raccourci «&#xa0;%1&#xa0;» est déjà utilisé par le modèle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la modification.</translation>
    </message>
    <message>
        <source>There is no such template.</source>
        <translation>Ce modèle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be changed.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est retiré et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Version %1 is waiting for a manager&apos;s decision; it can be changed once it is decided.</source>
        <translation>La version %1 attend la décision d&apos;un responsable&#xa0;; elle pourra être modifiée une fois la décision prise.</translation>
    </message>
    <message>
        <source>There is no such template version.</source>
        <translation>Cette version de modèle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be submitted.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est retiré&#xa0;; il ne peut pas être soumis pour approbation.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for approval; version %1 of “%2” is not one.</source>
        <translation>Seul un brouillon peut être soumis pour approbation&#xa0;; la version %1 de «&#xa0;%2&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Only a manager can let people approve their own templates.</source>
        <translation>Seul un responsable peut autoriser les personnes à approuver leurs propres modèles.</translation>
    </message>
    <message>
        <source>Approving one&apos;s own templates can only be allowed in a workspace with one person in it.</source>
        <translation>L&apos;approbation de ses propres modèles ne peut être autorisée que dans un espace de travail ne comptant qu&apos;une seule personne.</translation>
    </message>
    <message>
        <source>Only a manager can approve templates.</source>
        <translation>Seul un responsable peut approuver des modèles.</translation>
    </message>
    <message>
        <source>Only a manager can send a template back with changes requested.</source>
        <translation>Seul un responsable peut renvoyer un modèle en demandant des modifications.</translation>
    </message>
    <message>
        <source>Say what should change: the author reads it first.</source>
        <translation>Indiquez ce qui doit changer&#xa0;: l&apos;auteur le lira en premier.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not waiting for approval.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» n&apos;est pas en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>The template “%1” is retired; it cannot be approved again.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est retiré&#xa0;; il ne peut pas être approuvé de nouveau.</translation>
    </message>
    <message>
        <source>Nobody can approve their own template; another manager must approve “%1”.</source>
        <translation>Personne ne peut approuver son propre modèle&#xa0;; un autre responsable doit approuver «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Seul un responsable peut retirer des modèles.</translation>
    </message>
    <message>
        <source>The template “%1” is already retired.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est déjà retiré.</translation>
    </message>
    <message>
        <source>The template “%1” is retired and can no longer be sent.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» est retiré et ne peut plus être envoyé.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not approved; only approved templates are sent.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» n&apos;est pas approuvée&#xa0;; seuls les modèles approuvés sont envoyés.</translation>
    </message>
    <message>
        <source>The template “%1” has no “%2” text.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;a pas de texte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no rule %1 in the netiquette.</source>
        <translation>La règle %1 n&apos;existe pas dans la nétiquette.</translation>
    </message>
    <message>
        <source>The template “%1” was never approved, so it cannot be retired; only approved templates are retired.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» n&apos;a jamais été approuvé, il ne peut donc pas être retiré&#xa0;; seuls les modèles approuvés sont retirés.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>(out of date)</source>
        <translation>(pas à jour)</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>The templates could not be written: %1</source>
        <translation>Impossible d&apos;écrire les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>ligne %1&#xa0;: JSON non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>format: this is not a Hearth template library (“format” must be “%1”).</source>
        <translation>format&#xa0;: ce n&apos;est pas une bibliothèque de modèles Hearth («&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>version: only version %1 of the format can be imported.</source>
        <translation>version&#xa0;: seule la version %1 du format peut être importée.</translation>
    </message>
    <message>
        <source>templates: a list of templates is missing.</source>
        <translation>templates&#xa0;: la liste des modèles est manquante.</translation>
    </message>
    <message>
        <source>approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>approvals&#xa0;: les approbations provenant d&apos;un autre espace de travail ne peuvent pas être vérifiées&#xa0;; ignorées.</translation>
    </message>
    <message>
        <source>%1: a template must be an object.</source>
        <translation>%1&#xa0;: un modèle doit être un objet.</translation>
    </message>
    <message>
        <source>%1.%2: a text is expected.</source>
        <translation>%1.%2&#xa0;: un texte est attendu.</translation>
    </message>
    <message>
        <source>%1.crisis: true or false is expected.</source>
        <translation>%1.crisis&#xa0;: true ou false est attendu.</translation>
    </message>
    <message>
        <source>%1.tags[%2]: a text is expected.</source>
        <translation>%1.tags[%2]&#xa0;: un texte est attendu.</translation>
    </message>
    <message>
        <source>%1.tags: a list of texts is expected.</source>
        <translation>%1.tags&#xa0;: une liste de textes est attendue.</translation>
    </message>
    <message>
        <source>%1.variants: an object of texts by language is expected.</source>
        <translation>%1.variants&#xa0;: un objet de textes par langue est attendu.</translation>
    </message>
    <message>
        <source>%1.variants.%2: a text is expected.</source>
        <translation>%1.variants.%2&#xa0;: un texte est attendu.</translation>
    </message>
    <message>
        <source>%1.state: “%2” ignored; the template arrives as a draft.</source>
        <translation>%1.state&#xa0;: «&#xa0;%2&#xa0;» ignoré&#xa0;; le modèle est importé comme brouillon.</translation>
    </message>
    <message>
        <source>%1.approvals: approvals from another workspace cannot be verified; ignored.</source>
        <translation>%1.approvals&#xa0;: les approbations provenant d&apos;un autre espace de travail ne peuvent pas être vérifiées&#xa0;; ignorées.</translation>
    </message>
    <message>
        <source>The templates could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les modèles.</translation>
    </message>
    <message>
        <source>%1.versions: the file&apos;s version history is ignored; the template arrives as one new draft.</source>
        <translation>%1.versions&#xa0;: l&apos;historique des versions du fichier est ignoré&#xa0;; le modèle est importé comme un seul nouveau brouillon.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>Hearth cannot tell who is signed in to this computer.</source>
        <translation>Hearth ne parvient pas à déterminer qui est connecté à cet ordinateur.</translation>
    </message>
    <message>
        <source>Your user could not be stored in the workspace.</source>
        <translation>Impossible d&apos;enregistrer votre utilisateur dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>Your name cannot be empty: customers see it under your replies.</source>
        <translation>Votre nom ne peut pas être vide&#xa0;: les clients le voient sous vos réponses.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
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
    <name>hearth::AccountDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a Channel Account</source>
        <translation>Ajouter un compte de canal</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>&amp;Consulter toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Telegram&apos;s own (advanced: another Bot API server)</source>
        <translation>Celui de Telegram (avancé&#xa0;: un autre serveur Bot API)</translation>
    </message>
    <message>
        <source>Bot API &amp;server:</source>
        <translation>&amp;Serveur Bot API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IMAP server and port:</source>
        <translation>Serveur &amp;IMAP et port&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;MTP server and port:</source>
        <translation>Serveur S&amp;MTP et port&#xa0;:</translation>
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
        <translation>Aucune (sans chiffrement)</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Only for a server whose certificate no authority signed</source>
        <translation>Uniquement pour un serveur dont le certificat n&apos;est signé par aucune autorité</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Trusted c&amp;ertificate:</source>
        <translation>C&amp;ertificat de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Enter the Mastodon instance&apos;s address, such as https://mastodon.social.</source>
        <translation>Saisissez l&apos;adresse de l&apos;instance Mastodon, par exemple https://mastodon.social.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace</source>
        <translation>Conservé dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Adresse du flux&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>I&amp;dentifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s web address, starting with https:// or http://.</source>
        <translation>Saisissez l&apos;adresse web du flux, qui commence par https:// ou http://.</translation>
    </message>
    <message>
        <source>Enter the bot token that @BotFather gave you.</source>
        <translation>Saisissez le jeton de bot que @BotFather vous a donné.</translation>
    </message>
    <message>
        <source>The Bot API server&apos;s address must start with https:// or http://.</source>
        <translation>L&apos;adresse du serveur Bot API doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s e-mail address.</source>
        <translation>Saisissez l&apos;adresse e-mail de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, such as imap.example.org.</source>
        <translation>Saisissez le nom du serveur IMAP, par exemple imap.example.org.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, such as smtp.example.org.</source>
        <translation>Saisissez le nom du serveur SMTP, par exemple smtp.example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the mail server knows the mailbox by.</source>
        <translation>Saisissez le nom d&apos;utilisateur sous lequel le serveur de messagerie connaît la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s password.</source>
        <translation>Saisissez le mot de passe de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>There is no certificate file “%1”.</source>
        <translation>Le fichier de certificat «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Sign in to the instance first.</source>
        <translation>Connectez-vous d&apos;abord à l&apos;instance.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Allow Hearth in the browser window that opened, then come back here.</source>
        <translation>Autorisez Hearth dans la fenêtre du navigateur qui vient de s&apos;ouvrir, puis revenez ici.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in: %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse pour vous connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>La connexion n&apos;a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in. Save to keep the account.</source>
        <translation>Connexion réussie. Enregistrez pour conserver le compte.</translation>
    </message>
    <message>
        <source>Trusted Certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Le test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bot to&amp;ken:</source>
        <translation>Jeton du &amp;bot&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hearth::AccountSync</name>
    <message>
        <source>The fetched messages could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les messages récupérés.</translation>
    </message>
</context>
<context>
    <name>hearth::ActivityList</name>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Note interne · %1 · %2</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notes et historique</translation>
    </message>
    <message>
        <source>No notes or changes yet.</source>
        <translation>Aucune note ni modification pour l&apos;instant.</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>[%1, out of date]</source>
        <translation>[%1, pas à jour]</translation>
    </message>
    <message>
        <source>Only managers decide on templates; you can read the queue.</source>
        <translation>Seuls les responsables statuent sur les modèles&#xa0;; vous pouvez consulter la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Say what should change: a comment is required.</source>
        <translation>Indiquez ce qui doit changer&#xa0;: un commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Approval Queue</source>
        <translation>File d&apos;attente d&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Waiting for a decision, oldest first:</source>
        <translation>&amp;En attente d&apos;une décision, les plus anciennes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Changes against the approved version:</source>
        <translation>&amp;Modifications par rapport à la version approuvée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Texts:</source>
        <translation>&amp;Textes&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Optional when approving; required when requesting changes</source>
        <translation>Facultatif pour approuver&#xa0;; obligatoire pour demander des modifications</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve every selected version (%1)</source>
        <translation>Approuver toutes les versions sélectionnées (%1)</translation>
    </message>
    <message>
        <source>&amp;Request Changes</source>
        <translation>&amp;Demander des modifications</translation>
    </message>
    <message>
        <source>Send every selected version back to its author with the comment</source>
        <translation>Renvoyer chaque version sélectionnée à son auteur avec le commentaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>hearth::AuthorCard</name>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>The team started this conversation; there is no author to show.</source>
        <translation>L&apos;équipe a lancé cette conversation&#xa0;; il n&apos;y a aucun auteur à afficher.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Vu pour la première fois le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier conversations</source>
        <translation>Aucune conversation antérieure</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Conversations antérieures</translation>
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
        <translation>%1&#xa0;% de majuscules</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationDialog</name>
    <message>
        <source>Reverted</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the rule would have acted on %n of the last %1 incoming message(s). Nothing was changed.</source>
        <translation>
            <numerusform>Simulation&#xa0;: la règle aurait agi sur %n des %1 derniers messages entrants. Rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation&#xa0;: la règle aurait agi sur %n des %1 derniers messages entrants. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the rule on?</source>
        <translation>Activer la règle&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>From now on “%1” acts on every new incoming message by itself: %2. Its dry run found %n message(s) among the latest; messages that are already here are left as they are. Each decision can be reverted.</source>
        <translation>
            <numerusform>Désormais, la règle «&#xa0;%1&#xa0;» agit d&apos;elle-même sur chaque nouveau message entrant&#xa0;: %2. Sa simulation a trouvé %n message parmi les plus récents&#xa0;; les messages déjà présents restent tels quels. Chaque décision peut être annulée.</numerusform>
            <numerusform>Désormais, la règle «&#xa0;%1&#xa0;» agit d&apos;elle-même sur chaque nouveau message entrant&#xa0;: %2. Sa simulation a trouvé %n messages parmi les plus récents&#xa0;; les messages déjà présents restent tels quels. Chaque décision peut être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch &amp;On</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Revert this decision?</source>
        <translation>Annuler cette décision&#xa0;?</translation>
    </message>
    <message>
        <source>What “%1” did to the conversation is undone, where nobody has changed it since. The decision stays in the list, marked reverted.</source>
        <translation>Ce que «&#xa0;%1&#xa0;» a fait à la conversation est annulé, sauf là où quelqu&apos;un l&apos;a modifiée depuis. La décision reste dans la liste, marquée comme annulée.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annuler la &amp;décision</translation>
    </message>
    <message>
        <source>Save the rule and run its dry run first.</source>
        <translation>Enregistrez d&apos;abord la règle et lancez sa simulation.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Liens vers d&apos;autres sites</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Messages en majuscules</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Messages répétés</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Hide (rule %1)</source>
        <translation>Masquer (règle %1)</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>un ancien utilisateur</translation>
    </message>
    <message>
        <source>Assign to a former department</source>
        <translation>Attribuer à un ancien service</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Auto-Moderation</source>
        <translation>Modération automatique</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>De&amp;cisions</source>
        <translation>&amp;Décisions</translation>
    </message>
    <message>
        <source>R&amp;ules (a new rule starts in dry run):</source>
        <translation>Règ&amp;les (une nouvelle règle démarre en simulation)&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Looks for</source>
        <translation>Détecte</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Ne&amp;w Rule</source>
        <translation>No&amp;uvelle règle</translation>
    </message>
    <message>
        <source>Switch &amp;On…</source>
        <translation>Acti&amp;ver…</translation>
    </message>
    <message>
        <source>Switch O&amp;ff</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Save Rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
    <message>
        <source>On the last &amp;messages:</source>
        <translation>&amp;Sur les derniers messages&#xa0;:</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>S&amp;imuler</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Would do</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <source>Decisions of live rules, newest first:</source>
        <translation>Décisions des règles actives, les plus récentes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>Annuler la déc&amp;ision…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The rule now finds or does something else, so it is back in dry run: try it, then switch it on again.</source>
        <translation>La règle détecte ou fait désormais autre chose, elle repasse donc en simulation&#xa0;: essayez-la, puis activez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>hearth::AutoModerationRuleEditor</name>
    <message>
        <source>%1 (department)</source>
        <translation>%1 (service)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Allowed s&amp;ites:</source>
        <translation>Sites &amp;autorisés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>One host a line, e.g. example.com</source>
        <translation>Un hôte par ligne, p.&#xa0;ex. example.com</translation>
    </message>
    <message>
        <source>One keyword or phrase a line</source>
        <translation>Un mot-clé ou une expression par ligne</translation>
    </message>
    <message>
        <source>Capitals &amp;at least:</source>
        <translation>Ma&amp;juscules au moins&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Posts a day:</source>
        <translation>Messages &amp;par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Attri&amp;buer à&#xa0;:</translation>
    </message>
    <message>
        <source>Cit&amp;e rule:</source>
        <translation>Rè&amp;gle citée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Looks for:</source>
        <translation>Déte&amp;cte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Does:</source>
        <translation>Acti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Links to other sites</source>
        <translation>Liens vers d&apos;autres sites</translation>
    </message>
    <message>
        <source>Posts in capitals</source>
        <translation>Messages en majuscules</translation>
    </message>
    <message>
        <source>Repeated posts</source>
        <translation>Messages répétés</translation>
    </message>
    <message>
        <source>Flag (tag “flagged”, high priority)</source>
        <translation>Signaler (étiquette «&#xa0;flagged&#xa0;», priorité haute)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Hide, citing the netiquette</source>
        <translation>Masquer, en citant la nétiquette</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Publish the netiquette first</source>
        <translation>Publiez d&apos;abord la nétiquette</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelConnector</name>
    <message>
        <source>This channel cannot be answered.</source>
        <translation>Il est impossible de répondre sur ce canal.</translation>
    </message>
    <message>
        <source>This channel does not allow that.</source>
        <translation>Ce canal ne le permet pas.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelDelivery</name>
    <message>
        <source>The reply&apos;s account could not be read: %1</source>
        <translation>Impossible de lire le compte de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversation of this reply is no longer in the workspace.</source>
        <translation>La conversation de cette réponse ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The reply could not be sent: the connection to the channel of “%1” is not set up yet. It waits in the outbox.</source>
        <translation>La réponse n&apos;a pas pu être envoyée&#xa0;: la connexion au canal du compte «&#xa0;%1&#xa0;» n&apos;est pas encore configurée. Elle attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 The reply may have arrived all the same: check the conversation on the channel before retrying.</source>
        <translation>%1 La réponse est peut-être arrivée malgré tout&#xa0;: vérifiez la conversation sur le canal avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>hearth::ChannelsPanel</name>
    <message>
        <source>in a moment</source>
        <translation>dans un instant</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Prochaine synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Demo — never goes online</source>
        <translation>Démonstration — jamais en ligne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Test de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”: the test failed: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le test a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” syncs again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau synchronisé.</translation>
    </message>
    <message>
        <source>“%1” is paused: it stays as it is until resumed.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est en pause&#xa0;: il reste tel quel jusqu&apos;à ce que vous le repreniez.</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the account “%1” from this workspace?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;» de cet espace de travail&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>“%1” was removed, but its password or token is still in the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé, mais son mot de passe ou son jeton est toujours dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Its %1 and %2 go with it. Nothing changes on the platform itself.</source>
        <translation>%1 et %2 sont supprimés avec lui. Rien ne change sur la plateforme elle-même.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ConnectionTest</name>
    <message numerus="yes">
        <source>The connection works: %n message(s) are waiting.</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: %n message en attente.</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: %n messages en attente.</numerusform>
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
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Show the next conversation in the list</source>
        <translation>Afficher la conversation suivante de la liste</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Show the previous conversation in the list</source>
        <translation>Afficher la conversation précédente de la liste</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Answer where the conversation takes place</source>
        <translation>Répondre là où la conversation a lieu</translation>
    </message>
    <message>
        <source>Pri&amp;vate Message</source>
        <translation>Message pri&amp;vé</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>Answer the author in a private message, away from the public thread</source>
        <translation>Répondre à l&apos;auteur par message privé, à l&apos;écart du fil public</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Résou&amp;dre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Mark the conversation as done</source>
        <translation>Marquer la conversation comme résolue</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Put the conversation back among the open ones</source>
        <translation>Remettre la conversation parmi les conversations ouvertes</translation>
    </message>
    <message>
        <source>Mark as &amp;Waiting</source>
        <translation>Marquer comme en &amp;attente</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The ball is in the customer&apos;s court</source>
        <translation>La balle est dans le camp du client</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Take the conversation on yourself</source>
        <translation>Prendre vous-même la conversation en charge</translation>
    </message>
    <message>
        <source>Assign &amp;To</source>
        <translation>A&amp;ttribuer à</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Hand the conversation to a person or a department</source>
        <translation>Confier la conversation à une personne ou à un service</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Report&amp;er…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Hide the conversation until a later time</source>
        <translation>Masquer la conversation jusqu&apos;à plus tard</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>Re&amp;lancer…</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Be reminded to come back to the conversation</source>
        <translation>Recevoir un rappel pour revenir à la conversation</translation>
    </message>
    <message>
        <source>T&amp;ags…</source>
        <translation>Étiq&amp;uettes…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add or remove the conversation&apos;s tags</source>
        <translation>Ajouter ou retirer des étiquettes de la conversation</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Es&amp;calader…</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Pass the conversation to the team and management, saying why</source>
        <translation>Transmettre la conversation à l&apos;équipe et à la direction, en expliquant pourquoi</translation>
    </message>
    <message>
        <source>Add &amp;Internal Note…</source>
        <translation>Ajouter une note &amp;interne…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note for the team; the customer never sees it</source>
        <translation>Rédiger une note pour l&apos;équipe&#xa0;; le client ne la voit jamais</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 no longer has the conversation.</source>
        <translation>La conversation n&apos;est plus attribuée à %1.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Attribuée à %1.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Taken back from %1.</source>
        <translation>Retirée à %1.</translation>
    </message>
    <message>
        <source>Handed to %1.</source>
        <translation>Confiée à %1.</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Retirer l&apos;attri&amp;bution</translation>
    </message>
    <message>
        <source>Nobody has the conversation now.</source>
        <translation>La conversation n&apos;est plus attribuée à personne.</translation>
    </message>
    <message>
        <source>Conversation resolved.</source>
        <translation>Conversation résolue.</translation>
    </message>
    <message>
        <source>Conversation reopened.</source>
        <translation>Conversation rouverte.</translation>
    </message>
    <message>
        <source>Waiting for the customer.</source>
        <translation>En attente du client.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Conversation qui vous est attribuée.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Reportée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Follow up on %1.</source>
        <translation>Relance le %1.</translation>
    </message>
    <message>
        <source>Follow-up removed.</source>
        <translation>Relance supprimée.</translation>
    </message>
    <message>
        <source>Tags saved.</source>
        <translation>Étiquettes enregistrées.</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2: %3</source>
        <translation>Escaladée par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>quelqu&apos;un qui ne fait plus partie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Escalation cleared.</source>
        <translation>Escalade levée.</translation>
    </message>
    <message>
        <source>Conversation escalated.</source>
        <translation>Conversation escaladée.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s) came back.</source>
        <translation>
            <numerusform>%n conversation reportée est revenue.</numerusform>
            <numerusform>%n conversations reportées sont revenues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be changed</source>
        <translation>Impossible de modifier la conversation</translation>
    </message>
    <message>
        <source>&amp;Delete Message…</source>
        <translation>Supprimer le messa&amp;ge…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete a message that breaks the house rules, citing the rule</source>
        <translation>Supprimer un message qui enfreint les règles de la communauté, en citant la règle</translation>
    </message>
    <message>
        <source>&amp;Hide Message…</source>
        <translation>Mas&amp;quer le message…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide a message that breaks the house rules, citing the rule</source>
        <translation>Masquer un message qui enfreint les règles de la communauté, en citant la règle</translation>
    </message>
    <message>
        <source>Mar&amp;k as Spam</source>
        <translation>Marquer comme s&amp;pam</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>&amp;Block Author…</source>
        <translation>&amp;Bloquer l&apos;auteur…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Block the author, citing the rule they broke</source>
        <translation>Bloquer l&apos;auteur, en citant la règle qu&apos;il a enfreinte</translation>
    </message>
    <message>
        <source>&amp;Undo Moderation…</source>
        <translation>A&amp;nnuler la modération…</translation>
    </message>
    <message>
        <source>Undo moderation</source>
        <translation>Annuler la modération</translation>
    </message>
    <message>
        <source>Revert the conversation&apos;s latest moderation: the message or author as before</source>
        <translation>Annuler la dernière modération de la conversation&#xa0;: le message ou l&apos;auteur redevient comme avant</translation>
    </message>
    <message>
        <source>Mo&amp;derate</source>
        <translation>Mo&amp;dérer</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérer</translation>
    </message>
    <message>
        <source>Delete, hide or mark a message as spam, or block its author</source>
        <translation>Supprimer, masquer ou marquer un message comme spam, ou bloquer son auteur</translation>
    </message>
    <message>
        <source>Nobody outside the team wrote in this conversation: there is nothing to moderate.</source>
        <translation>Personne en dehors de l&apos;équipe n&apos;a écrit dans cette conversation&#xa0;: il n&apos;y a rien à modérer.</translation>
    </message>
    <message>
        <source>Hearth shows it as before; what the platform was already told stays done there.</source>
        <translation>Hearth l&apos;affiche comme avant&#xa0;; ce qui a déjà été transmis à la plateforme y reste appliqué.</translation>
    </message>
    <message>
        <source>Undo Moderation</source>
        <translation>Annuler la modération</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Moderation undone.</source>
        <translation>Modération annulée.</translation>
    </message>
    <message>
        <source>Every message from outside the team here is moderated already.</source>
        <translation>Ici, tous les messages provenant de l&apos;extérieur de l&apos;équipe sont déjà modérés.</translation>
    </message>
    <message>
        <source>Mark the newest message not yet moderated as spam</source>
        <translation>Marquer comme spam le message le plus récent pas encore modéré</translation>
    </message>
    <message>
        <source>%1: the newest message from %2. Undo Moderation takes it back.</source>
        <translation>%1&#xa0;: le message le plus récent de %2. «&#xa0;Annuler la modération&#xa0;» le rétablit.</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationHeader</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Confiée à %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source>Follow up %1</source>
        <translation>Relance le %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>Escalated by %1 on %2.</source>
        <translation>Escaladée par %1 le %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ConversationPane</name>
    <message>
        <source>Select a conversation to read the whole thread and answer it.</source>
        <translation>Sélectionnez une conversation pour lire tout le fil et y répondre.</translation>
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
        <source>Select a conversation to read the whole thread.</source>
        <translation>Sélectionnez une conversation pour lire tout le fil.</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Commentaire public</translation>
    </message>
    <message>
        <source>Team reply</source>
        <translation>Réponse de l&apos;équipe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>hearth::CredentialStore</name>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Hearth keeps passwords and tokens only in the system&apos;s keychain, such as GNOME Keyring or KWallet: start one and try again.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Hearth ne conserve les mots de passe et les jetons que dans le trousseau du système, comme GNOME Keyring ou KWallet&#xa0;: lancez-en un et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret (%1).</source>
        <translation>Le trousseau n&apos;a pas pu conserver le mot de passe ou le jeton (%1).</translation>
    </message>
    <message>
        <source>The workspace has no id to keep its secrets under.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;identifiant sous lequel conserver ses mots de passe et ses jetons.</translation>
    </message>
</context>
<context>
    <name>hearth::EmailConnector</name>
    <message>
        <source>The trusted certificate %1 cannot be read.</source>
        <translation>Le certificat de confiance %1 est illisible.</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password. Check them in the account&apos;s settings.</source>
        <translation>%1 n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans les réglages du compte.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. If it is your own server, choose its certificate as trusted in the account&apos;s settings.</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu. S&apos;il s&apos;agit de votre propre serveur, choisissez son certificat comme certificat de confiance dans les réglages du compte.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The folder is not on %1.</source>
        <translation>Le dossier n&apos;existe pas sur %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not greet as a mail server.</source>
        <translation>%1 ne s&apos;est pas présenté comme un serveur de messagerie.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2</source>
        <translation>Pas de connexion sécurisée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The e-mail is no longer in %1 on %2.</source>
        <translation>L&apos;e-mail n&apos;est plus dans %1 sur %2.</translation>
    </message>
    <message>
        <source>The account has no e-mail address.</source>
        <translation>Le compte n&apos;a pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>The account has no IMAP or SMTP server.</source>
        <translation>Le compte n&apos;a pas de serveur IMAP ou SMTP.</translation>
    </message>
    <message>
        <source>There is no password for %1 in the keychain.</source>
        <translation>Il n&apos;y a pas de mot de passe pour %1 dans le trousseau.</translation>
    </message>
    <message>
        <source>Mail goes unencrypted only to this computer (127.0.0.1 or ::1). Choose TLS or STARTTLS.</source>
        <translation>Le courrier ne circule en clair que vers cet ordinateur (127.0.0.1 ou ::1). Choisissez TLS ou STARTTLS.</translation>
    </message>
    <message>
        <source>An e-mail reply reaches only its recipients: it cannot be sent publicly.</source>
        <translation>Une réponse par e-mail ne parvient qu&apos;à ses destinataires&#xa0;: elle ne peut pas être publique.</translation>
    </message>
    <message>
        <source>The reply has no recipient address.</source>
        <translation>La réponse n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>An e-mail can be deleted or moved to the Junk folder, nothing else.</source>
        <translation>Un e-mail peut être supprimé ou déplacé dans le dossier Indésirables, rien d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>hearth::EscalateDialog</name>
    <message>
        <source>Escalate Conversation</source>
        <translation>Escalader la conversation</translation>
    </message>
    <message>
        <source>&amp;Why does the team need to know? Management reads this first.</source>
        <translation>&amp;Pourquoi l&apos;équipe doit-elle être informée&#xa0;? La direction lit ceci en premier.</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message>
        <source>&amp;Clear Escalation</source>
        <translation>&amp;Lever l&apos;escalade</translation>
    </message>
</context>
<context>
    <name>hearth::FeedConnector</name>
    <message>
        <source>The feed address must start with http:// or https://.</source>
        <translation>L&apos;adresse du flux doit commencer par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>hearth::FollowUpDialog</name>
    <message>
        <source>Follow Up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>The conversation is listed under “Needs follow-up” from then on.</source>
        <translation>La conversation figure ensuite sous «&#xa0;À relancer&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Relancer le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Set Follow-up</source>
        <translation>&amp;Définir la relance</translation>
    </message>
    <message>
        <source>&amp;Remove Follow-up</source>
        <translation>&amp;Supprimer la relance</translation>
    </message>
</context>
<context>
    <name>hearth::HttpJob</name>
    <message>
        <source>The server sent more than %1 MB; Hearth stopped reading.</source>
        <translation>Le serveur a envoyé plus de %1 Mo&#xa0;; Hearth a arrêté la lecture.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server asked Hearth to slow down.</source>
        <translation>Le serveur a demandé à Hearth de ralentir.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1). Check the account&apos;s credentials.</source>
        <translation>Le serveur a refusé la connexion (HTTP %1). Vérifiez les identifiants du compte.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
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
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>hearth::InboxPage</name>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Échéance la plus proche</translation>
    </message>
    <message>
        <source>Due soonest lists the conversations still waiting for a first answer; in Needs follow-up, by follow-up date</source>
        <translation>«&#xa0;Échéance la plus proche&#xa0;» liste les conversations qui attendent encore une première réponse&#xa0;; dans «&#xa0;À relancer&#xa0;», par date de relance</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing waiting for the team</source>
        <translation>Rien n&apos;attend l&apos;équipe</translation>
    </message>
    <message>
        <source>New and open conversations show here.</source>
        <translation>Les conversations nouvelles et ouvertes apparaissent ici.</translation>
    </message>
    <message>
        <source>Everything has an owner</source>
        <translation>Tout a un responsable</translation>
    </message>
    <message>
        <source>Open conversations that no person or department has taken show here.</source>
        <translation>Les conversations ouvertes qu&apos;aucune personne ni aucun service n&apos;a prises en charge apparaissent ici.</translation>
    </message>
    <message>
        <source>Nothing in your hands</source>
        <translation>Rien entre vos mains</translation>
    </message>
    <message>
        <source>Conversations assigned to you show here until they are resolved or snoozed.</source>
        <translation>Les conversations qui vous sont attribuées apparaissent ici jusqu&apos;à ce qu&apos;elles soient résolues ou reportées.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Personne à attendre</translation>
    </message>
    <message>
        <source>Conversations waiting for an answer from outside show here.</source>
        <translation>Les conversations en attente d&apos;une réponse extérieure apparaissent ici.</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>Rien de reporté</translation>
    </message>
    <message>
        <source>Snoozed conversations wait here until they wake.</source>
        <translation>Les conversations reportées attendent ici jusqu&apos;à la fin de leur report.</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>Rien de résolu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Resolved conversations show here.</source>
        <translation>Les conversations résolues apparaissent ici.</translation>
    </message>
    <message>
        <source>No follow-ups planned</source>
        <translation>Aucune relance prévue</translation>
    </message>
    <message>
        <source>Conversations with a follow-up date show here.</source>
        <translation>Les conversations ayant une date de relance apparaissent ici.</translation>
    </message>
    <message>
        <source>Due soonest shows only conversations still waiting for a first answer.</source>
        <translation>«&#xa0;Échéance la plus proche&#xa0;» n&apos;affiche que les conversations qui attendent encore une première réponse.</translation>
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
    <message>
        <source>Inbox view: %1</source>
        <translation>Vue de la boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the current inbox tab&apos;s view “%1”</source>
        <translation>Afficher la vue «&#xa0;%1&#xa0;» de l&apos;onglet de boîte de réception actuel</translation>
    </message>
</context>
<context>
    <name>hearth::InboxViewList</name>
    <message>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportées</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Vues de la boîte de réception</translation>
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
        <translation>A&amp;ide</translation>
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
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>A reply was not sent: %1</source>
        <translation>Une réponse n&apos;a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the last conversation of the list.</source>
        <translation>C&apos;est la dernière conversation de la liste.</translation>
    </message>
    <message>
        <source>This is the first conversation of the list.</source>
        <translation>C&apos;est la première conversation de la liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Approval &amp;Queue…</source>
        <translation>&amp;File d&apos;attente d&apos;approbation…</translation>
    </message>
    <message>
        <source>Template versions waiting for a manager&apos;s decision</source>
        <translation>Versions de modèles en attente de la décision d&apos;un responsable</translation>
    </message>
    <message numerus="yes">
        <source>Approvals: %n</source>
        <translation>
            <numerusform>Approbations&#xa0;: %n</numerusform>
            <numerusform>Approbations&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template version(s) waiting for approval</source>
        <translation>
            <numerusform>%n version de modèle en attente d&apos;approbation</numerusform>
            <numerusform>%n versions de modèles en attente d&apos;approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &amp;Library…</source>
        <translation>&amp;Bibliothèque de modèles…</translation>
    </message>
    <message>
        <source>Browse, write and submit canned responses</source>
        <translation>Parcourir, rédiger et soumettre des réponses prédéfinies</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>Comm&amp;unauté</translation>
    </message>
    <message>
        <source>Rule &amp;Statistics…</source>
        <translation>&amp;Statistiques des règles…</translation>
    </message>
    <message>
        <source>How often moderation cited each rule of the netiquette</source>
        <translation>Fréquence à laquelle la modération a cité chaque règle de la nétiquette</translation>
    </message>
    <message>
        <source>&amp;Auto-Moderation…</source>
        <translation>&amp;Modération automatique…</translation>
    </message>
    <message>
        <source>Rules that flag, tag, hide or assign incoming messages by themselves</source>
        <translation>Règles qui signalent, étiquettent, masquent ou attribuent d&apos;elles-mêmes les messages entrants</translation>
    </message>
    <message>
        <source>&amp;Netiquette Editor…</source>
        <translation>Éditeur de &amp;nétiquette…</translation>
    </message>
    <message>
        <source>Write, publish and export the community&apos;s house rules</source>
        <translation>Rédiger, publier et exporter les règles de la communauté</translation>
    </message>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Canaux…</translation>
    </message>
    <message>
        <source>The channel accounts: add, test, pause and remove them, and see how they sync</source>
        <translation>Les comptes de canal&#xa0;: les ajouter, les tester, les mettre en pause, les supprimer et suivre leur synchronisation</translation>
    </message>
    <message>
        <source>Channels do not sync: %1</source>
        <translation>Les canaux ne se synchronisent pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonConnector</name>
    <message>
        <source>The stored Mastodon sync position is not a notification id.</source>
        <translation>La position de synchronisation Mastodon enregistrée n&apos;est pas un identifiant de notification.</translation>
    </message>
    <message>
        <source>The Mastodon instance sent notifications Hearth cannot read.</source>
        <translation>L&apos;instance Mastodon a envoyé des notifications que Hearth ne sait pas lire.</translation>
    </message>
    <message>
        <source>A Mastodon notification of this page has no id; skipped.</source>
        <translation>Une notification Mastodon de cette page n&apos;a pas d&apos;identifiant&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>Mastodon notification %1 could not be read (%2); skipped.</source>
        <translation>Impossible de lire la notification Mastodon %1 (%2)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>The direct conversations could not be read: %1</source>
        <translation>Impossible de lire les conversations privées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer is not a list.</source>
        <translation>la réponse n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>A direct conversation&apos;s status could not be read (%1); skipped.</source>
        <translation>Impossible de lire la publication d&apos;une conversation privée (%1)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon post this answers.</source>
        <translation>Hearth ne sait pas à quelle publication Mastodon ceci répond.</translation>
    </message>
    <message>
        <source>Hearth does not know the Mastodon address of the person to write to.</source>
        <translation>Hearth ne connaît pas l&apos;adresse Mastodon de la personne à qui écrire.</translation>
    </message>
    <message>
        <source>The Mastodon post this answers no longer exists.</source>
        <translation>La publication Mastodon à laquelle ceci répond n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The Mastodon instance took the post but its answer could not be read.</source>
        <translation>L&apos;instance Mastodon a accepté la publication, mais sa réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Hearth does not know which Mastodon account or post this is.</source>
        <translation>Hearth ne sait pas de quel compte ou de quelle publication Mastodon il s&apos;agit.</translation>
    </message>
    <message>
        <source>Reported as spam by the community team.</source>
        <translation>Signalé comme spam par l&apos;équipe chargée de la communauté.</translation>
    </message>
    <message>
        <source>The Mastodon account or post no longer exists.</source>
        <translation>Le compte ou la publication Mastodon n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Hearth is not signed in to this Mastodon account: sign in again.</source>
        <translation>Hearth n&apos;est pas connecté à ce compte Mastodon&#xa0;: reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>The Mastodon instance asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>L&apos;instance Mastodon a demandé à Hearth de patienter %n seconde.</numerusform>
            <numerusform>L&apos;instance Mastodon a demandé à Hearth de patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Mastodon instance did not accept Hearth&apos;s sign-in (it may have been revoked). Sign in again.</source>
        <translation>L&apos;instance Mastodon n&apos;a pas accepté la connexion de Hearth (elle a peut-être été révoquée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 The instance said: %2</source>
        <translation>%1 Réponse de l&apos;instance&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hearth::MastodonSignIn</name>
    <message>
        <source>Hearth could not wait for the browser&apos;s answer: no port on 127.0.0.1 was free.</source>
        <translation>Hearth n&apos;a pas pu attendre la réponse du navigateur&#xa0;: aucun port n&apos;était libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Hearth has the answer. You can close this page and go back to Hearth.</source>
        <translation>Hearth a bien reçu la réponse. Vous pouvez fermer cette page et revenir à Hearth.</translation>
    </message>
    <message>
        <source>Could not reach the Mastodon instance %1: %2</source>
        <translation>Impossible de joindre l&apos;instance Mastodon %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not let Hearth register as an app (HTTP %2). %3</source>
        <translation>%1 n&apos;a pas permis à Hearth de s&apos;enregistrer comme application (HTTP %2). %3</translation>
    </message>
    <message>
        <source>%1 answered in a way Hearth cannot read; is it a Mastodon instance?</source>
        <translation>%1 a répondu d&apos;une façon que Hearth ne sait pas lire&#xa0;; s&apos;agit-il bien d&apos;une instance Mastodon&#xa0;?</translation>
    </message>
    <message>
        <source>The sign-in to %1 was declined in the browser.</source>
        <translation>La connexion à %1 a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hearth refused an answer to the sign-in that was not for it (the state did not match). Sign in again.</source>
        <translation>Hearth a refusé une réponse à la connexion qui ne lui était pas destinée (le paramètre state ne correspondait pas). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an authorization code.</source>
        <translation>%1 a répondu à la connexion sans code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>%1 did not give Hearth access (HTTP %2): %3</source>
        <translation>%1 n&apos;a pas donné accès à Hearth (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 sent an access token Hearth cannot read.</source>
        <translation>%1 a envoyé un jeton d&apos;accès que Hearth ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>hearth::ModerationDialog</name>
    <message>
        <source>Send a &amp;notice to the author</source>
        <translation>Envoyer un a&amp;vis à l&apos;auteur</translation>
    </message>
    <message>
        <source>Moderate a Message</source>
        <translation>Modérer un message</translation>
    </message>
    <message>
        <source>Why, in a sentence the author can understand</source>
        <translation>Pourquoi, en une phrase compréhensible par l&apos;auteur</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rule broken:</source>
        <translation>&amp;Règle enfreinte&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (already moderated)</source>
        <translation>%1 (déjà modéré)</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Hide the message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Mark the message as spam</source>
        <translation>Marquer le message comme spam</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Bloquer l&apos;auteur</translation>
    </message>
    <message>
        <source>Choose the rule that was broken</source>
        <translation>Choisissez la règle enfreinte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <translation>Marquer comme s&amp;pam</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteEditor</name>
    <message>
        <source>Netiquette Editor[*]</source>
        <translation>Éditeur de nétiquette[*]</translation>
    </message>
    <message>
        <source>&amp;Netiquette</source>
        <translation>&amp;Nétiquette</translation>
    </message>
    <message>
        <source>Netiquette</source>
        <translation>Nétiquette</translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the texts as the draft; new rules get their ids</source>
        <translation>Enregistrer les textes comme brouillon&#xa0;; les nouvelles règles reçoivent leur identifiant</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>A&amp;bandonner le brouillon…</translation>
    </message>
    <message>
        <source>Throw the draft and unsaved changes away</source>
        <translation>Abandonner le brouillon et les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every published version, with who published it and when</source>
        <translation>Toutes les versions publiées, avec leur auteur et leur date de publication</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the published version as HTML and Markdown for the website</source>
        <translation>Écrire la version publiée au format HTML et Markdown pour le site web</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>Rédigée &amp;en&#xa0;:</translation>
    </message>
    <message>
        <source>The language the rules are written in first; the others are its translations</source>
        <translation>La langue dans laquelle les règles sont rédigées en premier&#xa0;; les autres en sont les traductions</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source># House rules

What this page is for, in a few sentences.

## Be kind

Each rule is a level-2 heading; saving gives it an id that moderation cites.

## No advertising

…</source>
        <translation># Règles de la communauté

À quoi sert cette page, en quelques phrases.

## Restez courtois

Chaque règle est un titre de niveau 2&#xa0;; l&apos;enregistrement lui attribue un identifiant que la modération cite.

## Pas de publicité

…</translation>
    </message>
    <message>
        <source>The netiquette was changed elsewhere; saving replaces that draft.</source>
        <translation>La nétiquette a été modifiée ailleurs&#xa0;; l&apos;enregistrement remplacera ce brouillon.</translation>
    </message>
    <message>
        <source>Pro&amp;blems (%1)</source>
        <translation>Pro&amp;blèmes (%1)</translation>
    </message>
    <message>
        <source>Draft of version %1, saved %2.</source>
        <translation>Brouillon de la version %1, enregistré le %2.</translation>
    </message>
    <message>
        <source>Published version %1. Saving changes starts a new draft.</source>
        <translation>Version %1 publiée. L&apos;enregistrement de modifications crée un nouveau brouillon.</translation>
    </message>
    <message>
        <source>No netiquette yet: write the rules as level-2 headings and save a draft.</source>
        <translation>Pas encore de nétiquette&#xa0;: rédigez les règles sous forme de titres de niveau 2 et enregistrez un brouillon.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Make the draft the netiquette moderation cites</source>
        <translation>Faire du brouillon la nétiquette citée par la modération</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette</source>
        <translation>Seul un responsable peut publier la nétiquette</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Impossible d&apos;enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>The netiquette was not published</source>
        <translation>La nétiquette n&apos;a pas été publiée</translation>
    </message>
    <message>
        <source>Only a manager can publish the netiquette.</source>
        <translation>Seul un responsable peut publier la nétiquette.</translation>
    </message>
    <message>
        <source>The netiquette cannot be published yet</source>
        <translation>La nétiquette ne peut pas encore être publiée</translation>
    </message>
    <message numerus="yes">
        <source>Fix the problems marked as errors first (%n error(s) in the list).</source>
        <translation>
            <numerusform>Corrigez d&apos;abord les problèmes marqués comme erreurs (%n erreur dans la liste).</numerusform>
            <numerusform>Corrigez d&apos;abord les problèmes marqués comme erreurs (%n erreurs dans la liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 becomes the netiquette that moderation cites and {{rule.N}} renders.</source>
        <translation>La version %1 devient la nétiquette que cite la modération et qu&apos;affiche {{rule.N}}.</translation>
    </message>
    <message>
        <source>Version %1, published now, stays readable in the history.</source>
        <translation>La version %1, publiée actuellement, reste consultable dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Vos modifications non enregistrées seront d&apos;abord enregistrées.</translation>
    </message>
    <message>
        <source>Publish the netiquette?</source>
        <translation>Publier la nétiquette&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation>Version %1 publiée.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Abandonner le brouillon&#xa0;?</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away; the editor shows the published version again. This cannot be undone.</source>
        <translation>Le brouillon et vos modifications non enregistrées seront supprimés&#xa0;; l&apos;éditeur affichera de nouveau la version publiée. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The draft and your unsaved changes are thrown away. This cannot be undone.</source>
        <translation>Le brouillon et vos modifications non enregistrées seront supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Le brouillon n&apos;a pas été abandonné</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon abandonné.</translation>
    </message>
    <message>
        <source>Export the Published Netiquette To</source>
        <translation>Exporter la nétiquette publiée vers</translation>
    </message>
    <message>
        <source>The netiquette was not exported</source>
        <translation>La nétiquette n&apos;a pas été exportée</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier exporté vers %1.</numerusform>
            <numerusform>%n fichiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the netiquette draft?</source>
        <translation>Enregistrer le brouillon de la nétiquette&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes to the netiquette are not saved yet.</source>
        <translation>Vos modifications de la nétiquette ne sont pas encore enregistrées.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteHistoryDialog</name>
    <message>
        <source>Netiquette History</source>
        <translation>Historique de la nétiquette</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No version of the netiquette has been published yet.</source>
        <translation>Aucune version de la nétiquette n&apos;a encore été publiée.</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3. Written in %4.</source>
        <translation>Version %1, publiée le %2 par %3. Langue de rédaction&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteOutline</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>Saving the draft gives this rule its id</source>
        <translation>L&apos;enregistrement du brouillon attribue son identifiant à cette règle</translation>
    </message>
</context>
<context>
    <name>hearth::NetiquetteWarningList</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Error: publishing waits until it is fixed</source>
        <translation>Erreur&#xa0;: la publication attend sa correction</translation>
    </message>
    <message>
        <source>Warning: saving the draft fixes it</source>
        <translation>Avertissement&#xa0;: l&apos;enregistrement du brouillon le corrige</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>hearth::NoteDialog</name>
    <message>
        <source>Add Internal Note</source>
        <translation>Ajouter une note interne</translation>
    </message>
    <message>
        <source>&amp;Note for the team (the customer never sees it):</source>
        <translation>&amp;Note pour l&apos;équipe (le client ne la voit jamais)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
</context>
<context>
    <name>hearth::Notifier</name>
    <message>
        <source>Conversation escalated</source>
        <translation>Conversation escaladée</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in your views have new messages.</source>
        <translation>
            <numerusform>%n conversation de vos vues a de nouveaux messages.</numerusform>
            <numerusform>%n conversations de vos vues ont de nouveaux messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” from %2 has waited past the response target.</source>
        <translation>«&#xa0;%1&#xa0;» de %2 a dépassé le délai de réponse.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” from %2 needs a first answer within %n minute(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» de %2 doit recevoir une première réponse d&apos;ici %n minute.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» de %2 doit recevoir une première réponse d&apos;ici %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>Délais de réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) need a first answer within the next minutes.</source>
        <translation>
            <numerusform>%n conversation doit recevoir une première réponse dans les prochaines minutes.</numerusform>
            <numerusform>%n conversations doivent recevoir une première réponse dans les prochaines minutes.</numerusform>
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
        <translation>La réponse a été envoyée, mais Hearth n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hearth::OutboxStrip</name>
    <message>
        <source>Private message</source>
        <translation>Message privé</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <source>%1 not sent: “%2”</source>
        <translation>%1 — échec de l&apos;envoi&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 being sent: “%2”</source>
        <translation>%1 — envoi en cours&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 waiting to be sent: “%2”</source>
        <translation>%1 — en attente d&apos;envoi&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send this reply again now</source>
        <translation>Renvoyer cette réponse maintenant</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Take the text back into the editor to change it</source>
        <translation>Reprendre le texte dans l&apos;éditeur pour le modifier</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Delete this reply without sending it</source>
        <translation>Supprimer cette réponse sans l&apos;envoyer</translation>
    </message>
    <message>
        <source>Discard this reply?</source>
        <translation>Abandonner cette réponse&#xa0;?</translation>
    </message>
    <message>
        <source>The reply will be deleted without being sent. This cannot be undone.</source>
        <translation>La réponse sera supprimée sans être envoyée. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>hearth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Customers see this name under your replies.</source>
        <translation>Les clients voient ce nom sous vos réponses.</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Added under every reply you send, for example:
Best wishes,
Emma</source>
        <translation>Ajoutée sous chaque réponse que vous envoyez, par exemple&#xa0;:
Bien cordialement,
Emma</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for new messages in my views and response targets about to be missed</source>
        <translation>Afficher des n&amp;otifications de bureau pour les nouveaux messages de mes vues et les délais de réponse sur le point d&apos;être dépassés</translation>
    </message>
</context>
<context>
    <name>hearth::ReplyComposer</name>
    <message>
        <source>Write a private message…</source>
        <translation>Rédiger un message privé…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Rédiger une réponse publique…</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) after this one)</source>
        <translation>
            <numerusform>(%n autre problème après celui-ci)</numerusform>
            <numerusform>(%n autres problèmes après celui-ci)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sera envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Rédigez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>The reply was not sent: correct the placeholder first.</source>
        <translation>La réponse n&apos;a pas été envoyée&#xa0;: corrigez d&apos;abord l&apos;espace réservé.</translation>
    </message>
    <message>
        <source>Hi {{author.first_name|there}}, we have sent you a private message so we can sort this out together.</source>
        <translation>Bonjour {{author.first_name|à vous}}, nous vous avons envoyé un message privé afin de régler cela ensemble.</translation>
    </message>
    <message>
        <source>The reply was not sent: %1</source>
        <translation>La réponse n&apos;a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take private</source>
        <translation>Passer en privé</translation>
    </message>
    <message>
        <source>Answer once in public that the talk continues in a private message, then write that message</source>
        <translation>Répondre une fois publiquement que la discussion se poursuit en message privé, puis rédiger ce message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the reply (%1)</source>
        <translation>Envoyer la réponse (%1)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>“%1” is not approved yet and cannot be used.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore approuvé et ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>No approved template has the shortcut “%1”.</source>
        <translation>Aucun modèle approuvé n&apos;a le raccourci «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only approved templates can be inserted.</source>
        <translation>Seuls les modèles approuvés peuvent être insérés.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No approved templates</source>
        <translation>Aucun modèle approuvé</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Insert an approved template (%1); in the reply, type ::shortcut or /shortcut and press Tab</source>
        <translation>Insérer un modèle approuvé (%1)&#xa0;; dans la réponse, tapez ::raccourci ou /raccourci puis appuyez sur Tab</translation>
    </message>
    <message>
        <source>The reply was not sent: the template “%1” was retired or replaced by a newer version since you inserted it. Remove its text and insert the template again.</source>
        <translation>La réponse n&apos;a pas été envoyée&#xa0;: le modèle «&#xa0;%1&#xa0;» a été retiré ou remplacé par une version plus récente depuis que vous l&apos;avez inséré. Supprimez son texte et insérez à nouveau le modèle.</translation>
    </message>
</context>
<context>
    <name>hearth::RuleStatisticsDialog</name>
    <message>
        <source>Rule Statistics</source>
        <translation>Statistiques des règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule #%1</source>
        <translation>Règle #%1</translation>
    </message>
    <message>
        <source>%1 (no longer published)</source>
        <translation>%1 (n&apos;est plus publiée)</translation>
    </message>
    <message>
        <source>Never cited</source>
        <translation>Jamais citée</translation>
    </message>
    <message>
        <source>The netiquette has no published rules yet, and no moderation cited one.</source>
        <translation>La nétiquette n&apos;a encore aucune règle publiée, et aucune modération n&apos;en a cité.</translation>
    </message>
    <message numerus="yes">
        <source>How often moderation cited each rule (reverted actions are left out). %n published rule(s) never cited.</source>
        <translation>
            <numerusform>Fréquence à laquelle la modération a cité chaque règle (les actions annulées ne sont pas comptées). %n règle publiée n&apos;a jamais été citée.</numerusform>
            <numerusform>Fréquence à laquelle la modération a cité chaque règle (les actions annulées ne sont pas comptées). %n règles publiées n&apos;ont jamais été citées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SearchFilterBar</name>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
    <message>
        <source>No message matches “%1” with these filters.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;» avec ces filtres.</translation>
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
<context>
    <name>hearth::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No shortcut matches “%1”.</source>
        <translation>Aucun raccourci ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Type an action or a key</source>
        <translation>Saisissez une action ou une touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>hearth::SnoozeDialog</name>
    <message>
        <source>Snooze Conversation</source>
        <translation>Reporter la conversation</translation>
    </message>
    <message>
        <source>In &amp;one hour (%1)</source>
        <translation>Dans &amp;une heure (%1)</translation>
    </message>
    <message>
        <source>This &amp;evening (%1)</source>
        <translation>&amp;Ce soir (%1)</translation>
    </message>
    <message>
        <source>Tomorrow &amp;morning (%1)</source>
        <translation>Demain &amp;matin (%1)</translation>
    </message>
    <message>
        <source>Next Mo&amp;nday (%1)</source>
        <translation>Lundi &amp;prochain (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
</context>
<context>
    <name>hearth::SyncWorker</name>
    <message>
        <source>The workspace could not be opened for sending.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>The account of this conversation is no longer in the workspace.</source>
        <translation>Le compte de cette conversation ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is paused. The reply waits in the outbox until the account is resumed.</source>
        <translation>«&#xa0;%1&#xa0;» est en pause. La réponse attend dans la boîte d&apos;envoi jusqu&apos;à la reprise du compte.</translation>
    </message>
    <message>
        <source>“%1” is still connecting. The reply waits in the outbox.</source>
        <translation>«&#xa0;%1&#xa0;» est encore en cours de connexion. La réponse attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>“%1” is not connected: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas connecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The account&apos;s connection was restarted before the channel answered.</source>
        <translation>La connexion du compte a été redémarrée avant que le canal ne réponde.</translation>
    </message>
</context>
<context>
    <name>hearth::TagsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Ajoutez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Add tag:</source>
        <translation>A&amp;jouter une étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags of this conversation:</source>
        <translation>É&amp;tiquettes de cette conversation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hearth::TelegramConnector</name>
    <message>
        <source>The stored Telegram sync position is not a number.</source>
        <translation>La position de synchronisation Telegram enregistrée n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Telegram sent updates Hearth cannot read (not a list).</source>
        <translation>Telegram a envoyé des mises à jour que Hearth ne sait pas lire (ce n&apos;est pas une liste).</translation>
    </message>
    <message>
        <source>Telegram update %1 of this page has no update_id; skipped.</source>
        <translation>La mise à jour Telegram %1 de cette page n&apos;a pas d&apos;update_id&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>Telegram update %1 could not be read (%2); skipped.</source>
        <translation>Impossible de lire la mise à jour Telegram %1 (%2)&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram chat this conversation is in.</source>
        <translation>Hearth ne sait pas dans quel chat Telegram se trouve cette conversation.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot write to this chat (the person may have blocked the bot or never started it, or the bot left the group).</source>
        <translation>Telegram n&apos;a pas autorisé le bot à écrire dans ce chat (la personne a peut-être bloqué le bot ou ne l&apos;a jamais démarré, ou le bot a quitté le groupe).</translation>
    </message>
    <message>
        <source>Telegram sent the message but its answer could not be read.</source>
        <translation>Telegram a envoyé le message, mais sa réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram message to delete.</source>
        <translation>Hearth ne sait pas quel message Telegram supprimer.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot delete this message. A bot may delete other people&apos;s messages only in groups where it is an administrator allowed to delete messages, and only for 48 hours. Telegram said: %1</source>
        <translation>Telegram n&apos;a pas autorisé le bot à supprimer ce message. Un bot ne peut supprimer les messages d&apos;autres personnes que dans les groupes où il est administrateur avec le droit de supprimer des messages, et seulement pendant 48 heures. Réponse de Telegram&#xa0;: %1</translation>
    </message>
    <message>
        <source>No bot token is set for this Telegram account: enter the token @BotFather gave.</source>
        <translation>Aucun jeton de bot n&apos;est défini pour ce compte Telegram&#xa0;: saisissez le jeton fourni par @BotFather.</translation>
    </message>
    <message>
        <source>Telegram did not accept the bot token. Check it with @BotFather.</source>
        <translation>Telegram n&apos;a pas accepté le jeton du bot. Vérifiez-le auprès de @BotFather.</translation>
    </message>
    <message>
        <source>Telegram sent an answer Hearth cannot read.</source>
        <translation>Telegram a envoyé une réponse que Hearth ne sait pas lire.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asked Hearth to slow down for %n second(s).</source>
        <translation>
            <numerusform>Telegram a demandé à Hearth de patienter %n seconde.</numerusform>
            <numerusform>Telegram a demandé à Hearth de patienter %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram had a problem (HTTP %1): %2</source>
        <translation>Telegram a rencontré un problème (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Telegram refused the request (%1): %2</source>
        <translation>Telegram a refusé la requête (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hearth does not know which Telegram member to ban from which chat.</source>
        <translation>Hearth ne sait pas quel membre Telegram bannir de quel chat.</translation>
    </message>
    <message>
        <source>Telegram did not let the bot ban this member. A bot may ban members only in groups where it is an administrator allowed to restrict members. Telegram said: %1</source>
        <translation>Telegram n&apos;a pas autorisé le bot à bannir ce membre. Un bot ne peut bannir des membres que dans les groupes où il est administrateur avec le droit de restreindre les membres. Réponse de Telegram&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateEditorDialog</name>
    <message>
        <source>&amp;Crisis template</source>
        <translation>Modèle de &amp;crise</translation>
    </message>
    <message>
        <source>Edit Template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource language:</source>
        <translation>Langue &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>Texts by language, with a preview using sample values:</source>
        <translation>Textes par langue, avec un aperçu utilisant des valeurs d&apos;exemple&#xa0;:</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Add &amp;Language…</source>
        <translation>Ajouter une &amp;langue…</translation>
    </message>
    <message>
        <source>typed as ::name or /name in a reply</source>
        <translation>à saisir sous la forme ::nom ou /nom dans une réponse</translation>
    </message>
    <message>
        <source>The language the others are translated from: when its text changes, the other languages are marked out of date.</source>
        <translation>La langue à partir de laquelle les autres sont traduites&#xa0;: quand son texte change, les autres langues sont marquées comme n&apos;étant plus à jour.</translation>
    </message>
    <message>
        <source>Adds a text in another language, by its code such as “es” or “pt-BR”.</source>
        <translation>Ajoute un texte dans une autre langue, à partir de son code, comme «&#xa0;es&#xa0;» ou «&#xa0;pt-BR&#xa0;».</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (out of date)</source>
        <translation>%1 (pas à jour)</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: update it.</source>
        <translation>Le texte source a changé depuis la rédaction de cette traduction&#xa0;: mettez-la à jour.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Type a code such as “es”, “pt-BR” or “zh-Hant”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue. Saisissez un code comme «&#xa0;es&#xa0;», «&#xa0;pt-BR&#xa0;» ou «&#xa0;zh-Hant&#xa0;».</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Language code, such as “es”, “pt-BR” or “zh-Hant”:</source>
        <translation>Code de langue, comme «&#xa0;es&#xa0;», «&#xa0;pt-BR&#xa0;» ou «&#xa0;zh-Hant&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Alex Example</source>
        <comment>sample author&apos;s full name in the preview</comment>
        <translation>Alex Exemple</translation>
    </message>
    <message>
        <source>Alex</source>
        <comment>sample author&apos;s first name in the preview</comment>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>sample channel name in the preview</comment>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Rule %1: …</source>
        <comment>sample rule citation in the preview</comment>
        <translation>Règle %1&#xa0;: …</translation>
    </message>
</context>
<context>
    <name>hearth::TemplateLibraryDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Submit for &amp;Approval</source>
        <translation>Soumettre pour &amp;approbation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Template Library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <source>Search title, shortcut or text</source>
        <translation>Rechercher dans le titre, le raccourci ou le texte</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Texts of the newest version:</source>
        <translation>Textes de la version la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>Changes against the version before:</source>
        <translation>Modifications par rapport à la version précédente&#xa0;:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(Sans catégorie)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> (out of date)</source>
        <translation> (pas à jour)</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Finds approved templates that nobody has used for a while.</source>
        <translation>Trouve les modèles approuvés que personne n&apos;a utilisés depuis un moment.</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Toutes les utilisations</translation>
    </message>
    <message>
        <source>Unused for 30 days</source>
        <translation>Inutilisés depuis 30 jours</translation>
    </message>
    <message>
        <source>Unused for 90 days</source>
        <translation>Inutilisés depuis 90 jours</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisés</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>How often the template was inserted into a reply</source>
        <translation>Nombre de fois où le modèle a été inséré dans une réponse</translation>
    </message>
    <message>
        <source>Language or person</source>
        <translation>Langue ou personne</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>U&amp;sage</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n out of date)</source>
        <translation>
            <numerusform>%1 (%n pas à jour)</numerusform>
            <numerusform>%1 (%n pas à jour)</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Not used in a reply yet.</source>
        <translation>Pas encore utilisé dans une réponse.</translation>
    </message>
    <message>
        <source>Per language</source>
        <translation>Par langue</translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <source>someone no longer in the workspace</source>
        <translation>quelqu&apos;un qui ne fait plus partie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Takes the template out of the composer; its versions stay readable here.</source>
        <translation>Retire le modèle de l&apos;éditeur de réponses&#xa0;; ses versions restent consultables ici.</translation>
    </message>
    <message>
        <source>Only a manager can retire templates.</source>
        <translation>Seul un responsable peut retirer des modèles.</translation>
    </message>
    <message>
        <source>Retire Template</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Retire “%1”?

It leaves the composer: nobody can insert or send it any more, and its
drafts can no longer be submitted or approved. All its versions stay
readable in the library. Retiring cannot be undone.

Comment (optional):</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#xa0;?

Il quitte l&apos;éditeur de réponses&#xa0;: plus personne ne pourra l&apos;insérer ni l&apos;envoyer, et ses
brouillons ne pourront plus être soumis ni approuvés. Toutes ses versions restent
consultables dans la bibliothèque. Le retrait est irréversible.

Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
