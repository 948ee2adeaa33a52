import type { Token } from '../types.js';
import { isCapitalized, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import type { ReportingVerb } from './reportingVerbs.js';
import { formulaWords, timeLeadWords } from './speakerWords.js';

const hearerDeterminers = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** Listeners named without a determiner: 'told *reporters*', 'told *him*'. */
const plainHearers = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'you', 'supporters', 'lawmakers', 'voters', 'investigators', 'police', 'parliament', 'congress']);

/** Bodies a listener is named by after its country or owner: 'the Kasterian *government*', 'the Senate *committee*'. */
const bodyNouns = new Set(['government', 'ministry', 'committee', 'council', 'parliament', 'court', 'commission', 'agency', 'embassy', 'authorities', 'officials', 'people', 'public', 'press', 'media', 'audience', 'crowd', 'delegation']);

/** Where a statement was made, skipped between cue and content: 'said *in a statement* that'. */
const venueNouns = new Set(['statement', 'interview', 'speech', 'tweet', 'post', 'email', 'letter', 'conference', 'call', 'briefing', 'rally', 'debate', 'appearance', 'release', 'report', 'op-ed', 'video', 'message', 'broadcast']);
const venuePrepositions = new Set(['in', 'during', 'via', 'through', 'at', 'on']);

/**
 * Words that cannot open a reported clause, so the cue reports what came
 * before it: '“...,” Iman Issam said *as* she left the city', 'they
 * believe *in* the power of ...'.
 */
export const notContentOpeners: ReadonlySet<string> = new Set([
  'as', 'while', 'when', 'because', 'before', 'after', 'since', 'until', 'although', 'though', 'and', 'or', 'but',
  'in', 'on', 'at', 'of', 'for', 'with', 'by', 'about', 'around', 'from', 'into', 'during', 'over', 'under', 'against',
  'through', 'without', 'across', 'after', 'among', 'between', 'toward', 'towards', 'upon', 'off', 'out', 'up', 'so',
]);

/**
 * The listener after 'told': 'told *the Guardian*', 'told *Fox News* that',
 * but only 'told *Reuters*' in 'told Reuters Baghdadi was not believed ...',
 * where the capitalised run goes on into the reported clause.
 */
export function hearerEnd(tokens: readonly Token[], from: number): number {
  const token = tokens[from];
  if (!token || !isWord(token)) return from;
  const word = lower(token);
  const capitalRun = (k: number): number => {
    const abbreviationDot = (n: number): boolean => tokens[n].text === '.' && n < tokens.length - 1 && tokens[n - 1].end === tokens[n].start && tokens[n - 1].text.length <= 4;
    while (k < tokens.length && (isCapitalized(tokens[k]) || abbreviationDot(k) || tokens[k].text === '&')) k++;
    return k;
  };
  if (hearerDeterminers.has(word)) {
    const next = tokens[from + 1];
    if (!next || !isWord(next)) return from;
    // 'told *a news conference in Valden* that': a venue, not a listener; its place goes with it.
    const venue = [1, 2, 3].find((n) => venueNouns.has(lower(tokens[from + n] ?? token)) && tokens.slice(from + 1, from + n + 1).every((t) => isWord(t) && !isCapitalized(t)));
    if (venue) {
      const end = from + venue + 1;
      return ['in', 'at'].includes(lower(tokens[end] ?? token)) && tokens[end + 1] && isCapitalized(tokens[end + 1]) ? capitalRun(end + 1) : end;
    }
    if (isCapitalized(next)) {
      // 'asking *the Kasterian government* to open': a body named by its country is one listener.
      const end = capitalRun(from + 1);
      return bodyNouns.has(lower(tokens[end] ?? token)) ? end + 1 : end;
    }
    // 'telling *a veterans group* that': a listener of a few words, when 'that' closes it.
    const that = [2, 3].find((n) => lower(tokens[from + n] ?? token) === 'that' && tokens.slice(from + 1, from + n).every((t) => isWord(t) && !isCapitalized(t)));
    return that ? from + that : from + 2;
  }
  if (plainHearers.has(word)) return from + 1;
  if (!isCapitalized(token)) return from;
  const end = capitalRun(from);
  const after = tokens[end];
  // '... told *Korvath Today* by telephone': how the words were given closes the listener's name too.
  const closes = !after || !isWord(after) || ['that', 'by'].includes(lower(after)) || isTimeToken(tokens, end) || timeLeadWords.has(lower(after)) || venuePrepositions.has(lower(after));
  return closes ? end : from + 1;
}

/** Words in -ly that are no adverbs of manner, or that limit what follows them: 'said *only* that', 'told the *rally*'. */
const notMannerAdverbs = new Set(['only', 'early', 'likely', 'unlikely', 'family', 'rally', 'ally', 'italy', 'july', 'supply', 'reply', 'apply', 'daily', 'weekly', 'monthly', 'yearly', 'nearly', 'roughly', 'fly', 'belly', 'holy', 'ugly', 'jelly', 'bully', 'lily', 'hilly', 'silly', 'costly', 'friendly', 'elderly', 'lonely', 'lovely', 'deadly', 'orderly', 'scholarly', 'timely', 'partly', 'mostly', 'largely', 'mainly', 'chiefly', 'merely', 'simply', 'solely', 'exactly', 'directly', 'immediately', 'shortly', 'previously', 'recently', 'currently', 'originally', 'initially', 'finally', 'eventually']);

/** An adverb of manner right after a cue: 'Gowdy said *sarcastically*', 'she said *quietly* that'. */
const isMannerAdverb = (token: Token | undefined): boolean => !!token && /^[a-z]{3,}ly$/u.test(token.text) && !notMannerAdverbs.has(token.text);

/** Index past time adjuncts, venues and adverbs of manner: 'said [Thursday] that', 'told Reuters [recently] that', 'said [in a statement] that', 'said [sarcastically].'. */
export function skipAdjunctsRight(tokens: readonly Token[], from: number): number {
  let k = from;
  for (;;) {
    const word = tokens[k] ? lower(tokens[k]) : '';
    if (k < tokens.length && (isTimeToken(tokens, k) || isMannerAdverb(tokens[k]))) {
      k++;
      continue;
    }
    const time = [1, 2, 3].find((n) => k + n < tokens.length && isTimeToken(tokens, k + n) && tokens.slice(k, k + n).every((t) => timeLeadWords.has(lower(t))));
    if (time) {
      k += time + 1;
      continue;
    }
    const venue = venuePrepositions.has(word) ? [2, 3, 4, 5].find((n) => k + n < tokens.length && venueNouns.has(lower(tokens[k + n])) && tokens.slice(k + 1, k + n).every(isWord)) : undefined;
    if (venue) {
      k += venue + 1;
      continue;
    }
    return k;
  }
}

export interface ContentAfter {
  /** First token of the content, past 'that', a colon or an opening quote's comma. */
  first: number;
  /** Whether 'that' introduced it, which some verbs require ('polls show *that*'). */
  that: boolean;
}

/** Where the reported clause starts after a cue (and its listener), or null when the verb has no clause to its right. */
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'a', 'dozens', 'half']);
const isNumber = (token: Token | undefined): boolean => !!token && (/^\d/.test(token.text) || numberWords.has(lower(token)));
/** Bounds before a count: 'about 40', 'nearly 300', 'over 1,000'. */
const countBounds = new Set(['about', 'around', 'over', 'under', 'nearly', 'almost', 'roughly', 'some', 'between']);

/**
 * Whether the words at k open a count, which is content though it starts
 * like a preposition: 'officials said *at least* 212 people had been
 * killed', 'said *about 40* were wounded', 'said *up to* 300 ...'.
 */
export function opensCount(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k] ? lower(tokens[k]) : '';
  const next = tokens[k + 1] ? lower(tokens[k + 1]) : '';
  if (word === 'at') return (next === 'least' || next === 'most') && isNumber(tokens[k + 2]);
  if (word === 'up') return next === 'to' && isNumber(tokens[k + 2]);
  return countBounds.has(word) && isNumber(tokens[k + 1]);
}

/** Fewest words of a quoted sentence that a verb taking only 'that' reports: 'declared “I think NATO may be obsolete”', not 'declared “War”'. */
const minQuotedWords = 4;

/** Whether the tokens open with a quotation of at least minQuotedWords words. */
export function opensLongQuote(rest: readonly Token[]): boolean {
  // A straight quote opens only when it is glued to the word after it: in 'what anyone knew," said Holm' it closes.
  // A quoted sentence opens with a capital; 'found "nothing that points to Dren"' quotes the object's words.
  if (!/^["“]$/u.test(rest[0]?.text ?? '') || rest[1]?.start !== rest[0].end || !isCapitalized(rest[1])) return false;
  const close = rest.findIndex((t, n) => n > 0 && /^["”]$/u.test(t.text));
  return rest.slice(1, close < 0 ? rest.length : close).filter(isWord).length >= minQuotedWords;
}

/** Verbs whose object does what the infinitive says: 'urged Republicans to join', not 'plan a rally to protest'. */
const objectControl = new Set(['urge', 'ask', 'encourage', 'tell', 'warn', 'order', 'advise', 'invite', 'persuade', 'implore', 'press', 'push', 'challenge', 'beg', 'instruct', 'direct', 'remind', 'exhort', 'call']);

/**
 * Whether the words open an object and then its infinitive, as verbs of
 * urging and expecting take them: 'urged *Republicans to* join the ranks',
 * 'She then urges *her husband to* come out of the car', 'expect *Clinton to*
 * win'. The object is a few words, none a cue or a mark.
 */
function objectBeforeTo(rest: readonly Token[]): boolean {
  const to = rest.findIndex((t, n) => n > 0 && n <= 4 && lower(t) === 'to');
  return to > 0 && rest.slice(0, to).every((t) => isWord(t) && !notContentOpeners.has(lower(t)) && !formulaWords.has(lower(t))) && /^\p{L}/u.test(rest[to + 1]?.text ?? '');
}

export function contentAfterCue(tokens: readonly Token[], from: number, verb: ReportingVerb): ContentAfter | null {
  let k = skipAdjunctsRight(tokens, from);
  if (tokens[k]?.text === ':') k++;
  else if (tokens[k]?.text === ',' && /^["“]$/.test(tokens[k + 1]?.text ?? '')) k++;
  const that = lower(tokens[k] ?? { text: '', start: 0, end: 0 }) === 'that';
  if (that) k++;
  const rest = tokens.slice(k);
  if (rest.filter(isWord).length < 2 || !/^["“\p{L}\p{N}$£€]/u.test(rest[0].text)) return null;
  const first = lower(rest[0]);
  if ((notContentOpeners.has(first) && !opensCount(tokens, k)) || formulaWords.has(first)) return null;
  if (verb.opens && !(verb.opens.includes('that') && that) && !(verb.opens.includes('to') && (first === 'to' || (objectControl.has(verb.lemma) && objectBeforeTo(rest)))) && !(verb.class === 'speech' && opensLongQuote(rest))) return null;
  if (!verb.opens?.includes('to') && first === 'to') return null;
  return { first: k, that };
}
