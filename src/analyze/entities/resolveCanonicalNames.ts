import type { AnalyzedDocument, Entity, Stage } from '../types.js';
import { canonicalAliases } from './data/aliases.js';
import { isShortFormOf, nameKeys } from './nameKeys.js';

/** Words left out of an acronym: 'Syrian Observatory for Human Rights' -> 'SOHR'. */
const initialsSkipped = new Set(['of', 'for', 'the', 'and', '&']);
const acronym = /^\p{Lu}{2,6}$/u;

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !initialsSkipped.has(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

interface FullName {
  entity: Entity;
  keys: string[];
}

/**
 * The full names of people: of all multi-word mentions sharing a surname, the
 * form the article uses most (ties: the longer, then the earlier). Most used
 * rather than longest, because an article that once writes 'Ibrahim Abu-Bakr
 * Al-Baghdadi' and four times 'Abu Bakr al-Baghdadi' is naming him the latter way.
 */
function personCanonical(entity: Entity, fullNames: FullName[], counts: Map<string, number>): string {
  const keys = nameKeys(entity.text);
  const matches = fullNames.filter((full) => isShortFormOf(keys, full.keys));
  if (matches.length === 0) return entity.text;
  const score = (full: FullName) => [counts.get(full.entity.text) ?? 0, full.keys.length, -full.entity.start];
  const best = matches.reduce((winner, candidate) => {
    const [a, b] = [score(candidate), score(winner)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? candidate : winner;
    return winner;
  });
  return best.entity.text;
}

/** The organisation an acronym stands for: defined in brackets ('Syrian Democratic Forces (SDF)') or by initials. */
function expandAcronym(entity: Entity, organizations: Entity[], text: string): string | undefined {
  const defined = organizations.find((org) => org.end + 2 === entity.start && text.slice(org.end, entity.start) === ' (');
  if (defined) return defined.text;
  return organizations.find((org) => org.text.includes(' ') && initialsOf(org.text) === entity.text)?.text;
}

/**
 * A shorter organisation name inside a fuller one: 'the Defense Ministry'
 * after 'Russian Defense Ministry'. The nearest fuller name before it wins,
 * so two countries' ministries in one article stay apart.
 */
function expandOrganization(entity: Entity, organizations: Entity[]): string {
  const pattern = new RegExp(`(?:^|\\s)${entity.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const fuller = organizations.filter((org) => org.text.length > entity.text.length && pattern.test(org.text));
  if (fuller.length === 0) return entity.text;
  const before = fuller.filter((org) => org.start < entity.start);
  return (before.length > 0 ? before[before.length - 1] : fuller[0]).text;
}

/** `organizations` may hold the entity itself: neither expansion can pick it (it is not longer than itself, nor defined right before itself). */
function canonicalOf(entity: Entity, text: string, organizations: Entity[], fullNames: FullName[], counts: Map<string, number>): string {
  if (entity.type === 'person') return personCanonical(entity, fullNames, counts);
  if (entity.type === 'place') return canonicalAliases.get(entity.text) ?? entity.text;
  const name = acronym.test(entity.text) && !canonicalAliases.has(entity.text)
    ? (expandAcronym(entity, organizations, text) ?? entity.text)
    : expandOrganization(entity, organizations);
  return canonicalAliases.get(name) ?? name;
}

/**
 * Fills each entity's canonical name with the fullest name this article uses
 * for the same referent: 'Mr Basri' -> 'Abu Ali al-Basri', 'Al-Bagdhadi' ->
 * 'Abu Bakr al-Baghdadi', 'SDF' -> 'Syrian Democratic Forces', 'ISIS' ->
 * 'Islamic State' (aliases are data, in data/aliases.ts).
 */
export const resolveCanonicalNames: Stage = {
  name: 'resolveCanonicalNames',
  run(doc: AnalyzedDocument) {
    const fullNames = doc.entities
      .filter((entity) => entity.type === 'person')
      .map((entity) => ({ entity, keys: nameKeys(entity.text) }))
      .filter((full) => full.keys.length > 1);
    const counts = new Map<string, number>();
    for (const { entity } of fullNames) counts.set(entity.text, (counts.get(entity.text) ?? 0) + 1);
    const organizations = doc.entities.filter((entity) => entity.type === 'organization');
    return { entities: doc.entities.map((entity) => ({ ...entity, canonical: canonicalOf(entity, doc.text, organizations, fullNames, counts) })) };
  },
};
