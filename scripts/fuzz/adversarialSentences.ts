import { utf8, type Family } from './fuzzCase.js';
import type { Random } from './random.js';

/**
 * Plain text built to find the analysis stages whose cost grows faster than
 * the text: many short attributed sentences ("Ilko Marant said the depot
 * burned."), the same in paragraphs, quotes opened and never closed, floods
 * of dates, and words a megabyte long.
 */
const count = (random: Random) => random.pick([10_000, 25_000, 50_000, 100_000]);
const headline = (random: Random) => `Officials dispute the fate of the commander\n\nTelgrad, 4 April 2025\n\n${random.sentence()}\n\n`;

export const adversarialSentences: Family = {
  name: 'adversarialSentences',
  kinds: [
    (random) => {
      const n = count(random);
      return { kind: `said-sentences-${n}`, files: [{ path: 'said.txt', bytes: utf8(headline(random) + 'Marant said the depot burned. '.repeat(n)) }] };
    },
    (random) => {
      const n = count(random);
      return { kind: `said-paragraphs-${n}`, files: [{ path: 'said-paragraphs.txt', bytes: utf8(headline(random) + 'Marant said the depot burned.\n\n'.repeat(n)) }] };
    },
    (random) => {
      const n = count(random);
      return { kind: `yes-he-said-${n}`, files: [{ path: 'yes.txt', bytes: utf8(headline(random) + '"Yes," he said. '.repeat(n)) }] };
    },
    (random) => {
      const n = count(random);
      return { kind: `quotes-never-closed-${n}`, files: [{ path: 'open-quotes.txt', bytes: utf8(headline(random) + '"The minister said the strike '.repeat(n)) }] };
    },
    (random) => {
      const n = count(random) * 2;
      return { kind: `date-flood-${n}`, files: [{ path: 'dates.txt', bytes: utf8(headline(random) + 'on 12 March 2025 and 3 May '.repeat(n / 2)) }] };
    },
    (random) => {
      const n = count(random);
      return { kind: `relative-dates-${n}`, files: [{ path: 'relative.txt', bytes: utf8(headline(random) + 'last Tuesday, two weeks later, yesterday, '.repeat(n / 3)) }] };
    },
    (random) => ({ kind: 'megabyte-word', files: [{ path: 'long-word.txt', bytes: utf8(`${headline(random)}The ministry said ${'Dren'.repeat(random.int(64 * 1024, 256 * 1024))} was killed.\n`) }] }),
    (random) => {
      const n = count(random);
      return { kind: `capitalised-names-${n}`, files: [{ path: 'names.txt', bytes: utf8(headline(random) + 'Ilko Marant Vasko Dren Halvek Sorvo '.repeat(n / 4)) }] };
    },
  ],
};
