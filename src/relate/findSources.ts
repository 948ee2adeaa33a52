import type { Claim, Source } from './types.js';

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
  for (const member of claim.members) {
    const { attribution, stance, ref } = member;
    const keys = [`s:${attribution.speakerKey}|${stance}`];
    const quote = quoteKey(ref.text);
    if (quote.length >= shortestQuote) keys.push(`q:${quote}`);
    let source = keys.map((k) => byKey.get(k)).find((s) => s !== undefined);
    if (!source) {
      source = { id: `${claim.id}.s${sources.length + 1}`, speaker: attribution.speaker, side: attribution.side, claimId: claim.id, stance, echoes: [] };
      sources.push(source);
    }
    for (const key of keys) byKey.set(key, source);
    source.echoes.push({ ref, outlet: attribution.outlet, chain: attribution.chain });
    sourceIds.push(source.id);
  }
  return { sources, sourceIds };
}
