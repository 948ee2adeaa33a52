import { describe, expect, it } from 'vitest';
import { resolveMetadata } from '../../src/metadata/resolveMetadata.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { visiblePageDate } from '../../src/metadata/visiblePageDate.js';

describe('a day printed where a reader sees it', () => {
  const blocks = [
    'Home News Sport',
    'Latest: 02.02.2022',
    'Erste Maßnahmen umgesetzt und Kulturwandel angestoßen',
    'Peter Grimm / 03.02.2022 / 15:34',
    'Der Verband hat am 1. Februar 2022 beschlossen, die Strukturen seiner Kommissionen neu zu ordnen und die Athletinnen stärker einzubinden.',
    'Weitere Artikel 28.01.2022',
  ];

  it('is the byline nearest the headline, not a sidebar date or a date inside a sentence', () => {
    expect(visiblePageDate(blocks, 'Erste Maßnahmen umgesetzt und Kulturwandel angestoßen', '2026-01-01')).toEqual({ date: '2022-02-03', text: 'Peter Grimm / 03.02.2022 / 15:34' });
  });

  it('is read from a longer block that says the page was posted that day, as a blog’s footer does', () => {
    const footer = 'Dieser Eintrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Literatur, Typografie und Gestaltung abgelegt. Du kannst alle Antworten auf diesen Eintrag über den RSS 2.0 Feed verfolgen.';
    expect(visiblePageDate(['Literatur und Animated Typography', 'Ein langer Absatz über bewegte Schrift im Film.', footer], 'Literatur und Animated Typography', '2026-01-01')?.date).toBe('2010-05-19');
    // the same length without saying it was posted is a sentence about an event
    const event = 'Der Verein hat am 19. Mai 2010 um 23:03 Uhr seine Satzung geändert und unter großem Beifall neue Mitglieder aufgenommen, wie der Vorsitzende später im Gespräch mit uns erzählte.';
    expect(visiblePageDate(['Literatur und Animated Typography', event], 'Literatur und Animated Typography', '2026-01-01')).toBeNull();
  });

  it('is never a day after the page was captured', () => {
    expect(visiblePageDate(['Headline of the day', 'Event: 12.12.2030'], 'Headline of the day', '2026-01-01')).toBeNull();
  });

  it('is the first dated short block when the headline is not found among them', () => {
    expect(visiblePageDate(blocks, null, '2026-01-01')?.date).toBe('2022-02-02');
  });

  it("dates a page that has no meta date, no date in its address and no dateline, with how it knows ('text-visible-date')", () => {
    const page = `<html lang="de"><head><title>Synchronschwimmen: neue Trainerin | Verband</title></head><body>
      <nav><a href="/">Start</a> <a href="/news">News</a></nav>
      <article><h1>Synchronschwimmen: neue Trainerin</h1><p class="meta">01.02.2022 · Kategorie: Synchronschwimmen</p>
      <p>Die Nationalmannschaft bekommt eine neue Cheftrainerin. Sie war zuvor viele Jahre im Ausland tätig und soll das Team zu den Europameisterschaften führen.</p>
      <p>Der Verband sieht darin einen wichtigen Schritt für die Entwicklung des Sports, der in den vergangenen Jahren stark gewachsen ist.</p></article>
      </body></html>`;
    const raw = { source: 'verband.html', format: 'html' as const, content: page, encoding: 'utf-8' };
    expect(resolveMetadata(raw, cleanArticle(raw)).published).toEqual({ value: '2022-02-01', earliest: '2022-02-01', latest: '2022-02-01', how: 'text-visible-date', confidence: 0.5 });
  });
});
