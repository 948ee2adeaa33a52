import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleRecord } from '../../src/record/articleRecord.js';
import { checkJsonSchema, recordJsonSchema } from '../../src/record/recordJsonSchema.js';
import { toArticleRecord } from '../../src/record/toArticleRecord.js';
import { articleFixture } from '../support/articleFixture.js';

describe('the JSON record', () => {
  it('has its committed JSON Schema up to date (run npm run schema after changing the record)', () => {
    const committed = JSON.parse(readFileSync('docs/schema/corroborate.schema.json', 'utf8'));
    expect(committed).toEqual(recordJsonSchema());
    expect(JSON.parse(readFileSync('docs/schema/check.schema.json', 'utf8'))).toEqual(checkJsonSchema());
  });

  it('accepts a real record and rejects one with a missing field', () => {
    const record = toArticleRecord(articleFixture());
    expect(articleRecord.safeParse(record).success).toBe(true);
    const { outlet: _outlet, ...withoutOutlet } = record;
    expect(articleRecord.safeParse(withoutOutlet).success).toBe(false);
  });
});
