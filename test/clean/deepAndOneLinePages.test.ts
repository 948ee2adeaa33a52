import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyzeArticle.js';
import { capNestingDepth, MAX_NESTING_DEPTH } from '../../src/clean/capNestingDepth.js';
import { cleanArticle } from '../../src/clean/cleanArticle.js';

const lead = '<p>The council voted on Tuesday to close the old bridge after engineers found cracks in two of its supports, the mayor said.</p>';
const nested = (depth: number, tag = 'div') => `<html><body>${`<${tag}>`.repeat(depth)}${lead}${`</${tag}>`.repeat(depth)}</body></html>`;

describe('deep HTML', () => {
  it('analyses a page nested 10,000 deep instead of overflowing the stack', () => {
    const analyzed = analyzeArticle({ source: 'deep.html', format: 'html', content: nested(10_000), encoding: 'utf-8' });
    expect(analyzed.document.text).toContain('The council voted on Tuesday to close the old bridge');
    expect(analyzed.document.statements.map((s) => s.speaker?.text)).toContain('the mayor');
  }, 60_000);

  it('caps unclosed and inline nesting too', () => {
    const content = `<html><body>${'<span><b>'.repeat(20_000)}${lead}</body></html>`;
    expect(cleanArticle({ source: 'deep.html', format: 'html', content, encoding: 'utf-8' }).text).toContain('the mayor said.');
  }, 60_000);

  it('leaves pages within the cap untouched', () => {
    const page = nested(MAX_NESTING_DEPTH - 5);
    expect(capNestingDepth(page)).toBe(page);
  });

  it('drops only the tags beyond the cap, keeping their text and raw text whole', () => {
    const page = `${'<div>'.repeat(5)}<p>Kept</p><script>var a = "<div><div><div>";</script>${'</div>'.repeat(5)}`;
    expect(capNestingDepth(page, 3)).toBe('<div><div><div>Kept<script>var a = "<div><div><div>";</script></div></div></div>');
  });
});

describe('an article written on one line', () => {
  const sentences = [
    'The council voted on Tuesday to close the old bridge, the mayor said.',
    'Engineers found cracks in two of its supports last month.',
    '"We cannot take the risk," said Anna Berg, who leads the transport committee.',
    'Traffic will move to the ring road until a new bridge opens in 2028.',
  ];
  let oneLine = 'Bridge closed after cracks found. ';
  for (let i = 0; oneLine.length < 110_000; i++) oneLine += `${sentences[i % 4]} `;
  oneLine += '© 2017 Reuters. All rights reserved.';

  it('is an article, not page furniture, even when it ends on a licence line', () => {
    const analyzed = analyzeArticle({ source: 'one-line.txt', format: 'text', content: oneLine, encoding: 'utf-8' });
    expect(analyzed.document.text.length).toBeGreaterThan(100_000);
    expect(analyzed.document.statements.length).toBeGreaterThan(100);
  }, 120_000);

  it('while the licence line on its own is still removed', () => {
    const clean = cleanArticle({ source: 'a.txt', format: 'text', content: `${sentences.join(' ')}\n\n© 2017 Reuters. All rights reserved.`, encoding: 'utf-8' });
    expect(clean.removed.map((r) => r.reason)).toEqual(['licence']);
  });
});
