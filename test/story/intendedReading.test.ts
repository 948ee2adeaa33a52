import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addArticles, emptyStory } from '../../src/story/addArticles.js';
import { toStory } from '../../src/story/toStory.js';
import { scoreIntendedStory, type IntendedStory } from '../../scripts/eval/scoreIntendedStory.js';
import { analyzeInMemory } from '../support/analyzeInMemory.js';

/**
 * The sample corpus's intended reading (samples/corpus/intended-story.json)
 * against the derived story. The floors are the agreement measured when
 * they were set: a change that lowers one fails here; one that raises it
 * should raise the floor. The table is printed for the review.
 */
const floors = { claims: 9, statuses: 5, relations: 4 };

describe('the sample corpus story against its intended reading', () => {
  it('keeps at least the measured agreement', async () => {
    const { records } = await analyzeInMemory(['samples/corpus'], 'samples/corpus/manifest.csv');
    const intended = JSON.parse(readFileSync('samples/corpus/intended-story.json', 'utf8')) as IntendedStory;
    const agreement = scoreIntendedStory(toStory(addArticles(emptyStory(), records)), intended);
    console.log(
      [`claims ${agreement.claims.found}/${agreement.claims.total}, status checkpoints ${agreement.statuses.agreed}/${agreement.statuses.total}, relations ${agreement.relations.found}/${agreement.relations.total}`, ...agreement.rows].join('\n'),
    );
    expect(agreement.claims.found).toBeGreaterThanOrEqual(floors.claims);
    expect(agreement.statuses.agreed).toBeGreaterThanOrEqual(floors.statuses);
    expect(agreement.relations.found).toBeGreaterThanOrEqual(floors.relations);
  });
});
