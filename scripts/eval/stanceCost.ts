/**
 * What the stance judge costs: per prepared text (an FNC-1 body, about
 * 370 words), per prepared claim, and per judged pair once both are
 * prepared, as `corroborate check` meets them (each claim against the
 * articles a full-text prefilter lets through).
 *
 *   npx tsx scripts/eval/stanceCost.ts [DATA] [--pairs-per-claim 100]
 */
import path from 'node:path';
import { estimateStance, prepareClaim, prepareText } from '../../src/stance/estimateStance.js';
import { readFncPairs } from '../train/readStancePairs.js';

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const args = process.argv.slice(2);
const data = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(shared, 'data');
const perClaimIndex = args.indexOf('--pairs-per-claim');
const perClaim = perClaimIndex >= 0 ? Number(args[perClaimIndex + 1]) : 100;

const pairs = readFncPairs(path.join(data, 'fnc-1'));
const bodies = [...new Set(pairs.map((p) => p.text))].slice(0, 1000);
const headlines = [...new Set(pairs.map((p) => p.claim))].slice(0, 1000);
const words = bodies.reduce((sum, b) => sum + b.split(/\s+/u).length, 0) / bodies.length;

let t = performance.now();
const texts = bodies.map(prepareText);
const perText = (performance.now() - t) / texts.length;
t = performance.now();
const claims = headlines.map(prepareClaim);
const perClaimPrepared = (performance.now() - t) / claims.length;

let judged = 0;
let related = 0;
t = performance.now();
claims.forEach((claim, c) => {
  for (let k = 0; k < perClaim; k++) {
    if (estimateStance(claim, texts[(c * 7 + k) % texts.length]).related >= 0.5) related++;
    judged++;
  }
});
const perPair = (performance.now() - t) / judged;
console.log(`prepareText: ${perText.toFixed(3)} ms per text (${bodies.length} FNC-1 bodies, ${words.toFixed(0)} words on average)`);
console.log(`prepareClaim: ${perClaimPrepared.toFixed(3)} ms per claim (${claims.length} headlines)`);
console.log(`estimateStance: ${(perPair * 1000).toFixed(1)} µs per pair (${judged} pairs, ${related} judged related)`);
console.log(`1,000 claims × ${perClaim} articles: ${((perText * 1000 + perClaimPrepared * 1000 + perPair * 1000 * perClaim) / 1000).toFixed(1)} s on one core`);
