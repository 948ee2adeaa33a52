import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/clean/Block.js';
import { filterLinkBlocks } from '../../src/clean/filterLinkBlocks.js';

const p = (text: string, linkDensity = 0): Block => ({ text, hint: 'paragraph', linkDensity });
const h = (text: string): Block => ({ text, hint: 'heading', linkDensity: 0 });
const body = p('The council said on Monday that the old mill road will reopen once the bridge repairs are finished in spring.');

describe('filterLinkBlocks', () => {
  it('drops short link blocks and keeps prose with a few links', () => {
    const { kept } = filterLinkBlocks([body, p('Council approves new budget', 1)]);
    expect(kept.map((b) => b.text)).toEqual([body.text]);
  });

  it('drops a heading over nothing but links', () => {
    const { kept, removed } = filterLinkBlocks([h('Mill road'), body, h('Weitere Pressemitteilungen dieses Verbands'), p('Budget approved', 1), p('Bridge closed again', 1)]);
    expect(kept.map((b) => b.text)).toEqual(['Mill road', body.text]);
    expect(removed[0]).toMatchObject({ text: 'Weitere Pressemitteilungen dieses Verbands', reason: 'link-box-heading' });
  });

  it('drops a last heading with nothing under it, unless it reads as a sentence', () => {
    expect(filterLinkBlocks([body, h('Entdecke weitere Homestorys')]).kept).toEqual([body]);
    expect(filterLinkBlocks([body, h('Relotius legt ein Fake-Profil an. Es stützt seine Version.')]).kept).toHaveLength(2);
  });

  it('keeps a heading over text', () => {
    expect(filterLinkBlocks([h('Mill road'), body]).kept).toHaveLength(2);
  });
});
