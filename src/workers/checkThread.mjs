// The entry of a check thread. A worker thread does not inherit the TypeScript loader its parent
// registered (bin/corroborate.js, tsx, vitest), so it registers tsx itself and then loads the
// TypeScript module that checks its share of the claims.
import { register } from 'tsx/esm/api';

register();
await import('./answerCheckRequest.ts');
