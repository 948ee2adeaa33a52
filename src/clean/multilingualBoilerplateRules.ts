import type { BoilerplateRule } from './boilerplateRules.js';

/*
 * Boilerplate lines in German, French, Spanish, Portuguese and Polish as well
 * as English, as data; each tests one whole block. About 40% of the pages of
 * the trafilatura evaluation set are German, and their widgets ('Mehr zum
 * Thema', 'Foto: dpa', 'Aktualisiert am') are the same few phrases on every site.
 */
const whole = (pattern: RegExp) => (text: string) => pattern.test(text);

export const multilingualBoilerplateRules: readonly BoilerplateRule[] = [
  {
    // 'Mehr zum Thema', 'Das könnte Sie auch interessieren!', 'Lesen Sie auch:', 'Meistgelesene Artikel', 'Veja também:', 'Siehe auch'
    name: 'related-heading',
    test: whole(
      /^(?:mehr zu(?:m thema)?\b.{0,40}|(?:das|die|dies) könnten? (?:sie|dich|euch) (?:auch|ebenfalls) interessieren|auch interessant|ebenfalls interessant|schon gelesen\??|lesen sie auch\b.{0,40}|siehe auch|zum weiterlesen|weiterlesen|weiterführende (?:links|informationen|artikel|beiträge)|(?:weitere|ähnliche|empfohlene|verwandte|neueste|aktuelle) (?:artikel|beiträge|news|nachrichten|themen|meldungen)\b.{0,40}|meist(?:gelesene|diskutierte|kommentierte)? ?(?:artikel|beiträge)?|mehr themen|themen im artikel|noch mehr infos.{0,20}|veja também|leia também|lee también|te puede interesar|à lire aussi|lire aussi|sur le même sujet|czytaj (?:też|także)|zobacz (?:też|także)|(?:more|related|similar|latest|popular|trending) (?:stories|articles|posts|news|reads)|most (?:read|popular|viewed)|don't miss|you may have missed|further reading)[:!.]?$/i,
    ),
    scope: 'tail',
    reason: 'the heading of a box of other articles; in the second half of the page, what follows is that box',
  },
  {
    // 'Foto: dpa', 'Bild: Jahr Media', 'Quelle: Landesregierung', 'Photograph by Jane Doe', 'Credit: AP', '(crédito: Minervino Júnior)', 'Titelbild: privat'
    name: 'credit',
    test: (text) =>
      text.length <= 90 &&
      /^\(?(?:fotos?|bild(?:er|quelle|nachweis)?|titelbild|beitragsbild|quellen?(?:angaben)?|abbildung|photos?|photograph|image|credits?(?: photos)?|crédits? photos?|crédito|fuente|źródło|fot\.|source)(?: by| via|\s*\d*)?\s*[:/]?\s/i.test(text) &&
      !/[.!?]\s+\p{Lu}\p{Ll}+ \p{Ll}+ /u.test(text),
    scope: 'block',
    reason: 'a photo or source credit',
  },
  {
    // 'AFP / MARCO BERTORELLO', 'Augusta National/Getty Images', 'iStock.com', 'Thinkstock', 'Judy Eddy/WENN.com', 'DCV / Oppitz'
    name: 'credit',
    test: whole(/^(?:[\p{L} .&-]{1,40}\s*\/\s*)?(?:getty images|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|thinkstock|fotolia(?:\.com)?|imago(?: images)?|picture[ -]alliance|adobe ?stock|unsplash|pixabay|wenn\.com|dpa|afp|reuters|ap|epa|bestimage)(?:\s*\/\s*[\p{L} .&-]{1,40})?$/iu),
    scope: 'block',
    reason: 'a photo agency credit',
  },
  {
    // 'Aktualisiert am 12.12.2022', 'Veröffentlicht:', 'Last Modified:', 'Release Date:', '4 Min Read', 'Von:', 'Autoren:', 'Kategorie: News', 'Publikacja:', 'Permalien'
    name: 'byline',
    test: whole(/^(?:(?:zuletzt )?aktualisiert(?: am)?|veröffentlicht(?: am)?|erstellt(?: am)?|stand|last (?:modified|updated)|updated|published|release date|publikacja|publié le|mis à jour le|von|autor(?:in|en)?|author|kategorien?|category|rubrik|schlagworte|tags|permalien|permalink)\s*:?\s*[\p{L}\p{N} ,.:/-]{0,40}$|^\d{1,2} min(?:ute)?s? read$|^lesezeit:? \d+ min(?:uten)?\.?$/iu),
    scope: 'block',
    reason: 'a date, author or category line of the page template',
  },
  {
    // 'Keine Kommentare', 'Sie müssen eingeloggt sein, um Kommentare zu schreiben!', 'Verraten Sie gerne in den Kommentaren: ...', 'Kommentar schreiben'
    name: 'comment-widget',
    test: whole(/^(?:keine kommentare|\d+ kommentare?|kommentar(?:e)? (?:schreiben|verfassen|abgeben)|kommentieren|antworten|(?:schreiben sie|hinterlasse|verraten sie)[^.]{0,40} (?:einen )?kommentar(?:en)?\b.*|.{0,80}\bum (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abzugeben)\b.*|sie sind (?:aktuell )?nicht (?:eingeloggt|angemeldet)\.?|.{0,60}\bin den kommentaren[:!?.].{0,120}|laisser un commentaire|deja un comentario|deixe um comentário)$/i),
    scope: 'block',
    reason: 'part of a comment widget',
  },
  {
    // 'Zum Newsletter anmelden', 'Mit unserem Newsletter ...', 'Artikel gefallen? Vergiss nicht zu teilen!', 'Síguenos en Telegram', 'Nos siga no Instagram', 'Follow The Gleaner on Twitter'
    name: 'share-appeal',
    test: whole(/^(?:.{0,60}\bnewsletter\b.{0,120}|.{0,40}\b(?:teilen|vergiss nicht zu teilen|jetzt teilen)[!.]?|s[ií]guenos en\b.*|nos siga no\b.*|suivez-nous\b.*|folg(?:e|t) (?:uns|)\b.{0,80}|follow (?:us|[A-Z][\w ]{1,40}) on (?:twitter|facebook|instagram|telegram)\b.*|subscribe (?:now|today)\b.*|jetzt (?:abonnieren|anmelden|bestellen)\b.*|gefällt (?:dir|ihnen) (?:unser|dieser|der)\b.{0,80})$/i),
    scope: 'block',
    reason: 'a share, follow or subscribe appeal',
  },
  {
    // 'Anzeige', '- Anzeige -', 'ANZEIGE - Heute mal ausgehen?', 'Advertisement:', 'Reklama', 'Werbung', 'Publicidad'
    name: 'advert-label',
    test: whole(/^[-–*\s]*(?:anzeige|werbung|advertisement|sponsored|reklama|publicidad|publicité)\b[-–:\s]*(?:.{0,60})$/i),
    scope: 'block',
    reason: 'an advertisement label',
  },
];
