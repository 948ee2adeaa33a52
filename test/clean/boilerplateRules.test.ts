import { describe, expect, it } from 'vitest';
import { boilerplateRules } from '../../src/clean/boilerplateRules.js';
import { matchCaptionRule } from '../../src/clean/captionRules.js';
import { readDateline } from '../../src/clean/readDateline.js';

const ruleFor = (text: string) => boilerplateRules.find((rule) => rule.test(text))?.name ?? null;

describe('boilerplate rules', () => {
  it.each([
    ['Skip to main content', 'navigation'],
    ['search', 'navigation'],
    ['in ,', 'navigation'],
    ['Help us grow. Support The Duran on Patreon!', 'share-appeal'],
    ['Join Us: News for people demanding a better world', 'share-appeal'],
    ['Your contribution supports this bold media model—free, independent, and dedicated to reporting the facts every day. Join with us today!', 'share-appeal'],
    ["We're hundreds of thousands strong, but every single supporter makes the difference.", 'share-appeal'],
    ['Common Dreams is powered by optimists who believe in the power of informed and engaged citizens.', 'share-appeal'],
    ['Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely.', 'licence'],
    ['© 2019 Middle East Eye Ltd. All rights reserved.', 'licence'],
    ['What do you think?', 'comment-widget'],
    ['Upvote Downvote', 'comment-widget'],
    ['Notify of', 'comment-widget'],
    ['Inline Feedbacks', 'comment-widget'],
    ['View all comments', 'comment-widget'],
    ['22 Points', 'comment-widget'],
    ['comments', 'comment-widget'],
    ['The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of The Duran.', 'disclaimer'],
    ['(bold italics added)', 'editorial-note'],
    ['read more:', 'appended-article'],
    ['Read More »', 'related-articles'],
    ['Related post', 'related-articles'],
    ['Read more: Islamic State chief urges militants to fight on', 'related-articles'],
    ['Home | Korvath | Lessaria | Border | Opinion | Weather | Contact', 'navigation'],
    ['World | Europe | Conflicts | Business | Science | Newsletters', 'navigation'],
    ['News Korvath Politics Business Culture Letters', 'navigation'],
    ['Sign in Subscribe', 'navigation'],
    ['Nell Carrow · 16 August 2025 · 7 min read', 'navigation'],
    ['Share your thoughts with friends.', 'share-appeal'],
    ['Y\u043eur \u0441\u043ent\u0435nt \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d \u0456n\u0455t\u0430ntl\u0443 t\u043e th\u043eu\u0455\u0430nd\u0455 \u043ef u\u0455\u0435r\u0455 \u0456n B\u0435l\u0456z\u0435!', 'disguised-text'],
    ['Teile diesen Artikel mit deinen Freunden!', 'share-appeal'],
    ['<img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1234&ev=PageView&noscript=1"/>', 'markup-as-text'],
    ['More BBC News', 'related-heading'],
    ['More from The Guardian', 'related-heading'],
    ['Mehr aus dem Ressort Politik', 'related-heading'],
    ['By Petra Lunn', 'byline'],
    ['By Sam Ostrer, with Meridian Press Agency', 'byline'],
    ['Posted in Lessaria, Militias by Nell Carrow', 'byline'],
    ['War der Artikel nützlich?', 'reader-feedback'],
    ['Möchten Sie den Artikel teilen?', 'reader-feedback'],
    ['We want to hear what you think about this article. Submit a letter to the editor or write to letters@theatlantic.com.', 'reader-feedback'],
    ['¡Mira lo que tiene nuestro canal de YouTube!', 'share-appeal'],
    ['Wir respektieren deine Privatsphäre', 'share-appeal'],
    ['Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.', 'share-appeal'],
    ['To view the full story, please subscribe to The Haitian Times.', 'share-appeal'],
    ["If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.", 'share-appeal'],
    ["Do you want to be informed of DiEM25's actions? Sign up here", 'share-appeal'],
    ['Unterstütze RosaMag bereits mit 2,50!', 'share-appeal'],
    ['Entdecke weitere Homestorys', 'related-heading'],
    ['Contenido Relacionado', 'related-heading'],
    ['Vorschau auf den nächsten Artikel', 'related-heading'],
    ['Quellenangaben:', 'section-label'],
    ['Inhaltsverzeichnis', 'section-label'],
    ['Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion des Freitag.', 'disclaimer'],
    ['(Alle Angaben ohne Gewähr)', 'disclaimer'],
    ['(Noch keine Bewertungen)', 'comment-widget'],
    ['Externer Inhalt', 'comment-widget'],
    ['mirvane_nurse · 41 votes', 'comment-widget'],
    ['Dana P. · 2 votes', 'comment-widget'],
    ['Hesra Voice is free to read because readers support it. Become a supporter today.', 'share-appeal'],
  ])('%j is %s', (text, name) => {
    expect(ruleFor(text)).toBe(name);
  });

  it.each([
    'If confirmed, al-Baghdadi’s death would mark a major military success for Russia, which has conducted a military campaign in support of Syrian President Bashar Assad since September 2015.',
    'Kurdish-led, US-supported Syrian Democratic Forces on the other.',
    'The ministry declined to make comments on the report, which it said it was still verifying.',
    'He said the comments were taken out of context.',
    'Copyright law was not the issue, the court said.',
    'Readers who want to search for the archive can do so online.',
    'Though the latest reports were broken by CNN, the clearest written account of them has been provided by The Times of London',
    'What do you think happened to the convoy, he asked the officer.',
    'Russia said it would support the investigation.',
    'Iraq | Syria | the border region is where the fighting is heaviest. Officials agree.',
    'By the end of the week, the army had retaken the town.',
    'News of the strike reached the capital on Monday.',
    'Business and politics in the capital ground to a halt.',
    // Appeal words in narration that addresses no reader (PolNeAR train articles lost these).
    'Vermont Sen. Bernie Sanders also sent out a fundraising call following the remarks, asking supports to “donate $3 to our campaign now to condemn Donald Trump’s hate and racism.”',
    'Alabama Sen. Jeff Sessions, a prominent Trump supporter, said Clinton’s acceptance of donations from those seeking her assistance was akin to extortion.',
    'Carson’s commitments included a May 11 speech to Save Our Youth, a nonprofit supporting at-risk kids with educational and emotional support.',
    'Share prices fell 5 percent on Tuesday after the report.',
    'Share the article with a friend who might stop by: the museum is open.',
    'More Americans are dying of heart disease than a decade ago.',
    'The tag <img> marks an image in HTML, the course explained.',
    'The article was useful to prosecutors.',
    'Hamas said on its Telegram channel that the convoy had been hit.',
    'Der Artikel wurde tausendfach geteilt, sagte die Redaktion.',
    'The full story of the raid came out two years later, after officials could log in to the archive.',
    'Kontakt zu den Entführern gab es seit Mai nicht mehr.',
    'The measure passed · 212 votes to 87, the speaker said.',
    'Donations to the relief fund rose. Support for the government fell after the strike.',
    // Each script in its own words: a Russian sentence naming NATO and an iPhone, and a Greek one naming Twitter.
    'Генсек NATO заявил, что iPhone и Android-смартфоны запрещены в штабе.',
    'Ο εκπρόσωπος έγραψε στο Twitter ότι η NATO-σύνοδος αναβλήθηκε.',
  ])('keeps the body sentence %j', (text) => {
    expect(ruleFor(text)).toBeNull();
  });
});

describe('caption rules', () => {
  it.each([
    ['Syrian village of Baghouz, where SDF battled IS militants in January (AFP/file photo)', 'trailing-credit'],
    ['The leaning Al-Hadba minaret towering over the skyline in Mosul on June 19, 2017. (AFP Photo/Mohamed el-Shahed)', 'trailing-credit'],
    ['Abu Bakr al-Baghdadi, leader of the Islamic State (ISIS), in this still image taken from an online video. (Credit: IG)', 'trailing-credit'],
    ['Armed police patrolled the streets. / AFP / - (Photo credit should read -/AFP/Getty Images)', 'trailing-credit'],
    ['This July 5, 2014 photo shows an image grab taken from a propaganda video', 'photo-framing'],
    ['A still from a propaganda video released on July 5, 2014, allegedly shows the leader', 'video-still'],
    ['The road from Halvek towards Vell Pass, in the Serrin Mountains. (Korvath Today)', 'outlet-credit'],
    ['Die Mühle am Ortsrand wurde 1890 gebaut. | © Heimatverein Lessau', 'closing-credit'],
    ['Der Bürgermeister eröffnet die neue Brücke. Bild: Stadt Lessau/Jan Ober', 'closing-credit'],
    ['Das Hermelin ist im Winter gut getarnt. (Jan Ober / iStock.com)', 'trailing-credit'],
  ])('%j is a caption by %s', (text, name) => {
    expect(matchCaptionRule(text)?.name).toBe(name);
  });

  it.each([
    'The photo was later shown to be fake, officials said.',
    'Russia (and Syria) said the strike killed him.',
    'He told AFP that the group was still active.',
    'The Islamic State (IS) group leader overcame an attempted coup.',
    'The remnants of his caliphate are under attack by the US-backed Syrian Democratic Forces (SDF).',
    'Die Kapelle spielt am Samstag: Bildung und Kultur gehören für den Verein zusammen.',
    `${'Der Rat beschloss am Montag die Sanierung der Brücke und des Mühlenwegs, die seit Jahren gesperrt sind. '.repeat(2)}Foto: dpa`,
    // A wire story's paragraph signed by its agency.
    `${'Zum Angebot gehören bei der ARD auch eine Podcast-Reihe sowie Sondersendungen vor der „Tagesschau“. '.repeat(4)}(dpa)`,
  ])('leaves %j as body', (text) => {
    expect(matchCaptionRule(text)).toBeNull();
  });
});

describe('readDateline', () => {
  it.each([
    ['• December 4, 2021', 'December 4, 2021'],
    ['Published: 16 June 2017 10:42', '16 June 2017'],
    ['Updated Fri 16 Jun 2017', '16 Jun 2017'],
    ['2017-06-16', '2017-06-16'],
  ])('%j is a dateline of %j', (text, date) => {
    expect(readDateline(text)).toBe(date);
  });

  it.each(['On December 4, 2021 the army moved in.', 'December 4, 2021 was a cold day.'])('%j is not a dateline', (text) => {
    expect(readDateline(text)).toBeNull();
  });
});
