/**
 * Cross-document event grouping on ECB+ topics 1–35, through the CLI.
 *
 *   npx tsx scripts/eval/ecbplus.ts [ECBPLUS_DIR] [--out FILE] [--rows FILE] [--per-topic] [--topics 1,2,3]
 *
 * Every development article becomes one JSONL line (title = its first
 * sentence, outlet "ECB+ topic N", a made-up unique url) and all go through
 * one `analyze --db memory://` run, as a user would load a pile of news
 * (--per-topic: one run per topic). Each gold event mention of the checked
 * sentences (ECBplus_coreference_sentences.csv) then takes the claim one of
 * whose statements' trigger overlaps its words, or, for a statement without
 * a trigger, whose content span contains them; a mention no claim covers
 * stays alone. B-cubed against the gold cross-document instances (a mention
 * without one is alone), beside the same-lemma-within-topic baseline.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { bcubed, formatBCubed, type BCubed } from './bcubed.js';
import { developmentTopics, readCheckedSentences, readTopic, type EcbDocument, type EcbMention } from './ecbplusRead.js';
import { optionValue, positionalArgs, runAnalyze, type AnalyzedArticle, type AnalyzeRun, type ClaimSpan } from './ecbplusRunAnalyze.js';

const nlp = winkNLP(model);
const its = nlp.its;

const urlOf = (doc: EcbDocument) => `https://ecbplus.example/${doc.topic}/${doc.docName}`;

function articleLine(doc: EcbDocument): string {
  const half = doc.docName.endsWith('ecbplus') ? 'ecbplus' : 'ecb';
  return JSON.stringify({ title: doc.title, text: doc.text, outlet: `ECB+ topic ${doc.topic} (${half})`, url: urlOf(doc) });
}

/**
 * Where each of our token spans lies in the stored text, or null when cleaning
 * dropped it (a dateline "May 03, 2013" or a byline "PUBLISHED: ..." is
 * removed; lines are re-spaced "\n" -> "\n\n"). A line found whole places its
 * tokens; otherwise each token is looked for close ahead.
 */
export function alignTokens(doc: EcbDocument, stored: string): Map<string, [number, number] | null> {
  const at = new Map<string, [number, number] | null>();
  let cursor = 0;
  let lineStart = 0;
  for (const line of doc.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const tokens = doc.tokens.filter((t) => t.start >= lineStart && t.end <= lineEnd);
    const whole = stored.indexOf(line, cursor);
    if (whole >= 0) {
      for (const t of tokens) at.set(t.id, [whole + t.start - lineStart, whole + t.end - lineStart]);
      cursor = whole + line.length;
    } else {
      // Looked for close ahead without moving the cursor; a line with most words missing was dropped.
      let near = cursor;
      const placed = new Map<string, [number, number]>();
      for (const t of tokens) {
        const word = doc.text.slice(t.start, t.end);
        const found = stored.indexOf(word, near);
        if (found < 0 || found - near > 20 + line.length) continue;
        placed.set(t.id, [found, found + word.length]);
        near = found + word.length;
      }
      const kept = placed.size * 2 >= tokens.length;
      for (const t of tokens) at.set(t.id, kept ? (placed.get(t.id) ?? null) : null);
    }
    lineStart = lineEnd + 1;
  }
  return at;
}

/** Lowercase lemma of each token (wink-nlp, read per sentence line): "checked into" -> "check into". */
function lemmasOf(doc: EcbDocument): Map<string, string> {
  const lemmaAt = new Map<number, string>();
  let lineStart = 0;
  for (const line of doc.text.split('\n')) {
    let offset = lineStart;
    const read = nlp.readDoc(line).tokens();
    const values = read.out() as string[];
    const spaces = read.out(its.precedingSpaces) as string[];
    // The typings give lemma the addons argument of a model function; at run time it is an ordinary its helper.
    const lemmas = read.out(its.lemma as unknown as typeof its.value) as string[];
    values.forEach((value, i) => {
      offset += spaces[i].length;
      for (let c = offset; c < offset + value.length; c++) lemmaAt.set(c, lemmas[i].toLowerCase());
      offset += value.length;
    });
    lineStart += line.length + 1;
  }
  return new Map(doc.tokens.map((t) => [t.id, lemmaAt.get(t.start) ?? t.word.toLowerCase()]));
}

interface Assigned {
  claim: string | null;
  from: ClaimSpan['from'] | null;
}

/** The claim covering a mention: a trigger overlapping any of its words, else a statement span containing all of them; the narrowest wins. */
export function claimOfMention(ranges: readonly [number, number][], spans: readonly ClaimSpan[]): Assigned {
  if (!ranges.length) return { claim: null, from: null };
  const from = Math.min(...ranges.map((r) => r[0]));
  const to = Math.max(...ranges.map((r) => r[1]));
  const covering = spans.filter((s) => (s.from === 'trigger' ? ranges.some(([a, b]) => a < s.end && s.start < b) : s.start <= from && to <= s.end));
  if (!covering.length) return { claim: null, from: null };
  const best = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return { claim: best.claim, from: best.from };
}

interface Scored {
  mentions: number;
  linked: number;
  instances: number;
  coveredByTrigger: number;
  coveredByStatement: number;
  unaligned: number;
  articlesMissing: number;
  corroborate: BCubed;
  sameLemma: BCubed;
  singletons: BCubed;
  /** The same two, over only the mentions some claim covers: how well what corroborate groups is grouped. */
  coveredOnly: { corroborate: BCubed; sameLemma: BCubed };
  /** One row per mention, for error analysis (`--rows FILE`). */
  rows: { topic: number; doc: string; sentence: number; words: string; lemma: string; gold: string; claim: string | null; claimsInSentence: number }[];
}

function score(docs: readonly EcbDocument[], checked: Map<string, Set<number>>, articles: readonly AnalyzedArticle[], spans: readonly ClaimSpan[]): Scored {
  const articleByUrl = new Map(articles.map((a) => [a.url, a]));
  const spansByArticle = new Map<string, ClaimSpan[]>();
  for (const s of spans) spansByArticle.set(s.article, [...(spansByArticle.get(s.article) ?? []), s]);
  const rows: { mention: EcbMention; assigned: Assigned; lemma: string; claimsInSentence: number }[] = [];
  let unaligned = 0;
  let articlesMissing = 0;
  for (const doc of docs) {
    const sentences = checked.get(doc.docName);
    const mentions = doc.mentions.filter((m) => sentences?.has(m.sentence));
    if (!mentions.length) continue;
    const article = articleByUrl.get(urlOf(doc));
    if (!article) articlesMissing++;
    const at = article ? alignTokens(doc, article.text) : new Map<string, null>();
    const lemmas = lemmasOf(doc);
    for (const mention of mentions) {
      const ranges = mention.tokens.map((t) => at.get(t.id)).filter((r): r is [number, number] => Boolean(r));
      if (article && ranges.length < mention.tokens.length) unaligned++;
      const assigned = article ? claimOfMention(ranges, spansByArticle.get(article.id) ?? []) : { claim: null, from: null };
      const sentence = doc.tokens.filter((t) => t.sentence === mention.sentence).map((t) => at.get(t.id)).filter((r): r is [number, number] => Boolean(r));
      const [from, to] = sentence.length ? [sentence[0][0], sentence.at(-1)![1]] : [0, 0];
      const claimsInSentence = new Set((article ? spansByArticle.get(article.id) ?? [] : []).filter((s) => s.start < to && from < s.end).map((s) => s.claim)).size;
      rows.push({ mention, assigned, lemma: mention.tokens.map((t) => lemmas.get(t.id)).join(' '), claimsInSentence });
    }
  }
  const gold = (m: EcbMention) => m.instance ?? `alone:${m.id}`;
  const covered = rows.filter((r) => r.assigned.claim);
  return {
    mentions: rows.length,
    linked: rows.filter((r) => r.mention.instance).length,
    instances: new Set(rows.map((r) => r.mention.instance).filter(Boolean)).size,
    coveredByTrigger: rows.filter((r) => r.assigned.from === 'trigger').length,
    coveredByStatement: rows.filter((r) => r.assigned.from === 'statement').length,
    unaligned,
    articlesMissing,
    corroborate: bcubed(rows.map((r) => ({ gold: gold(r.mention), predicted: r.assigned.claim ?? `alone:${r.mention.id}` }))),
    sameLemma: bcubed(rows.map((r) => ({ gold: gold(r.mention), predicted: `${r.mention.topic}:${r.lemma}` }))),
    singletons: bcubed(rows.map((r) => ({ gold: gold(r.mention), predicted: r.mention.id }))),
    coveredOnly: {
      corroborate: bcubed(covered.map((r) => ({ gold: gold(r.mention), predicted: r.assigned.claim! }))),
      sameLemma: bcubed(covered.map((r) => ({ gold: gold(r.mention), predicted: `${r.mention.topic}:${r.lemma}` }))),
    },
    rows: rows.map(({ mention, assigned, lemma, claimsInSentence }) => ({
      topic: mention.topic,
      doc: mention.docName,
      sentence: mention.sentence,
      words: mention.tokens.map((t) => t.word).join(' '),
      lemma,
      gold: gold(mention),
      claim: assigned.claim,
      claimsInSentence,
    })),
  };
}

function main(argv: string[]): void {
  const shared = process.env.CORROBORATE_SHARED ?? '../shared';
  const root = positionalArgs(argv, ['--out', '--topics', '--rows'])[0] ?? join(shared, 'data', 'ecbplus');
  const out = optionValue(argv, '--out');
  const rowsOut = optionValue(argv, '--rows');
  const chosen = optionValue(argv, '--topics')?.split(',').map(Number);
  const topics = chosen ?? developmentTopics(root);
  const perTopic = argv.includes('--per-topic');
  const checked = readCheckedSentences(root);
  const docsByTopic = topics.map((t) => readTopic(root, t));
  const docs = docsByTopic.flat();
  const folder = mkdtempSync(join(os.tmpdir(), 'corroborate-ecbplus-'));
  const batches = perTopic ? docsByTopic : [docs];
  const runs: (AnalyzeRun & { topics: number[] })[] = batches.map((batch, i) => {
    const input = join(folder, `articles-${i}.jsonl`);
    writeFileSync(input, `${batch.map(articleLine).join('\n')}\n`);
    const run = runAnalyze([input], join(folder, `story-${i}.json`));
    console.error(`analyze: ${batch.length} articles (topics ${[...new Set(batch.map((d) => d.topic))].join(',')}): ${run.summary} in ${run.seconds.toFixed(1)} s`);
    return { ...run, topics: [...new Set(batch.map((d) => d.topic))] };
  });
  // The JSONL and story files are only the CLI's input and output: gone once read.
  rmSync(folder, { recursive: true, force: true });
  const articles = runs.flatMap((r) => r.articles);
  const spans = runs.flatMap((r, i) => r.spans.map((s) => ({ ...s, claim: perTopic ? `${i}:${s.claim}` : s.claim })));
  const scored = score(docs, checked, articles, spans);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const covered = scored.coveredByTrigger + scored.coveredByStatement;
  const triggers = spans.filter((s) => s.from === 'trigger').length;
  const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1);
  console.log(`ECB+ topics ${topics[0]}–${topics.at(-1)} (${topics.length} topics, ${docs.length} articles): ${scored.mentions} event mentions in checked sentences, ${scored.linked} linked to ${scored.instances} cross-document instances`);
  console.log(`analyze: ${perTopic ? `${runs.length} runs (one per topic)` : 'one run, all topics in one store'}, ${seconds.toFixed(1)} s; ${runs.reduce((n, r) => n + r.claims, 0)} claims, ${spans.length} claim statements (${triggers} with a trigger); failed ${runs.reduce((n, r) => n + r.failed, 0)}`);
  console.log(`coverage: ${pct(covered, scored.mentions)} % of mentions in a claim (${scored.coveredByTrigger} by trigger overlap, ${scored.coveredByStatement} by statement span); ${scored.unaligned} mentions not fully found in the stored text, ${scored.articlesMissing} articles missing from the output`);
  console.log('');
  console.log('B-cubed over the mentions        P /     R /    F1');
  console.log(`corroborate claims           ${formatBCubed(scored.corroborate)}`);
  console.log(`same lemma within topic      ${formatBCubed(scored.sameLemma)}`);
  console.log(`every mention alone          ${formatBCubed(scored.singletons)}`);
  console.log(`on the ${covered} covered mentions only:`);
  console.log(`  corroborate claims         ${formatBCubed(scored.coveredOnly.corroborate)}`);
  console.log(`  same lemma within topic    ${formatBCubed(scored.coveredOnly.sameLemma)}`);
  for (const failure of runs.flatMap((r) => r.failures)) console.log(`  refused by analyze: ${failure}`);
  if (rowsOut) writeFileSync(rowsOut, scored.rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  if (out) {
    const { rows: _rows, ...figures } = scored;
    const runInfo = runs.map((r) => ({ topics: r.topics, seconds: r.seconds, summary: r.summary, claims: r.claims, failed: r.failed }));
    writeFileSync(out, `${JSON.stringify({ topics, articles: docs.length, perTopic, seconds, runs: runInfo, coverage: scored.mentions ? covered / scored.mentions : 0, spansWithTrigger: triggers, spans: spans.length, ...figures }, null, 2)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
