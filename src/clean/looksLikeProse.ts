/*
 * Running prose: several sentences, each closing on a full stop, question or
 * exclamation mark and followed by a capitalised word. The boilerplate rules
 * each describe one short line of page furniture ('All rights reserved.',
 * 'The views expressed ... do not necessarily reflect ...'); an article
 * scraped onto a single line of 100 kB that happens to end in '© 2017
 * Reuters. All rights reserved.' is still an article, and judging it by
 * such a phrase threw the whole text away. Sentence count, not line
 * length, is what tells the two apart.
 */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu;
const MIN_SENTENCES = 5;
const MIN_CHARS = 400;

export function looksLikeProse(text: string): boolean {
  if (text.length < MIN_CHARS) return false;
  let breaks = 0;
  const pattern = new RegExp(SENTENCE_BREAK.source, SENTENCE_BREAK.flags);
  while (pattern.exec(text)) if (++breaks >= MIN_SENTENCES - 1) return true;
  return false;
}
