import { parseText } from '../segment/parseText.js';
import type { Token } from '../types.js';

/** Each sentence's tags, kept while its tokens live: the rule parser, the lexicon and the tagger all ask for them. */
const bySentence = new WeakMap<readonly Token[], { text: string; tags: readonly string[] }>();

/**
 * The universal part of speech of each token ('NOUN', 'VERB', 'PROPN', ...)
 * from wink-nlp's tagger, matched by offsets: the tagger's token that holds
 * a token's first character ('X' for none). The attribution tagger reads
 * them, so a verb it never saw as a cue ('Republicans are *slamming* Kaine')
 * still looks like the verb of a clause.
 */
export function partsOfSpeech(text: string, tokens: readonly Token[]): readonly string[] {
  if (tokens.length === 0) return [];
  const known = bySentence.get(tokens);
  if (known && known.text === text) return known.tags;
  const tagged = parseText(text, tokens[0].start, tokens[tokens.length - 1].end);
  let k = 0;
  const tags = tokens.map((token) => {
    while (k < tagged.length && tagged[k].end <= token.start) k++;
    const here = tagged[k];
    return here && here.start <= token.start && token.start < Math.max(here.end, here.start + 1) ? here.pos : 'X';
  });
  bySentence.set(tokens, { text, tags });
  return tags;
}
