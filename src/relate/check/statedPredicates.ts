import { baseForms, predicateClassOf } from '../propositions/predicateClasses.js';
import { killedOfOne, opposes } from '../relationRules.js';
import type { SubjectKind } from '../types.js';
import { canonicalWord } from '../propositions/canonicalHead.js';
import { agentsAgree } from '../groupClaims.js';

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

/** What a stated claim says did it, keyed as the story keys agents: 'hit by an air strike' -> 'strike'. */
const byPhrase = /\bby\s+(?:an?\s+|the\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s*(?:[.,;!?]|$|\s(?:in|on|at|near|during|after|before|while|when|that|which|who|by|\p{Ll}+ed)\b)/u;
const inEvent = /\bin\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(air\s*strike|strike|airstrike|raid|attack|bombing|blast|explosion)s?\b/iu;

/**
 * The agent or cause a stated claim names, as the story keys it: the head of
 * its 'by' phrase ('hit by an air strike', 'killed by Islamic State' ->
 * 'islamic-state' for a name), or the event it says something happened in
 * ('killed in a Russian airstrike' -> 'strike'); null when it names none.
 */
export function statedAgent(claim: string): string | null {
  const by = byPhrase.exec(claim)?.[1];
  if (by) {
    const words = by.split(/\s+/u);
    // A name is keyed whole, as the story keys an organisation: 'Islamic State' -> 'islamic-state'.
    if (words.every((w) => /^\p{Lu}/u.test(w))) return words.map((w) => w.toLowerCase()).join('-');
    return canonicalWord(words[words.length - 1]);
  }
  const event = inEvent.exec(claim)?.[1];
  return event ? canonicalWord(event.replace(/\s+/gu, '')) : null;
}

/**
 * Whether a derived claim of the stated class names another cause than the
 * stated one ('hit by a misfired rocket' against 'hit by an air strike'), as
 * the story's rule for the same event has it (relationRules: different agents
 * or causes contradict; not for one being killed, killedOfOne).
 */
export function causesDiffer(statedAgentKey: string | null, derived: { predicate: string; agent: string | null; subjectKind: SubjectKind }): boolean {
  if (!statedAgentKey || !derived.agent || agentsAgree(statedAgentKey, derived.agent)) return false;
  return !killedOfOne(derived);
}
