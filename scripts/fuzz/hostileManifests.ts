import { articleText } from './articleText.js';
import { utf8, type FuzzFile, type Family } from './fuzzCase.js';
import type { Random } from './random.js';

/**
 * Manifests (`--manifest`, a CSV of file,outlet,url,published) that are
 * wrong in every way a hand-edited spreadsheet export can be, beside two
 * good articles the batch must store all the same. `{a}` and `{b}` in a
 * manifest stand for the two article files.
 */
const articles = (random: Random, token: string): FuzzFile[] => [
  { path: `a-${token}.txt`, bytes: utf8(articleText(random)) },
  { path: `b-${token}.txt`, bytes: utf8(articleText(random)) },
];

const manifests: Record<string, string> = {
  'duplicate-columns': 'file,outlet,file,published\n{a},Wire,{b},2025-04-04\n',
  'duplicate-rows': 'file,outlet\n{a},Wire One\n{a},Wire Two\n{b},Wire\n',
  'rows-for-missing-files': 'file,outlet\nnot-there.txt,Wire\n../../../etc/passwd,Wire\n{a},Wire\n',
  'nul-in-field': 'file,outlet,url\n{a},Wire\0One,https://example.org/\0\n{b},\0,\0\n',
  'csv-injection': 'file,outlet,url,published\n{a},"=HYPERLINK(""http://evil.example"",""x"")",+cmd|\' /C calc\'!A0,@SUM(1+1)\n{b},-2+3,=1+1,=DATE(2025;1;1)\n',
  'quote-never-closed': 'file,outlet\n{a},"Wire One\n{b},Wire\n',
  'header-only': 'file,outlet,url,published\n',
  'no-file-column': 'name,outlet\n{a},Wire\n',
  'empty-file': '',
  'junk-dates': 'file,published\n{a},0000-00-00\n{b},2017-02-30\n',
  'absolute-and-dotdot-paths': 'file,outlet\n/{a},Wire\n./../{b},Wire\n',
  'huge-outlet': `file,outlet\n{a},${'O'.repeat(1024 * 1024)}\n`,
  'bom-and-crlf': '\uFEFFfile,outlet\r\n{a},Wire\r\n{b},Wire\r\n',
  'ragged-rows': 'file,outlet,url,published\n{a}\n{b},Wire,https://example.org/x,2025-01-01,extra,extra\n',
  'lone-surrogate-field': 'file,outlet\n{a},Wire \uD800 One\n',
  'many-rows': 'file,outlet\n',
};

export const hostileManifests: Family = {
  name: 'hostileManifests',
  kinds: [
    (random, token) => {
      const which = random.pick(Object.keys(manifests));
      const files = articles(random, token);
      let csv = manifests[which].replaceAll('{a}', files[0].path).replaceAll('{b}', files[1].path);
      if (which === 'many-rows') csv += Array.from({ length: 100_000 }, (_, row) => `row-${row}.txt,Wire ${row}`).join('\n');
      return { kind: which, files, manifest: { path: 'manifest.csv', bytes: utf8(csv) } };
    },
    (random, token) => ({ kind: 'fifo', files: articles(random, token), manifest: { path: 'manifest.csv', bytes: 'fifo' } }),
    (random, token) => ({ kind: 'binary', files: articles(random, token), manifest: { path: 'manifest.csv', bytes: new Uint8Array(Array.from({ length: 4096 }, () => random.int(0, 255))) } }),
  ],
};
