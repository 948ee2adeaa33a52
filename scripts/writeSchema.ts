// Regenerates the JSON Schemas in docs/schema/ from the zod record schemas.
import { writeFileSync } from 'node:fs';
import { checkJsonSchema, recordJsonSchema } from '../src/record/recordJsonSchema.js';

writeFileSync('docs/schema/corroborate.schema.json', `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
writeFileSync('docs/schema/check.schema.json', `${JSON.stringify(checkJsonSchema(), null, 2)}\n`);
console.log('wrote docs/schema/corroborate.schema.json and docs/schema/check.schema.json');
