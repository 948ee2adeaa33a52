/**
 * What each cleaning rule costs and earns on the trafilatura set, per half:
 * every 'with' snippet inside a block a rule removed is a cost (text lost),
 * every 'without' snippet inside one is a gain (boilerplate dropped). A
 * snippet spread over several removed blocks is not counted. Each rule also
 * gets the snippets of pages where ours loses to plain readability and the
 * loss lies in what that rule removed; snippets lost with no removal behind
 * them are charged to the container chosen (extractMainContent's 'how').
 *
 *   npx tsx scripts/eval/boilerplateRuleCosts.ts [--half A|B] [--verbose RULE]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { extractMainContent } from '../../src/clean/extractMainContent.js';
import { gatherBody } from '../../src/clean/gatherBody.js';
import { decodeBytes } from '../../src/ingest/decodeBytes.js';
import { readPage, type SnippetItem } from './boilerplate.js';
import { extractReadability, halfOf } from './boilerplateExtractors.js';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const half = option('--half');
const verbose = option('--verbose');
const root = join(process.env.CORROBORATE_SHARED ?? '../shared', 'data', 'trafilatura-eval');
const evaldata = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;

interface Tally {
  withRemoved: number;
  withoutRemoved: number;
  /** 'with' snippets readability kept and this rule removed. */
  lostToReadability: number;
}
const tallies = new Map<string, Tally>();
const tally = (name: string) => tallies.get(name) ?? tallies.set(name, { withRemoved: 0, withoutRemoved: 0, lostToReadability: 0 }).get(name)!;

for (const [url, item] of Object.entries(evaldata)) {
  if (half && halfOf(item.file) !== half) continue;
  let content: string;
  let encoding: string;
  try {
    ({ text: content, encoding } = decodeBytes(readPage(root, item.file)));
  } catch {
    continue;
  }
  const clean = cleanArticle({ source: url, format: 'html', content, encoding });
  const kept = norm(clean.text);
  const baseline = extractReadability(content, false);
  const baselineText = baseline === null ? null : norm(baseline);
  let how: string | null = null;
  const ruleOf = (snippet: string) => clean.removed.find((block) => norm(block.text).includes(norm(snippet)))?.reason;
  for (const snippet of item.with) {
    if (kept.includes(norm(snippet))) continue;
    const rule = ruleOf(snippet);
    if (rule) tally(rule).withRemoved++;
    if (baselineText?.includes(norm(snippet))) {
      if (!rule && how === null) {
        const parse = () => {
          const document = parseHTML(content).document as unknown as Document;
          gatherBody(document);
          return document;
        };
        how = extractMainContent(parse(), parse).how;
      }
      const blame = rule ?? `chosen:${how}`;
      tally(blame).lostToReadability++;
      if (verbose === blame) console.log(`${blame}\t${url}\t${snippet.slice(0, 80)}`);
    }
  }
  for (const snippet of item.without) {
    if (kept.includes(norm(snippet))) continue;
    const rule = ruleOf(snippet);
    if (rule) tally(rule).withoutRemoved++;
  }
}

console.log('rule                       with-removed  without-removed  lost-vs-readability');
for (const [name, t] of [...tallies].sort((a, b) => b[1].withRemoved + b[1].withoutRemoved - (a[1].withRemoved + a[1].withoutRemoved))) {
  console.log(name.padEnd(27) + String(t.withRemoved).padEnd(14) + String(t.withoutRemoved).padEnd(17) + t.lostToReadability);
}
