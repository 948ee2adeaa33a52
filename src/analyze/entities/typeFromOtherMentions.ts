import type { EntityType } from '../types.js';
import type { NameCandidate } from './typeNameRun.js';
import { isShortFormOf, nameKeys } from './nameKeys.js';

/** 'SDF', 'RBSS': an acronym that can be defined in brackets or spelled out elsewhere. */
const acronym = /^\p{Lu}{2,6}$/u;
const initialsSkipped = new Set(['of', 'for', 'the', 'and', '&']);

function initials(candidate: NameCandidate): string {
  return candidate.words.filter((word) => !initialsSkipped.has(word.key)).map((word) => word.text[0]).join('').toUpperCase();
}

function textOf(candidate: NameCandidate, text: string): string {
  return text.slice(candidate.start, candidate.end);
}

function mostCommonType(types: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Types a name by what the article says about it elsewhere, in this order:
 * the same name typed elsewhere ('Raqqa' after 'in Raqqa'); a surname of a
 * typed person ('Hamdan' after 'Jumah Hamdi Hamdan', and 'Dren' after 'Vasko
 * Dren' opening a sentence, where the surname alone mid-sentence confirms the name); an acronym defined in
 * brackets or matching an organisation's initials ('(SDF)' after 'Syrian
 * Democratic Forces'); a name repeated in running text is taken for an
 * organisation ('The Duran' twice), since people are nearly always also named
 * in full. Names found only where capitals prove nothing (sentence starts,
 * headlines) and left untyped are dropped: 'Upvote Downvote', 'Help'.
 */
export function typeFromOtherMentions(candidates: NameCandidate[], text: string): NameCandidate[] {
  // 'Vasko Dren, the Oren Valley Front commander, ...' opens a paragraph, where capitals prove nothing; 'recognised Dren
  // from posters', mid-sentence, shows that 'Dren' is a name: a person named in full once, then by surname.
  const namesInRunningText = new Set(candidates.filter((c) => !c.weak && c.words.length === 1).map((c) => textOf(c, text)));
  const surnameRecurs = (candidate: NameCandidate) => candidate.words.length > 1 && namesInRunningText.has(candidate.words[candidate.words.length - 1].text);
  const confident = (candidate: NameCandidate) => candidate.type !== null && !(candidate.weak && candidate.rule === 'name-shape' && !surnameRecurs(candidate));
  const typed = candidates.filter(confident);
  // Everything below is built once and looked up per name: a name repeated 100,000 times
  // ('Smith said ...') must not make each mention walk every other one.
  const typesByText = groupBy(typed, (candidate) => textOf(candidate, text), (candidate) => candidate.type as EntityType);
  const fullPersons = [...new Map(typed.filter((c) => c.type === 'person' && c.words.length > 1).map((c) => nameKeys(textOf(c, text))).map((keys) => [keys.join(' '), keys])).values()];
  const organizationInitials = new Set(typed.filter((c) => c.type === 'organization' && c.words.length > 1).map(initials));
  const typedEndingAt = new Map<number, NameCandidate>();
  for (const other of typed) if (!typedEndingAt.has(other.end)) typedEndingAt.set(other.end, other);
  const occurrences = groupBy(candidates, (candidate) => textOf(candidate, text), (candidate) => candidate);
  const isShortForm = new Map<string, boolean>();
  const recurs = new Map<string, boolean>();

  const result: NameCandidate[] = [];
  for (const candidate of candidates) {
    if (confident(candidate)) {
      result.push(candidate);
      continue;
    }
    const name = textOf(candidate, text);
    const retype = (type: EntityType, rule: string) => result.push({ ...candidate, type, rule });
    const sameName = typesByText.get(name);
    if (sameName) {
      retype(mostCommonType(sameName), 'same-name');
      continue;
    }
    if (!isShortForm.has(name)) {
      const keys = nameKeys(name);
      isShortForm.set(name, fullPersons.some((full) => isShortFormOf(keys, full)));
    }
    if (isShortForm.get(name)) {
      retype('person', 'surname');
      continue;
    }
    if (acronym.test(name)) {
      // The first typed name ending two characters before, as in 'Syrian Democratic Forces (SDF)'.
      const defined = typedEndingAt.get(candidate.start - 2);
      if (defined && text.slice(defined.end, candidate.start) === ' (') {
        retype(defined.type as EntityType, 'acronym-definition');
        continue;
      }
      if (organizationInitials.has(name)) {
        retype('organization', 'acronym');
        continue;
      }
    }
    // A caption repeated word for word is one occurrence, not two: '(AFP/HO/al-Furqan Media)'.
    if (!recurs.has(name)) {
      const all = occurrences.get(name) ?? [];
      const contexts = new Set(all.map((other) => text.slice(Math.max(0, other.start - 20), other.end + 20)));
      recurs.set(name, contexts.size > 1 && all.some((other) => !other.weak));
    }
    if (recurs.get(name) && candidate.words.length <= 3) {
      retype('organization', 'recurring-name');
    }
  }
  return result;
}

function groupBy<T, V>(items: readonly T[], keyOf: (item: T) => string, valueOf: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(valueOf(item));
    else groups.set(key, [valueOf(item)]);
  }
  return groups;
}
