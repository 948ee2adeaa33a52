import type { Claim, ClaimMember } from './types.js';

/**
 * A speaker named without its country in one article takes the side the
 * story gives the same body elsewhere: 'the Defence Ministry' (no country
 * named in that article) -> 'kasteria', because another article writes
 * "Kasteria's Defence Ministry". Only when every fuller form of the name
 * points to one side; 'the interior ministry' of two countries stays apart.
 * The same within one article is done by readMembers; this is the
 * story-wide pass, over one subject's claims.
 */
export function shareSidesAcrossArticles(claims: Claim[]): Claim[] {
  const sidesByKey = new Map<string, Set<string>>();
  for (const { attribution } of claims.flatMap((c) => c.members)) {
    if (attribution.side === attribution.speakerKey) continue;
    sidesByKey.set(attribution.speakerKey, (sidesByKey.get(attribution.speakerKey) ?? new Set()).add(attribution.side));
  }
  // Every side the story has, including a country that speaks in its own name ('Kasteria said ...').
  const knownSides = new Set(claims.flatMap((c) => c.members.map((m) => m.attribution.side)).filter(Boolean));
  const resolved = new Map<string, string | null>();
  const sideFor = (key: string): string | null => {
    if (!resolved.has(key)) {
      // "Kasteria's deputy defence minister" speaks for Kasteria when the story knows Kasteria as a side.
      const owner = /^(\p{L}+)['’]s /u.exec(key)?.[1];
      if (owner && knownSides.has(owner)) {
        resolved.set(key, owner);
        return owner;
      }
      // The same name with its country elsewhere ('mereth' in one article, Kasterian in another), or a fuller form of it.
      const sides = new Set([...sidesByKey].filter(([fuller]) => fuller === key || fuller.endsWith(` ${key}`)).flatMap(([, s]) => [...s]));
      resolved.set(key, sides.size === 1 ? [...sides][0] : null);
    }
    return resolved.get(key)!;
  };
  const withSide = (member: ClaimMember): ClaimMember => {
    const { attribution } = member;
    if (attribution.side !== attribution.speakerKey || !attribution.side) return member;
    const side = sideFor(attribution.speakerKey);
    return side ? { ...member, attribution: { ...attribution, side } } : member;
  };
  return claims.map((claim) => ({ ...claim, members: claim.members.map(withSide) }));
}
