import type { ArticleRecord } from '../../model/articleRecord.js';
import type { SubjectKind } from '../../model/vocabulary.js';
import { chunkWords, type Chunk } from '../parse/chunkNouns.js';
import type { Token } from '../../analyze/segment/parseText.js';
import { nameKey } from '../nameKey.js';
import { eventNouns } from './predicateClasses.js';
import { canonicalHead, eventCompound } from './canonicalHead.js';
import { datedEvents } from './datedEvents.js';
import { isTimeWord } from '../parse/timeWords.js';
import { firstNames } from '../../analyze/entities/data/firstNames.js';
import { findDescriptions } from './findRoleNames.js';

/** Who or what a noun phrase refers to, story-wide: 'Abu Bakr al-Baghdadi' -> baghdadi; 'the hospital' -> al-rahma hospital. */
export interface Referent {
  key: string;
  name: string;
  kind: SubjectKind;
}

/** What the article lets a phrase refer to: its people and the article's focus person. */
export interface ReferentContext {
  record: ArticleRecord;
  /** The person the article is about; pronouns and titles ('the IS leader') with no name of their own are read as this person. */
  focus: string | null;
  /** Names the entity stage missed, read as people ('Dren'). */
  unlabelled: ReadonlySet<string>;
  /** Roles the article gives its people by apposition: 'deputy' -> 'Emil Vantosh' (findRoleNames). */
  roles: ReadonlyMap<string, string>;
  /** Named organisations and places by their last word, lower case: 'hospital' -> 'Al-Rahma hospital' (the first named). */
  namedByLastWord: ReadonlyMap<string, { type: string; canonical: string }>;
  /** The first person the article gives a leader's role ('Vasko Dren, the Oren Valley Front commander'), for 'the militia chief'. */
  leader: string | null;
  /** The named building or site the article is about ('Halvek General Hospital'), for 'the facility' and 'the east wing'. */
  site: { type: string; canonical: string } | null;
  /** The words the article describes each person with (findDescriptions): 'Aurel Danek' -> head, provincial, security, directorate. */
  descriptions: ReadonlyMap<string, ReadonlySet<string>>;
  /** The events the article dates where it names them (datedEvents): 'strike' -> '2025-03-09' from 'the strike of 9 March'. */
  datedEvents: ReadonlyMap<string, string>;
}

/** What resolveSubject needs from an article, computed once per article rather than once per phrase. */
export function referentContext(record: ArticleRecord, focus: string | null, unlabelled: ReadonlySet<string>, roles: ReadonlyMap<string, string>): ReferentContext {
  const namedByLastWord = new Map<string, { type: string; canonical: string }>();
  for (const e of record.entities) {
    if (e.type === 'person') continue;
    const last = lastWord(e.canonical);
    if (last && !namedByLastWord.has(last)) namedByLastWord.set(last, { type: e.type, canonical: e.canonical });
  }
  const site = mainSite(record);
  const leader = [...roles].find(([role]) => leaderNouns.has(role))?.[1] ?? null;
  return { record, focus, unlabelled, roles, namedByLastWord, leader, site, descriptions: findDescriptions(record), datedEvents: datedEvents(record) };
}

/** Words for someone who holds an office, which an article's description of a person may stand for: 'the provincial governor'. */
const officeNouns = new Set(['director', 'officer', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'governor', 'envoy', 'ambassador', 'coordinator', 'secretary', 'mayor', 'president', 'general', 'colonel']);

/** Words before a head that only place a person in time or rank, and so tell no one apart: 'former', 'top'. */
const generalModifiers = new Set(['former', 'then', 'current', 'new', 'top', 'senior', 'late', 'acting', 'wounded', 'injured', 'dead', 'alleged']);

/**
 * The one person whose description holds every word a phrase puts before
 * its head: 'provincial security chief' is Aurel Danek in an article that
 * calls him 'the head of the provincial security directorate', not the
 * militia leader the article is about. Null when no word says whom
 * ('the chief', 'the wounded militia chief' where no one is described by
 * 'militia'), or when two people fit.
 */
function describedPerson(chunk: Chunk, descriptions: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const before = chunk.tokens.slice(0, chunk.tokens.indexOf(chunk.head));
  const words = before.filter((t) => (t.pos === 'ADJ' || t.pos === 'NOUN') && !generalModifiers.has(t.lower)).map((t) => t.lower);
  if (!words.length) return null;
  // One person: 'the IS group's leaders' are not 'the group's arms director' (Steve Goose), though both say 'group'.
  if (chunk.head.lower !== chunk.head.lemma) return null;
  const fitting = [...descriptions].filter(([, described]) => words.every((word) => described.has(word)));
  return fitting.length === 1 ? fitting[0][0] : null;
}

/**
 * The site an article is about: the most mentioned entity whose name ends in
 * a site noun ('Halvek General Hospital'; of any type, as the entity stage
 * may type a hospital as a person), when one leads; with two hospitals named
 * as often, 'the facility' could be either and is read as nothing.
 */
function mainSite(record: ArticleRecord): { type: string; canonical: string } | null {
  const counts = new Map<string, { type: string; canonical: string; n: number }>();
  for (const e of record.entities) {
    if (!namesSite(e.canonical)) continue;
    const seen = counts.get(e.canonical) ?? { type: e.type, canonical: e.canonical, n: 0 };
    counts.set(e.canonical, { ...seen, n: seen.n + 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked.length && (ranked.length === 1 || ranked[0].n > ranked[1].n) ? ranked[0] : null;
}

/** Last words of a named building or site: 'Halvek General Hospital', 'the Old Grain Depot'. */
const siteNouns = new Set(['hospital', 'clinic', 'school', 'university', 'mosque', 'church', 'synagogue', 'temple', 'market', 'depot', 'station', 'airport', 'factory', 'plant', 'hotel', 'prison', 'embassy', 'stadium', 'mall', 'museum', 'camp']);

/** The last word of a name, lower case: 'Halvek General Hospital' -> 'hospital'. */
const lastWord = (name: string): string => /([\p{L}\p{N}]+)\W*$/u.exec(name.toLowerCase())?.[1] ?? '';
/** Whether a name ends in a site noun ('Halvek General Hospital', 'the Old Grain Depot'). */
const namesSite = (name: string): boolean => siteNouns.has(lastWord(name));
/**
 * Words that name a site by its kind or by a part of it, read as the
 * article's named site: "Not a single civilian facility was struck" in the
 * ministry's answer about Halvek General Hospital; "The east wing took a
 * direct hit"; "a direct hit on the hospital grounds". Not 'building' or
 * 'car park': an article tells the main building and the car park apart.
 */
const siteWords = new Set(['facility', 'premises', 'compound', 'wing', 'ground', 'grounds', 'campus']);

/** 'the building' and nothing more: 'the main building' or 'the building's east side' is a part the article tells apart. */
const bareBuilding = (chunk: Chunk): boolean => chunk.tokens.length === 2 && chunk.tokens[0].lower === 'the' && chunk.head.lower === 'building';
/** How far back, in sentences, 'the building' may point: its own sentence or the one before. */
const sentenceEnds = /[.!?]["'”’]?\s+["“]?\p{Lu}/gu;

/**
 * The named site that 'the building' points back to: the nearest one named
 * in its sentence or the one before ('an air strike on Tolbek Children's
 * Hospital killed 19 people; the army ... acknowledged that one of its
 * aircraft had hit *the building*'), so a hospital struck two years ago is
 * not the main building of the one struck this week. Null when none is named
 * that close.
 */
function siteJustNamed(record: ArticleRecord, at: number): { type: string; canonical: string } | null {
  let nearest: ArticleRecord['entities'][number] | null = null;
  for (const e of record.entities) if (e.end <= at && namesSite(e.canonical) && (!nearest || e.end > nearest.end)) nearest = e;
  if (!nearest || (record.text.slice(nearest.end, at).match(sentenceEnds)?.length ?? 0) > 1) return null;
  return nearest;
}

const personPronouns = new Set(['he', 'him', 'his', 'she', 'her', 'himself', 'herself']);
/** Pronouns that point to something the phrase does not name: read as nothing rather than guessed. */
const vague = new Set(['it', 'they', 'them', 'this', 'that', 'these', 'those', 'which', 'who', 'what', 'i', 'we', 'you', 'me', 'us', 'one', 'there', 'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'nobody', 'all', 'some', 'many', 'others', 'both', 'each']);
/** A role that names a person the article is about: 'the IS leader', 'the militia commander', 'the group's founder'. */
const leaderNouns = new Set(['leader', 'commander', 'chief', 'founder', 'head', 'caliph', 'boss', 'kingpin', 'ringleader', 'chieftain', 'emir']);
/**
 * Words for groups of people counted in tolls, gathered so that tolls meet:
 * '212 people' and '87 civilians'; '23 militants' and 'four fighters'.
 */
const peopleWords: Record<string, string> = {
  people: 'people', person: 'people', civilian: 'people', civilians: 'people', resident: 'people', residents: 'people', victim: 'people', victims: 'people',
  militant: 'fighters', militants: 'fighters', fighter: 'fighters', fighters: 'fighters', insurgent: 'fighters', insurgents: 'fighters', rebel: 'fighters', rebels: 'fighters', combatant: 'fighters', combatants: 'fighters', jihadist: 'fighters', jihadists: 'fighters',
  soldier: 'soldiers', soldiers: 'soldiers', troop: 'soldiers', troops: 'soldiers',
  // 'four of our brothers were martyred': an armed group's word for its own fighters in its statements.
  brother: 'fighters', brothers: 'fighters', mujahideen: 'fighters',
};


const overlapping = (record: ArticleRecord, chunk: Chunk) => record.entities.filter((e) => e.start < chunk.end && chunk.start < e.end);

function entityReferent(type: string, canonical: string): Referent {
  if (type === 'person') return { key: nameKey(canonical), name: canonical, kind: 'person' };
  const name = canonical.replace(/^the\s+/iu, '');
  // Words joined by hyphens, so the key reads the same in a claim id: 'mirvane-municipal-hospital'.
  return { key: name.toLowerCase().replace(/['’]s$/u, '').replace(/\s+/gu, '-'), name, kind: type === 'place' ? 'place' : 'organisation' };
}

/** Whether a headline is written in title case ('Sixers Fire Coach Jim O'Brien'), where every word looks like a name. */
function inTitleCaseHeadline(record: ArticleRecord, at: number): boolean {
  const title = record.paragraphs.find((p) => p.kind === 'title' && p.start <= at && at < p.end);
  if (!title) return false;
  const long = record.text.slice(title.start, title.end).match(/\p{L}{4,}/gu) ?? [];
  return long.filter((word) => /^\p{Lu}/u.test(word)).length * 2 > long.length;
}

/**
 * A name the entity stage left untagged, read from the parse: the run of
 * capitalised proper nouns that ends the phrase. 'Bettie Page died
 * Thursday' (a name at a sentence's start, with no cue to type it) is
 * Page; 'The Sixers fired Jim O'Brien' makes a claim about the Sixers, not
 * about the common noun 'sixer'. A person when its first word is a first
 * name, else an organisation. Not in a title-case headline, where the
 * tagger takes 'Developers' for a name.
 */
function untaggedName(chunk: Chunk, record: ArticleRecord): Referent | null {
  const { head } = chunk;
  const capitalised = (t: Token) => (t.pos === 'PROPN' || t.pos === 'NOUN') && /^\p{Lu}/u.test(t.text);
  if (!capitalised(head) || inTitleCaseHeadline(record, head.start)) return null;
  const last = chunk.tokens.indexOf(head);
  let first = last;
  while (first > 0 && capitalised(chunk.tokens[first - 1])) first -= 1;
  // One capitalised word opening a sentence may be any word ('Police arrested ...'); two, or one inside a sentence, are a name.
  const opensSentence = /(?:^|[.!?:]["'”’]?)\s*["'“‘]?\s*$/u.test(record.text.slice(Math.max(0, chunk.tokens[first].start - 6), chunk.tokens[first].start));
  if (first === last && opensSentence) return null;
  const name = record.text.slice(chunk.tokens[first].start, head.end);
  const key = nameKey(name);
  if (!key) return null;
  return { key, name, kind: first < last && firstNames.has(chunk.tokens[first].lower) ? 'person' : 'organisation' };
}

/**
 * The referent of a noun phrase: a named entity it holds (its head's
 * first), a pronoun read as the article's focus person, a leader's title
 * read the same way, a common noun read as the article's named thing of
 * that kind ('the hospital' where the article names 'Al-Rahma hospital'),
 * else the common noun itself ('the blast', 'the death toll', 'people').
 * Null for pronouns that name nothing certain ('it', 'they', 'which').
 */
export function resolveSubject(chunk: Chunk, context: ReferentContext): Referent | null {
  const { record, focus, unlabelled, roles, namedByLastWord } = context;
  const head = chunk.head;
  const entities = overlapping(record, chunk);
  const atHead = entities.find((e) => e.start <= head.start && head.end <= e.end) ?? (head.pos === 'PROPN' ? entities.at(-1) : undefined);
  if (atHead) return entityReferent(atHead.type, atHead.canonical);
  // 'Saturday', 'last week': a time the parse took for a noun phrase is no one ('killed Saturday' is not said of Saturday).
  if (isTimeWord(head)) return null;
  // The name must head the phrase: 'Army audio' is audio, "Dren's deputy" the deputy.
  for (const name of unlabelled) if (head.text === name) return { key: nameKey(name), name, kind: 'person' };
  if (head.pos === 'PRON' || (chunk.tokens.length === 1 && vague.has(head.lower))) {
    return personPronouns.has(head.lower) && focus ? { key: nameKey(focus), name: focus, kind: 'person' } : null;
  }
  if (vague.has(head.lower)) return null;
  const role = roles.get(head.lower) ?? roles.get(head.lemma);
  if (role && head.pos === 'NOUN') return { key: nameKey(role), name: role, kind: 'person' };
  // 'provincial security chief': the one person the article describes with those words.
  if (leaderNouns.has(head.lemma) || officeNouns.has(head.lemma)) {
    const described = describedPerson(chunk, context.descriptions);
    if (described) return { key: nameKey(described), name: described, kind: 'person' };
  }
  // 'the militia chief' is whoever the article calls its commander or leader, else the person it is about; not 'a commander' or 'its leaders'.
  const leader = context.leader ?? focus;
  const single = head.lower === head.lemma && !/^(?:a|an|another|one|some|any)$/u.test(chunk.tokens[0].lower) && !chunk.tokens.some((t) => t.pos === 'NUM');
  if (leaderNouns.has(head.lemma) && leader && single) return { key: nameKey(leader), name: leader, kind: 'person' };
  // 'iOS *8.2*', 'the Taliban *Five*', 'iPhone *6*': a number after a name is part of that name, not a count of people.
  if (head.pos === 'NUM' && isNamedNumber(chunk)) return null;
  if (head.pos === 'NUM') return { key: 'people', name: 'people', kind: 'quantity' };
  const people = peopleWords[head.lower];
  if (people) return { key: people, name: people, kind: 'quantity' };
  // 'the hospital' in an article that names 'Al-Rahma hospital'.
  const canonical = canonicalHead(head);
  const named = namedByLastWord.get(head.lower) ?? namedByLastWord.get(canonical);
  if (named) return entityReferent(named.type, named.canonical);
  if (context.site && siteWords.has(canonical)) return entityReferent(context.site.type, context.site.canonical);
  const antecedent = bareBuilding(chunk) ? siteJustNamed(record, chunk.start) : null;
  if (antecedent) return entityReferent(antecedent.type, antecedent.canonical);
  const untagged = untaggedName(chunk, record);
  if (untagged) return untagged;
  const words = chunkWords(chunk, record.text);
  const key = eventCompound.exec(canonical)?.[1] ?? canonical;
  return { key, name: words, kind: eventNouns.has(key) || eventNouns.has(head.lemma) ? 'event' : 'object' };
}

/** Whether a chunk's number head follows a capitalised word of the chunk: 'iOS 8.2', 'Taliban Five'; not 'the 23' or '23'. */
function isNamedNumber(chunk: Chunk): boolean {
  const at = chunk.tokens.indexOf(chunk.head);
  const before = at > 0 ? chunk.tokens[at - 1] : undefined;
  return before !== undefined && /^\p{L}*\p{Lu}/u.test(before.text) && before.pos !== 'DET';
}

/** Heads for the members of an armed body, by key: 'militants' ('fighters'), 'troops' ('soldiers'), 'terrorists', 'forces'. */
const memberKeys = new Set(['fighters', 'soldiers', 'terrorist', 'force', 'gunman', 'gunmen', 'member', 'operative', 'loyalist']);

/**
 * The doer a phrase names: as a subject is read, except that the members of
 * a body the phrase names are that body ('killed by *Islamic State
 * militants*' and 'killed by ISIS' name one killer; 'Kasterian troops' a
 * country's army), so one killing told both ways is one claim.
 */
export function resolveAgent(chunk: Chunk, context: ReferentContext): Referent | null {
  const referent = resolveSubject(chunk, context);
  if (!referent || !memberKeys.has(referent.key)) return referent;
  const body = overlapping(context.record, chunk).find((e) => e.type === 'organization' && e.end <= chunk.head.start);
  return body ? entityReferent(body.type, body.canonical) : referent;
}

/** Events that strike a place: 'the blast', 'the explosion', 'the strike', not 'the fire' or 'the crash'. */
const strikingEvents = new Set(['blast', 'explosion', 'strike', 'airstrike', 'attack', 'bombing', 'impact', 'damage']);

/**
 * The site an event that strikes a place struck, when the phrase or the
 * article names one: 'the Mirvane hospital blast' and 'damage to the
 * hospital' struck Mirvane Municipal Hospital; 'the blast', in an article
 * about one hospital, struck that hospital. So 'the blast was caused by a
 * misfired rocket' can be read as what it claims, that the hospital was hit
 * by the rocket, beside 'the hospital was hit by an air strike'; a site
 * noun before the event's noun with no name for it is the common noun ('the
 * hospital'). Null for other events and where no site is named.
 */
export function siteStruckBy(chunk: Chunk, context: ReferentContext, to: Chunk | null): Referent | null {
  if (!strikingEvents.has(canonicalHead(chunk.head))) return null;
  for (const phrase of [chunk, to]) {
    for (const token of phrase?.tokens ?? []) {
      if (token === chunk.head) continue;
      const named = context.namedByLastWord.get(token.lower) ?? context.namedByLastWord.get(canonicalHead(token));
      if (named && namesSite(named.canonical)) return entityReferent(named.type, named.canonical);
    }
  }
  if (context.site) return entityReferent(context.site.type, context.site.canonical);
  // 'Army audio proves militant rocket caused *Mirvane hospital* blast', in a wire item that names no hospital: the hospital still.
  return siteNamedIn(chunk, context);
}

/** Whether a referent names a building or site ('Mirvane Municipal Hospital', 'the Old Grain Depot'). */
export const isSite = (referent: Referent): boolean => namesSite(referent.name);

/**
 * The site a phrase names by a modifier: 'the hospital grounds' names the
 * hospital (the article's named one, or the common noun when it names
 * none). Null when no word of the phrase but its head is a site noun.
 */
export function siteNamedIn(chunk: Chunk, context: ReferentContext): Referent | null {
  for (const token of chunk.tokens) {
    if (token === chunk.head || !siteNouns.has(canonicalHead(token))) continue;
    const named = context.namedByLastWord.get(canonicalHead(token));
    return named ? entityReferent(named.type, named.canonical) : { key: canonicalHead(token), name: token.text, kind: 'object' };
  }
  return null;
}
