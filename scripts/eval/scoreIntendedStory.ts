import type { Story } from '../../src/relate/types.js';

/** The intended reading of a corpus (samples/corpus/intended-story.json). */
export interface IntendedStory {
  claims: { id: string; text: string; key: string | null; statuses: [string, string][] }[];
  relations: { between: [string, string]; kinds: string[] }[];
}

export interface Agreement {
  claims: { found: number; total: number };
  statuses: { agreed: number; total: number };
  relations: { found: number; total: number };
  rows: string[];
}

/**
 * How far a derived story agrees with the intended reading. An intended
 * claim is found when a claim with its subject|predicate key exists (the
 * one with most statements stands for the key); a status checkpoint agrees
 * when that claim's status as of the date is the intended one; a relation is
 * found when the two claims are related by one of the accepted kinds, in
 * either direction. Claims not about a person count as not found.
 */
export function scoreIntendedStory(story: Story, intended: IntendedStory): Agreement {
  const mainClaim = new Map<string, Story['claims'][number]>();
  for (const claim of story.claims) {
    const known = mainClaim.get(claim.key);
    if (!known || claim.members.length > known.members.length) mainClaim.set(claim.key, claim);
  }
  const claimOf = (id: string) => {
    const key = intended.claims.find((c) => c.id === id)?.key;
    return key ? mainClaim.get(key) : undefined;
  };
  const statusAsOf = (claimId: string, date: string) => story.statusHistory.filter((h) => h.claimId === claimId && h.asOf <= date).at(-1)?.status ?? 'none';
  const rows: string[] = [];
  let found = 0;
  let agreed = 0;
  let checkpoints = 0;
  for (const wanted of intended.claims) {
    const claim = wanted.key ? mainClaim.get(wanted.key) : undefined;
    if (claim) found += 1;
    const marks = wanted.statuses.map(([date, status]) => {
      checkpoints += 1;
      const got = claim ? statusAsOf(claim.id, date) : 'none';
      if (got === status) agreed += 1;
      return `${date} ${status}${got === status ? ' ✓' : ` ✗ (${got})`}`;
    });
    rows.push(`${wanted.id.padEnd(3)} ${(claim?.id ?? (wanted.key ? 'not found' : 'not read (not about a person)')).padEnd(30)} ${marks.join('; ')}`);
  }
  let related = 0;
  for (const relation of intended.relations) {
    const [a, b] = relation.between.map(claimOf);
    const hit = a && b && story.relations.some((r) => relation.kinds.includes(r.kind) && ((r.from === a.id && r.to === b.id) || (r.from === b.id && r.to === a.id)));
    if (hit) related += 1;
    rows.push(`${relation.between.join(' ~ ').padEnd(8)} ${relation.kinds.join('|').padEnd(22)} ${hit ? '✓' : '✗'}`);
  }
  return { claims: { found, total: intended.claims.length }, statuses: { agreed, total: checkpoints }, relations: { found: related, total: intended.relations.length }, rows };
}
