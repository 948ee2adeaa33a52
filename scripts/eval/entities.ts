/**
 * Entity mentions against MEANTIME (English Wikinews, hand-annotated), for the
 * rule-based stage and for compromise as a baseline.
 *
 *   npx tsx scripts/eval/entities.ts [PATH] [--out result.json] [--no-compromise] [--errors] [--half tune|check]
 *
 * PATH defaults to $CORROBORATE_SHARED/data/meantime. Gold mentions are the
 * ENTITY_MENTIONs with syntactic_type="NAM" (proper names; NOM, PRO, APP and
 * the untyped ones are left out), typed through REFERS_TO by their ENTITY's
 * ent_type: PER -> person, ORG -> organization, LOC -> place. Named mentions
 * of other classes (products such as 'iPhone', FIN) stay in the gold as
 * 'other', so tagging them person/organization/place costs precision; system
 * mentions overlapping an unlinked name are not counted either way. A leading
 * 'the' is cut from gold and system spans alike ('the EU' = 'EU').
 * The text is rebuilt from MEANTIME's tokens, one paragraph per sentence.
 * MEANTIME marks entities only in each article's first six sentences (title
 * and date line included), so only mentions there are scored; the stage still
 * reads the whole article, whose later sentences it uses as evidence.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import nlp from 'compromise';
import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { findEntities } from '../../src/analyze/entities/findEntities.js';
import { resolveCanonicalNames } from '../../src/analyze/entities/resolveCanonicalNames.js';
import type { AnalyzedDocument, EntityType, Paragraph } from '../../src/analyze/types.js';
import { halfOf } from './published.js';

type GoldType = EntityType | 'other' | 'unlinked';
interface Mention { start: number; end: number; type: GoldType }
/** MEANTIME annotates entities only in the first sentences (title, date line and about four more); `scoredEnd` ends that region. */
interface Article { name: string; text: string; paragraphs: Paragraph[]; gold: Mention[]; scoredEnd: number }

const types: EntityType[] = ['person', 'organization', 'place'];
const entTypes: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

function xmlFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.xml') ? [path] : [];
  return readdirSync(path).sort().flatMap((entry) => xmlFiles(join(path, entry)));
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** No space before closing punctuation and clitics, none after opening brackets: 'Apple Inc. (AAPL)'s'. */
function spaceBefore(token: string, previous: string | undefined, quoteOpen: boolean): boolean {
  if (previous === undefined) return false;
  // 'Wal - Mart' and 'O' Leary' were one word before tokenising.
  if (token === '-' || previous === '-' || previous === "O'") return false;
  if (/^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(token)) return false;
  if (/^[([{$]$/.test(previous)) return false;
  if (token === '"') return !quoteOpen;
  if (previous === '"') return !quoteOpen;
  return true;
}

function readArticle(file: string): Article {
  const xml = readFileSync(file, 'utf8');
  const tokens = [...xml.matchAll(/<token[^>]*?sentence="(\d+)"[^>]*?t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)].map((m) => ({
    sentence: Number(m[1]), id: m[2], text: unescapeXml(m[3]),
  }));
  const spans = new Map<string, { start: number; end: number }>();
  const paragraphs: Paragraph[] = [];
  let text = '';
  let sentence = -1;
  let quoteOpen = false;
  let previous: string | undefined;
  for (const token of tokens) {
    if (token.sentence !== sentence) {
      if (sentence >= 0) { paragraphs[paragraphs.length - 1].end = text.length; text += '\n\n'; }
      paragraphs.push({ start: text.length, end: text.length, kind: paragraphs.length === 0 ? 'title' : 'body' });
      sentence = token.sentence;
      previous = undefined;
      quoteOpen = false;
    }
    if (spaceBefore(token.text, previous, quoteOpen)) text += ' ';
    if (token.text === '"') quoteOpen = !quoteOpen;
    spans.set(token.id, { start: text.length, end: text.length + token.text.length });
    text += token.text;
    previous = token.text;
  }
  if (paragraphs.length > 0) paragraphs[paragraphs.length - 1].end = text.length;

  const markables = xml.slice(xml.indexOf('<Markables>'), xml.indexOf('</Markables>'));
  const entityType = new Map<string, string>();
  for (const m of markables.matchAll(/<ENTITY [^>]*?ent_type="(\w*)"[^>]*?m_id="(\d+)"/g)) entityType.set(m[2], m[1]);
  const refersTo = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1])?.[1];
    if (target) for (const source of m[1].matchAll(/<source m_id="(\d+)"/g)) refersTo.set(source[1], target);
  }
  const sentenceOf = new Map(tokens.map((token) => [token.id, token.sentence]));
  let lastAnnotated = 0;
  for (const m of markables.matchAll(/<ENTITY_MENTION [^>]*?syntactic_type="[^"]*">([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    for (const a of m[1].matchAll(/t_id="(\d+)"/g)) lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(a[1]) ?? 0);
  }
  const firstSentence = tokens[0]?.sentence ?? 0;
  const scoredEnd = paragraphs[Math.min(lastAnnotated - firstSentence, paragraphs.length - 1)]?.end ?? text.length;
  const gold: Mention[] = [];
  for (const m of markables.matchAll(/<ENTITY_MENTION [^>]*?m_id="(\d+)" syntactic_type="NAM">([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const anchors = [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => spans.get(a[1])).filter((s) => s !== undefined);
    if (anchors.length === 0) continue;
    const target = refersTo.get(m[1]);
    const type: GoldType = target === undefined ? 'unlinked' : (entTypes[entityType.get(target) ?? ''] ?? 'other');
    gold.push({ ...trimSpan(text, anchors[0].start, anchors[anchors.length - 1].end), type });
  }
  return { name: file, text, paragraphs, gold, scoredEnd };
}

/** Cuts a leading 'the', trailing punctuation and a possessive: 'the EU,' -> 'EU'. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const lead = /^the\s+/i.exec(text.slice(start, end));
  if (lead && end - start > lead[0].length) start += lead[0].length;
  while (end > start && /[\s.,;:!?"'’)]/.test(text[end - 1]) && !/\b\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  const possessive = /\s?['’]s$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  return { start, end };
}

function rulesSystem(article: Article): Mention[] {
  let doc: AnalyzedDocument = { text: article.text, paragraphs: article.paragraphs, sentences: [], tokens: [], entities: [], times: [], statements: [] };
  for (const stage of [splitSentences, tokenize, findEntities, resolveCanonicalNames]) doc = { ...doc, ...stage.run(doc, { referenceDate: null }) };
  return doc.entities.map((e) => ({ ...trimSpan(article.text, e.start, e.end), type: e.type }));
}

function compromiseSystem(article: Article): Mention[] {
  const doc = nlp(article.text);
  const found: Mention[] = [];
  const views: [EntityType, { offset: { start: number; length: number } }[]][] = [
    ['person', doc.people().json({ offset: true })],
    ['organization', doc.organizations().json({ offset: true })],
    ['place', doc.places().json({ offset: true })],
  ];
  for (const [type, items] of views) {
    for (const item of items) found.push({ ...trimSpan(article.text, item.offset.start, item.offset.start + item.offset.length), type });
  }
  return found;
}

interface Counts { tp: number; system: number; gold: number }
type Scores = Record<string, { exact: Counts; overlap: Counts }>;

function emptyScores(): Scores {
  const scores: Scores = {};
  for (const key of [...types, 'all types', 'any type (detection)']) scores[key] = { exact: { tp: 0, system: 0, gold: 0 }, overlap: { tp: 0, system: 0, gold: 0 } };
  return scores;
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Mention, b: Mention) => a.start === b.start && a.end === b.end;

/** One-to-one matching, exact spans first so an overlap never steals an exact partner. */
function match(system: Mention[], gold: Mention[], typed: boolean, exact: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const s of system) {
    const i = gold.findIndex((g, index) => !used.has(index) && (exact ? sameSpan(s, g) : overlaps(s, g)) && (!typed || g.type === s.type));
    if (i >= 0) { used.add(i); tp++; }
  }
  return tp;
}

function score(scores: Scores, system: Mention[], allGold: Mention[]): void {
  const unlinked = allGold.filter((g) => g.type === 'unlinked');
  const counted = system.filter((s) => !unlinked.some((g) => overlaps(s, g)));
  const gold = allGold.filter((g) => g.type !== 'unlinked');
  const pick = (list: Mention[], type: string) => (types.includes(type as EntityType) ? list.filter((m) => m.type === type) : list);
  for (const key of Object.keys(scores)) {
    const detection = key.startsWith('any');
    const sys = pick(counted, key);
    const goldOfType = detection || key === 'all types' ? gold.filter((g) => g.type !== 'other') : pick(gold, key);
    for (const mode of ['exact', 'overlap'] as const) {
      scores[key][mode].tp += match(sys, detection ? gold : goldOfType, !detection, mode === 'exact');
      scores[key][mode].system += sys.length;
      scores[key][mode].gold += goldOfType.length;
    }
  }
}

function prf({ tp, system, gold }: Counts): { p: number; r: number; f1: number } {
  const p = system ? tp / system : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** With --errors: each mismatch as 'FP'/'FN', type and text, to read what a rule change did. */
function printErrors(article: Article, found: Mention[]): void {
  const gold = article.gold.filter((g) => g.type !== 'unlinked');
  const quote = (m: Mention) => `${m.type.padEnd(12)} ${article.text.slice(m.start, m.end)}`;
  for (const s of found) if (!gold.some((g) => sameSpan(s, g) && g.type === s.type)) console.log(`  FP ${quote(s)}`);
  for (const g of gold) if (g.type !== 'other' && !found.some((s) => sameSpan(s, g) && g.type === s.type)) console.log(`  FN ${quote(g)}`);
}

function evaluate(name: string, articles: Article[], system: (a: Article) => Mention[], showErrors = false) {
  system(articles[0]);
  const scores = emptyScores();
  let ms = 0;
  for (const article of articles) {
    const started = performance.now();
    const found = system(article);
    ms += performance.now() - started;
    const scored = found.filter((mention) => mention.start < article.scoredEnd && !article.gold.some((g) => g.type === 'unlinked' && overlaps(mention, g)));
    if (showErrors) printErrors(article, scored);
    score(scores, scored, article.gold);
  }
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0);
  console.log(`\n${name}: ${(ms / articles.length).toFixed(2)} ms per article (${(ms / (chars / 5000)).toFixed(2)} ms per 5 KB)`);
  console.log('type                    | exact P   R     F1   | overlap P   R     F1   | gold');
  const table: Record<string, unknown> = {};
  for (const [key, { exact, overlap }] of Object.entries(scores)) {
    const e = prf(exact);
    const o = prf(overlap);
    table[key] = { exact: { ...exact, ...e }, overlap: { ...overlap, ...o } };
    const f = (x: number) => x.toFixed(3);
    console.log(`${key.padEnd(23)} | ${f(e.p)} ${f(e.r)} ${f(e.f1)} | ${f(o.p)} ${f(o.r)} ${f(o.f1)} | ${exact.gold}`);
  }
  return { msPerArticle: ms / articles.length, scores: table };
}

function main(): void {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (outIndex < 0 || i !== outIndex + 1) && args[i - 1] !== '--half');
  const path = positional[0] ?? join(process.env.CORROBORATE_SHARED ?? '../shared', 'data/meantime');
  if (!existsSync(path)) {
    console.error(`No MEANTIME data at ${path}: pass its folder, or set CORROBORATE_SHARED.`);
    process.exit(1);
  }
  // --half tune|check: one of two fixed halves by a hash of the file name (as the date evaluation splits its pages).
  const halfIndex = args.indexOf('--half');
  const half = halfIndex >= 0 ? args[halfIndex + 1] : undefined;
  const files = xmlFiles(path).filter((file) => !half || halfOf(relative(path, file)) === half);
  const articles = files.map(readArticle).filter((a) => a.text.length > 0);
  const gold = articles.flatMap((a) => a.gold);
  console.log(`${articles.length} articles, ${gold.length} named mentions:`, Object.fromEntries(['person', 'organization', 'place', 'other', 'unlinked'].map((t) => [t, gold.filter((g) => g.type === t).length])));
  const results: Record<string, unknown> = { rules: evaluate('rules (findEntities + resolveCanonicalNames, with segmentation)', articles, rulesSystem, args.includes('--errors')) };
  if (!args.includes('--no-compromise')) results.compromise = evaluate('compromise people/organizations/places', articles, compromiseSystem);
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
}

main();
