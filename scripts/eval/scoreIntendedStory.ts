/**
 * Scores a derived story against a corpus's intended reading
 * (samples/<corpus>/intended-story.json). Intended claims are found by the
 * text they rest on, not by a subject|predicate key, so claims about
 * buildings, counts, causes or recordings score like claims about people:
 * each intended claim lists anchors, short exact quotes of the sentences
 * that assert, deny or doubt it, and a derived claim covers an anchor when
 * one of its members' text contains the quote.
 */

/** One sentence an intended claim rests on: `{ file: 'feeds/wire.jsonl#2', quote: 'fragments ... may have reached' }`. */
export interface IntendedAnchor {
  /** Path relative to the corpus folder; '#N' names the Nth line of a JSONL file. */
  file: string;
  /** A short exact substring (5–15 words) of the article sentence. */
  quote: string;
}

export interface IntendedClaim {
  id: string;
  text: string;
  /** subject|predicate as the person-only story reader named it; informative only, never used to match. */
  key: string | null;
  anchors: IntendedAnchor[];
  /** Report-date checkpoints: [YYYY-MM-DD, status as of that date]. */
  statuses: [string, string][];
}

/** The intended reading of a corpus (samples/corpus/intended-story.json). */
export interface IntendedStory {
  about?: string;
  claims: IntendedClaim[];
  relations: { between: [string, string]; kinds: string[] }[];
}

/**
 * The parts of a derived story (Story in src/model/story.ts) the score
 * reads; any Story fits, and tests can build tiny ones by hand.
 */
export interface ScoredStory {
  claims: { id: string; members: { ref: { text: string }; proposition?: { trigger: { text: string } } }[] }[];
  relations: { kind: string; from: string; to: string }[];
  statusHistory: { claimId: string; asOf: string; status: string }[];
}

export interface Agreement {
  claims: { found: number; total: number };
  statuses: { agreed: number; total: number };
  relations: { found: number; total: number };
  rows: string[];
}

/** Where an intended claim landed: the derived claim covering most of its anchors, and how many. */
export interface ClaimMapping {
  claimId: string;
  covered: number;
  /** False when another intended claim covering more anchors maps to the same derived claim. */
  found: boolean;
}

/**
 * Text as compared: curly apostrophes made straight, double quote marks
 * dropped (a statement's content often stops inside a quotation: `the
 * building had been "damaged but not destroyed` must still hold the anchor
 * `had been "damaged but not destroyed"`), whitespace runs made one space,
 * lower case.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/["\u201C\u201D\u201E\u201F\u2033]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A member as compared: its statement's text and, when known, the words its proposition was read from. */
export interface MemberText {
  text: string;
  trigger: string | null;
}

const hasWord = (text: string, word: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

/**
 * How many of the anchors one of the members covers: its statement holds
 * the quote and, when the member says which words it was read from, the
 * quote holds them too. A statement holding two claims ('showed Dren alive
 * two weeks after Kasteria said he might have been killed') covers the
 * anchor of each only through the member read from its words.
 */
export function countCoveredAnchors(members: MemberText[], anchors: IntendedAnchor[]): number {
  return anchors.filter((anchor) => {
    const quote = normaliseQuoteText(anchor.quote);
    return quote.length > 0 && members.some((m) => m.text.includes(quote) && (m.trigger === null || hasWord(quote, m.trigger)));
  }).length;
}

/**
 * Maps every intended claim to the derived claim covering most of its
 * anchors (ties: the one with most members, then the first); none when no
 * derived claim covers any. Of intended claims mapped to the same derived
 * claim only the one covering most anchors (ties: the first listed) is
 * found, so two intended claims merged into one derived claim count once.
 */
export function mapIntendedClaims(story: ScoredStory, intended: IntendedStory): Map<string, ClaimMapping> {
  const memberTexts = story.claims.map((claim) => ({
    claim,
    texts: claim.members.map((m) => ({ text: normaliseQuoteText(m.ref.text), trigger: m.proposition ? normaliseQuoteText(m.proposition.trigger.text) : null })),
  }));
  const mapping = new Map<string, ClaimMapping>();
  for (const wanted of intended.claims) {
    let best: { id: string; covered: number; members: number } | null = null;
    for (const { claim, texts } of memberTexts) {
      const covered = countCoveredAnchors(texts, wanted.anchors);
      if (covered === 0) continue;
      if (!best || covered > best.covered || (covered === best.covered && claim.members.length > best.members)) {
        best = { id: claim.id, covered, members: claim.members.length };
      }
    }
    if (best) mapping.set(wanted.id, { claimId: best.id, covered: best.covered, found: true });
  }
  const ownerOf = new Map<string, ClaimMapping>();
  for (const mapped of mapping.values()) {
    const owner = ownerOf.get(mapped.claimId);
    if (!owner || mapped.covered > owner.covered) ownerOf.set(mapped.claimId, mapped);
  }
  for (const mapped of mapping.values()) mapped.found = ownerOf.get(mapped.claimId) === mapped;
  return mapping;
}

/**
 * How far a derived story agrees with the intended reading. An intended
 * claim is found as mapIntendedClaims says; a status checkpoint agrees when
 * the found claim's status as of the date is the intended one; a relation
 * is found when both its claims are found and the story relates them by one
 * of the accepted kinds, in either direction.
 */
export function scoreIntendedStory(story: ScoredStory, intended: IntendedStory): Agreement {
  const mapping = mapIntendedClaims(story, intended);
  const foundClaimOf = (id: string) => {
    const mapped = mapping.get(id);
    return mapped?.found ? mapped.claimId : undefined;
  };
  const statusAsOf = (claimId: string, date: string) => story.statusHistory.filter((h) => h.claimId === claimId && h.asOf <= date).at(-1)?.status ?? 'none';
  const rows: string[] = [];
  let found = 0;
  let agreed = 0;
  let checkpoints = 0;
  for (const wanted of intended.claims) {
    const claimId = foundClaimOf(wanted.id);
    if (claimId) found += 1;
    const marks = wanted.statuses.map(([date, status]) => {
      checkpoints += 1;
      const got = claimId ? statusAsOf(claimId, date) : 'none';
      if (got === status) agreed += 1;
      return `${date} ${status}${got === status ? ' ✓' : ` ✗ (${got})`}`;
    });
    rows.push(`${wanted.id.padEnd(3)} ${describeMapping(mapping, intended, wanted).padEnd(40)} ${marks.join('; ')}`);
  }
  let related = 0;
  for (const relation of intended.relations) {
    const [a, b] = relation.between.map(foundClaimOf);
    const hit = Boolean(a && b && story.relations.some((r) => relation.kinds.includes(r.kind) && ((r.from === a && r.to === b) || (r.from === b && r.to === a))));
    if (hit) related += 1;
    rows.push(`${relation.between.join(' ~ ').padEnd(8)} ${relation.kinds.join('|').padEnd(22)} ${hit ? '✓' : '✗'}`);
  }
  return { claims: { found, total: intended.claims.length }, statuses: { agreed, total: checkpoints }, relations: { found: related, total: intended.relations.length }, rows };
}

/** 'dren.killed.1 (4/5 anchors)', 'not found (0/5 anchors)', or 'merged into C1's dren.killed.1 (2/5)'. */
function describeMapping(mapping: Map<string, ClaimMapping>, intended: IntendedStory, wanted: IntendedClaim): string {
  const mapped = mapping.get(wanted.id);
  const of = `${mapped?.covered ?? 0}/${wanted.anchors.length}`;
  if (!mapped) return `not found (0/${wanted.anchors.length} anchors)`;
  if (mapped.found) return `${mapped.claimId} (${of} anchors)`;
  const owner = intended.claims.find((c) => c.id !== wanted.id && mapping.get(c.id)?.found && mapping.get(c.id)?.claimId === mapped.claimId);
  return `merged into ${owner?.id ?? '?'}'s ${mapped.claimId} (${of})`;
}
