import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.js';

const seeds = join(process.env.CORROBORATE_SHARED ?? '../shared', 'seeds');
const present = existsSync(join(seeds, 'manifest.csv'));
if (!present) console.warn(`seeds test skipped: no ${seeds}/manifest.csv (set CORROBORATE_SHARED to the shared data folder)`);

/**
 * (speaker as written, cue, canonical when it differs) for every statement a
 * careful reader finds in the seed bodies. Written by hand, not generated.
 */
const expected: Record<string, [string, string, string?][]> = {
  '000_c6ac2cc778416052.txt': [
    ['The Russians', 'claimed'],
    ['Recent reports', 'suggest'],
    ['US and Iraqi sources', 'suggest'],
    ['new reports', 'according to'],
    ['American and Iraqi officials', 'said'],
    ['They', 'said', 'American and Iraqi officials'],
    ['Abu Ali al-Basri', 'said'],
    ['Russia and the Syrian regime', 'said'],
    ['American officials', 'said'],
    ['they', 'said', 'American officials'],
    ['The officials', 'said', 'American and Iraqi officials'],
    ['they', 'believe', 'American and Iraqi officials'],
    ['The Iraqi officials', 'said'],
    ['Mr Basri', 'said', 'Abu Ali al-Basri'],
    ['the Russians', 'claim'],
    ['He', 'said', 'Abu Ali al-Basri'],
  ],
  '001_84c94ac3832a0fdb.txt': [
    ['Russia', 'says'],
    ['The Russian Foreign Ministry', 'said'],
    ['Russian Deputy Foreign Minister Oleg Syromolotov', 'said'],
    ['He', 'reiterated', 'Russian Deputy Foreign Minister Oleg Syromolotov'],
    ['that', 'said', 'a Defense Ministry statement'],
    ['the Pentagon', 'said'],
    ['Russia', 'said'],
    ['the Defense Ministry', 'saying'],
    ['The ministry', 'said', 'the Defense Ministry'],
    ['It', 'said', 'the Defense Ministry'],
    ['The Defense Ministry', 'added'],
    ['Iraqi Prime Minister Haider al-Abadi', 'said'],
    ['US officials and Syrian activists', 'say'],
    ['the group', 'claimed'],
  ],
  '002_80f6718dcb70c95a.txt': [
    ['Russian Military', 'Says'],
    ["the country's foreign minister", 'said'],
    ['the Russian military', 'claimed'],
    ['A colonel with the Iraqi national security service', 'told Reuters'],
    ['the colonel', 'said'],
    ['Chris Woods of Airwars', 'said'],
    ['Steve Goose', 'said'],
  ],
  '003_a90ea0f6ba6c7a37.txt': [
    ['U.S. and Iraqi officials', 'according to'],
    ['Military analysts', 'note'],
    ['They', 'told Reuters', 'Military analysts'],
    ['The officials', 'said', 'U.S. and Iraqi officials'],
    ['Analysts', 'suspect', 'Military analysts'],
    ['analyst Hisham al-Hashimi', 'told Reuters'],
    ['U.S. Air Force Brigadier General Matthew Isler', 'told Reuters'],
    ['Maj. Gen. Ali Alami', 'said'],
    ['Iman Issam', 'said'],
  ],
  '004_29300c3fb4f876c0.txt': [
    ['witnesses', 'told the Guardian'],
    ['Jumah Hamdi Hamdan', 'told the Guardian'],
    ['Hamdan', 'said', 'Jumah Hamdi Hamdan'],
    ['who', 'said', 'some senior regional officials'],
    ['A senior military official from the SDF', 'said'],
    ['the Guardian', 'said'],
    ['SDF spokesman Mustafa Bali', 'said'],
    ['he', 'told AFP', 'SDF spokesman Mustafa Bali'],
    ['Bali', 'said', 'SDF spokesman Mustafa Bali'],
    ['he', 'said', 'SDF spokesman Mustafa Bali'],
    ['a recent report by the UN sanctions monitoring team', 'according to'],
    ["the group's news channel", 'reported'],
    ['Two US security sources', 'told Reuters'],
    ['US government experts', 'believe'],
  ],
};

describe.skipIf(!present)('findStatements on the seed articles', () => {
  it.each(Object.entries(expected))('%s', (file, pairs) => {
    const statements = analyzeText(readFileSync(join(seeds, file), 'utf8'), true);
    // Scraped text keeps non-breaking spaces ('analyst\u00a0Hisham'); compare words.
    const words = (value?: string): string | undefined => value?.replace(/\s+/g, ' ');
    const found = statements.map((s) => [words(s.speaker?.text), s.cue.text, words(s.speaker?.canonical)]);
    for (const [speaker, cue, canonical] of pairs) {
      expect(found, `${speaker} / ${cue}`).toContainEqual([speaker, cue, canonical ?? speaker]);
    }
  });
});
