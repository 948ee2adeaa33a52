import type { Claim, ClaimMember, Source } from './types.js';

/** Quote text as a key: lower case letters and digits, the first 80. 'We have irrefutable information ...' */
const quoteKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80);
const shortestQuote = 30;

/**
 * The original utterances behind a claim's members. Echoes count once: the
 * same speaker with the same stance in several outlets, or the same quoted
 * words however the outlets name the speaker ('Russian military',
 * 'Russian Defense Ministry'), are one source with many echoes. Returns the
 * sources and each member's source id, in member order.
 */
export function findSources(claim: Claim): { sources: Source[]; sourceIds: string[] } {
  const byKey = new Map<string, Source>();
  const sources: Source[] = [];
  const sourceIds: string[] = [];
  // The speaker keys and the keys kept apart of each source's members, for the few members marked apart by hand.
  const speakersOf = new Map<Source, Set<string>>();
  const apartOf = new Map<Source, Set<string>>();
  const keptApart = (source: Source, member: ClaimMember): boolean =>
    (member.apartFrom ?? []).some((key) => speakersOf.get(source)?.has(key)) || (apartOf.get(source)?.has(member.attribution.speakerKey) ?? false);
  for (const member of claim.members) {
    const { attribution, stance, ref } = member;
    // An assertion retold as background ('A week later, Mereth said it was "highly likely" ...' in a June recap) is the
    // speaker's earlier assertion echoed: it joins that source.
    const stances = member.stanceRule === 'earlier-utterance' ? ['asserts', stance] : [stance];
    const keys = stances.map((said) => `s:${attribution.speakerKey}|${said}`);
    // A person keyed by surname in one article ('oszko') and by the whole name in another, where the entity stage
    // missed them ('mira oszko'), is one speaker: the whole name also answers to its last word.
    const words = attribution.speakerKey.split(' ');
    if (words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(attribution.speaker)) keys.push(...stances.map((said) => `s:${words.at(-1)}|${said}`));
    const quote = quoteKey(ref.text);
    if (quote.length >= shortestQuote) keys.push(`q:${quote}`);
    let source = keys.map((k) => byKey.get(k)).find((s) => s !== undefined && !keptApart(s, member));
    if (!source) {
      source = { id: `${claim.id}.s${sources.length + 1}`, speaker: attribution.speaker, side: attribution.side, claimId: claim.id, stance, echoes: [] };
      sources.push(source);
    }
    speakersOf.set(source, (speakersOf.get(source) ?? new Set()).add(attribution.speakerKey));
    for (const key of member.apartFrom ?? []) apartOf.set(source, (apartOf.get(source) ?? new Set()).add(key));
    for (const key of keys) if (!byKey.has(key) || !keptApart(byKey.get(key)!, member)) byKey.set(key, source);
    source.echoes.push({ ref, outlet: attribution.outlet, chain: attribution.chain });
    sourceIds.push(source.id);
  }
  return { sources, sourceIds };
}
