import { articleHtml } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';

/**
 * Markup that breaks recursive tree walks: 10,000 to 100,000 nested
 * elements (closed, never closed, tables in tables), and 100,000 siblings.
 */
export const deepHtml: Family = {
  name: 'deepHtml',
  kinds: [
    (random) => {
      const depth = random.int(10_000, 100_000);
      return { kind: `nested-div-${depth}`, files: [{ path: 'deep.html', bytes: utf8(articleHtml(random, `${'<div>'.repeat(depth)}<p>${random.sentence()}</p>${'</div>'.repeat(depth)}`)) }] };
    },
    (random) => {
      const depth = random.int(10_000, 100_000);
      return { kind: `never-closed-${depth}`, files: [{ path: 'unclosed.html', bytes: utf8(articleHtml(random, `${'<span><b><i>'.repeat(depth / 3)}${random.sentence()}`)) }] };
    },
    (random) => {
      const depth = random.int(10_000, 30_000);
      return { kind: `nested-tables-${depth}`, files: [{ path: 'tables.html', bytes: utf8(articleHtml(random, `${'<table><tr><td>'.repeat(depth)}${random.sentence()}`)) }] };
    },
    (random) => {
      const width = random.int(100_000, 150_000);
      return { kind: `wide-paragraphs-${width}`, files: [{ path: 'wide.html', bytes: utf8(articleHtml(random, `<p>${random.sentence()}</p>`.repeat(width / 10) + '<p>x</p>'.repeat(width))) }] };
    },
    (random) => {
      const width = random.int(100_000, 150_000);
      return { kind: `wide-links-${width}`, files: [{ path: 'links.html', bytes: utf8(articleHtml(random, `<div>${'<a href="/a">a</a> '.repeat(width)}</div>`)) }] };
    },
  ],
};
