import type { Block } from './Block.js';
import type { RemovedBlock } from './types.js';

/*
 * Context-sensitive trimming in the manner of jusText: a short block is
 * judged by its neighbours, and at the edges of the extracted text its
 * neighbour is the page template. So short lines that are not sentences are
 * dropped from the start and the end of the text until the first block that
 * is: a date or section label above the article ('Energie 12.12.2022, 08:30
 * Uhr', 'Meldungen aus dem DWI'), a contact label or a site name below it
 * ('Kontakt:', 'RENT A SALESMAN®', 'aja/PAP'). A heading at the top stays
 * (it opens the text), and so do list items, table cells and quotes: a
 * recipe's ingredients or a track list end a text as often as a template does.
 *
 * Measured on the trafilatura set (F1, before -> after 0.928): under 40
 * characters gives 0.930, under 60 gives 0.930 with 39 fewer leaks and 20
 * fewer found; the start alone gives 0.929, the end alone 0.929.
 */
const MAX_CHARS = 60;
const SENTENCE_END = /[.!?…]["'”’»)]?$/;
const KEPT_HINTS = new Set<Block['hint']>(['list-item', 'cell', 'quote']);

const isEdgeLabel = (block: Block, atStart: boolean) =>
  block.text.length < MAX_CHARS && !SENTENCE_END.test(block.text) && !KEPT_HINTS.has(block.hint) && !(atStart && block.hint === 'heading');

export function trimEdgeBlocks(blocks: readonly Block[]): { kept: Block[]; removed: RemovedBlock[] } {
  let start = 0;
  let end = blocks.length;
  while (start < end && isEdgeLabel(blocks[start], true)) start++;
  while (end > start && isEdgeLabel(blocks[end - 1], false)) end--;
  // A text of labels only (a gallery, a product grid) is left as it is rather than emptied.
  if (start === end) return { kept: [...blocks], removed: [] };
  const removed = [...blocks.slice(0, start), ...blocks.slice(end)].map((block) => ({ text: block.text, reason: 'edge-label', why: 'a short line that is not a sentence, before or after the text' }));
  return { kept: blocks.slice(start, end), removed };
}
