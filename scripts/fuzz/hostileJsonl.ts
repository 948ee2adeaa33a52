import { articleText } from './articleText.js';
import { utf8, type Family } from './fuzzCase.js';
import type { Random } from './random.js';

/**
 * JSONL feeds with lines that are not the documented article object:
 * wrong types, nulls, nested objects, a 1 MB outlet (twenty of them poison
 * the story for good), NUL and lone surrogates in fields (escaped, as JSON
 * allows), duplicate keys and a byte-order mark in the middle of the file.
 * Every case keeps one good line, which must be stored whatever the others do.
 */
const good = (random: Random) => JSON.stringify({ text: articleText(random), outlet: 'Wire One', published: '2025-04-04' });

const hostileLines: Record<string, (random: Random) => string> = {
  'text-number': () => '{"text": 5}',
  'text-array': (random) => JSON.stringify({ text: [articleText(random)] }),
  'text-null': () => '{"text": null, "html": null}',
  'outlet-object': (random) => JSON.stringify({ text: articleText(random), outlet: { name: 'Wire' } }),
  'published-number': (random) => JSON.stringify({ text: articleText(random), published: 20250404 }),
  'nested-deep': () => `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  'top-level-array': () => '[1, 2, 3]',
  'top-level-null': () => 'null',
  'nul-in-text': (random) => JSON.stringify({ text: `${articleText(random)}\u0000 after the NUL.` }),
  'nul-in-outlet': (random) => JSON.stringify({ text: articleText(random), outlet: 'Wire\u0000One' }),
  'nul-in-title': (random) => JSON.stringify({ text: articleText(random), title: '\u0000' }),
  'nul-in-url': (random) => JSON.stringify({ text: articleText(random), url: 'https://example.org/\u0000' }),
  'lone-surrogate-text': (random) => `{"text": ${JSON.stringify(articleText(random)).slice(0, -1)} \\ud800 end"}`,
  'lone-surrogate-outlet': (random) => `{"text": ${JSON.stringify(articleText(random))}, "outlet": "Wire \\udfff"}`,
  'duplicate-keys': (random) => `{"text": ${JSON.stringify(articleText(random))}, "text": 7}`,
  'bom-mid-file': (random) => `\uFEFF${JSON.stringify({ text: articleText(random) })}`,
  'published-junk': (random) => JSON.stringify({ text: articleText(random), published: random.pick(['0000-00-00', '2017-02-30', 'yesterday', '1899-12-31', '99999-01-01', '']) }),
  'html-and-text-empty': () => '{"text": "   ", "html": "<p></p>"}',
  'trailing-comma': () => '{"text": "a",}',
};

const megabyteOutlet = (random: Random) => JSON.stringify({ text: articleText(random), outlet: 'O'.repeat(1024 * 1024) });

export const hostileJsonl: Family = {
  name: 'hostileJsonl',
  kinds: [
    (random) => {
      const which = random.pick(Object.keys(hostileLines));
      const lines = [good(random), hostileLines[which](random), good(random)];
      return { kind: which, files: [{ path: 'feed.jsonl', bytes: utf8(`${lines.join(random.pick(['\n', '\r\n']))}\n`) }] };
    },
    (random) => {
      const picks = Array.from({ length: 6 }, () => random.pick(Object.keys(hostileLines)));
      const lines = [good(random), ...picks.map((which) => hostileLines[which](random)), good(random)];
      return { kind: `mixed-${picks.join('+')}`, files: [{ path: 'mixed.jsonl', bytes: utf8(`${lines.join('\n')}\n`) }] };
    },
    (random) => {
      const count = random.pick([1, 20]);
      return { kind: `megabyte-outlet-x${count}`, files: [{ path: 'outlets.jsonl', bytes: utf8(`${Array.from({ length: count }, () => megabyteOutlet(random)).join('\n')}\n${good(random)}\n`) }] };
    },
    (random) => ({ kind: 'raw-nul-byte-in-line', files: [{ path: 'raw-nul.jsonl', bytes: new Uint8Array(Buffer.concat([Buffer.from(`${good(random)}\n{"text": "a`), Buffer.from([0]), Buffer.from(`b"}\n${good(random)}\n`)])) }] }),
    (random) => ({ kind: 'invalid-utf8-in-line', files: [{ path: 'bad-utf8.jsonl', bytes: new Uint8Array(Buffer.concat([Buffer.from(`${good(random)}\n{"text": "caf`), Buffer.from([0xe9, 0xff]), Buffer.from(`"}\n${good(random)}\n`)])) }] }),
  ],
};
