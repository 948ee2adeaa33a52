import type { ArticleRecord } from '../record/articleRecord.js';
import { findSide } from './findSide.js';
import { nameKey } from './nameKey.js';
import type { StoryStatement } from './storyStatement.js';
import type { Attribution } from './types.js';

/**
 * Words right before an organisation that make it a relay between speaker
 * and outlet: "told Reuters", "via TASS", "in a statement carried by the
 * state broadcaster KRT and relayed by the Meridian Press Agency",
 * "According to MPA, he declined".
 */
const relayBefore = /(?:told|via|carried by|relayed by|reported by|quoted by|cited by|according to|in an interview with|speaking to|said to)(?:\s+the)?(?:\s+(?:state|news|wire)?\s*(?:broadcaster|agency|news agency|newspaper|channel))?\s*$/iu;
const relayReach = 200;

/** 'The Russian Defence Ministry' -> 'russian defence ministry'; a person -> the last name. */
function speakerKeyOf(record: ArticleRecord, canonical: string): string {
  if (record.entities.some((e) => e.type === 'person' && e.canonical === canonical)) return nameKey(canonical);
  return canonical.toLowerCase().replace(/^the\s+/u, '').replace(/['’]s$/u, '').replace(pointingBack, '').trim();
}

/**
 * A phrase after a description that only points back at something named before tells no one apart: 'the man *in
 * it*' (the video another outlet described) is that outlet's 'the man'.
 */
const pointingBack = /\s+(?:in|on|with|behind|inside|from|of)\s+(?:it|them|him|her|this|that)$/u;

function relaysOf(record: ArticleRecord, statement: StoryStatement): string[] {
  const paragraph = record.paragraphs.find((p) => p.start <= statement.content.start && statement.content.start < p.end);
  const spans = [statement.cue, statement.content, ...(statement.speaker ? [statement.speaker] : [])];
  const from = Math.max(paragraph?.start ?? 0, Math.min(...spans.map((s) => s.start)) - relayReach);
  const to = Math.min(paragraph?.end ?? record.text.length, Math.max(...spans.map((s) => s.end)) + relayReach);
  const relays = record.entities
    .filter((e) => e.type === 'organization' && e.start >= from && e.end <= to)
    .filter((e) => !(e.start >= statement.content.start && e.end <= statement.content.end))
    .filter((e) => relayBefore.test(record.text.slice(Math.max(0, e.start - 50), e.start)))
    .sort((a, b) => a.start - b.start)
    .map((e) => e.canonical);
  return [...new Set(relays)].filter((name) => name !== record.outlet.name && name !== statement.speaker?.canonical);
}

/**
 * A speaker the article left as a pronoun ('we', 'he told reporters', 'his
 * ministry'): it speaks for nobody the story can name, so it has no side
 * and is not counted as an independent source.
 */
const unresolved = /^(?:i|we|you|he|she|it|they|(?:my|our|his|her|its|their)\s.+)$/iu;

/** Capitalised title words right before a name, on its line: "Kasteria's Deputy Defence Minister Lukan Mereth". */
const titleBefore = /((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,6})$/u;
/** A role in lower case right before a name, ending in a word for someone who speaks for a body, and the rank after it: "ministry spokesman Nadim Sorrell", "army spokesman Lieutenant Colonel Piet Anderhall". */
const roleBefore = /((?:[\p{L}'’-]+[ \t]+){0,3}(?:spokesman|spokeswoman|spokesperson|official|representative|envoy|ambassador|minister|commander)[ \t]+(?:\p{Lu}[\p{L}.]*\.?[ \t]+){0,3})$/u;

/** Words for a body that a role names without its name: 'the ministry's spokesman', 'army spokesman'. */
const bodyWords = /\b(ministry|army|military|government|police|agency|department|office|council|command|embassy|militia|group|brigade|brigades|front|movement|party|campaign|company)(?:['’]s)?\b/giu;

/**
 * The named bodies a role points to: in "ministry spokesman Nadim Sorrell"
 * or "Sorrell, the ministry's spokesman", 'ministry' is the article's own
 * named ministry ('Hesran Health Ministry'), so he speaks for its side. The
 * body the article names with that head word, if exactly one; a minister
 * ('Deputy Defence Minister') the article's one ministry of that name.
 */
function bodiesNamedBy(record: ArticleRecord, roles: string): string[] {
  const named: string[] = [];
  // 'Deputy Defence Minister Lukan Mereth' serves the article's one 'Defence Ministry'.
  for (const [, office] of roles.matchAll(/\b(\p{L}+)\s+minister\b/giu)) {
    const ministry = `${office.toLowerCase()} ministry`;
    const candidates = new Set(record.entities.filter((e) => e.type === 'organization' && e.canonical.toLowerCase().endsWith(ministry)).map((e) => e.canonical));
    if (candidates.size === 1) named.push(...candidates);
  }
  // 'Valdorian army' over a bare 'Army' (a headline's speaker): the bare word names no one more.
  const bodiesEndingIn = (bodies: string[], word: string) => {
    const fuller = new Set(bodies.filter((body) => body.toLowerCase().endsWith(` ${word}`)));
    return fuller.size ? fuller : new Set(bodies.filter((body) => body.toLowerCase() === word));
  };
  const entities = record.entities.filter((e) => e.type === 'organization').map((e) => e.canonical);
  // Failing a named body, one the article quotes that the entity stage left unnamed ('The Valdorian army said').
  const quoted = record.statements.flatMap((s) => (s.speaker && /^(?:the\s+)?\p{Lu}/u.test(s.speaker.canonical) ? [s.speaker.canonical.replace(/^the\s+/iu, '')] : []));
  for (const [, head] of roles.matchAll(bodyWords)) {
    const word = head.toLowerCase();
    const fromEntities = bodiesEndingIn(entities, word);
    const candidates = fromEntities.size ? fromEntities : bodiesEndingIn(quoted, word);
    if (candidates.size === 1) named.push(...candidates);
  }
  return named;
}
/** An appositive right after a name: "Lukan Mereth, Kasteria's deputy defence minister, said". */
const appositiveAfter = /^,\s+((?:the\s+)?[^,.;:"“”]{3,60})[,.]/u;

/**
 * The titles the article gives a person wherever it names them, so that a
 * speaker quoted by name alone still speaks for a country: 'Mereth said'
 * is Kasterian when the article once wrote "Kasteria's Deputy Defence
 * Minister Lukan Mereth"; 'Sorrell said' is the Hesran Health Ministry's
 * when it wrote "ministry spokesman Nadim Sorrell" and names one ministry.
 */
function titlesOf(record: ArticleRecord, canonical: string): string {
  // Asked once per statement, and an article's speakers are few: each person's titles are read once per article.
  const known = titlesByRecord.get(record)?.get(canonical);
  if (known !== undefined) return known;
  const found = readTitles(record, canonical);
  if (!titlesByRecord.has(record)) titlesByRecord.set(record, new Map());
  titlesByRecord.get(record)!.set(canonical, found);
  return found;
}

const titlesByRecord = new WeakMap<ArticleRecord, Map<string, string>>();

/** Cheap test before `roleBefore`, whose leading repetition is slow to fail: most names have no such role before them. */
const mentionsRole = /spokes|official|representative|envoy|ambassador|minister|commander/iu;

function readTitles(record: ArticleRecord, canonical: string): string {
  const titles: string[] = [];
  for (const entity of record.entities) {
    if (entity.type !== 'person' || entity.canonical !== canonical) continue;
    const preceding = record.text.slice(Math.max(0, entity.start - 60), entity.start);
    // Both: 'army spokesman Lieutenant Colonel Piet Anderhall' has a rank and a role. Neither reaches past a line ('in Valden.' ending the paragraph before 'Anderhall said').
    for (const before of [titleBefore.exec(preceding), mentionsRole.test(preceding) ? roleBefore.exec(preceding) : null]) if (before) titles.push(before[1]);
    const after = appositiveAfter.exec(record.text.slice(entity.end, entity.end + 70));
    if (after) titles.push(after[1]);
  }
  return titles.join(' ');
}

/**
 * The side of a named speaker: the country their words or titles name;
 * else the body a role of theirs points to, on that body's own side
 * ('ministry spokesman Nadim Sorrell' speaks as the Hesran Health
 * Ministry does); else themselves.
 */
function sideOf(record: ArticleRecord, written: string, speaker: string, speakerKey: string, places: ReadonlySet<string>): string {
  const titles = titlesOf(record, speaker);
  const own = findSide(`${written} ${speaker} ${titles}`, speakerKey, places);
  if (own !== speakerKey) return own;
  const body = bodiesNamedBy(record, `${written} ${titles}`).find((name) => name !== speaker);
  if (!body) return own;
  // The body's side as its own statements give it: "Lessaria's Interior Ministry said" is Lessarian, though its name is 'Interior Ministry'.
  const bodyKey = speakerKeyOf(record, body);
  const asWritten = record.statements.filter((s) => s.speaker?.canonical === body).map((s) => findSide(`${s.speaker!.text} ${body}`, bodyKey, places));
  return asWritten.find((side) => side !== bodyKey) ?? findSide(body, bodyKey, places);
}

/**
 * Who stands behind a statement and how it reached the reader: the speaker
 * kept apart from the outlet that printed it, with the relays named in
 * between (Common Dreams → TASS → Russian Defence Ministry). An outlet's own
 * assertion has the outlet as its speaker and a chain of one.
 */
export function attributeStatement(record: ArticleRecord, statement: StoryStatement, places: ReadonlySet<string>): Attribution {
  const outlet = record.outlet.name;
  if (!statement.speaker) {
    const key = outlet.toLowerCase();
    return { speaker: outlet, speakerKey: key, side: key, outlet, chain: [outlet] };
  }
  const speaker = statement.speaker.canonical;
  const speakerKey = speakerKeyOf(record, speaker);
  const side = unresolved.test(speaker.trim()) ? '' : sideOf(record, statement.speaker.text, speaker, speakerKey, places);
  // Relays are named between the outlet and the speaker, nearest the outlet first as written.
  const chain = [outlet, ...relaysOf(record, statement), speaker];
  return { speaker, speakerKey, side, outlet, chain };
}
