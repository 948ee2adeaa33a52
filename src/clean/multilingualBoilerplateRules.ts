import type { BoilerplateRule } from './boilerplateRules.js';

/*
 * Boilerplate lines in German, French, Spanish, Portuguese and Polish as well
 * as English, as data; each tests one whole block. About 40% of the pages of
 * the trafilatura evaluation set are German, and their widgets ('Mehr zum
 * Thema', 'Foto: dpa', 'Aktualisiert am') are the same few phrases on every site.
 */
const whole = (pattern: RegExp) => (text: string) => pattern.test(text);
/** Words to the reader: 'you', 'Sie', 'Ihnen', 'du', 'dir', 'vous', 'usted'. */
const READER = /\b(?:you|your|Sie|Ihnen|Ihr|du|dir|dich|euch|vous|usted)\b/;

export const multilingualBoilerplateRules: readonly BoilerplateRule[] = [
  {
    // 'Mehr zum Thema', 'Das könnte Sie auch interessieren!', 'Lesen Sie auch:', 'Meistgelesene Artikel', 'Veja também:', 'Siehe auch'
    name: 'related-heading',
    test: whole(
      /^(?:mehr zu(?:m thema)?\b.{0,40}|(?:das|die|dies) könnten? (?:sie|dich|euch) (?:auch|ebenfalls) interessieren|auch interessant|ebenfalls interessant|schon gelesen\??|lesen sie auch\b.{0,40}|siehe auch|zum weiterlesen|weiterlesen|weiterführende (?:links|informationen|artikel|beiträge)|(?:weitere|ähnliche|empfohlene|verwandte|neueste|aktuelle) (?:artikel|beiträge|news|nachrichten|themen|meldungen)\b.{0,40}|meist(?:gelesene|diskutierte|kommentierte)? ?(?:artikel|beiträge)?|meist-(?:gelesen|diskutiert|kommentiert)e?|(?:vorschau auf den )?nächsten? artikel|(?:next|previous) (?:article|post|story)|(?:audios? et )?vidéos sur le sujet|mehr themen|themen im artikel|noch mehr infos.{0,20}|veja também|leia também|lee también|te puede interesar|à lire aussi|lire aussi|sur le même sujet|czytaj (?:też|także)|zobacz (?:też|także)|(?:more|related|similar|latest|popular|trending) (?:stories|articles|posts|news|reads)|entdecke(?:n sie)? (?:weitere|mehr)\b.{0,40}|(?:discover|explore) more\b.{0,40}|descubre más\b.{0,40}|contenido relacionado|(?:artículos|notas|noticias) relacionad[ao]s|articles (?:connexes|similaires)|most (?:read|popular|viewed)|don't miss|you may have missed|further reading)[:!.]?$/i,
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
    // 'War der Artikel nützlich?', 'Möchten Sie den Artikel teilen?', 'Den Artikel mit anderen teilen/diskutieren:', 'Was this
    // article helpful?', 'We want to hear what you think about this article.': the page asking about itself. A question, a
    // label or words to the reader: 'The article was useful to prosecutors.' is a sentence about an article, and stays.
    name: 'reader-feedback',
    test: (text) =>
      text.length <= 160 &&
      (/[?:]$/.test(text) || READER.test(text)) &&
      /\b(?:(?:the|this) (?:article|story|post|page)|(?:den|der|diesen?|dem) (?:artikel|beitrag)|(?:el|este) (?:artículo|post)|(?:cet|l['’])\s?article)\b/i.test(text) &&
      /\b(?:helpful|useful|nützlich|hilfreich|gefallen|teilen|diskutieren|share|rate|bewerten|what you think|útil|utile)\b/i.test(text),
    scope: 'block',
    reason: 'a prompt to rate or share the article',
  },
  {
    // '¡Mira lo que tiene nuestro canal de YouTube!', '¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete ...',
    // 'Join our WhatsApp channel': the outlet's own channel. 'Hamas said on its Telegram channel that ...' is news and stays.
    name: 'share-appeal',
    test: (text) =>
      text.length <= 200 &&
      /\b(?:youtube|telegram|whatsapp|tiktok|instagram)\b/i.test(text) &&
      /\b(?:canal|channel|kanal)\b/i.test(text) &&
      /\b(?:nuestro|tenemos|our|unser(?:em|en)?|notre|join|únete|abonnier\w*|suscríbete|subscribe)\b/i.test(text),
    scope: 'block',
    reason: "an appeal to follow the outlet's channel",
  },
  {
    // 'Wir respektieren deine Privatsphäre', 'We respect your privacy. ...', 'Tú también puedes hacer periodismo incómodo. Cancela
    // cuando quieras.': a consent box or a subscription offer.
    name: 'share-appeal',
    test: whole(/^(?:wir respektieren (?:deine|ihre) privatsphäre|we (?:respect|value) your privacy|nous respectons votre vie privée|respetamos tu privacidad)\b.{0,200}$|^.{0,150}\b(?:cancel (?:at )?any ?time|cancela cuando quieras|jederzeit kündbar)\b.{0,40}$/i),
    scope: 'block',
    reason: 'a consent notice or a subscription offer',
  },
  {
    // 'Quellenangaben:', 'Kontakt:', 'Ansprechpartnerin zum Thema:', 'Inhaltsverzeichnis', 'Table of contents': a label the
    // template puts over a list of sources, addresses or links, never a sentence of the article.
    name: 'section-label',
    test: whole(/^(?:quellen(?:angaben)?|zusatzinformationen|kontakt|ansprechpartner(?:in)?(?: zum thema)?|sources?|contact|inhaltsverzeichnis|table of contents|índice|sommaire|spis treści)\s*:?$/i),
    scope: 'block',
    reason: 'a label of the page template',
  },
  {
    // 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion', '(Alle Angaben ohne Gewähr)',
    // 'Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review ...', 'This story originally appeared in ...'
    name: 'disclaimer',
    test: (text) =>
      text.length <= 300 &&
      /\bgibt (?:die|ausschließlich die) meinung de[rs] (?:autors?|autorin|verfasser(?:in)?)\b|^\(?alle angaben ohne gewähr\)?\.?$|^dieser (?:beitrag|artikel) (?:stammt aus|erschien (?:zuerst |ursprünglich )?in)\b|^(?:a version of )?this (?:article|story) (?:originally appeared|first appeared|was originally published)\b/i.test(text),
    scope: 'block',
    reason: 'an editorial disclaimer or a note of where the text first appeared',
  },
  {
    // '(Noch keine Bewertungen)', 'No ratings yet', 'Externer Inhalt' (a box asking consent before an embed)
    name: 'comment-widget',
    test: whole(/^\(?(?:noch keine bewertungen|keine bewertungen|no ratings yet)\)?$|^(?:externer inhalt|external content|contenido externo)\b.{0,200}$/i),
    scope: 'block',
    reason: 'a rating or consent widget',
  },
  {
    // 'Do you want to be informed of DiEM25's actions? Sign up here', 'Zapraszamy też do subskrypcji tygodnika ...',
    // 'Unterstütze RosaMag bereits mit 2,50!'
    name: 'share-appeal',
    test: whole(/^.{0,120}[?!.]\s*(?:sign up|subscribe|register) (?:here|now|today)[.!]?$|^zapraszamy (?:też |także |również )?do (?:subskrypcji|prenumeraty|wsparcia)\b.*|^(?:jetzt )?(?:unterstütze|unterstützen sie)\b.{0,100}$/i),
    scope: 'block',
    reason: 'a subscribe or support appeal',
  },
  {
    // 'Anzeige', '- Anzeige -', 'ANZEIGE - Heute mal ausgehen?', 'Advertisement:', 'Reklama', 'Werbung', 'Publicidad'
    name: 'advert-label',
    test: whole(/^[-–*\s]*(?:anzeige|werbung|advertisement|sponsored|reklama|publicidad|publicité)\b[-–:\s]*(?:.{0,60})$/i),
    scope: 'block',
    reason: 'an advertisement label',
  },
];
