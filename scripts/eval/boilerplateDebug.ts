/**
 * Prints what cleaning kept for one page of the trafilatura set, with the
 * snippets it missed and leaked, to see why a page scores as it does.
 *
 *   npx tsx scripts/eval/boilerplateDebug.ts URL-SUBSTRING [PATH]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { readPage, type SnippetItem } from './boilerplate.js';

const [needle, path] = process.argv.slice(2);
const root = path ?? join(process.env.CORROBORATE_SHARED ?? '../shared', 'data', 'trafilatura-eval');
const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
for (const [url, item] of Object.entries(evaldata).filter(([key]) => key.includes(needle ?? ''))) {
  const { text: content, encoding, warnings } = decodeBytes(readPage(root, item.file));
  const clean = cleanArticle({ source: url, format: 'html', content, encoding });
  console.log(`# ${url} (${item.file}, ${encoding})`);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  for (const p of clean.paragraphs) console.log(`  [${p.kind}] ${clean.text.slice(p.start, p.end).slice(0, 200)}`);
  for (const r of clean.removed) console.log(`  - (${r.reason}) ${r.text.slice(0, 120)}`);
  const text = clean.text.replace(/\s+/g, ' ');
  console.log('  missing:', item.with.filter((s) => !text.includes(s.replace(/\s+/g, ' ').trim())));
  console.log('  leaked:', item.without.filter((s) => text.includes(s.replace(/\s+/g, ' ').trim())));
}
