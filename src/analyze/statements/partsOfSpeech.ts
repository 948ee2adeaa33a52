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

/**
 * Whether the phrase before a cue word ends in a lower-case adjective or
 * bare verb, which makes a cue word that can be a noun one: 'Donald Trump’s
 * flurry of *late-night* tweets targeting ...', 'when *late-night* calls
 * came in', 'Trump did not *unveil* plans to pay for it'. A participle may
 * close a subject ('Those *opposed* say'), so a verb counts only after an
 * auxiliary.
 */
export function endsInModifier(text: string, tokens: readonly Token[], phrase: { start: number; end: number }): boolean {
  const tags = partsOfSpeech(text, tokens);
  let last = -1;
  tokens.forEach((t, k) => {
    if (t.start >= phrase.start && t.end <= phrase.end && /\p{L}/u.test(t.text)) last = k;
  });
  if (last < 0 || /^\p{Lu}/u.test(tokens[last].text)) return false;
  // A verb only after an auxiliary, 'not' or 'to', where no noun can stand: the tagger reads some nouns as verbs ('The later *image* shows').
  const afterAuxiliary = last > 0 && (tags[last - 1] === 'AUX' || tags[last - 1] === 'PART' || /^(?:not|to)$/iu.test(tokens[last - 1].text));
  // An adjective right after a determiner heads the phrase itself: '*The military* says', 'the local'.
  const nominal = last > 0 && tags[last - 1] === 'DET';
  return (tags[last] === 'ADJ' && !nominal) || (tags[last] === 'VERB' && afterAuxiliary);
}
