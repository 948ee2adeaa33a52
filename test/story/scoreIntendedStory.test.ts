import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countCoveredAnchors,
  mapIntendedClaims,
  normaliseQuoteText,
  scoreIntendedStory,
  type IntendedClaim,
  type IntendedStory,
  type ScoredStory,
} from '../../scripts/eval/scoreIntendedStory.js';

/** A derived claim with one member per sentence. */
const claim = (id: string, ...sentences: string[]) => ({ id, members: sentences.map((text) => ({ ref: { text } })) });

const intendedClaim = (id: string, quotes: string[], statuses: [string, string][] = []): IntendedClaim => ({
  id,
  text: id,
  key: null,
  anchors: quotes.map((quote) => ({ file: 'text/a.txt', quote })),
  statuses,
});

const hospital = intendedClaim('H1', ['the east wing took a direct hit', 'not a single civilian facility was struck', 'consistent with a direct hit on the hospital'], [
  ['2025-03-10', 'claimed'],
  ['2025-03-11', 'disputed'],
]);
const fragments = intendedClaim('H2', ['fragments may have reached the grounds', 'fragments do not make a four-metre crater'], [['2025-04-05', 'disputed']]);
const toll = intendedClaim('K1', ['the ministry said 23 militants were killed', 'the number will be lower than that']);

describe('normaliseQuoteText', () => {
  it('makes apostrophes straight, drops double quote marks, folds whitespace and case', () => {
    expect(normaliseQuoteText('“Not a single\n  civilian facility”, the ministry’s "spokesman"')).toBe("not a single civilian facility, the ministry's spokesman");
  });
});

describe('countCoveredAnchors', () => {
  it('counts an anchor once however many members contain it', () => {
    const texts = ['"the east wing took a direct hit," sorel said.', 'the east wing took a direct hit, sorel repeated.'].map((text) => ({ text, trigger: null }));
    expect(countCoveredAnchors(texts, hospital.anchors)).toBe(1);
  });

  it('counts a member only when the words it was read from are inside the quote', () => {
    const text = 'the video showed dren alive two weeks after the east wing took a direct hit.';
    expect(countCoveredAnchors([{ text, trigger: 'took' }], hospital.anchors)).toBe(1);
    expect(countCoveredAnchors([{ text, trigger: 'showed' }], hospital.anchors)).toBe(0);
  });
});

describe('scoreIntendedStory', () => {
  it('finds a claim whose members hold its quotes, whatever the derived claim is called', () => {
    const story: ScoredStory = {
      claims: [claim('building.hit.1', '“The east wing took a direct   hit,” Sorel said.', 'Not a single civilian facility was struck.'), claim('other.1', 'The weather was fine.')],
      relations: [],
      statusHistory: [
        { claimId: 'building.hit.1', asOf: '2025-03-10', status: 'claimed' },
        { claimId: 'building.hit.1', asOf: '2025-03-11', status: 'disputed' },
      ],
    };
    const agreement = scoreIntendedStory(story, { claims: [hospital], relations: [] });
    expect(agreement.claims).toEqual({ found: 1, total: 1 });
    expect(agreement.statuses).toEqual({ agreed: 2, total: 2 });
    expect(agreement.rows[0]).toContain('building.hit.1 (2/3 anchors)');
  });

  it('finds an anchor in a content that stops inside a quotation', () => {
    const story: ScoredStory = { claims: [claim('a', 'the main building had been "damaged but not destroyed')], relations: [], statusHistory: [] };
    const building = intendedClaim('P1', ['the main building had been "damaged but not destroyed"']);
    expect(mapIntendedClaims(story, { claims: [building], relations: [] }).get('P1')?.covered).toBe(1);
  });

  it('maps to the claim covering most anchors, ties to the one with most members', () => {
    const story: ScoredStory = {
      claims: [
        claim('a', 'The east wing took a direct hit.'),
        claim('b', 'The east wing took a direct hit.', 'It was a clear day.'),
        claim('c', 'Not a single civilian facility was struck.', 'Imagery is consistent with a direct hit on the hospital grounds.'),
      ],
      relations: [],
      statusHistory: [],
    };
    expect(mapIntendedClaims(story, { claims: [hospital], relations: [] }).get('H1')).toEqual({ claimId: 'c', covered: 2, found: true });
    const tie = { ...story, claims: story.claims.slice(0, 2) };
    expect(mapIntendedClaims(tie, { claims: [hospital], relations: [] }).get('H1')?.claimId).toBe('b');
  });

  it('counts two intended claims merged into one derived claim once: the one covering more anchors', () => {
    const story: ScoredStory = {
      claims: [claim('merged', 'The east wing took a direct hit.', 'Not a single civilian facility was struck.', 'Fragments may have reached the grounds.')],
      relations: [],
      statusHistory: [{ claimId: 'merged', asOf: '2025-03-10', status: 'claimed' }],
    };
    const intended: IntendedStory = { claims: [fragments, hospital], relations: [{ between: ['H2', 'H1'], kinds: ['contradicts'] }] };
    const mapping = mapIntendedClaims(story, intended);
    expect(mapping.get('H1')).toMatchObject({ claimId: 'merged', found: true });
    expect(mapping.get('H2')).toMatchObject({ claimId: 'merged', found: false });
    const agreement = scoreIntendedStory(story, intended);
    expect(agreement.claims).toEqual({ found: 1, total: 2 });
    // H2's checkpoint cannot agree through a claim it does not own.
    expect(agreement.statuses).toEqual({ agreed: 1, total: 3 });
    expect(agreement.relations).toEqual({ found: 0, total: 1 });
    expect(agreement.rows[0]).toContain("merged into H1's merged (1/2)");
  });

  it('on equal coverage the claim listed first owns the derived claim', () => {
    const story: ScoredStory = { claims: [claim('x', 'The east wing took a direct hit.', 'Fragments may have reached the grounds.')], relations: [], statusHistory: [] };
    const mapping = mapIntendedClaims(story, { claims: [fragments, hospital], relations: [] });
    expect(mapping.get('H2')?.found).toBe(true);
    expect(mapping.get('H1')?.found).toBe(false);
  });

  it('finds a relation in either direction and only with an accepted kind', () => {
    const base = {
      claims: [claim('hit', 'The east wing took a direct hit.'), claim('frag', 'Fragments do not make a four-metre crater, she said.'), claim('count', 'The number will be lower than that.')],
      statusHistory: [],
    };
    const intended: IntendedStory = {
      claims: [hospital, fragments, toll],
      relations: [
        { between: ['H2', 'H1'], kinds: ['contradicts'] },
        { between: ['K1', 'H1'], kinds: ['supports'] },
      ],
    };
    const agreement = scoreIntendedStory(
      {
        ...base,
        relations: [
          { kind: 'contradicts', from: 'hit', to: 'frag' },
          { kind: 'contradicts', from: 'count', to: 'hit' },
        ],
      },
      intended,
    );
    expect(agreement.claims).toEqual({ found: 3, total: 3 });
    expect(agreement.relations).toEqual({ found: 1, total: 2 });
  });

  it('scores an intended claim no member quotes as not found, with its checkpoints as none', () => {
    const agreement = scoreIntendedStory({ claims: [claim('x', 'Something else entirely.')], relations: [], statusHistory: [] }, { claims: [hospital], relations: [] });
    expect(agreement.claims.found).toBe(0);
    expect(agreement.statuses.agreed).toBe(0);
    expect(agreement.rows[0]).toContain('not found (0/3 anchors)');
    expect(agreement.rows[0]).toContain('✗ (none)');
  });
});

/** The text of a corpus file as written, one JSONL line for 'file#N'; the cp1252 page read byte for character. */
function anchorSource(corpus: string, file: string): string {
  const [path, line] = file.split('#');
  const bytes = readFileSync(join(corpus, path));
  const text = bytes.toString(/charset=windows-1252/i.test(bytes.toString('latin1')) ? 'latin1' : 'utf8');
  return line ? text.split('\n')[Number(line) - 1] : text;
}

describe.each(['samples/corpus', 'samples/hospital-blast'])('the anchors of %s', (corpus) => {
  const intended = JSON.parse(readFileSync(join(corpus, 'intended-story.json'), 'utf8')) as IntendedStory;

  it('quote 5 to 15 words that occur exactly in their file', () => {
    const wrong = intended.claims.flatMap((c) =>
      c.anchors
        .filter((a) => {
          const words = a.quote.split(/\s+/).length;
          return words < 5 || words > 15 || !anchorSource(corpus, a.file).includes(a.quote);
        })
        .map((a) => `${c.id}: ${a.file}: ${a.quote}`),
    );
    expect(wrong).toEqual([]);
  });

  it('give every claim 2 to 6 anchors and relate only listed claims', () => {
    const ids = new Set(intended.claims.map((c) => c.id));
    expect(intended.claims.filter((c) => c.anchors.length < 2 || c.anchors.length > 6).map((c) => c.id)).toEqual([]);
    expect(intended.relations.flatMap((r) => r.between).filter((id) => !ids.has(id))).toEqual([]);
  });
});
