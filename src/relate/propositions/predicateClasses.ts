import { verbSynonyms } from '../../analyze/statements/wordClass.js';

/**
 * Predicates that mean the same, gathered under one name, so that 'was
 * killed', 'died', 'was eliminated' and 'is dead' meet in one claim and
 * 'hit', 'struck' and 'bombed' in another. Keys are lemmas as wink-nlp
 * gives them (and adjectives and nouns that predicate the same). A lemma
 * not listed is its own class: 'limit', 'sell', 'check into'. The classes
 * named here are the ones relation and status rules know about
 * (relationRules.ts): kept few and general, not one story's words.
 */
interface PredicateClass {
  name: string;
  /** An event happens once, at a time ('killed'); a state holds as of its report ('alive', 'hiding', 'fake'). */
  kind: 'event' | 'state';
  /** Whether the grammatical object is what the claim is about: 'the strike killed Dren' is about Dren. */
  aboutPatient: boolean;
  words: readonly string[];
}

const classes: readonly PredicateClass[] = [
  // "It May Have Killed ISIS Leader al-Baghdadi"; "Dren is dead"; "his reported death"; "was eliminated"; "martyred"
  { name: 'killed', kind: 'event', aboutPatient: true, words: ['kill', 'die', 'dead', 'death', 'eliminate', 'slay', 'slain', 'perish', 'martyr', 'martyred', 'assassinate', 'execute', 'behead', 'beheading', 'killing', 'murder', 'fatality', 'fatalities'] },
  // "severely injured"; "wounded"; "was hurt"; "his injuries"
  { name: 'injured', kind: 'event', aboutPatient: true, words: ['injure', 'injured', 'wound', 'wounded', 'hurt', 'injury', 'injuries', 'maim'] },
  // "is still alive"; "survived"; "in good health"
  { name: 'alive', kind: 'state', aboutPatient: false, words: ['alive', 'survive', 'living', 'resurface'] },
  // "fled to the desert"; "escaped Mosul"; "was smuggled across the border"
  { name: 'fled', kind: 'event', aboutPatient: false, words: ['flee', 'escape', 'smuggle', 'evacuate', 'cross', 'carry up', 'carry across', 'move out', 'take across', 'bring across', 'bring over', 'slip out', 'get out'] },
  // "hiding in the Serrin Mountains"; "has gone to ground"
  { name: 'hiding', kind: 'state', aboutPatient: false, words: ['hide', 'hiding', 'hidden', 'hideout', 'go to ground', 'take to ground'] },
  // "attended the meeting"; "took part in"
  { name: 'attended', kind: 'event', aboutPatient: false, words: ['attend'] },
  // "was captured"; "arrested"; "detained"
  { name: 'captured', kind: 'event', aboutPatient: true, words: ['capture', 'arrest', 'detain', 'seize'] },
  // "an air strike hit the hospital"; "struck"; "bombed"; "shelled"; "was targeted"
  { name: 'hit', kind: 'event', aboutPatient: true, words: ['hit', 'strike', 'struck', 'bomb', 'shell', 'target', 'attack', 'raid'] },
  // "the wing was destroyed"; "flattened"; "collapsed"
  { name: 'destroyed', kind: 'event', aboutPatient: true, words: ['destroy', 'demolish', 'flatten', 'raze', 'level', 'collapse', 'damage', 'wreck'] },
  // "the blast was caused by a misfired rocket"; "triggered by"
  { name: 'caused', kind: 'event', aboutPatient: true, words: ['cause', 'trigger'] },
  // "the recording is fake"; "fabricated"; "doctored"; "staged"
  { name: 'fake', kind: 'state', aboutPatient: false, words: ['fake', 'fabricate', 'fabricated', 'fabrication', 'doctor', 'doctored', 'forge', 'forged', 'forgery', 'bogus', 'staged', 'stage', 'false', 'hoax', 'montage'] },
  // "the recording is authentic"; "genuine"; "proof"; "this recording proves that the rocket was theirs"
  { name: 'authentic', kind: 'state', aboutPatient: false, words: ['authentic', 'genuine', 'real', 'proof', 'prove'] },
  // "the video was recorded before the strike"; "filmed"
  { name: 'recorded', kind: 'event', aboutPatient: false, words: ['record', 'film', 'tape'] },
];

const byWord = new Map<string, PredicateClass>(classes.flatMap((c) => c.words.map((w) => [w, c] as const)));

export interface PredicateReading {
  name: string;
  kind: 'event' | 'state';
  aboutPatient: boolean;
  /** Whether the class is one the rules know, rather than the word itself. */
  known: boolean;
}

/**
 * The class a verb not listed joins through WordNet: one whose first
 * sense it shares ('passed away' and 'murdered' are 'killed', as 'die'
 * and 'slay' are; 'nabbed' is 'captured'), not one whose later sense it
 * shares ('defeat' is the second sense of 'kill', 'kill the bill').
 */
function classOfSynonym(lemma: string): PredicateClass | undefined {
  for (const synonym of verbSynonyms(lemma, 2, 1)) {
    const known = byWord.get(synonym);
    if (known) return known;
  }
  return undefined;
}

/** The class of a predicate word: 'died' -> killed; 'limit' -> limit (its own). Copulas and adjectives are states. */
export function predicateClassOf(lemma: string, word: string, copular: boolean): PredicateReading {
  const known = byWord.get(lemma) ?? byWord.get(word.toLowerCase()) ?? (copular ? undefined : classOfSynonym(lemma));
  if (known) return { name: known.name, kind: known.kind, aboutPatient: known.aboutPatient, known: true };
  return { name: lemma, kind: copular ? 'state' : 'event', aboutPatient: false, known: false };
}

/** Base forms a word may stand for, without a tagger: 'killed' -> kill, 'crossed' -> cross, 'carries' -> carry, 'dies' -> die. */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  return [...new Set([w, w.replace(/ied$/u, 'y'), w.replace(/ies$/u, 'y'), w.replace(/ed$/u, ''), w.replace(/d$/u, ''), w.replace(/ing$/u, ''), w.replace(/ing$/u, 'e'), w.replace(/e?s$/u, ''), w.replace(/s$/u, '')])];
}

/**
 * The known class a stretch of text names by one of its words, without a
 * parse: 'Killed in the strike' -> killed, 'I was dead' -> killed; null when
 * no word of a known class is in it ('it had'). For verdicts that say what
 * they judge in a fragment of their own ('Killed in the strike: wrong').
 */
export function knownClassNamedIn(text: string): string | null {
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const form of baseForms(word)) {
      const known = byWord.get(form);
      if (known) return known.name;
    }
  }
  return null;
}

/** Whether a word names an event by itself ('the blast', 'the strike'), for a subject's kind. */
export const eventNouns = new Set(['strike', 'airstrike', 'blast', 'attack', 'explosion', 'raid', 'bombing', 'shelling', 'fire', 'crash', 'earthquake', 'quake', 'storm', 'flood', 'shooting', 'collision', 'operation', 'offensive', 'assault', 'ambush', 'coup']);

/** Nouns that state a predicate of their possessor: "Dren's death", 'his escape', 'the killing of Vantosh'. */
export const predicateNouns = new Set(['death', 'killing', 'beheading', 'murder', 'injury', 'injuries', 'wounds', 'escape', 'capture', 'arrest', 'survival', 'assassination', 'execution', 'destruction']);

/** Verbs that pass their subject to the verb after 'to': 'developers told to limit features', 'plans to sell', 'tried to flee'. */
export const controlVerbs = new Set(['tell', 'ask', 'want', 'plan', 'try', 'decide', 'expect', 'seem', 'appear', 'begin', 'continue', 'order', 'urge', 'force', 'agree', 'refuse', 'threaten', 'hope', 'intend', 'aim', 'attempt', 'manage', 'fail', 'set', 'prepare', 'vow', 'pledge', 'offer', 'start', 'stop', 'need', 'have', 'use', 'go']);

/** Verbs that report speech or thought: their own content is read, not the verb ('said', 'believed'). */
export const reportingLemmas = new Set(['revise', 'withdraw', 'retract', 'correct', 'say', 'tell', 'report', 'claim', 'announce', 'add', 'state', 'confirm', 'deny', 'insist', 'believe', 'think', 'suggest', 'warn', 'accuse', 'allege', 'note', 'explain', 'argue', 'write', 'quote', 'cite', 'declare', 'acknowledge', 'admit', 'concede', 'indicate', 'show', 'reveal', 'know', 'suspect', 'assume', 'doubt', 'verify', 'corroborate', 'question', 'dismiss', 'reject', 'estimate', 'fear', 'understand']);
