import { articleHtml } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';

/**
 * Character references by the million and the ones that decode to what
 * PostgreSQL refuses: `&#0;` (NUL), `&#xD800;` (a lone surrogate), beyond
 * U+10FFFF, and references without their semicolon.
 */
const hostileReferences = ['&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#55296;', '&#x110000;', '&#99999999999;', '&#x1B;[31m'];

export const entityFloods: Family = {
  name: 'entityFloods',
  kinds: [
    (random) => {
      const count = random.pick([100_000, 1_000_000]);
      return { kind: `amp-${count}`, files: [{ path: 'amp.html', bytes: utf8(articleHtml(random, `<p>${'&amp;'.repeat(count)}</p>`)) }] };
    },
    (random) => {
      const reference = random.pick(hostileReferences);
      return { kind: `reference-${reference.replace(/\W/g, '')}`, files: [{ path: 'reference.html', bytes: utf8(articleHtml(random, `<p>${random.sentence()} ${reference} ${random.sentence()}</p>`)) }] };
    },
    (random) => ({ kind: 'reference-in-title', files: [{ path: 'title.html', bytes: utf8(articleHtml(random, '').replace('<title>', `<title>&#0;&#xD800;`)) }] }),
    (random) => ({ kind: 'nul-flood', files: [{ path: 'nuls.html', bytes: utf8(articleHtml(random, `<p>${'&#0;'.repeat(random.int(1000, 200_000))}</p>`)) }] }),
    (random) => ({ kind: 'no-semicolons', files: [{ path: 'loose.html', bytes: utf8(articleHtml(random, `<p>${'&amp&lt&nbsp&#38&#x26'.repeat(random.int(10_000, 100_000))}</p>`)) }] }),
    (random) => ({ kind: 'named-flood-text', files: [{ path: 'named.txt', bytes: utf8(`${random.sentence()}\n\n${'&nbsp;&mdash;&hellip;'.repeat(random.int(10_000, 200_000))}\n`) }] }),
  ],
};
