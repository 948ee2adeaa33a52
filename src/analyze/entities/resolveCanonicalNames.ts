import { countStartingBefore } from '../../model/startsBefore.js';
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

/**
 * The names an article's organisations and people are expanded to, looked
 * up per distinct name: what an entity resolves to depends on its text (and,
 * for an organisation, on where it is), so 'The minister said ...' written
 * 100,000 times asks once, not once per mention over every other mention.
 */
class Expansions {
  private readonly definedBefore = new Map<number, Entity>();
  private readonly byInitials = new Map<string, string>();
  private readonly fuller = new Map<string, Entity[]>();
  private readonly personByText = new Map<string, string>();
  private readonly fullNames: FullName[];

  constructor(
    private readonly text: string,
    private readonly organizations: Entity[],
    fullNames: FullName[],
    private readonly counts: Map<string, number>,
  ) {
    for (const org of organizations) {
      if (!this.definedBefore.has(org.end)) this.definedBefore.set(org.end, org);
      if (org.text.includes(' ') && !this.byInitials.has(initialsOf(org.text))) this.byInitials.set(initialsOf(org.text), org.text);
    }
    // Of mentions written alike only the earliest can win (same count, same keys), so the rest are left out.
    const earliest = new Map<string, FullName>();
    for (const full of fullNames) if ((earliest.get(full.entity.text)?.entity.start ?? Infinity) > full.entity.start) earliest.set(full.entity.text, full);
    this.fullNames = [...earliest.values()];
  }

  /** The organisation an acronym stands for: defined in brackets ('Syrian Democratic Forces (SDF)') or by initials. */
  acronym(entity: Entity): string | undefined {
    const defined = this.definedBefore.get(entity.start - 2);
    if (defined && this.text.slice(defined.end, entity.start) === ' (') return defined.text;
    return this.byInitials.get(entity.text);
  }

  /**
   * A shorter organisation name inside a fuller one: 'the Defense Ministry'
   * after 'Russian Defense Ministry'. The nearest fuller name before it wins,
   * so two countries' ministries in one article stay apart.
   */
  organization(entity: Entity): string {
    let fuller = this.fuller.get(entity.text);
    if (!fuller) {
      const pattern = new RegExp(`(?:^|\\s)${entity.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      fuller = this.organizations.filter((org) => org.text.length > entity.text.length && pattern.test(org.text));
      this.fuller.set(entity.text, fuller);
    }
    if (fuller.length === 0) return entity.text;
    const before = lastBefore(fuller, entity.start);
    return (before ?? fuller[0]).text;
  }

  person(entity: Entity): string {
    let canonical = this.personByText.get(entity.text);
    if (canonical === undefined) {
      canonical = personCanonical(entity, this.fullNames, this.counts);
      this.personByText.set(entity.text, canonical);
    }
    return canonical;
  }
}

/** The last of these (in their order) starting before `offset`: halving when they are in text order, as the entity stage gives them. */
function lastBefore(entities: Entity[], offset: number): Entity | undefined {
  const inOrder = entities.every((e, i) => i === 0 || entities[i - 1].start <= e.start);
  if (!inOrder) return entities.filter((e) => e.start < offset).at(-1);
  const before = countStartingBefore(entities, offset);
  return before > 0 ? entities[before - 1] : undefined;
}

/** `organizations` may hold the entity itself: neither expansion can pick it (it is not longer than itself, nor defined right before itself). */
function canonicalOf(entity: Entity, expansions: Expansions): string {
  if (entity.type === 'person') return expansions.person(entity);
  if (entity.type === 'place') return canonicalAliases.get(entity.text) ?? entity.text;
  const name = acronym.test(entity.text) && !canonicalAliases.has(entity.text) ? (expansions.acronym(entity) ?? entity.text) : expansions.organization(entity);
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
    const expansions = new Expansions(doc.text, organizations, fullNames, counts);
    return { entities: doc.entities.map((entity) => ({ ...entity, canonical: canonicalOf(entity, expansions) })) };
  },
};
