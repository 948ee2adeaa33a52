/**
 * Claim grouping, measured two ways.
 *
 *   npx tsx scripts/eval/claims.ts [MEANTIME_DIR]   pairwise P/R/F1 on MEANTIME cross-document events
 *   npx tsx scripts/eval/claims.ts --scale          grouping time at 5,000 and 50,000 synthetic statements
 *
 * MEANTIME (English, intra_cross-doc_annotation: the Apple and Airbus story
 * groups) links event mentions of different articles to one event instance
 * (same instance_id): those are the gold groups. Our claims are about what
 * happened to a subject, so each gold event mention becomes one
 * statement-like proposition and goes through the real groupClaims:
 * - subject: nameKey of the words of its Arg1 participant (else Arg0), read
 *   from the tokens, not the gold entity instance (pronouns stay pronouns);
 * - predicate: the mention's lemma (MEANTIME `pred`), standing in for our
 *   predicate classes, which name fates of people (killed, fled, ...) and
 *   not corporate events (launch, sue, ...);
 * - event time: the first DATE TIMEX3 value in the mention's sentence;
 *   reported on: the article's creation time.
 * A mention with no participant cannot be a proposition and stays alone.
 * Scored over every pair of gold-linked mentions (those whose event has an
 * instance_id). The lemma-only line groups every mention with the same lemma,
 * for comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyClaimIndex, groupClaims } from '../../src/relate/groupClaims.js';
import { nameKey } from '../../src/relate/nameKey.js';
import { propositionOf } from '../../src/relate/propositions/propositionOf.js';
import { bcubed, type BCubed } from './bcubed.js';
import type { ClaimMember, Predicate } from '../../src/relate/types.js';

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

interface GoldMention {
  id: string;
  lemma: string;
  subject: string | null;
  time: string | null;
  reportedOn: string | null;
  instance: string | null;
}

function readDocument(file: string, docId: string): GoldMention[] {
  const xml = readFileSync(file, 'utf8');
  const tokens = new Map([...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => [attr(m[1], 't_id')!, { sentence: attr(m[1], 'sentence')!, word: m[2] }]));
  const block = (tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))];
  const anchors = (body: string) => [...body.matchAll(/t_id="([^"]+)"/g)].map((a) => a[1]);
  const sources = (body: string) => [...body.matchAll(/<source m_id="([^"]+)"/g)].map((a) => a[1]);
  const target = (body: string) => /<target m_id="([^"]+)"/.exec(body)?.[1];

  let dct: string | null = null;
  const sentenceTime = new Map<string, string>();
  for (const [, tag, body] of block('TIMEX3')) {
    const value = attr(tag, 'value') ?? '';
    if (attr(tag, 'functionInDocument') === 'CREATION_TIME') dct = value.slice(0, 10);
    const first = anchors(body)[0];
    const sentence = first ? tokens.get(first)?.sentence : undefined;
    if (sentence && attr(tag, 'type') === 'DATE' && /^\d{4}/.test(value) && !sentenceTime.has(sentence)) sentenceTime.set(sentence, value);
  }
  const instanceOfEvent = new Map<string, string>();
  for (const m of xml.matchAll(/<EVENT\b([^>]*)\/?>/g)) {
    const instance = attr(m[1], 'instance_id');
    if (instance) instanceOfEvent.set(attr(m[1], 'm_id')!, instance);
  }
  const eventOfMention = new Map<string, string>();
  for (const [, , body] of block('REFERS_TO')) for (const source of sources(body)) eventOfMention.set(source, target(body)!);
  const entityWords = new Map<string, string>();
  for (const [, tag, body] of block('ENTITY_MENTION')) entityWords.set(attr(tag, 'm_id')!, anchors(body).map((t) => tokens.get(t)?.word ?? '').join(' '));
  const participants = new Map<string, { role: string; words: string }[]>();
  for (const [, tag, body] of block('HAS_PARTICIPANT')) {
    const words = entityWords.get(target(body) ?? '');
    if (!words) continue;
    for (const source of sources(body)) participants.set(source, [...(participants.get(source) ?? []), { role: attr(tag, 'sem_role') ?? '', words }]);
  }
  return block('EVENT_MENTION').map(([, tag, body]) => {
    const id = attr(tag, 'm_id')!;
    const roles = participants.get(id) ?? [];
    const participant = roles.find((p) => p.role === 'Arg1') ?? roles.find((p) => p.role === 'Arg0') ?? null;
    const sentence = tokens.get(anchors(body)[0])?.sentence ?? '';
    const event = eventOfMention.get(id);
    return {
      id: `${docId}:${id}`,
      lemma: (attr(tag, 'pred') ?? '').toLowerCase(),
      subject: participant ? nameKey(participant.words) || participant.words.toLowerCase() : null,
      time: sentenceTime.get(sentence) ?? null,
      reportedOn: dct,
      instance: event ? (instanceOfEvent.get(event) ?? null) : null,
    };
  });
}

function asMember(mention: GoldMention): ClaimMember {
  const ref = { articleId: mention.id, statementId: mention.id, text: '', start: 0, end: 0 };
  const attribution = { speaker: '', speakerKey: '', side: '', outlet: '', chain: [] };
  // A MEANTIME lemma in place of our predicate classes (see the header).
  const proposition = propositionOf({ subject: mention.subject!, predicate: mention.lemma, trigger: ref, eventTime: mention.time });
  return { ref, reportedOn: mention.reportedOn, publishedOn: mention.reportedOn, proposition, attribution, stance: 'asserts', stanceWords: [], hedged: false, stanceRule: 'meantime', sourceId: '' };
}

function pairwise(items: { gold: string; predicted: string }[]): { p: number; r: number; f: number; goldPairs: number } {
  let both = 0;
  let gold = 0;
  let predicted = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const g = items[i].gold === items[j].gold;
      const p = items[i].predicted === items[j].predicted;
      if (g) gold++;
      if (p) predicted++;
      if (g && p) both++;
    }
  }
  const p = predicted ? both / predicted : 0;
  const r = gold ? both / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, goldPairs: gold };
}

function evaluateMeantime(root: string): void {
  const folder = join(root, 'intra_cross-doc_annotation');
  const mentions: GoldMention[] = [];
  for (const group of readdirSync(folder)) {
    for (const file of readdirSync(join(folder, group)).filter((f) => f.endsWith('.xml'))) mentions.push(...readDocument(join(folder, group, file), `${group}/${file}`));
  }
  const linked = mentions.filter((m) => m.instance !== null);
  const index = emptyClaimIndex();
  const grouped = linked.filter((m) => m.subject !== null);
  groupClaims(index, grouped.map(asMember));
  const claimOf = new Map<string, string>();
  for (const claim of index.claims.values()) for (const member of claim.members) claimOf.set(member.ref.articleId, claim.id);
  const ours = pairwise(linked.map((m) => ({ gold: m.instance!, predicted: claimOf.get(m.id) ?? `alone:${m.id}` })));
  const lemmaOnly = pairwise(linked.map((m) => ({ gold: m.instance!, predicted: m.lemma })));
  const fmt = (s: { p: number; r: number; f: number }) => `P ${(100 * s.p).toFixed(1)}  R ${(100 * s.r).toFixed(1)}  F1 ${(100 * s.f).toFixed(1)}`;
  console.log(`MEANTIME English cross-document events: ${mentions.length} event mentions, ${linked.length} linked to ${new Set(linked.map((m) => m.instance)).size} instances, ${grouped.length} with a participant; ${ours.goldPairs} gold pairs`);
  console.log(`groupClaims (subject|lemma blocks, time fit): ${fmt(ours)}`);
  console.log(`lemma only (baseline):                        ${fmt(lemmaOnly)}`);
  const cubed = (s: BCubed) => `P ${(100 * s.precision).toFixed(1)}  R ${(100 * s.recall).toFixed(1)}  F1 ${(100 * s.f1).toFixed(1)}`;
  console.log(`B-cubed over the ${linked.length} linked mentions: groupClaims ${cubed(bcubed(linked.map((m) => ({ gold: m.instance!, predicted: claimOf.get(m.id) ?? `alone:${m.id}` }))))}`);
  console.log(`                                      lemma only  ${cubed(bcubed(linked.map((m) => ({ gold: m.instance!, predicted: m.lemma }))))}`);
}

const predicates: Predicate[] = ['killed', 'injured', 'alive', 'fled', 'hiding', 'present', 'absent', 'attended', 'survived-attack', 'captured'];

/** Synthetic members: one subject per 20 statements, ten predicates, a few event times or none. Deterministic. */
function syntheticMembers(n: number): ClaimMember[] {
  let seed = 42;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const times = [null, null, '2017-05-28', '2017-05', '2017-06', '2018-02'];
  return Array.from({ length: n }, (_, i) =>
    asMember({ id: `m${i}`, lemma: predicates[next(predicates.length)], subject: `s${next(Math.max(1, n / 20))}`, time: times[next(times.length)], reportedOn: '2017-06-16', instance: null }),
  );
}

function measureScale(): void {
  const timings: [number, number][] = [];
  for (const n of [5_000, 50_000]) {
    const members = syntheticMembers(n);
    const start = performance.now();
    const index = emptyClaimIndex();
    groupClaims(index, members);
    const ms = performance.now() - start;
    timings.push([n, ms]);
    console.log(`${n.toLocaleString('en')} statements -> ${index.claims.size.toLocaleString('en')} claims in ${ms.toFixed(0)} ms`);
  }
  const [[n1, t1], [n2, t2]] = timings;
  console.log(`growth: ${(t2 / t1).toFixed(1)}x time for ${n2 / n1}x statements (quadratic would be ${(n2 / n1) ** 2}x)`);
}

if (process.argv.includes('--scale')) measureScale();
else evaluateMeantime(process.argv[2] ?? join(process.env.CORROBORATE_SHARED ?? '../shared', 'data/meantime'));
