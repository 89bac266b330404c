<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Le cœur de Hearth en ligne de commande.

Commandes&#xa0;:
  info                       chemin, version du schéma et compteurs de l&apos;espace de travail
  import FICHIER             importer des messages depuis JSON Lines (- lit l&apos;entrée standard)
  export [FICHIER]           exporter les messages au format JSON Lines (sur la sortie standard par défaut)
  search REQUÊTE             rechercher des messages, les plus récents d&apos;abord
  stats                      conversations par canal et par statut
  conversations list         lister les conversations
  conversations show ID      afficher une conversation avec tous ses messages
  check                      vérifier l&apos;intégrité de l&apos;espace de travail
  templates list             lister les modèles de réponses prédéfinies
  templates show ID          afficher un modèle avec toutes ses versions
  templates export [FICHIER] exporter la bibliothèque de modèles au format JSON
  templates import FICHIER   importer des modèles depuis JSON, en tant que brouillons

Exécutez «&#xa0;hearth-cli COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
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
    <name>DemoDelivery</name>
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
        <translation>Impossible d&apos;envoyer la réponse&#xa0;: la connexion au canal de «&#xa0;%1&#xa0;» n&apos;est pas encore configurée. Elle attend dans la boîte d&apos;envoi.</translation>
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
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ét&amp;iquettes&#xa0;:</translation>
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
        <source>Versions:</source>
        <translation>Versions&#xa0;:</translation>
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
</context>
</TS>
