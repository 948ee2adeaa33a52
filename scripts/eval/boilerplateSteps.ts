/**
 * Shows what each main-content step yields for one page of the trafilatura
 * set (whole body, after furniture pruning, the marked article body,
 * readability, the pruned page), to see which candidate holds the text.
 *
 *   npx tsx scripts/eval/boilerplateSteps.ts URL-SUBSTRING [BLOCKS-SHOWN]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { htmlToBlocks } from '../../src/clean/htmlToBlocks.js';
import { prunePage } from '../../src/clean/prunePage.js';
import { pruneBoilerplateContainers } from '../../src/clean/pruneBoilerplateContainers.js';
import { findArticleBody } from '../../src/clean/findArticleBody.js';
import { readPage, type SnippetItem } from './boilerplate.js';

const [needle = '', shown = '8'] = process.argv.slice(2);
const root = join(process.env.CORROBORATE_SHARED ?? '../shared', 'data', 'trafilatura-eval');
const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function show(name: string, element: Element | null): void {
  const blocks = element ? htmlToBlocks(element) : [];
  console.log(`== ${name}: ${blocks.length} blocks, ${blocks.reduce((sum, b) => sum + b.text.length, 0)} chars`);
  for (const b of blocks.slice(0, Number(shown))) console.log(`   [${b.hint} ${b.linkDensity.toFixed(2)}] ${b.text.slice(0, 120)}`);
}

for (const [url, item] of Object.entries(evaldata).filter(([key]) => key.includes(needle))) {
  console.log(`# ${url} (${item.file})`);
  const html = decodeBytes(readPage(root, item.file)).text;
  show('raw body', parse(html).body);
  const document = parse(html);
  pruneBoilerplateContainers(document);
  show('after furniture pruning', document.body);
  show('marked article body', findArticleBody(document));
  show('readability', new Readability<Element>(document, { serializer: (node) => node as Element }).parse()?.content ?? null);
  show('pruned page', prunePage(parse(html)));
  console.log('with:', item.with);
}
