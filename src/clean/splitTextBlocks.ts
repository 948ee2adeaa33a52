import type { Block } from './Block.js';
import { normaliseText } from './normaliseText.js';

/*
 * Scraped plain text usually has one paragraph per line, and blank lines
 * between some but not all of them (seed 001 puts a caption and its repeat on
 * two adjacent lines). So each line is its own block, unless a blank-line
 * group looks hard-wrapped: three or more lines whose lengths (all but the
 * last) sit in a narrow band, as a mail client or `fmt` would leave them.
 */
const WRAP_MIN = 50;
const WRAP_MAX = 100;

/** Leading list glyphs a scraper leaves from <li> markers: '  • Statement from ...'. */
const BULLET = /^[•·▪●◦‣∙]\s+/;

function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const widths = lines.slice(0, -1).map((line) => line.length);
  const spread = Math.max(...widths) - Math.min(...widths);
  return widths.every((w) => w >= WRAP_MIN && w <= WRAP_MAX) && spread <= 20;
}

export function splitTextBlocks(content: string): Block[] {
  const groups = content.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/);
  const blocks: Block[] = [];
  for (const group of groups) {
    const lines = group.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
    const pieces = looksHardWrapped(lines) ? [lines.join(' ')] : lines;
    for (const piece of pieces) {
      const text = normaliseText(piece);
      if (text.length > 0) blocks.push({ text, hint: BULLET.test(text) ? 'list-item' : 'line', linkDensity: 0 });
    }
  }
  return blocks;
}
