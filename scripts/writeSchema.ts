// Regenerates docs/schema/corroborate.schema.json from the zod record schema.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/record/recordJsonSchema.js';

writeFileSync('docs/schema/corroborate.schema.json', `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
console.log('wrote docs/schema/corroborate.schema.json');
