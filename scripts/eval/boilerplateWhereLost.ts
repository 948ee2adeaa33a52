/**
 * For one page and snippet, which furniture element removed before
 * readability held it (pruneBoilerplateContainers' rules, replayed).
 *
 *   npx tsx scripts/eval/boilerplateWhereLost.ts URL-SUBSTRING SNIPPET
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { matchContainerRule } from '../../src/clean/boilerplateContainers.js';
import { readPage, type SnippetItem } from './boilerplate.js';

const [needle = '', snippet = ''] = process.argv.slice(2);
const root = join(process.env.CORROBORATE_SHARED ?? '../shared', 'data', 'trafilatura-eval');
const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
const norm = (text: string) => text.replace(/\s+/g, ' ');
for (const [url, item] of Object.entries(evaldata).filter(([key]) => key.includes(needle))) {
  const document = parseHTML(decodeBytes(readPage(root, item.file)).text).document as unknown as Document;
  const holders = [...document.querySelectorAll('*')].filter((element) => norm(element.textContent ?? '').includes(snippet));
  console.log(`# ${url}`);
  for (const element of holders.slice(-12)) {
    const rule = matchContainerRule(element);
    console.log(`  <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}" id="${element.getAttribute('id') ?? ''}" role="${element.getAttribute('role') ?? ''}" style="${element.getAttribute('style') ?? ''}" hidden=${element.hasAttribute('hidden')} aria-hidden=${element.getAttribute('aria-hidden')}> rule=${rule?.name ?? '-'}`);
  }
}
