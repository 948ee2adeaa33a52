import { describe, expect, it } from 'vitest';
import { multilingualBoilerplateRules } from '../../src/clean/multilingualBoilerplateRules.js';
import { filterBoilerplate } from '../../src/clean/filterBoilerplate.js';
import type { Block } from '../../src/clean/Block.js';

const ruleFor = (text: string) => multilingualBoilerplateRules.find((rule) => rule.test(text))?.name ?? null;
const block = (text: string): Block => ({ text, hint: 'paragraph', linkDensity: 0 });
const body = (i: number) => block(`Absatz ${i}: Der Stadtrat hat am Dienstag beschlossen, die Brücke bis zum Herbst zu sanieren, sagte die Sprecherin.`);

describe('multilingual boilerplate lines', () => {
  it.each([
    ['Mehr zum Thema', 'related-heading'],
    ['Das könnte Sie auch interessieren!', 'related-heading'],
    ['Veja também:', 'related-heading'],
    ['Foto: dpa', 'credit'],
    ['(crédito: Minervino Júnior)', 'credit'],
    ['AFP / MARCO BERTORELLO', 'credit'],
    ['Aktualisiert am 12.12.2022', 'byline'],
    ['4 Min Read', 'byline'],
    ['Keine Kommentare', 'comment-widget'],
    ['Sie müssen eingeloggt sein, um Kommentare zu schreiben!', 'comment-widget'],
    ['Zum Newsletter anmelden', 'share-appeal'],
    ['Síguenos en Telegram, Instagram y Twitter', 'share-appeal'],
    ['- Anzeige -', 'advert-label'],
  ])('%s is %s', (text, name) => {
    expect(ruleFor(text)).toBe(name);
  });

  it.each([
    'Mehr zum Thema Klimaschutz will die Regierung im Herbst vorlegen, sagte der Minister am Montag vor Journalisten in Berlin.',
    'Foto: Die Polizei veröffentlichte am Montag ein Bild des Verdächtigen und bittet die Bevölkerung um Hinweise.',
    'Von der Leyen sagte, die Kommission werde den Vorschlag prüfen und im Frühjahr eine Entscheidung treffen.',
    'Die Agentur AFP meldete, die Verhandlungen seien am Abend ohne Ergebnis abgebrochen worden.',
  ])('leaves body text alone: %s', (text) => {
    expect(ruleFor(text)).toBeNull();
  });

  it("drops a 'Mehr zum Thema' box and what follows it at the end of a page, but only the heading mid-article", () => {
    const end = filterBoilerplate([body(1), body(2), body(3), block('Mehr zum Thema'), block('Neue Ampel am Marktplatz')]);
    expect(end.kept.map((b) => b.text)).toEqual([body(1).text, body(2).text, body(3).text]);
    const middle = filterBoilerplate([body(1), block('Mehr zum Thema'), body(2), body(3)]);
    expect(middle.kept.map((b) => b.text)).toEqual([body(1).text, body(2).text, body(3).text]);
  });
});
