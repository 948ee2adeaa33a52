import type { ReferentClass } from './referentWords.js';

export interface Referent {
  canonical: string;
  class: ReferentClass;
  /** Set for the speaker of an earlier statement, which a pronoun continues first. */
  speakerParagraph?: number;
  /** An entity written inside an earlier statement's content: 'Danek said *the deputy, Emil Vantosh,* may have been killed'. */
  quoted?: boolean;
  /** The sentence (view index) an entity is in. */
  sentence?: number;
  /** An entity written inside a speaker phrase, as in an apposition: 'Hollin, the intelligence director of *the Lessarian Interior Ministry*, said'. */
  inSpeaker?: boolean;
}

export const wordsOf = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** 'the Defense Ministry' names something; 'The ministry' does not. */
export const namesSomething = (name: string): boolean => /\p{Lu}/u.test(name.replace(/^(?:the|a|an|its|his|her|their)\s+/i, ''));

const lastWordKey = (name: string): string => (wordsOf(name).at(-1) ?? '').toLowerCase();
const surnameKey = (word: string): string => word.replace(/^al-/, '');

/** The latest referent with some head word, and the latest one whose canonical name differs from it. */
interface LatestTwo {
  last: { index: number; canonical: string };
  other?: { index: number; canonical: string };
}

function remember(map: Map<string, LatestTwo>, head: string, index: number, canonical: string): void {
  const entry = map.get(head);
  const latest = { index, canonical: canonical.toLowerCase() };
  if (!entry) map.set(head, { last: latest });
  else if (entry.last.canonical === latest.canonical) entry.last = latest;
  else map.set(head, { last: latest, other: entry.last });
}

function latestExcept(map: Map<string, LatestTwo>, head: string, canonical: string): number {
  const entry = map.get(head);
  if (!entry) return -1;
  if (entry.last.canonical !== canonical.toLowerCase()) return entry.last.index;
  return entry.other?.index ?? -1;
}

const latestOf = (indexes: Iterable<number | undefined>): number => Math.max(-1, ...[...indexes].map((i) => i ?? -1));

/**
 * The referents met so far, in text order, indexed by what resolveSpeakers
 * asks of them, so that each question is a map lookup and not a scan back
 * over every earlier referent: 'Smith said ...' asked for an earlier
 * 'X Smith' 100,000 times over a list growing to 100,000 was quadratic.
 * Each answer is the latest referent that fits, as the scan found it.
 */
export class ReferentIndex {
  readonly all: Referent[] = [];
  private readonly latestSpeaker = new Map<ReferentClass, number>();
  private readonly latestOutside = new Map<ReferentClass, number>();
  private readonly outsideBySentence = new Map<number, Map<ReferentClass, number>>();
  /** Head word -> word count -> latest index. */
  private readonly byHeadAndLength = new Map<string, Map<number, number>>();
  private readonly bySurname = new Map<string, number>();
  private readonly describedSpeakers = new Map<string, LatestTwo>();
  private readonly describedNarration = new Map<string, LatestTwo>();

  push(referent: Referent): void {
    const index = this.all.length;
    this.all.push(referent);
    const words = wordsOf(referent.canonical);
    const head = lastWordKey(referent.canonical);
    const speaker = referent.speakerParagraph !== undefined;
    const outside = !speaker && !referent.quoted;
    if (speaker) this.latestSpeaker.set(referent.class, index);
    if (outside) {
      this.latestOutside.set(referent.class, index);
      const sentence = referent.sentence as number;
      const byClass = this.outsideBySentence.get(sentence) ?? new Map<ReferentClass, number>();
      byClass.set(referent.class, index);
      this.outsideBySentence.set(sentence, byClass);
    }
    const lengths = this.byHeadAndLength.get(head) ?? new Map<number, number>();
    lengths.set(words.length, index);
    this.byHeadAndLength.set(head, lengths);
    if (words.length > 1) this.bySurname.set(surnameKey(head), index);
    if (namesSomething(referent.canonical)) {
      if (speaker) remember(this.describedSpeakers, head, index, referent.canonical);
      else if (!referent.quoted && !referent.inSpeaker) remember(this.describedNarration, head, index, referent.canonical);
    }
  }

  at(index: number): Referent | undefined {
    return index >= 0 ? this.all[index] : undefined;
  }

  /** The latest speaker of one of these classes. */
  latestSpeakerOf(classes: readonly ReferentClass[]): number {
    return latestOf(classes.map((c) => this.latestSpeaker.get(c)));
  }

  /** The latest entity of one of these classes written in the narration (not inside a statement's content), in one sentence or anywhere. */
  latestOutsideOf(classes: readonly ReferentClass[], sentence?: number): number {
    if (sentence === undefined) return latestOf(classes.map((c) => this.latestOutside.get(c)));
    const byClass = this.outsideBySentence.get(sentence);
    return byClass ? latestOf(classes.map((c) => byClass.get(c))) : -1;
  }

  /** The latest referent whose last word is `head` and that has more than `words` words: 'Hamdan' in 'Jumah Hamdi Hamdan'. */
  latestLonger(head: string, words: number): number {
    const lengths = this.byHeadAndLength.get(head);
    return lengths ? latestOf([...lengths].filter(([length]) => length > words).map(([, index]) => index)) : -1;
  }

  /** The latest name of two words or more ending in this surname, 'al-' aside: 'Basri' -> 'Abu Ali al-Basri'. */
  latestWithSurname(surname: string): number {
    return this.bySurname.get(surnameKey(surname)) ?? -1;
  }

  /** The latest referent naming something with this head word, other than the description itself, among speakers or else in the narration. */
  latestDescribed(head: string, description: string, among: 'speakers' | 'narration'): number {
    return latestExcept(among === 'speakers' ? this.describedSpeakers : this.describedNarration, head, description);
  }
}
