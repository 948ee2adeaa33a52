import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtmlBytes } from '../../src/clean/decodeHtmlBytes.js';
import { htmlToBlocks } from '../../src/clean/htmlToBlocks.js';
import { prunePage } from '../../src/clean/prunePage.js';
import { pruneBoilerplateContainers } from '../../src/clean/pruneBoilerplateContainers.js';
import { findArticleBody } from '../../src/clean/findArticleBody.js';
import { unwrapNoscriptProse } from '../../src/clean/unwrapNoscriptProse.js';
import { readPage, type SnippetItem } from './boilerplate.js';
const root = '/work/shared/data/trafilatura-eval';
const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
const res = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const parse = (html: string) => { const c = html.slice(Math.max(0, html.search(/<!doctype\s|<html[\s>]/i))); const d = parseHTML(c).document as unknown as Document; unwrapNoscriptProse(d); return d; };
const txt = (el: Element | null) => el ? norm(htmlToBlocks(el).map(b => b.text).join('\n')) : '';
const tally: Record<string, number> = {};
for (const p of res.pages) {
  if (p.missing.length === 0) continue;
  const item = evaldata[p.url];
  const html = decodeHtmlBytes(readPage(root, item.file));
  const raw = txt(parse(html).body);
  const d = parse(html); pruneBoilerplateContainers(d);
  const afterPrune = txt(d.body);
  const marked = txt(findArticleBody(d));
  const rd = txt(new Readability<Element>(d, { serializer: (n) => n as Element }).parse()?.content ?? null);
  const pp = txt(prunePage(parse(html)));
  for (const s of p.missing) {
    const n = norm(s);
    const where = [raw.includes(n) && 'raw', afterPrune.includes(n) && 'afterPrune', marked.includes(n) && 'marked', rd.includes(n) && 'readab', pp.includes(n) && 'pruned'].filter(Boolean).join(',') || 'nowhere';
    tally[where] = (tally[where] ?? 0) + 1;
    console.log(where.padEnd(40), p.url.slice(0, 70), '|', s.slice(0, 50));
  }
}
console.log(tally);
