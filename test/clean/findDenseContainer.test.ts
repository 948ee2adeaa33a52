import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { findDenseContainer } from '../../src/clean/findDenseContainer.js';

const sentence = (topic: string, i: number) => `<p>Step ${i} for the ${topic}: stir the batter slowly, then let it rest for ten minutes before it goes into the warm oven.</p>`;
const paragraphs = (topic: string, n: number) => Array.from({ length: n }, (_, i) => sentence(topic, i + 1)).join('\n');

const page = `<html><body>
  <div id="site"><div class="teasers"><p><a href="/a">Another recipe</a> with a short teaser line that runs on for a while, said the editors.</p></div>
  <div id="recipe"><div class="intro">${paragraphs('dough', 3)}</div><div class="method">${paragraphs('topping', 5)}</div></div></div>
</body></html>`;

describe('findDenseContainer', () => {
  it('takes the smallest element holding nearly all the prose, not one of its sections', () => {
    const { document } = parseHTML(page);
    expect(findDenseContainer(document as unknown as Document)?.getAttribute('id')).toBe('recipe');
  });

  it('finds nothing on a page without prose', () => {
    const { document } = parseHTML('<html><body><ul><li><a href="/">Home</a></li></ul></body></html>');
    expect(findDenseContainer(document as unknown as Document)).toBeNull();
  });

  it('lets cleaning keep every section of a text split in two', () => {
    const article = cleanArticle({ source: 'test.html', format: 'html', content: page, encoding: 'utf-8' });
    expect(article.text).toContain('Step 2 for the dough');
    expect(article.text).toContain('Step 4 for the topping');
  });
});
