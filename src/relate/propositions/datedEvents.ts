import type { ArticleRecord } from '../../record/articleRecord.js';
import type { Token } from '../../analyze/segment/parseText.js';
import { eventNouns } from './predicateClasses.js';

/**
 * The events an article dates where it names them, by event noun: 'the
 * strike of 9 March', 'the March strike', "Sunday's strike" date 'strike'.
 * News names an event with its date once and then says only 'the strike'
 * ('fragments from the strike may have reached the hospital grounds'), so
 * that later mention is the same event, of the same date. A noun the article
 * dates twice, incompatibly ('the 2016 drone strike', 'the May 2017
 * strike'), names two events and dates none. Of compatible dates the most
 * precise is kept ('the March strike', 'the strike of 9 March': 9 March).
 */
export function datedEvents(record: ArticleRecord): Map<string, string> {
  const found = new Map<string, string[]>();
  for (const time of record.times) {
    if (time.type !== 'DATE' || !/^\d{4}/u.test(time.value)) continue;
    const noun = eventNamedWith(record.text, time.start, time.end);
    if (noun) found.set(noun, [...(found.get(noun) ?? []), time.value]);
  }
  const dated = new Map<string, string>();
  for (const [noun, dates] of found) {
    const precise = dates.reduce((a, b) => (b.length > a.length ? b : a));
    if (dates.every((date) => precise.startsWith(date))) dated.set(noun, precise);
  }
  return dated;
}

/** 'the strike of 9 March', 'the raid on Sunday': the event noun just before 'of' or 'on' and the date. */
const nounBefore = /\bthe\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:of|on)\s+(?:the\s+)?$/iu;
/** 'the March strike', 'the 9 March drone strike', "Sunday's strike": the event noun one or two words after the date. */
const nounAfter = /^(?:['’]s)?\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u;

function eventNamedWith(text: string, start: number, end: number): string | null {
  const before = nounBefore.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  if (before && eventNouns.has(before)) return before;
  const after = nounAfter.exec(text.slice(end, end + 30));
  const words = [after?.[1], after?.[2]].map((word) => word?.toLowerCase());
  return words.find((word): word is string => word !== undefined && eventNouns.has(word)) ?? null;
}

/** Words before an event noun that put the claim before or after it, not at it: 'after the strike', 'since the raid'. */
const notAtTheEvent = new Set(['after', 'before', 'since', 'until', 'following', 'ahead', 'prior']);
const determiners = new Set(['the', 'that', 'this']);

/**
 * The date of an event the clause names with a definite singular event
 * noun that its article dates elsewhere: 'killed in the strike', 'fragments
 * from the strike', 'the strike hit the depot'. Null when the clause puts
 * itself before or after it ('died after the strike'), or names no dated event.
 */
export function dateOfNamedEvent(tokens: Token[], from: number, to: number, dated: ReadonlyMap<string, string>): string | null {
  if (dated.size === 0) return null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.start < from || t.end > to || t.pos !== 'NOUN' || t.lower !== t.lemma || !dated.has(t.lemma)) continue;
    const det = [tokens[i - 1], tokens[i - 2]].findIndex((before) => before && determiners.has(before.lower));
    if (det < 0) continue;
    const governing = tokens[i - 2 - det];
    if (governing && notAtTheEvent.has(governing.lower)) continue;
    return dated.get(t.lemma)!;
  }
  return null;
}
