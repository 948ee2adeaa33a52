import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/analyze/segment/parseText.js';
import { repairTags } from '../../src/relate/parse/repairTags.js';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

/** Each token of a sentence as 'word/TAG' after the repairs. */
const tags = (text: string): string[] => repairTags(parseText(text, 0, text.length, [])).map((t) => `${t.text}/${t.pos}`);

/** What one sentence asserts, as 'subject|predicate'. */
const read = (content: string, people: string[] = []): string[] => readMembers(recordOf('The official', content, people)).map((m) => `${m.proposition.subject}|${m.proposition.predicate}`);

describe('repairs of the tagger where its reading makes claims no reader sees', () => {
  it("reads a participle hyphenated to the word before as an adjective: 'so-called', 'US-led'", () => {
    expect(tags("Islamic State's so-called caliphate")).toContain('called/ADJ');
    expect(read('the leader of the so-called caliphate, Abu Bakr al-Baghdadi, is alive', ['Abu Bakr al-Baghdadi'])).toEqual(['baghdadi|alive']);
  });

  it('reads a word after a possessive as a noun, or as an adjective before one', () => {
    expect(tags('thanks to a host of factors he has managed to elude getting his just rewards')).toContain('rewards/NOUN');
    expect(tags('after his reported death in the strike')).toContain('reported/ADJ');
    expect(tags('they saw her leave the building')).toContain('leave/VERB');
  });

  it('reads an adjective closing a phrase an article opens as a noun, and one before a noun as an adjective', () => {
    expect(tags('The SDF launched an offensive to expel IS from the province')).toContain('offensive/NOUN');
    expect(tags('an offensive weapon was found')).toContain('offensive/ADJ');
    expect(read('The SDF launched an offensive to expel IS from the province')[0]).toBe('sdf|launch');
  });

  it('reads a present participle inside a phrase an article opens as an adjective, and after a noun as a verb', () => {
    expect(tags('the Kremlin governing body met on Monday')).toContain('governing/ADJ');
    expect(tags('the Ukrainian fighting unit retreated')).toContain('fighting/ADJ');
    expect(tags('the army killing civilians was condemned')).toContain('killing/VERB');
  });

  it("reads 'according to' as a preposition", () => {
    expect(tags('the fighters used, according to residents, the old forestry track')).toContain('according/ADP');
  });

  it("reads 'given' opening a phrase as a preposition, and after an auxiliary as a verb", () => {
    expect(tags('and given the confirmation that the strike took place')).toContain('given/ADP');
    expect(tags('especially given the confusion within ISIS')).toContain('given/ADP');
    expect(tags('they were given the keys')).toContain('given/VERB');
  });

  it("reads 'to' and a word ending the clause after a verb of motion as a destination, not an infinitive", () => {
    expect(tags('Baghdadi fled to desert')).toEqual(['Baghdadi/PROPN', 'fled/VERB', 'to/ADP', 'desert/NOUN']);
    expect(tags('Baghdadi fled to escape the fighting')).toContain('escape/VERB');
  });

  it('drops a photo credit in brackets, and keeps other brackets', () => {
    expect(tags('Baghdadi fled to desert (AFP/file photo)').join(' ')).not.toMatch(/AFP|photo/u);
    expect(tags('the ministry (in Telgrad) said').join(' ')).toContain('Telgrad/PROPN');
  });
});
