import type { Paragraph } from '../analyze/types.js';
import type { ClassifiedBlock } from './classifyBlocks.js';

/** List glyphs are markup, not text: '• Statement from ...' becomes 'Statement from ...'. */
const BULLET = /^[•·▪●◦‣∙]\s+/;

export interface AssembledText {
  text: string;
  paragraphs: Paragraph[];
  rules: string[];
}

/** Joins the paragraphs with blank lines and records each one's half-open [start, end) offsets. */
export function assembleText(blocks: readonly ClassifiedBlock[]): AssembledText {
  const paragraphs: Paragraph[] = [];
  const rules: string[] = [];
  let text = '';
  for (const block of blocks) {
    const content = block.text.replace(BULLET, '');
    if (content.length === 0) continue;
    if (text.length > 0) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + content.length, kind: block.kind });
    rules.push(block.rule);
    text += content;
  }
  return { text, paragraphs, rules };
}
