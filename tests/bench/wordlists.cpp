// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordlists.h"

#include <QRandomGenerator>
#include <QSet>

namespace hearth::bench {

namespace {
QStringList split(const QString &words)
{
    QStringList list = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeDuplicates();
    return list;
}

// Most frequent first: function words, then the words of support conversations, then
// everyday words. Diacritics on purpose: the index folds them ("cafe" finds "café").
const QString english = QStringLiteral(
    "the and to of a in is it you that for on with this be are have not we was but as can at from my your our "
    "they if or so will just do an all about there what one get by me has would more when no out up please "
    "thanks new any how like time help some now also been had still only them here because then which their "
    "than other us could see did work know should need back after make issue account problem update order "
    "support really good version today again team why even where sure thank email message first way last well "
    "since before app phone page login password reset delivery payment refund invoice price free week month "
    "year day morning evening tonight tomorrow yesterday weekend store shop product item package shipping "
    "address customer service question answer reply feedback bug crash error screen button link download "
    "install android iphone browser website server sync backup data file photo video music event ticket "
    "meeting community forum group channel post comment share follow love great awesome amazing terrible awful "
    "slow fast broken fixed working wrong right late early soon later quick simple easy hard difficult possible "
    "impossible important urgent small large huge tiny better worse best worst every never always often "
    "sometimes maybe perhaps already almost enough quite very much many few little lot several whole half full "
    "empty open closed ready waiting pending received sent delivered missing lost found changed added removed "
    "cancelled confirmed approved rejected subscription plan premium trial upgrade downgrade discount coupon "
    "code gift card balance charge bank transfer receipt warranty return exchange size colour black white blue "
    "green red kitchen garden coffee café tea breakfast lunch dinner recipe menu table chair bike car train "
    "flight hotel holiday travel city country village river mountain weather rain snow summer winter spring "
    "autumn birthday wedding party concert festival game match score player season league news article blog "
    "podcast newsletter naïve résumé façade jalapeño fiancé crème déjà voilà");

const QString german = QStringLiteral(
    "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er "
    "hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor "
    "zur bis mehr durch man sein wurde sei hallo danke bitte leider gerne vielen dank grüße frage antwort "
    "problem fehler konto passwort anmeldung bestellung lieferung rechnung zahlung rückerstattung preis kosten "
    "woche monat jahr heute morgen gestern abend wochenende geschäft laden produkt artikel paket versand "
    "adresse kunde kundin service hilfe rückmeldung absturz bildschirm knopf herunterladen installieren "
    "aktualisierung version handy telefon seite webseite daten datei foto musik veranstaltung eintrittskarte "
    "treffen gemeinschaft gruppe kanal beitrag kommentar teilen folgen großartig schön toll schrecklich langsam "
    "schnell kaputt repariert falsch richtig spät früh bald später einfach schwierig möglich unmöglich wichtig "
    "dringend klein groß riesig besser schlechter immer nie oft manchmal vielleicht schon fast genug ziemlich "
    "sehr viele wenige ganz halb voll leer offen geschlossen fertig wartend erhalten gesendet geliefert fehlt "
    "verloren gefunden geändert hinzugefügt entfernt storniert bestätigt abgelehnt abonnement gutschein rabatt "
    "guthaben überweisung quittung garantie rückgabe umtausch größe farbe schwarz weiß blau grün rot küche "
    "garten kaffee tee frühstück mittagessen abendessen rezept speisekarte tisch stuhl fahrrad auto zug flug "
    "hotel urlaub reise stadt land dorf fluss berg wetter regen schnee sommer winter frühling herbst geburtstag "
    "hochzeit feier konzert spiel mannschaft spieler saison nachrichten zeitung straße brücke schlüssel tür "
    "fenster mädchen jüngste überraschung äußerst öffnungszeiten übersetzung änderung früher müde glücklich "
    "traurig ärgerlich höflich natürlich selbstverständlich übrigens eigentlich trotzdem außerdem deshalb "
    "während zwischen gegenüber");

const QString french = QStringLiteral(
    "le la les de des du et à un une est en que qui pour dans pas ce il elle on nous vous ils sur avec plus au "
    "par mais ou son sa ses tout faire être avoir très bien merci bonjour bonsoir salut problème erreur compte "
    "mot passe connexion commande livraison facture paiement remboursement prix semaine mois année jour demain "
    "hier soir matin magasin boutique produit article colis expédition adresse client cliente service aide "
    "réponse question retour écran bouton télécharger installer mise version téléphone page site données "
    "fichier photo musique événement billet réunion communauté groupe chaîne publication commentaire partager "
    "suivre génial super formidable terrible lent rapide cassé réparé faux juste tard tôt bientôt facile "
    "difficile possible impossible important urgent petit grand énorme mieux pire toujours jamais souvent "
    "parfois peut déjà presque assez beaucoup peu entier moitié plein vide ouvert fermé prêt attente reçu "
    "envoyé livré manquant perdu trouvé modifié ajouté supprimé annulé confirmé refusé abonnement essai "
    "réduction code carte cadeau solde virement garantie échange taille couleur noir blanc bleu vert rouge "
    "cuisine jardin café thé déjeuner dîner recette menu table chaise vélo voiture train vol hôtel vacances "
    "voyage ville pays village rivière montagne météo pluie neige été hiver printemps automne anniversaire "
    "mariage fête concert festival jeu match joueur saison actualités journal rue pont clé porte fenêtre "
    "garçon fille élève naïf cœur sœur œuvre français ça où là déçu ému réglé réessayer accès sécurité "
    "confidentialité paramètres préférences notifications désolé volontiers évidemment néanmoins cependant "
    "pourtant également malheureusement heureusement");

const QString danish = QStringLiteral(
    "og i at det en den til er som på de med han af for ikke der var jeg har sig men et om vi min havde fra du "
    "kan så hun nu når skal også eller hvor efter op jo ved bliver blev være hej tak venlig hilsen spørgsmål "
    "svar problem fejl konto adgangskode login bestilling levering faktura betaling refusion pris uge måned år "
    "dag morgen går aften weekend butik forretning produkt vare pakke forsendelse adresse kunde service hjælp "
    "tilbagemelding nedbrud skærm knap hente installere opdatering version mobil telefon side hjemmeside data "
    "fil billede musik begivenhed billet møde fællesskab gruppe kanal opslag kommentar dele følge fantastisk "
    "dejlig skøn forfærdelig langsom hurtig ødelagt repareret forkert rigtig sent tidligt snart senere nem "
    "svær mulig umulig vigtig haster lille stor kæmpe bedre værre altid aldrig ofte nogle gange måske allerede "
    "næsten nok ret meget mange få hel halv fuld tom åben lukket klar ventende modtaget sendt leveret mangler "
    "tabt fundet ændret tilføjet fjernet annulleret bekræftet afvist abonnement prøveperiode rabat kode "
    "gavekort saldo overførsel kvittering garanti returnering ombytning størrelse farve sort hvid blå grøn rød "
    "køkken have kaffe te morgenmad frokost aftensmad opskrift menu bord stol cykel bil tog fly hotel ferie "
    "rejse by land landsby å bjerg vejr regn sne sommer vinter forår efterår fødselsdag bryllup fest koncert "
    "festival spil kamp spiller sæson nyheder avis gade bro nøgle dør vindue pige dreng smørrebrød rødgrød "
    "fløde øl hygge særlig søndag lørdag fredag tirsdag onsdag torsdag mandag sjov træt glad ked tydeligvis "
    "desværre heldigvis alligevel desuden derfor mens mellem overfor sørge følelse ønske højtid");

const QString polish = QStringLiteral(
    "i w nie na się z do że to jest o jak a co ale po tak od za jego przez dla jej są już tylko czy jako mnie "
    "może być był była było bardzo jeszcze dziękuję proszę cześć dzień dobry witam pozdrawiam pytanie "
    "odpowiedź problem błąd konto hasło logowanie zamówienie dostawa faktura płatność zwrot cena tydzień "
    "miesiąc rok dzisiaj jutro wczoraj wieczór rano weekend sklep produkt towar paczka wysyłka adres klient "
    "klientka obsługa pomoc opinia awaria ekran przycisk pobrać zainstalować aktualizacja wersja telefon "
    "strona dane plik zdjęcie muzyka wydarzenie bilet spotkanie społeczność grupa kanał wpis komentarz "
    "udostępnić obserwować świetny wspaniały super okropny wolny szybki zepsuty naprawiony zły późno wcześnie "
    "wkrótce później łatwy trudny możliwy niemożliwy ważny pilny mały duży ogromny lepszy gorszy zawsze nigdy "
    "często czasami prawie dość całkiem dużo wiele mało cały pół pełny pusty otwarty zamknięty gotowy "
    "oczekujący otrzymany wysłany dostarczony brakuje zgubiony znaleziony zmieniony dodany usunięty anulowany "
    "potwierdzony odrzucony subskrypcja okres próbny zniżka kod karta podarunkowa saldo przelew paragon "
    "gwarancja wymiana rozmiar kolor czarny biały niebieski zielony czerwony kuchnia ogród kawa herbata "
    "śniadanie obiad kolacja przepis menu stół krzesło rower samochód pociąg lot hotel wakacje podróż miasto "
    "kraj wieś rzeka góra pogoda deszcz śnieg lato zima wiosna jesień urodziny ślub impreza koncert festiwal "
    "gra mecz zawodnik sezon wiadomości gazeta ulica most klucz drzwi okno dziewczyna chłopiec źródło żółty "
    "łódź gęś pięć sześć dziewięć niedziela sobota piątek czwartek środa wtorek poniedziałek zmęczony "
    "szczęśliwy smutny niestety szczęście jednak poza tym dlatego podczas między naprzeciwko ćwiczenie źle "
    "żeby więc także również właśnie oczywiście");

// 100 first names times 200 family names: 20,000 distinct people.
const QString firstNameText = QStringLiteral(
    "James Mary John Emma Oliver Olivia William Sophie Harry Charlotte George Amelia Jack Isla Thomas Grace "
    "Daniel Chloe Samuel Lucy Lukas Jürgen Jörg Björn Sören Ulrich Käthe Günter Bärbel Mia Leonie Felix "
    "Maximilian Anna Lena Jonas Tobias Hannah Jörn Grete Élodie Hélène Aurélie Noël Gaëlle Théo Léa Chloé "
    "Mathéo François Céline Jérôme Loïc Anaïs Benoît Zoé Raphaël Inès Clément Maëlle Søren Mette Jørgen Bjørn "
    "Åse Mads Frederikke Rasmus Sofie Kasper Ida Magnus Signe Niels Astrid Anders Freja Emil Karoline Troels "
    "Łukasz Małgorzata Paweł Zofia Michał Agnieszka Wojciech Katarzyna Krzysztof Józef Jędrzej Grażyna Bożena "
    "Mieczysław Ewa Piotr Żaneta Stanisław Dorota Tomasz");

const QString lastNameText = QStringLiteral(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Walker Hall Young King Wright Scott "
    "Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins "
    "Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Müller Schmidt Schneider Fischer "
    "Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz "
    "Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler Günther Jäger "
    "Böhm Groß Weiß Löffler Vogel Friedrich Kühn Martin Bernard Dubois Robert Richard Petit Durand Leroy "
    "Moreau Simon Laurent Lefèbvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André "
    "Lefèvre Mercier Dupont Lambert Bonnet Martinez Legrand Garnier Faure Rousseau Blanc Guérin Chevalier "
    "Boyer Gauthier Perrin Bécaud Desnoës Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen "
    "Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller "
    "Mortensen Knudsen Jakobsen Mikkelsen Søndergaard Østergaard Frandsen Lauridsen Dahl Kjær Bæk Holm Lund "
    "Brøndum Friis Skov Højgaard Vestergaard Ærenlund Kragh Nørgaard Nowak Kowalski Wiśniewski Wójcik "
    "Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur "
    "Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Król Wieczorek Jabłoński Wróbel "
    "Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak "
    "Sikora Baran Rutkowski");

const QString teamText = QStringLiteral(
    "Mette|Hearth Support;Paweł|Hearth Support;Claire|Hearth Support;Jonas|Hearth Support;Sam|Hearth Support;"
    "Aino|Community Team;Bastien|Community Team;Zofia|Community Team");

// Syllables of the made-up rare words: three of them make a word no list above contains.
const QString syllables =
    QStringLiteral("zor kal vex mir tup dra quo bel nix fro gal hum jav lep mun pri sko tåg vør żal brø gæl świ één");
} // namespace

const WordLists &WordLists::instance()
{
    static const WordLists lists;
    return lists;
}

WordLists::WordLists()
    : m_languages {Vocabulary(QStringLiteral("en"), english), Vocabulary(QStringLiteral("de"), german),
        Vocabulary(QStringLiteral("fr"), french), Vocabulary(QStringLiteral("da"), danish),
        Vocabulary(QStringLiteral("pl"), polish)}
    , m_firstNames(split(firstNameText))
    , m_lastNames(split(lastNameText))
{
    for (const QString &member : teamText.split(QLatin1Char(';'))) {
        const QStringList parts = member.split(QLatin1Char('|'));
        m_teamNames << parts.value(0) + QStringLiteral(" (") + parts.value(1) + QLatin1Char(')');
    }

    // A fixed generator of its own: the rare words are the same whatever --seed says, so
    // the same rare word means the same thing in every run's report.
    const QStringList parts = split(syllables);
    QRandomGenerator random(0x4841u);
    QSet<QString> seen;
    while (m_rareWords.size() < 1000) {
        const QString word = parts.at(random.bounded(int(parts.size()))) + parts.at(random.bounded(int(parts.size())))
            + parts.at(random.bounded(int(parts.size())));
        if (!seen.contains(word)) {
            seen.insert(word);
            m_rareWords << word;
        }
    }
}

} // namespace hearth::bench
