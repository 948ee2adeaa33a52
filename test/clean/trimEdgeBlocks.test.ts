import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/clean/Block.js';
import { trimEdgeBlocks } from '../../src/clean/trimEdgeBlocks.js';

const p = (text: string, hint: Block['hint'] = 'paragraph'): Block => ({ text, hint, linkDensity: 0 });
const body = p('The council said on Monday that the old mill road will reopen once the bridge repairs are finished in spring.');
const texts = (blocks: Block[]) => blocks.map((b) => b.text);

describe('trimEdgeBlocks', () => {
  it('drops short unpunctuated lines before and after the text', () => {
    const { kept, removed } = trimEdgeBlocks([p('Energie 12.12.2022, 08:30 Uhr'), p('Lokales'), body, p('Kontakt:'), p('RENT A SALESMAN®')]);
    expect(texts(kept)).toEqual([body.text]);
    expect(removed.map((r) => r.reason)).toEqual(['edge-label', 'edge-label', 'edge-label', 'edge-label']);
  });

  it('keeps a heading at the start, short sentences, and lists at the end', () => {
    const blocks = [p('Mill road reopens', 'heading'), body, p('Guten Appetit!'), p('200 g Zucker', 'list-item')];
    expect(texts(trimEdgeBlocks(blocks).kept)).toEqual(texts(blocks));
  });

  it('keeps short lines between paragraphs', () => {
    const blocks = [body, p('Zutaten'), body];
    expect(trimEdgeBlocks(blocks).kept).toHaveLength(3);
  });

  it('leaves a text of labels only as it is', () => {
    expect(trimEdgeBlocks([p('Gallery'), p('Photo one')]).kept).toHaveLength(2);
  });
});
