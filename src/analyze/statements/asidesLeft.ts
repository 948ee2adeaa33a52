import type { Token } from '../types.js';
import { nounPhraseEndingAt, opensClause } from './nounPhraseEndingAt.js';
import { isCapitalized, lower } from './nounPhraseToken.js';

/*
 * Asides a speaker parser steps over, leftwards from the verb, to reach
 * the subject: between commas ('Hamdan*, 53,* told'), opened by a relative
 * or a participle ('Trump*, speaking at a rally in Wilmington, N.C.,*
 * warned'), an age and hometown, or between dashes.
 */

/** Longest aside looked across; the nearest comma within `shortAside` tokens needs no further check. */
const maxAsideTokens = 40;
const shortAside = 14;

/** Words that open an aside after a subject and its comma: a relative pronoun, a preposition of time or occasion. */
const asideOpeners = new Set(['who', 'whose', 'which', 'during', 'including', 'despite']);

/**
 * An aside that holds commas of its own, opened by a relative pronoun, a
 * participle or 'during' right after the subject's comma: 'Marco Rubio*,
 * whose hometown, Miami, is projected to be largely underwater ...,* argues',
 * 'Sen. Chuck Grassley*, facing a spirited challenge in Iowa, a swing
 * state,* said', 'Clinton*, during a town hall meeting in Columbus, Ohio,*
 * said'. The nearest comma had made the speaker 'Miami', 'Iowa',
 * 'Columbus'. The farthest such opening whose subject opens its clause is
 * taken; returns the index of the token before it, or -1.
 */
export function openedAsideLeft(tokens: readonly Token[], comma: number, inTitle: boolean): number {
  let found = -1;
  for (let p = comma - 1; p > 0 && comma - p <= maxAsideTokens; p--) {
    if (/^["“”;]$/.test(tokens[p].text)) break;
    const next = tokens[p + 1];
    if (tokens[p].text !== ',' || !next || !(asideOpeners.has(lower(next)) || /^\p{Ll}{3,}ing$/u.test(next.text))) continue;
    // 'Bruce Turry, *who,* like several other former fraternity brothers, remembered': the verb is the relative clause's own.
    if (tokens[p + 2]?.text === ',') continue;
    const phrase = nounPhraseEndingAt(tokens, p - 1, inTitle);
    if (phrase && opensClause(tokens, tokens.findIndex((t) => t.start === phrase.start))) found = p - 1;
  }
  return found;
}

/**
 * A comma-bounded aside between a name and its verb: 'Hamdan*, 53,* told',
 * 'al-Hashimi*, who has advised the Iraqi government,* told',
 * 'Trump*, however,* said', 'Shane Shook*, a cyber security expert who
 * has helped investigate some of the breaches uncovered to date,* said',
 * 'Clinton*, 35, the daughter of ...,* said'. The nearest comma within a
 * short aside is taken unless only a number stands before it ('35'); one
 * farther back only when the phrase before it opens its clause, so a list
 * ('prices rose, wages fell, ...') is no subject. Returns the index of the
 * token before the aside, or -1.
 */
export function skipAsideLeft(tokens: readonly Token[], comma: number, inTitle: boolean): number {
  for (let p = comma - 1; p > 0 && comma - p <= maxAsideTokens; p--) {
    const text = tokens[p].text;
    if (/^["“”;]$/.test(text)) return -1;
    if (text !== ',') continue;
    const phrase = nounPhraseEndingAt(tokens, p - 1, inTitle);
    if (!phrase || /^[\d\s,.-]+$/.test(tokens.slice(0, p).filter((t) => t.start >= phrase.start).map((t) => t.text).join(' '))) continue;
    const first = tokens.findIndex((t) => t.start === phrase.start);
    if (comma - p <= shortAside && !tokens.slice(p + 1, comma).some((t) => t.text === ',')) return p - 1;
    if (opensClause(tokens, first)) return p - 1;
  }
  return -1;
}

/**
 * Past an age and a hometown set off by commas, back to the name they
 * describe: 'Donna Sampson Rawlings*, 59, of Ashton, Md.,* who watched ...,
 * said'. Each piece between commas is an age ('59'), 'of' and a place ('of
 * Ashton') or an abbreviated state ('Md.'); returns the index of the last
 * token before the first such piece, or `last` when none ends there.
 */
export function skipHometownLeft(tokens: readonly Token[], last: number): number {
  let end = last;
  for (;;) {
    let comma = end;
    while (comma >= 0 && tokens[comma].text !== ',' && end - comma < 6) comma--;
    if (comma < 1 || tokens[comma].text !== ',') return end;
    const piece = tokens.slice(comma + 1, end + 1);
    if (piece.length === 0) return end;
    const capitalized = (t: Token): boolean => isCapitalized(t) || t.text === '.';
    const age = piece.length === 1 && /^\d{1,3}$/u.test(piece[0].text);
    const ofPlace = lower(piece[0]) === 'of' && piece.length > 1 && piece.slice(1).every(capitalized);
    // An abbreviated state ends in its full stop ('Ashton, *Md.*,', '*N.C.*'); a middle initial does not end a name ('Marc H. Morial').
    const state = piece.length <= 4 && piece.every(capitalized) && /\.$/u.test(piece[piece.length - 1].text);
    if (!age && !ofPlace && !state) return end;
    end = comma - 1;
  }
}

/**
 * The first token of a dash ending at index: '—', '–', '--' written as two hyphens, or a hyphen with space on both
 * sides ('Kall - a co-editor - said'); -1 when the token is no dash. A hyphen inside a word is part of the word's token.
 */
export function dashEndingAt(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (!token) return -1;
  if (token.text === '—' || token.text === '–') return index;
  if (token.text !== '-') return -1;
  const before = tokens[index - 1];
  if (before?.text === '-' && before.end === token.start) return index - 1;
  const after = tokens[index + 1];
  return (!before || before.end < token.start) && (!after || token.end < after.start) ? index : -1;
}

/** The end of the phrase before an aside that a dash at `close` closes, when one opens it within reach; else -1. */
export function skipDashAsideLeft(tokens: readonly Token[], close: number, inTitle: boolean): number {
  for (let p = close - 1; p > 0 && close - p <= maxAsideTokens; p--) {
    // The dot of an abbreviation ends nothing: '-- the production company that owns *Mr.* King's programming --'.
    const abbreviation = tokens[p].text === '.' && tokens[p - 1].end === tokens[p].start && /^\p{Lu}\p{L}{0,3}$/u.test(tokens[p - 1].text);
    if (/^["“”;.]$/.test(tokens[p].text) && !abbreviation) return -1;
    const open = dashEndingAt(tokens, p);
    if (open < 0) continue;
    const phrase = nounPhraseEndingAt(tokens, open - 1, inTitle);
    if (!phrase) return -1;
    const first = tokens.findIndex((t) => t.start === phrase.start);
    return opensClause(tokens, first) ? open - 1 : -1;
  }
  return -1;
}

