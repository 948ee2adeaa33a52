import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/analyze/types.js';
import { analyzeText } from './analyzeText.js';

const seeds = join(process.env.CORROBORATE_SHARED ?? '../shared', 'seeds');
const available = existsSync(seeds);
if (!available) console.warn(`Skipping entity tests on the seed articles: no ${seeds} (set CORROBORATE_SHARED).`);

/** What a careful reader expects, per article: every listed mention must be found with this type and canonical name. */
const expected: Record<string, [mention: string, type: EntityType, canonical: string][]> = {
  '000_c6ac2cc778416052.txt': [
    ['Abu Bakr al-Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Al-Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Al-Bagdhadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Ibrahim Abu-Bakr Al-Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Abu Ali al-Basri', 'person', 'Abu Ali al-Basri'],
    ['Basri', 'person', 'Abu Ali al-Basri'],
    ['Abdalaziz Alhamza', 'person', 'Abdalaziz Alhamza'],
    ['Russian Ministry of Defence', 'organization', 'Russian Ministry of Defence'],
    ['Russian Aerospace Forces', 'organization', 'Russian Aerospace Forces'],
    ['Syrian Observatory for Human Rights', 'organization', 'Syrian Observatory for Human Rights'],
    ['Syrian Democratic Forces', 'organization', 'Syrian Democratic Forces'],
    ['ISIS', 'organization', 'Islamic State'],
    ['Isis', 'organization', 'Islamic State'],
    ['CNN', 'organization', 'CNN'],
    ['Raqqa', 'place', 'Raqqa'],
    ['Mosul', 'place', 'Mosul'],
    ['Moscow', 'place', 'Moscow'],
    ['Middle East', 'place', 'Middle East'],
  ],
  '001_84c94ac3832a0fdb.txt': [
    ['Oleg Syromolotov', 'person', 'Oleg Syromolotov'],
    ['Haider al-Abadi', 'person', 'Haider al-Abadi'],
    ['Bashar Assad', 'person', 'Bashar Assad'],
    ['Ruhollah Khomeini', 'person', 'Ruhollah Khomeini'],
    ['al-Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Russian Foreign Ministry', 'organization', 'Russian Foreign Ministry'],
    ['Defense Ministry', 'organization', 'Defense Ministry'],
    ['Pentagon', 'organization', 'Pentagon'],
    ['IS', 'organization', 'Islamic State'],
    ['Islamic State', 'organization', 'Islamic State'],
    ['Tehran', 'place', 'Tehran'],
    ['Old City', 'place', 'Old City'],
    ['US', 'place', 'United States'],
  ],
  '002_80f6718dcb70c95a.txt': [
    ['Sergei Lavrov', 'person', 'Sergei Lavrov'],
    ['Chris Woods', 'person', 'Chris Woods'],
    ['Steve Goose', 'person', 'Steve Goose'],
    ['Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['Russian Defense Ministry', 'organization', 'Russian Defense Ministry'],
    ['TASS', 'organization', 'TASS'],
    ['Reuters', 'organization', 'Reuters'],
    ['Human Rights Watch', 'organization', 'Human Rights Watch'],
    ['U.S.', 'place', 'United States'],
  ],
  '003_a90ea0f6ba6c7a37.txt': [
    ['Hisham al-Hashimi', 'person', 'Hisham al-Hashimi'],
    ['Matthew Isler', 'person', 'Matthew Isler'],
    ['Ali Alami', 'person', 'Ali Alami'],
    ['Al-baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['U.S. Air Force', 'organization', 'U.S. Air Force'],
    ['Federal Police', 'organization', 'Federal Police'],
    ['Tigris River', 'place', 'Tigris River'],
    ['Mosul', 'place', 'Mosul'],
  ],
  '004_29300c3fb4f876c0.txt': [
    ['Jumah Hamdi Hamdan', 'person', 'Jumah Hamdi Hamdan'],
    ['Hamdan', 'person', 'Jumah Hamdi Hamdan'],
    ['Mustafa Bali', 'person', 'Mustafa Bali'],
    ['Bali', 'person', 'Mustafa Bali'],
    ['Abu Muath al-Jazairi', 'person', 'Abu Muath al-Jazairi'],
    ['Hudayfah al-Badri', 'person', 'Hudayfah al-Badri'],
    ['Baghdadi', 'person', 'Abu Bakr al-Baghdadi'],
    ['SDF', 'organization', 'Syrian Democratic Forces'],
    ['IS', 'organization', 'Islamic State'],
    ['Guardian', 'organization', 'Guardian'],
    ['Security Council', 'organization', 'Security Council'],
    ['Keshma', 'place', 'Keshma'],
    ['Baghouz', 'place', 'Baghouz'],
    ['Deir Ezzor', 'place', 'Deir Ezzor'],
    ['Homs', 'place', 'Homs'],
  ],
};

/** Must not be entities of any kind in these articles. */
const notEntities: Record<string, string[]> = {
  '000_c6ac2cc778416052.txt': ['The', 'However', 'Supposedly', 'Russians', 'Russian', 'May', 'September', 'SU-34'],
  '001_84c94ac3832a0fdb.txt': ['Thursday', 'Iraqi', 'Su-34'],
  '004_29300c3fb4f876c0.txt': ['Tunisians', 'Algerians', 'Moroccans', 'January', 'Sunday'],
};

describe.skipIf(!available)('entities in the seed articles', () => {
  for (const [file, mentions] of Object.entries(expected)) {
    const doc = available ? analyzeText(readFileSync(join(seeds, file), 'utf8')) : undefined;
    it.each(mentions)(`${file}: %j is a %s named %j`, (mention, type, canonical) => {
      const matches = doc?.entities.filter((entity) => entity.text === mention) ?? [];
      expect(matches.length, `no entity '${mention}'`).toBeGreaterThan(0);
      for (const entity of matches) expect([entity.type, entity.canonical]).toEqual([type, canonical]);
    });
    it(`${file}: no stray entities`, () => {
      const texts = new Set(doc?.entities.map((entity) => entity.text));
      expect((notEntities[file] ?? []).filter((word) => texts.has(word))).toEqual([]);
    });
  }
});
