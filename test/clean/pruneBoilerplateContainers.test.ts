import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { matchContainerRule } from '../../src/clean/boilerplateContainers.js';
import { parseHTML } from 'linkedom';

const html = (content: string) => cleanArticle({ source: 'test.html', format: 'html', content, encoding: 'utf-8' });

const prose = (n: number, topic = 'Stadtrat') =>
  Array.from({ length: n }, (_, i) => `<p>Absatz ${i + 1}: Der ${topic} hat am Dienstag nach langer Debatte beschlossen, die Brücke über den Fluss bis zum Herbst zu sanieren, sagte die Sprecherin.</p>`).join('\n');

const element = (markup: string) => parseHTML(`<html><body>${markup}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('furniture named by class or id', () => {
  it('matches share, related, comment and tag boxes in English and German', () => {
    expect(matchContainerRule(element('<div class="post-share shariff"></div>'))?.name).toBe('share');
    expect(matchContainerRule(element('<div id="aehnliche-artikel"></div>'))?.name).toBe('related');
    expect(matchContainerRule(element('<section class="leserkommentare"></section>'))?.name).toBe('comments');
    expect(matchContainerRule(element('<div class="entry-tags"></div>'))?.name).toBe('tags');
  });

  it("matches disclosures and WordPress's post utilities, but not a live ticker's running commentary", () => {
    expect(matchContainerRule(element('<section class="editorial-disclosure"></section>'))?.name).toBe('disclosure');
    expect(matchContainerRule(element('<div class="entry-utility"></div>'))?.name).toBe('meta');
    expect(matchContainerRule(element('<div class="post-comments"></div>'))?.name).toBe('comments');
    expect(matchContainerRule(element('<div class="live-match-comments clearfix"></div>'))).toBeNull();
    expect(matchContainerRule(element('<div class="liveticker-comments"></div>'))).toBeNull();
  });

  it('reads a heading by its class, not by its id, which is an anchor made from its words', () => {
    expect(matchContainerRule(element('<h3 class="subheading" id="nav_nur_die_folie__1">Nur die Folie bleibt zurück</h3>'))).toBeNull();
    expect(matchContainerRule(element('<h3 class="related-heading">Related</h3>'))?.name).toBe('related');
  });

  it('does not match words that merely contain a furniture name', () => {
    expect(matchContainerRule(element('<div class="commentary"></div>'))).toBeNull();
    expect(matchContainerRule(element('<div class="shareholders"></div>'))).toBeNull();
    // Elementor wraps every part of a page, the article too, in 'elementor-widget-*'.
    expect(matchContainerRule(element('<div class="elementor-widget-container"></div>'))).toBeNull();
    // A BEM modifier: a report section that has ads in it is still the report.
    expect(matchContainerRule(element('<section class="Report__Section--Ads"></section>'))).toBeNull();
  });

  it('removes a share bar, a related box and a comment thread from inside the article', () => {
    const article = html(`<html><head><title>Brücke wird saniert</title></head><body><article><h1>Brücke wird saniert</h1>${prose(6)}
      <div class="share-buttons"><p>Diesen Artikel auf Facebook, Twitter und per E-Mail mit Freunden und Bekannten teilen und weiterempfehlen, jetzt sofort und kostenlos.</p></div>
      <div class="verwandte-beitraege"><p>Neue Ampel am Marktplatz: Warum die Stadt für die Kreuzung vor dem Rathaus jetzt noch einmal neu plant.</p></div>
      <div id="kommentare"><p>Endlich! Das hätte man schon vor zehn Jahren machen müssen, die Brücke ist doch seit Ewigkeiten ein Ärgernis für alle.</p></div>
      </article></body></html>`);
    expect(article.text).toContain('Absatz 6');
    expect(article.text).not.toContain('Facebook');
    expect(article.text).not.toContain('Neue Ampel');
    expect(article.text).not.toContain('Endlich!');
  });

  it('keeps a page wrapper whose class mentions a sidebar when it holds the article', () => {
    const article = html(`<html><body><div class="content has-sidebar"><div class="story">${prose(6)}</div></div>
      <div class="sidebar"><p>Unser Wetter: Morgen wird es sonnig und warm, am Wochenende zieht dann von Westen her wieder Regen auf.</p></div></body></html>`);
    expect(article.text).toContain('Absatz 1');
    expect(article.text).not.toContain('Unser Wetter');
  });

  it('keeps an ASP.NET form that wraps the whole page', () => {
    const article = html(`<html><body><form id="form1"><div class="main">${prose(6)}</div></form></body></html>`);
    expect(article.text).toContain('Absatz 6');
  });
});

describe('the marked-up article body', () => {
  it('replaces readability when it holds more of the prose', () => {
    // Readability scores the first container alone (more paragraphs, more commas); the page marks
    // the whole text as its article body, with a second part in its own container.
    const article = html(`<html><body><div itemprop="articleBody">
      <div class="intro">${prose(5)}</div>
      <h2>Die Kosten</h2><div class="costs">${prose(4, 'Kreistag')}</div>
      </div></body></html>`);
    expect(article.text).toContain('Der Stadtrat');
    expect(article.text).toContain('Der Kreistag');
  });
});

describe('what a class name says and does not say', () => {
  const kinds = (article: ReturnType<typeof html>, words: string) =>
    article.paragraphs.filter((p) => article.text.slice(p.start, p.end).includes(words)).map((p) => p.kind);

  it("keeps text folded behind 'read more', which a related-stories rule would take for a box of links", () => {
    const article = html(`<html><body><article><h1>Ferienhaus Feinen</h1>${prose(4)}
      <div class="js_readmore"><span>Heizung, Strom und Wasser sind im Preis inbegriffen, ebenso die Nutzung des Hobbyraums.<br>
      Kinder unter 4 Jahren werden nicht als zahlende Personen gerechnet.</span><div><span></span></div></div>
      <div class="read-more"><ul><li><a href="/a">Ferienhaus am See mit Sauna und Garten</a></li><li><a href="/b">Ferienwohnung im Zentrum</a></li></ul></div>
      </article></body></html>`);
    expect(article.text).toContain('Kinder unter 4 Jahren');
    expect(article.text).not.toContain('Ferienhaus am See');
  });

  it('never takes a dialog for the page wrapper, however much text it holds', () => {
    const article = html(`<html><body><article><h1>Konferenz in Montego Bay</h1>${prose(3)}</article>
      <div role="dialog" aria-hidden="true" class="pum-overlay"><div class="pum-content">${prose(9, 'Ausbildungsprogramm')}</div></div></body></html>`);
    expect(article.text).toContain('Der Stadtrat');
    expect(article.text).not.toContain('Ausbildungsprogramm');
  });

  it('sets apart a caption the page names by class, with its credit', () => {
    const article = html(`<html><body><article><h1>Regierung in Tunis</h1>${prose(2)}
      <p class="media__caption media__caption--source">Ahmed Zarrouki, Avenue Habib Bourguiba, Tunis.</p>
      <p class="icaption_nonfloating"><span class="credits">DCV / Oppitz</span></p>${prose(2)}</article></body></html>`);
    expect(kinds(article, 'Avenue Habib Bourguiba')).toEqual(['caption']);
    expect(kinds(article, 'DCV / Oppitz')).toEqual(['caption']);
    expect(kinds(article, 'Absatz 2')).toEqual(['body', 'body']);
  });

  it("keeps a block named 'caption' that holds paragraphs of its own: a layout name, not a caption", () => {
    const article = html(`<html><body><article><h1>Brücke wird saniert</h1><div class="caption-layout">${prose(5)}</div></article></body></html>`);
    expect(kinds(article, 'Absatz 3')).toEqual(['body']);
  });

  it("removes an author's profile from beside the article", () => {
    const article = html(`<html><body><article><h1>Brücke wird saniert</h1>${prose(5)}
      <div class="odd sect sect_profile-descr"><p>Schreibt seit 2008 für die Zeitung über Verkehr, Städtebau und den Stadtrat.</p></div>
      <div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Ich mag jede Art von Fotografie und schreibe hier über Brücken.</p></div></div></article></body></html>`);
    expect(article.text).toContain('Absatz 5');
    expect(article.text).not.toContain('Schreibt seit 2008');
    expect(article.text).not.toContain('Ich mag jede Art');
  });
});
