import { sameFigure } from './propositions/readQuantity.js';
import { reportedAfterEvent } from './reportedAfterEvent.js';
import { isKnownPredicate } from '../model/vocabulary.js';
import { verbSynonyms } from '../analyze/statements/wordClass.js';
import { predicateClassOf } from './propositions/predicateClasses.js';

import { overlaps, readTimeInterval } from '../model/timeInterval.js';
import { spanInterval, widenSpan } from './timeSpan.js';
import type { Claim, ClaimMember } from './types.js';

/**
 * The blocking index: claims by subject|predicate key. A new member is only
 * ever compared with the few claims of its own block, never with every
 * statement, so adding n statements costs about n lookups.
 */
export interface ClaimIndex {
  claims: Map<string, Claim>;
  blocks: Map<string, string[]>;
  /** The claims of a block that hold a member of an article, by block key and article id, so a lookup never scans a claim's members. */
  byArticle: Map<string, string[]>;
}

export const emptyClaimIndex = (): ClaimIndex => ({ claims: new Map(), blocks: new Map(), byArticle: new Map() });

const articleKey = (key: string, articleId: string): string => `${key}\u0000${articleId}`;

/**
 * The block of a member: its subject and predicate class, 'dren|killed',
 * 'apple|sell'. Objects do not split blocks: inside one, a member joins a
 * claim whose object it shares or leaves unsaid ('Lohan checked into
 * rehab' and 'Lohan checked in' meet; 'Apple sells the Watch' and 'Apple
 * sells the iPad' stay apart), see objectsAgree.
 */
export const blockKey = (member: ClaimMember): string => `${member.proposition.subject}|${member.proposition.predicate}`;

/** The claim id's words: the block, and for a predicate the rules do not know, the object of the member that began it ('apple.sell.watch.1'). */
const idKey = (member: ClaimMember): string => {
  const { subject, predicate, object } = member.proposition;
  return object && !isKnownPredicate(predicate) ? `${subject}|${predicate}|${object}` : `${subject}|${predicate}`;
};

/**
 * Whether a member's object fits a claim's: a known class reads its own
 * complements ('fled Mosul' and 'fled to the desert' are both 'fled', told
 * apart by time), so its object never rules a claim out; for any other
 * predicate the objects must be the same, or one of them unsaid.
 */
const objectsAgree = (claim: Claim, member: ClaimMember): boolean => {
  const { predicate, object } = member.proposition;
  return isKnownPredicate(predicate) || !object || !claim.object || object === claim.object;
};

/** A short, stable hash of a text, for telling apart keys that read alike once made safe. */
function shortHash(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return hash.toString(36).slice(0, 5);
}

/**
 * A key part made safe for a shell or a URL: 'al-rahma' stays as it is; 'al rahma' becomes
 * 'al-rahma-1x9k2', so two subjects never share claim ids (claim ids are unique across the store).
 */
const idPart = (words: string): string => {
  const safe = words.replace(/[^\p{L}\p{N}-]+/gu, '-');
  return safe === words ? safe : `${safe}-${shortHash(words)}`;
};

/** A claim id that needs no quoting in a shell or a URL, one per block and serial: 'baghdadi.killed.1', 'apple.sell.watch.1'. */
const claimId = (key: string, serial: number): string => `${key.split('|').map(idPart).join('.')}.${serial}`;

/**
 * Whether a member's event time fits a claim: a state ('alive') fits any
 * time; an event fits when its time overlaps the claim's span, so '2025-W10'
 * fits a claim of '2025-03' to '2025-03-09' and '2016-FA' does not fit one
 * of '2016-12-01' (as text, both sorted inside and a prefix test missed the first).
 * A time that names no interval is unknown and does not rule a claim out.
 */
function fitsTime(claim: Claim, time: string | null): boolean {
  if (claim.kind === 'state' || time === null || claim.eventTime === null) return true;
  const at = readTimeInterval(time);
  const span = spanInterval(claim.eventTime);
  return !at || !span || overlaps(at, span);
}

/**
 * Whether a member can be one more statement of a claim: its time fits, its
 * count is the same figure ('at least 212' joins '212'; '87' joins neither
 * 'at least 212' nor 'between 80 and 100', which it refines), and it names the same agent or cause ('hit by a rocket' does
 * not join 'hit by an air strike'). What either leaves unsaid rules nothing out.
 */
function fits(claim: Claim, member: ClaimMember): boolean {
  const { eventTime, quantity, agent } = member.proposition;
  if (!fitsTime(claim, eventTime) || !reportedAfterEvent(claim, member) || !objectsAgree(claim, member)) return false;
  if (quantity && claim.quantity && !sameFigure(quantity, claim.quantity)) return false;
  return agentsAgree(agent, claim.agent);
}

/** Agents that name only the event itself, no cause: 'struck during a drone attack', 'killed in the incident'. */
const eventOnly = new Set(['attack', 'incident', 'operation', 'blast', 'explosion', 'assault']);

/** Whether two agents can be one: the same, or either unsaid or only the event itself ('the attack' agrees with 'the strike' and with 'a rocket'). */
export const agentsAgree = (a: string | null, b: string | null): boolean => !a || !b || a === b || eventOnly.has(a) || eventOnly.has(b);

/** How much a member says beyond its subject and predicate: a time, a count, an agent. */
const specifics = (member: ClaimMember): number => {
  const { eventTime, quantity, agent } = member.proposition;
  return (eventTime ? 1 : 0) + (quantity ? 1 : 0) + (agent ? 1 : 0);
};

/**
 * The blocks a member may join: its own, and for a predicate the rules do
 * not know, those of the verbs of its main WordNet sense ('nabbed' meets
 * 'apprehended'; 'appeared in a video' does not meet 'looks thin', whose
 * main senses differ; see verbSynonyms), so two wordings
 * of one event meet by an index lookup, not by comparing claims.
 */
function candidateKeys(member: ClaimMember): string[] {
  const { subject, predicate } = member.proposition;
  const own = blockKey(member);
  if (isKnownPredicate(predicate)) return [own];
  // A verb of a known class ('present' the video, 'strike' a deal) never reaches that class's block by a synonym: the class reads its own words.
  const synonyms = verbSynonyms(predicate, 1, 1).filter((synonym) => !isKnownPredicate(synonym) && !predicateClassOf(synonym, synonym, false).known);
  return [own, ...synonyms.map((synonym) => `${subject}|${synonym}`)];
}

/**
 * Where a member goes among its candidate blocks: a member that says
 * nothing specific joins the largest claim (the story's main version of
 * that event); one that does joins the first claim it fits; otherwise it
 * starts a claim.
 */
function chooseClaim(index: ClaimIndex, keys: string[], member: ClaimMember): Claim | null {
  // Within one article an unspecific mention ('he is dead') is about the event the article dates or names elsewhere.
  for (const key of keys) {
    const sameArticle = (index.byArticle.get(articleKey(key, member.ref.articleId)) ?? []).map((id) => index.claims.get(id)!).find((c) => fits(c, member));
    if (sameArticle) return sameArticle;
  }
  const claims = keys.flatMap((key) => index.blocks.get(key) ?? []).map((id) => index.claims.get(id)!);
  if (specifics(member) === 0) return claims.filter((c) => fits(c, member)).reduce<Claim | null>((best, c) => (best === null || c.members.length > best.members.length ? c : best), null);
  return claims.find((claim) => fits(claim, member)) ?? null;
}

/** Within each article, the members that say most (a time, a count, an agent) are placed first, so the article's unspecific mentions follow them. */
function specificFirst(members: ClaimMember[]): ClaimMember[] {
  const order = new Map(members.map((m, i) => [m, i]));
  const firstOfArticle = new Map<string, number>();
  members.forEach((m, i) => { if (!firstOfArticle.has(m.ref.articleId)) firstOfArticle.set(m.ref.articleId, i); });
  return [...members].sort((a, b) =>
    firstOfArticle.get(a.ref.articleId)! - firstOfArticle.get(b.ref.articleId)! || specifics(b) - specifics(a) || order.get(a)! - order.get(b)!);
}

/**
 * Adds members to the index and returns the ids of the claims it touched.
 * The index passed in is changed: callers hand it a copy they own
 * (relateSubject starts from an empty one), so earlier indexes stay as they were. A claim is
 * copied before its first change, so claims shared with an earlier state
 * are never modified.
 */
export function groupClaims(index: ClaimIndex, members: ClaimMember[]): Set<string> {
  const touched = new Set<string>();
  for (const member of specificFirst(members)) {
    const time = member.proposition.eventTime;
    let claim = chooseClaim(index, candidateKeys(member), member);
    if (!claim) {
      const key = blockKey(member);
      const { subject, subjectName, subjectKind, predicate, kind, object } = member.proposition;
      // Two keys may read alike once made safe for a URL ('al rahma' and 'al-rahma'): the serial moves on until the id is free.
      const named = idKey(member);
      let serial = 1;
      while (index.claims.has(claimId(named, serial))) serial += 1;
      claim = {
        id: claimId(named, serial), key, text: '', subject, subjectName, subjectKind, predicate, kind,
        object, agent: null, quantity: null, place: null, eventTime: null, firstReported: null, members: [],
      };
      index.blocks.set(key, [...(index.blocks.get(key) ?? []), claim.id]);
    }
    if (!touched.has(claim.id)) {
      claim = { ...claim, members: [...claim.members] };
      touched.add(claim.id);
    }
    claim.members.push(member);
    const inArticle = articleKey(claim.key, member.ref.articleId);
    const held = index.byArticle.get(inArticle) ?? [];
    if (!held.includes(claim.id)) index.byArticle.set(inArticle, [...held, claim.id]);
    claim.eventTime = widenSpan(claim.eventTime, time);
    // The first count and agent stated stand for the claim: later members must agree with them.
    claim.quantity ??= member.proposition.quantity;
    // A claim begun without an object takes the first one said ('checked in', then 'checked into rehab').
    if (!isKnownPredicate(claim.predicate)) claim.object ??= member.proposition.object;
    if (member.reportedOn !== null && (claim.firstReported === null || member.reportedOn < claim.firstReported)) claim.firstReported = member.reportedOn;
    // ... except an agent that names only the event ('the attack'), which a cause stated later replaces ('a Kasterian drone').
    if (claim.agent === null || eventOnly.has(claim.agent)) claim.agent = member.proposition.agent ?? claim.agent;
    index.claims.set(claim.id, claim);
  }
  return touched;
}
