import type { PreparedClaim, PreparedSentence, PreparedText } from './prepareText.js';
import { cueFamilyNames, type CueFamily } from './stanceCueFamilies.js';

/**
 * The features of a (claim, text) pair, our own ids in a fixed order: the
 * weights file names them and the trees index them. Nothing here is learned
 * from data: overlaps of stems, numbers and names, and counts of the
 * hand-written cue families (stanceCueFamilies.ts) over the whole text, its
 * first sentence, the sentences that bear on the claim, and the claim itself.
 */
const overlapIds = [
  'coverage', // share of the claim's content stems found in the text
  'coverageFirst', // ... in the first sentence (a body's lede, or the headline itself)
  'coverageBest', // ... in the sentence that holds most of them
  'coverageSecond',
  'bestCoveredByClaim', // share of the best sentence's content stems found in the claim: a headline about more, or about less
  'missingFromBest', // how many of the claim's content stems the best sentence lacks
  'lowercaseCoverage', // share of the claim's lower-case content stems (what happened, not who) in the text, -1 when none
  'lowercaseCoverageBest', // ... in the best sentence
  'bigramCoverage', // share of the claim's adjacent stem pairs found adjacent in the text
  'tfCosine', // cosine of log term frequencies, claim stems against the text's
  'numberCoverage', // share of the claim's numbers in the text, -1 when it has none
  'nameCoverage', // share of the claim's stems that the text writes capitalised inside a sentence
  'longStemCoverage', // share of the claim's stems of 6+ letters (rarer words) found, -1 when none
  'matchedShare', // share of the text's sentences holding a quarter of the claim's stems
  'firstMatchAt', // where the first such sentence stands, 0 = first, 1 = none
  'claimLength',
  'textLength', // ln(1 + word tokens)
  'sentenceCount',
  'negationNearClaim', // negations within 3 words of a claim word in the bearing sentences: 'did not kill'
  'hedgedPredicate', // claim words of what happened with a hedge up to 3 words before, in the bearing sentences: 'feared killed'
  'negationMismatch',
  'hedgeBeyondClaim', // hedge and speculation cues of the bearing sentences less the claim's own: 'Priest claims God is female' hedges nothing for 'Priest says he met God'
  'attributionBeyondClaim', // ... the same for attribution: 'Militant group says it killed journalist' relays 'ISIS killed journalist'
  'sourceLead', // the first sentence opens with a short part holding no claim word, cut by a colon: 'Analyst: ...', 'US officials: ...'
  'sourceTail', // ... or ends with one after a colon or dash: '...: report', '... -- analyst', '... -CNN' // the claim is negated and the bearing sentences are not, or the reverse
] as const;

const regions = ['text', 'first', 'bearing', 'claim'] as const;
export const featureIds: readonly string[] = [...overlapIds, ...regions.flatMap((region) => cueFamilyNames.map((family) => `${region}.${family}`))];

/** A sentence bears on the claim when it holds at least this share of the claim's content stems. */
export const bearingCoverage = 0.25;
/** At most this many best-matching sentences count as bearing. */
const bearingCount = 3;
const negationReach = 3;

function coverageOf(claim: PreparedClaim, sentence: PreparedSentence): number {
  if (!claim.contentStems.length) return 0;
  let found = 0;
  for (const stem of claim.contentStems) if (sentence.content.has(stem)) found++;
  return found / claim.contentStems.length;
}

/** The sentences that bear on the claim, best first: at most three, each holding a quarter of its stems or being the best. */
export function bearingSentences(claim: PreparedClaim, text: PreparedText): { sentences: PreparedSentence[]; coverages: number[] } {
  const coverages = text.sentences.map((s) => coverageOf(claim, s));
  const order = coverages.map((_, i) => i).sort((a, b) => coverages[b] - coverages[a] || a - b);
  const chosen = order.filter((i, rank) => coverages[i] > 0 && (rank === 0 || coverages[i] >= bearingCoverage)).slice(0, bearingCount);
  return { sentences: chosen.map((i) => text.sentences[i]), coverages };
}

function negationsNear(claim: PreparedClaim, sentence: PreparedSentence): number {
  let near = 0;
  for (const at of sentence.negationAt) {
    const from = Math.max(0, at - negationReach);
    const to = Math.min(sentence.stems.length, at + negationReach + 1);
    for (let i = from; i < to; i++) {
      if (i !== at && claim.stemCounts.has(sentence.stems[i])) {
        near++;
        break;
      }
    }
  }
  return near;
}

/** Claim stems written in lower case (what happened) that a hedge precedes within reach: 'feared [killed]', 'claim to [behead]'. */
function hedgedPredicates(claim: PreparedClaim, sentence: PreparedSentence): number {
  let hedged = 0;
  for (const at of sentence.hedgeAt) {
    for (let i = at + 1; i <= Math.min(sentence.stems.length - 1, at + negationReach); i++) {
      if (claim.lowercaseStems.includes(sentence.stems[i])) {
        hedged++;
        break;
      }
    }
  }
  return hedged;
}

/** 1 when a short part of a headline names no claim word, so it names who says it: 'Analyst', 'report', 'CNN'. */
function isSourcePart(claim: PreparedClaim, part: readonly string[] | undefined): number {
  return part?.length && !part.some((stem) => claim.stemCounts.has(stem)) ? 1 : 0;
}

/** How many more cues of these families the bearing sentences hold than the claim itself, per sentence. */
function beyondClaim(claim: PreparedClaim, bearing: readonly PreparedSentence[], families: readonly CueFamily[]): number {
  if (!bearing.length) return 0;
  const indices = families.map((f) => cueFamilyNames.indexOf(f));
  const count = (cues: readonly number[]): number => indices.reduce((sum, i) => sum + cues[i], 0);
  return bearing.reduce((sum, s) => sum + count(s.cues), 0) / bearing.length - count(claim.cues);
}

function shareFound(list: readonly string[], has: (item: string) => boolean): number {
  if (!list.length) return -1;
  let found = 0;
  for (const item of list) if (has(item)) found++;
  return found / list.length;
}

/** `found` passes the bearing sentences when the caller has them already. */
export function stanceFeatures(claim: PreparedClaim, text: PreparedText, found = bearingSentences(claim, text)): Float64Array {
  const row = new Float64Array(featureIds.length);
  const { sentences: bearing, coverages } = found;
  const sorted = [...coverages].sort((a, b) => b - a);
  const claimSize = claim.contentStems.length;
  let dot = 0;
  for (const stem of claim.contentStems) {
    const count = text.stemCounts.get(stem);
    if (count) dot += 1 + Math.log(count);
  }
  const best = coverages.length ? text.sentences[coverages.indexOf(sorted[0])] : undefined;
  let bestInClaim = 0;
  if (best) for (const stem of best.content) if (claim.stemCounts.has(stem)) bestInClaim++;
  const firstMatch = coverages.findIndex((c) => c >= bearingCoverage);
  const near = bearing.reduce((sum, s) => sum + negationsNear(claim, s), 0);
  const claimNegated = claim.cues[cueFamilyNames.indexOf('negation')] > 0;
  const values = [
    shareFound(claim.contentStems, (s) => text.stemCounts.has(s)),
    coverages.length ? coverages[0] : 0,
    sorted[0] ?? 0,
    sorted[1] ?? 0,
    best?.content.size ? bestInClaim / best.content.size : 0,
    claimSize - Math.round((sorted[0] ?? 0) * claimSize),
    shareFound(claim.lowercaseStems, (s) => text.stemCounts.has(s)),
    shareFound(claim.lowercaseStems, (s) => best?.content.has(s) ?? false),
    Math.max(0, shareFound(claim.bigramList, (b) => text.bigrams.has(b))),
    claimSize && text.tfNorm ? dot / (text.tfNorm * Math.sqrt(claimSize)) : 0,
    shareFound(claim.numberList, (n) => text.numbers.has(n)),
    Math.max(0, shareFound(claim.contentStems, (s) => text.names.has(s))),
    shareFound(claim.contentStems.filter((s) => s.length >= 6), (s) => text.stemCounts.has(s)),
    coverages.length ? coverages.filter((c) => c >= bearingCoverage).length / coverages.length : 0,
    firstMatch < 0 || !coverages.length ? 1 : firstMatch / coverages.length,
    claimSize,
    Math.log1p(text.tokenCount),
    text.sentences.length,
    near,
    bearing.reduce((sum, s) => sum + hedgedPredicates(claim, s), 0),
    claimNegated !== near > 0 ? 1 : 0,
    beyondClaim(claim, bearing, ['hedge', 'speculation']),
    beyondClaim(claim, bearing, ['attribution']),
    isSourcePart(claim, text.sentences[0]?.leadPart),
    isSourcePart(claim, text.sentences[0]?.tailPart),
  ];
  row.set(values, 0);
  let at = values.length;
  const sentenceCount = Math.max(1, text.sentences.length);
  for (let f = 0; f < cueFamilyNames.length; f++) row[at + f] = text.cues[f] / sentenceCount;
  at += cueFamilyNames.length;
  for (let f = 0; f < cueFamilyNames.length; f++) row[at + f] = text.sentences[0]?.cues[f] ?? 0;
  at += cueFamilyNames.length;
  for (const s of bearing) for (let f = 0; f < cueFamilyNames.length; f++) row[at + f] += s.cues[f];
  at += cueFamilyNames.length;
  for (let f = 0; f < cueFamilyNames.length; f++) row[at + f] = claim.cues[f];
  return row;
}
