// The entry of an analysis thread. A worker thread does not inherit the TypeScript loader its
// parent registered (bin/corroborate.js, tsx, vitest), so it registers tsx itself and then loads
// the TypeScript module that answers analysis requests.
import { register } from 'tsx/esm/api';

register();
await import('./answerAnalysisRequests.ts');
