/**
 * Regenerates src/analyze/statements/cueWordCounts.ts from PolNeAR train.
 * Every lower-case word that some gold cue contains is tried as a cue by the
 * lexicon fallback (parseLexiconCue's shape: subject, word, words after);
 * the file records, per word, how many of those readings a gold cue
 * confirms and how many there were. The stage keeps the words that are
 * right often enough, so 'blasted' (right 20 of 22 times) is read and 'cast'
 * (a vote, mostly) is not. Only words and counts are written, never text.
 *
 *   npx tsx scripts/train/countCueWords.ts [TRAIN] [--min 3]
 *
 * TRAIN defaults to $CORROBORATE_SHARED/data/polnear/data/train. Never run
 * it on dev or test: those measure us.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { findQuotes } from '../../src/analyze/statements/findQuotes.js';
import { statementsOf } from '../../src/analyze/statements/findStatements.js';
import { lexiconDrafts } from '../../src/analyze/statements/parseLexiconCue.js';
import { sentenceViews } from '../../src/analyze/statements/sentenceView.js';
import type { AnalyzedDocument, Paragraph, Span } from '../../src/analyze/types.js';
import { readBratAttributions } from '../eval/readBratAttributions.js';

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
const root = positional[0] ?? join(shared, 'data/polnear/data/train');
const minIndex = process.argv.indexOf('--min');
const minRight = minIndex >= 0 ? Number(process.argv[minIndex + 1]) : 3;
/** Words right less often than this are left out of the file altogether. */
const minShare = 0.25;

/** Words inside cues that do not carry them: 'has *also* said', 'called *for*'. */
const carriers = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'about',
  'against', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'out', 'over', 'to', 'up', 'with', 'upon', 'am',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'not', "n't", 'never', 'also', 'and', 'or', 'but', 'it', 'him', 'them', 'me',
  'us', 'so', 'very', 'more', 'most', 'much', 'even', 'just', 'still', 'all', 'no', 'there', 'then',
]);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function paragraphsOf(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+/g)].map((m, i) => ({ start: m.index, end: m.index + m[0].length, kind: i === 0 ? 'title' : 'body' }));
}

interface Article { doc: AnalyzedDocument; cues: Span[] }
const articles: Article[] = [];
const annotations = readdirSync(join(root, 'attributions'));
for (const file of readdirSync(join(root, 'text')).filter((f) => f.endsWith('.txt'))) {
  const ann = annotations.find((a) => a.startsWith(`${basename(file, '.txt')}_`) || a === `${basename(file, '.txt')}.ann`);
  if (!ann) continue;
  const text = readFileSync(join(root, 'text', file), 'utf8');
  let doc: AnalyzedDocument = { text, paragraphs: paragraphsOf(text), sentences: [], tokens: [], entities: [], times: [], statements: [] };
  for (const stage of [splitSentences, tokenize]) doc = { ...doc, ...stage.run(doc, { referenceDate: null }) };
  articles.push({ doc, cues: readBratAttributions(readFileSync(join(root, 'attributions', ann), 'utf8')).flatMap((a) => a.cue) });
}

const candidates = new Set<string>();
for (const { doc, cues } of articles) {
  for (const token of doc.tokens) {
    if (/^\p{Ll}/u.test(token.text) && !carriers.has(token.text) && cues.some((c) => c.start <= token.start && token.end <= c.end)) candidates.add(token.text);
  }
}

const counts = new Map<string, { right: number; all: number }>();
for (const { doc, cues } of articles) {
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const claimed = statementsOf(doc).filter((s) => !s.rule.startsWith('lexicon-')).flatMap((s) => [s.cue, s.content, ...(s.speaker ? [s.speaker] : [])]);
  for (const view of sentenceViews(doc)) {
    for (const draft of lexiconDrafts(doc, view, quotes, (word) => candidates.has(word))) {
      if (claimed.some((span) => overlaps(span, draft.cue))) continue;
      const word = doc.text.slice(draft.cue.start, draft.cue.end).split(/\s+/)[0].toLowerCase();
      const entry = counts.get(word) ?? { right: 0, all: 0 };
      entry.all++;
      if (cues.some((c) => overlaps(c, draft.cue))) entry.right++;
      counts.set(word, entry);
    }
  }
}

const kept = [...counts].filter(([, c]) => c.right >= minRight && c.right / c.all >= minShare).sort((a, b) => a[0].localeCompare(b[0]));
const lines: string[] = [];
let line = '';
for (const [word, c] of kept) {
  const item = `${JSON.stringify(word)}: [${c.right}, ${c.all}], `;
  if (line.length + item.length > 116) {
    lines.push(line.trimEnd());
    line = '';
  }
  line += item;
}
if (line) lines.push(line.trimEnd());
const example = counts.get('blasted') ?? { right: 0, all: 0 };
const out = `/**
 * For each word the lexicon fallback (parseLexiconCue.ts) may read as a cue:
 * how often that reading, with a subject before it and words after it,
 * matched a gold cue in PolNeAR train, and how often it was tried:
 * 'blasted: [${example.right}, ${example.all}]' means right ${example.right} times of ${example.all}. Generated by
 * scripts/train/countCueWords.ts (at least ${minRight} right and a share of
 * ${minShare} or more); edit that script, not this file.
 */
export const cueWordCounts: Readonly<Record<string, readonly [right: number, tried: number]>> = {
${lines.map((l) => `  ${l}`).join('\n')}
};
`;
writeFileSync(new URL('../../src/analyze/statements/cueWordCounts.ts', import.meta.url), out);
console.log(`${kept.length} cue words written`);
