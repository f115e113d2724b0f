/**
 * The words of page furniture in the languages the residue rules know besides
 * English: German, French, Spanish, Italian, Portuguese, Dutch and Polish.
 * Short lists of the words sites put on their buttons, labels and boxes,
 * written from each language's ordinary vocabulary (not from any page), all
 * lower case. The pattern rules match whole lines against them, so a sentence
 * that merely uses one of these words is left alone.
 */

export type Language = 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';
type Words = Readonly<Record<Language, readonly string[]>>;

/** Skip links ("Zum Inhalt springen"). */
export const SKIP_LINKS: Words = {
  de: ['zum inhalt springen', 'zum inhalt', 'zur navigation', 'zum hauptinhalt', 'direkt zum inhalt', 'navigation überspringen'],
  fr: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'aller à la navigation', 'accéder au contenu'],
  es: ['ir al contenido', 'saltar al contenido', 'ir al contenido principal', 'saltar a la navegación'],
  it: ['vai al contenuto', 'salta al contenuto', 'vai al contenuto principale', 'salta la navigazione'],
  pt: ['ir para o conteúdo', 'pular para o conteúdo', 'saltar para o conteúdo', 'ir para o conteúdo principal'],
  nl: ['naar inhoud', 'ga naar inhoud', 'direct naar inhoud', 'spring naar inhoud', 'naar de hoofdinhoud'],
  pl: ['przejdź do treści', 'przejdź do głównej treści', 'przejdź do nawigacji', 'pomiń nawigację'],
};

/** Share buttons and share calls. */
export const SHARE: Words = {
  de: ['teilen', 'teile', 'artikel teilen', 'beitrag teilen', 'seite teilen', 'diesen artikel teilen', 'jetzt teilen', 'drucken', 'per e-mail', 'per mail', 'link kopieren', 'teilen auf'],
  fr: ['partager', 'partagez', 'partager cet article', 'partager sur', 'imprimer', 'envoyer', 'par e-mail', 'copier le lien', 'partages'],
  es: ['compartir', 'comparte', 'compartir en', 'compartir esta noticia', 'compartir este artículo', 'imprimir', 'enviar', 'por correo', 'copiar enlace'],
  it: ['condividi', 'condividere', 'condividi su', 'condividi questo articolo', 'stampa', 'invia', 'per email', 'copia link'],
  pt: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'compartilhar no', 'imprimir', 'enviar', 'por e-mail', 'copiar link'],
  nl: ['delen', 'deel', 'deel dit artikel', 'delen via', 'afdrukken', 'printen', 'mailen', 'kopieer link'],
  pl: ['udostępnij', 'podziel się', 'udostępnij na', 'drukuj', 'wyślij', 'skopiuj link', 'udostępnienia'],
};

/** "Follow us" calls ("Folgen Sie uns auf Instagram"); a network name may follow. */
export const FOLLOW_US: Words = {
  de: ['folgen sie uns', 'folge uns', 'folgt uns', 'finden sie uns'],
  fr: ['suivez-nous', 'suivez nous', 'retrouvez-nous', 'rejoignez-nous'],
  es: ['síguenos', 'siguenos', 'sígannos', 'encuéntranos'],
  it: ['seguici', 'seguiteci', 'trovaci'],
  pt: ['siga-nos', 'siga nos', 'segue-nos', 'acompanhe-nos', 'curta nossa página'],
  nl: ['volg ons', 'vind ons'],
  pl: ['obserwuj nas', 'śledź nas', 'dołącz do nas'],
};

/** Author-box links: "all articles by", followed by the name. */
export const PROFILE_LINKS: Words = {
  de: ['alle beiträge von', 'alle artikel von', 'weitere artikel von', 'zum autorenprofil', 'autorenprofil'],
  fr: ['voir tous les articles de', 'tous les articles de', 'voir tous les articles par', 'tous les articles par', "plus d'articles de", 'voir le profil'],
  es: ['ver todos los artículos de', 'todos los artículos de', 'ver todas las entradas de', 'todas las entradas de', 'más artículos de', 'ver perfil'],
  it: ['tutti gli articoli di', 'vedi tutti gli articoli di', 'altri articoli di', 'vedi il profilo'],
  pt: ['ver todos os artigos de', 'todos os artigos de', 'todos os posts de', 'ver todos os posts de', 'mais artigos de', 'ver perfil'],
  nl: ['alle berichten van', 'alle artikelen van', 'bekijk profiel'],
  pl: ['wszystkie artykuły autora', 'wszystkie wpisy autora', 'więcej od autora', 'zobacz profil'],
};

/** Headings of "related content" boxes. */
export const RELATED: Words = {
  de: ['ähnliche artikel', 'ähnliche beiträge', 'verwandte artikel', 'weitere artikel', 'weitere beiträge', 'mehr zum thema', 'mehr zu diesem thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant', 'lesen sie auch', 'lies auch', 'meistgelesen', 'meistgelesene artikel', 'beliebteste artikel', 'neueste beiträge', 'neueste artikel', 'aktuelle beiträge', 'empfehlungen', 'top-artikel', 'weitere nachrichten', 'mehr nachrichten', 'mehr artikel'],
  fr: ['articles similaires', 'articles liés', 'à lire aussi', 'lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'les plus lus', 'articles les plus lus', 'articles récents', 'derniers articles', 'vous aimerez aussi', 'vous aimerez aussi ces articles', 'à découvrir', 'dans la même rubrique', 'lire la suite', 'en ce moment', "plus d'articles"],
  es: ['artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'te puede interesar', 'también te puede interesar', 'quizás te interese', 'lo más leído', 'más leídas', 'más leídos', 'lee también', 'leer también', 'últimas noticias', 'entradas recientes', 'más noticias', 'noticias destacadas', 'te recomendamos', 'más artículos'],
  it: ['articoli correlati', 'notizie correlate', 'potrebbe interessarti', 'ti potrebbe interessare', 'leggi anche', 'i più letti', 'più letti', 'più lette', 'ultime notizie', 'articoli recenti', 'altre notizie', 'ultimi articoli', 'da non perdere', 'altri articoli'],
  pt: ['artigos relacionados', 'notícias relacionadas', 'posts relacionados', 'leia também', 'veja também', 'leia mais', 'mais lidas', 'mais lidos', 'você também pode gostar', 'também pode gostar', 'últimas notícias', 'mais notícias', 'posts recentes', 'artigos recentes', 'mais artigos'],
  nl: ['gerelateerde artikelen', 'gerelateerde berichten', 'lees ook', 'lees meer', 'meest gelezen', 'ook interessant', 'laatste nieuws', 'recente berichten', 'meer nieuws', 'aanbevolen', 'populair', 'meer artikelen'],
  pl: ['powiązane artykuły', 'podobne artykuły', 'zobacz także', 'zobacz też', 'czytaj także', 'czytaj też', 'przeczytaj również', 'przeczytaj także', 'najczęściej czytane', 'najpopularniejsze', 'polecane', 'polecamy', 'ostatnie wpisy', 'najnowsze', 'najnowsze artykuły', 'więcej artykułów'],
};

/** Words of legal footers: privacy, terms, imprint, contact, cookies, rights. */
export const LEGAL_LINKS: Words = {
  de: ['datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'impressum', 'nutzungsbedingungen', 'agb', 'cookie-einstellungen', 'cookies', 'kontakt', 'barrierefreiheit', 'haftungsausschluss', 'sitemap', 'über uns', 'mediadaten'],
  fr: ['politique de confidentialité', 'confidentialité', 'mentions légales', 'conditions générales', "conditions générales d'utilisation", 'cgu', 'cgv', 'cookies', 'gestion des cookies', 'plan du site', 'contact', 'nous contacter', 'accessibilité', 'qui sommes-nous'],
  es: ['política de privacidad', 'privacidad', 'aviso legal', 'política de cookies', 'términos y condiciones', 'condiciones de uso', 'contacto', 'contáctenos', 'mapa del sitio', 'accesibilidad', 'quiénes somos'],
  it: ['informativa sulla privacy', 'privacy', 'note legali', 'termini e condizioni', 'condizioni di utilizzo', 'cookie policy', 'contatti', 'contattaci', 'mappa del sito', 'chi siamo', 'accessibilità'],
  pt: ['política de privacidade', 'privacidade', 'termos de uso', 'termos e condições', 'aviso legal', 'política de cookies', 'contato', 'contacto', 'fale conosco', 'mapa do site', 'quem somos'],
  nl: ['privacybeleid', 'privacyverklaring', 'privacy', 'algemene voorwaarden', 'cookiebeleid', 'cookie-instellingen', 'contact', 'disclaimer', 'over ons', 'colofon', 'toegankelijkheid'],
  pl: ['polityka prywatności', 'prywatność', 'regulamin', 'polityka cookies', 'kontakt', 'mapa strony', 'o nas', 'dostępność', 'redakcja'],
};

/** "All rights reserved" in each language. */
export const RIGHTS_RESERVED: Words = {
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés'],
  es: ['todos los derechos reservados'],
  it: ['tutti i diritti riservati'],
  pt: ['todos os direitos reservados'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
};

/** The opening of a cookie banner ("we use cookies"). */
export const COOKIE_BANNER: Words = {
  de: ['wir verwenden cookies', 'wir nutzen cookies', 'diese website verwendet cookies', 'diese webseite verwendet cookies', 'diese seite verwendet cookies'],
  fr: ['nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies'],
  es: ['utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'esta web utiliza cookies'],
  it: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie', 'questo sito web utilizza i cookie'],
  pt: ['utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies'],
  nl: ['wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'deze site gebruikt cookies'],
  pl: ['używamy plików cookie', 'ta strona używa plików cookie', 'ta strona korzysta z plików cookie', 'serwis wykorzystuje pliki cookies'],
};

/** Advertisement labels. */
export const AD_LABELS: Words = {
  de: ['anzeige', 'werbung', 'gesponsert', 'sponsored', 'werbeanzeige', 'anzeigen'],
  fr: ['publicité', 'pub', 'sponsorisé', 'contenu sponsorisé', 'annonce', 'publi-rédactionnel'],
  es: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado', 'anuncios'],
  it: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato', 'annuncio', 'inserzione'],
  pt: ['publicidade', 'anúncio', 'patrocinado', 'conteúdo patrocinado'],
  nl: ['advertentie', 'gesponsord', 'reclame', 'gesponsorde inhoud'],
  pl: ['reklama', 'sponsorowane', 'artykuł sponsorowany', 'materiał sponsorowany', 'materiał partnera'],
};

/** Words that open a byline ("Von Anna Schmidt", "Par Jean Dupont"). */
export const BYLINE_PREFIXES: Words = {
  de: ['von', 'autor', 'autorin', 'text'],
  fr: ['par', 'auteur', 'autrice', 'rédigé par', 'écrit par'],
  es: ['por', 'autor', 'autora', 'escrito por', 'redacción'],
  it: ['di', 'autore', 'a cura di', 'scritto da'],
  pt: ['por', 'autor', 'autora', 'escrito por'],
  nl: ['door', 'auteur', 'geschreven door'],
  pl: ['autor', 'autorka', 'napisał', 'napisała', 'opracowanie'],
};

/** The verbs of a publication stamp ("Veröffentlicht am …", "Mis à jour le …"). */
export const PUBLISHED: Words = {
  de: ['veröffentlicht', 'aktualisiert', 'erstellt', 'geändert'],
  fr: ['publié', 'publiée', 'mis à jour', 'modifié'],
  es: ['publicado', 'publicada', 'actualizado', 'actualizada'],
  it: ['pubblicato', 'pubblicata', 'aggiornato', 'aggiornata'],
  pt: ['publicado', 'publicada', 'atualizado', 'atualizada', 'actualizado'],
  nl: ['gepubliceerd', 'bijgewerkt', 'geplaatst'],
  pl: ['opublikowano', 'aktualizacja', 'zaktualizowano', 'dodano'],
};

/** The small words around a date in a stamp ("am", "um … Uhr", "le … à", "às"). */
export const STAMP_GLUE: Words = {
  de: ['am', 'um', 'uhr', 'vom', 'zuletzt', 'stand', 'vor', 'min', 'minute', 'minuten', 'std', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen', 'gestern', 'heute'],
  fr: ['le', 'à', 'h', 'mis', 'jour', 'il', 'y', 'a', 'minutes', 'heure', 'heures', 'jours', 'hier', "aujourd'hui"],
  es: ['el', 'a', 'las', 'hrs', 'h', 'hace', 'minutos', 'hora', 'horas', 'día', 'días', 'ayer', 'hoy'],
  it: ['il', 'alle', 'ore', 'fa', 'minuti', 'giorno', 'giorni', 'ieri', 'oggi'],
  pt: ['em', 'às', 'h', 'há', 'minutos', 'hora', 'horas', 'dia', 'dias', 'ontem', 'hoje'],
  nl: ['op', 'om', 'uur', 'geleden', 'minuten', 'dag', 'dagen', 'gisteren', 'vandaag'],
  pl: ['data', 'publikacji', 'godz', 'temu', 'minut', 'godzin', 'godziny', 'dni', 'wczoraj', 'dzisiaj'],
};

/** Month names, including the genitive forms Polish dates use. */
export const MONTHS: Words = {
  de: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
};

/** Reading-time phrases, with N for the number ("N Min. Lesezeit"). */
export const READING_TIME: Words = {
  de: ['n min lesezeit', 'n min. lesezeit', 'n minuten lesezeit', 'lesezeit n min', 'lesezeit n min.', 'lesezeit n minuten', 'lesedauer n min', 'lesedauer n minuten'],
  fr: ['n min de lecture', 'temps de lecture n min', 'temps de lecture n minutes', 'lecture n min', 'n minutes de lecture'],
  es: ['n min de lectura', 'n minutos de lectura', 'tiempo de lectura n min', 'tiempo de lectura n minutos', 'lectura n min'],
  it: ['n min di lettura', 'n minuti di lettura', 'tempo di lettura n min', 'tempo di lettura n minuti', 'lettura n min'],
  pt: ['n min de leitura', 'n minutos de leitura', 'tempo de leitura n min', 'tempo de leitura n minutos', 'leitura n min'],
  nl: ['n min leestijd', 'n minuten leestijd', 'leestijd n min', 'leestijd n minuten'],
  pl: ['n min czytania', 'n minut czytania', 'czas czytania n min', 'czas czytania n minut', 'czytanie n min'],
};

/** Comment widgets: headings, calls and counts ("Kommentare", "Laisser un commentaire"). */
export const COMMENTS: Words = {
  de: ['kommentare', 'kommentar', 'kommentar schreiben', 'kommentieren', 'antworten', 'keine kommentare', 'kommentar verfassen', 'diskutieren sie mit', 'leserkommentare'],
  fr: ['commentaires', 'commentaire', 'laisser un commentaire', 'laissez un commentaire', 'répondre', 'réagir', 'aucun commentaire', 'ajouter un commentaire'],
  es: ['comentarios', 'comentario', 'deja un comentario', 'dejar un comentario', 'responder', 'sin comentarios', 'añadir comentario', 'escribe un comentario'],
  it: ['commenti', 'commento', 'lascia un commento', 'rispondi', 'nessun commento', 'aggiungi un commento'],
  pt: ['comentários', 'comentário', 'deixe um comentário', 'deixe seu comentário', 'responder', 'sem comentários', 'adicionar comentário'],
  nl: ['reacties', 'reactie', 'reageer', 'reageren', 'laat een reactie achter', 'beantwoorden', 'geen reacties'],
  pl: ['komentarze', 'komentarz', 'dodaj komentarz', 'odpowiedz', 'skomentuj', 'brak komentarzy', 'napisz komentarz'],
};

/** Site controls: search, menu, log-in, back to top, read more, load more. */
export const CONTROLS: Words = {
  de: ['suche', 'suchen', 'menü', 'menu', 'anmelden', 'einloggen', 'abmelden', 'registrieren', 'mein konto', 'nach oben', 'zurück', 'weiter', 'weiterlesen', 'mehr lesen', 'mehr anzeigen', 'mehr laden', 'alle anzeigen', 'schließen', 'navigation', 'zum inhalt springen', 'zur startseite'],
  fr: ['rechercher', 'recherche', 'menu', 'se connecter', 'connexion', 'déconnexion', "s'inscrire", 'mon compte', 'retour en haut', 'haut de page', 'retour', 'suivant', 'précédent', 'lire la suite', 'continuer la lecture', 'voir plus', 'afficher plus', 'charger plus', 'voir tout', 'fermer', 'aller au contenu'],
  es: ['buscar', 'búsqueda', 'menú', 'iniciar sesión', 'acceder', 'cerrar sesión', 'registrarse', 'mi cuenta', 'volver arriba', 'ir arriba', 'volver', 'siguiente', 'anterior', 'leer más', 'seguir leyendo', 'sigue leyendo', 'ver más', 'cargar más', 'ver todo', 'cerrar', 'ir al contenido'],
  it: ['cerca', 'ricerca', 'menu', 'accedi', 'esci', 'registrati', 'il mio account', 'torna su', "torna all'inizio", 'indietro', 'avanti', 'successivo', 'precedente', 'leggi di più', 'continua a leggere', 'mostra di più', 'carica altri', 'vedi tutti', 'chiudi', 'vai al contenuto'],
  pt: ['pesquisar', 'buscar', 'pesquisa', 'menu', 'entrar', 'sair', 'cadastre-se', 'registar', 'minha conta', 'voltar ao topo', 'topo', 'voltar', 'próximo', 'anterior', 'leia mais', 'ler mais', 'continue lendo', 'continuar lendo', 'ver mais', 'carregar mais', 'ver tudo', 'fechar', 'ir para o conteúdo'],
  nl: ['zoeken', 'zoek', 'menu', 'inloggen', 'uitloggen', 'registreren', 'mijn account', 'terug naar boven', 'naar boven', 'terug', 'volgende', 'vorige', 'lees meer', 'meer lezen', 'verder lezen', 'toon meer', 'meer laden', 'bekijk alles', 'sluiten', 'naar inhoud'],
  pl: ['szukaj', 'wyszukaj', 'menu', 'zaloguj', 'zaloguj się', 'wyloguj', 'zarejestruj się', 'moje konto', 'do góry', 'powrót', 'dalej', 'następny', 'poprzedni', 'czytaj dalej', 'czytaj więcej', 'pokaż więcej', 'załaduj więcej', 'zobacz wszystkie', 'zamknij', 'przejdź do treści'],
};

/** Newsletter and subscription calls. */
export const NEWSLETTER: Words = {
  de: ['newsletter abonnieren', 'jetzt abonnieren', 'abonnieren', 'zum newsletter anmelden', 'newsletter bestellen', 'jetzt anmelden', 'e-mail-adresse', 'ihre e-mail-adresse'],
  fr: ["s'abonner", 'abonnez-vous', "s'abonner à la newsletter", 'inscrivez-vous à la newsletter', 'inscription à la newsletter', 'votre adresse e-mail', 'adresse e-mail'],
  es: ['suscríbete', 'suscribirse', 'suscríbete al boletín', 'suscríbete a nuestro boletín', 'boletín', 'tu correo electrónico', 'correo electrónico'],
  it: ['iscriviti', 'iscriviti alla newsletter', 'abbonati', 'la tua email', 'indirizzo email'],
  pt: ['assine', 'inscreva-se', 'assine a newsletter', 'assine nossa newsletter', 'seu e-mail', 'endereço de e-mail'],
  nl: ['abonneren', 'aanmelden nieuwsbrief', 'schrijf je in', 'nieuwsbrief', 'meld je aan voor de nieuwsbrief', 'e-mailadres', 'je e-mailadres'],
  pl: ['zapisz się', 'zapisz się do newslettera', 'subskrybuj', 'zaprenumeruj', 'newsletter', 'twój adres e-mail', 'adres e-mail'],
};

/** Section names of news menus. */
export const SECTIONS: Words = {
  de: ['startseite', 'nachrichten', 'aktuelles', 'politik', 'wirtschaft', 'sport', 'kultur', 'panorama', 'wissen', 'gesundheit', 'reise', 'auto', 'meinung', 'lokales', 'regional', 'digital', 'leben', 'deutschland', 'ausland', 'finanzen', 'karriere', 'video', 'fotos', 'wetter', 'service', 'themen'],
  fr: ['accueil', 'actualités', 'actu', 'politique', 'économie', 'sport', 'sports', 'culture', 'international', 'société', 'monde', 'santé', 'sciences', 'planète', 'opinions', 'vidéos', 'régions', 'france', 'médias', 'idées'],
  es: ['inicio', 'portada', 'noticias', 'política', 'economía', 'deportes', 'cultura', 'internacional', 'sociedad', 'opinión', 'tecnología', 'ciencia', 'salud', 'nacional', 'mundo', 'espectáculos', 'vídeos', 'videos', 'local'],
  it: ['notizie', 'politica', 'economia', 'sport', 'cultura', 'esteri', 'cronaca', 'spettacoli', 'tecnologia', 'salute', 'scienze', 'motori', 'viaggi', 'italia', 'mondo', 'opinioni'],
  pt: ['início', 'notícias', 'política', 'economia', 'esportes', 'desporto', 'cultura', 'mundo', 'opinião', 'brasil', 'saúde', 'tecnologia', 'ciência', 'entretenimento', 'vídeos'],
  nl: ['nieuws', 'politiek', 'economie', 'sport', 'cultuur', 'binnenland', 'buitenland', 'opinie', 'wetenschap', 'gezondheid', 'media', 'regio', 'tech'],
  pl: ['strona główna', 'wiadomości', 'polityka', 'gospodarka', 'sport', 'kultura', 'świat', 'kraj', 'opinie', 'biznes', 'zdrowie', 'nauka', 'technologie', 'moto', 'rozrywka', 'region'],
};

/** Every word of one vocabulary, in all its languages. */
export function allWords(words: Words): string[] {
  return Object.values(words).flat();
}

/** Escapes a phrase for a regular expression. */
function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular-expression alternation of every phrase of a vocabulary, longest first. */
export function alternation(words: Words): string {
  return [...new Set(allWords(words))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}
