import type { Token } from '../../analyze/segment/parseText.js';
import { nextContent } from './clauseParts.js';

/**
 * Verbs that link a subject to an adjective as 'is' does: 'remained alive',
 * 'has proved elusive', 'seven girls fell pregnant', 'went missing'. With
 * an adjective after them, the adjective is the predicate; otherwise they
 * are verbs ('proved the recording was real', 'remained in Raqqa').
 */
const linkingVerbs = new Set(['remain', 'stay', 'seem', 'appear', 'look', 'sound', 'become', 'prove', 'turn', 'grow', 'fall', 'go', 'get', 'feel']);
/** Linking verbs that hedge what they link: 'appears dead', 'seemed unlikely'. */
export const seemingVerbs = new Set(['seem', 'appear', 'look', 'sound']);

/** An adjective standing alone after a linking verb; not one before its noun ('proves militant rocket caused ...'). */
export function linksToAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const k = nextContent(tokens, i + 1);
  // 'was *found dead* in his flat', 'Actor Found Dead in Apartment': found with an adjective and no object between says the adjective.
  const links = linkingVerbs.has(t.lemma) || (t.lemma === 'find' && t.lower === 'found');
  return t.pos === 'VERB' && links && tokens[k]?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
}
