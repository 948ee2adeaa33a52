import { predicateClassOf } from '../propositions/predicateClasses.js';
import { opposes } from '../relationRules.js';
import type { SubjectKind } from '../types.js';

/** Base forms a word may stand for, without a tagger: 'killed' → kill, 'eliminated' → eliminate, 'dies' → die. */
function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  return [...new Set([w, w.replace(/ied$/u, 'y'), w.replace(/ed$/u, ''), w.replace(/d$/u, ''), w.replace(/ing$/u, ''), w.replace(/ing$/u, 'e'), w.replace(/e?s$/u, '')])];
}

/**
 * The predicate classes the rules know that a stated claim's words name:
 * 'Abu Bakr al-Baghdadi was killed in a Russian airstrike' → killed;
 * 'The recording is a fake' → fake.
 */
export function statedPredicates(claim: string): Set<string> {
  const classes = new Set<string>();
  for (const word of claim.match(/\p{L}+/gu) ?? []) {
    for (const form of baseForms(word)) {
      const reading = predicateClassOf(form, word, false);
      if (reading.known) classes.add(reading.name);
    }
  }
  return classes;
}

/**
 * How a derived claim stands to a stated one, by the story's own classes:
 * 'asserts' when it has a class the stated claim names, 'denies' when its
 * class opposes one (relationRules: killed vs alive), null when the classes
 * say nothing; then the stance judge decides.
 */
export function stanceByPredicate(stated: ReadonlySet<string>, derived: { predicate: string; subjectKind: SubjectKind }): 'asserts' | 'denies' | null {
  if (stated.has(derived.predicate)) return 'asserts';
  const facts = (predicate: string) => ({ predicate, subjectKind: derived.subjectKind, quantity: null, agent: null });
  for (const predicate of stated) if (opposes(facts(predicate), facts(derived.predicate))) return 'denies';
  return null;
}

/**
 * The word the stated claim is about: the last word before its first
 * predicate word the rules know ('al-Baghdadi' in 'Abu Bakr al-Baghdadi was
 * killed'; 'hospital' in 'The Halvek hospital was hit'), lower-cased; null
 * when it names no known predicate.
 */
export function statedSubjectHead(claim: string, isFunctionWord: (word: string) => boolean): string | null {
  const words = claim.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const first = words.findIndex((word) => baseForms(word).some((form) => predicateClassOf(form, word, false).known));
  for (let i = first - 1; i >= 0; i--) if (!isFunctionWord(words[i])) return words[i].toLowerCase();
  return null;
}
