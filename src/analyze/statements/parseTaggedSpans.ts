import type { AnalyzedDocument, Span, Token } from '../types.js';
import { looseSubject } from './looseSubject.js';
import { lower } from './nounPhraseToken.js';
import { holdsProposition, refersToClaim } from './parseLexiconCue.js';
import { reportingVerbForms } from './reportingVerbs.js';
import { freeRelatives, skippedBeforeCue, timeFillers, timeLeadWords, timeWords } from './speakerWords.js';
import { sentenceSubject } from './sentenceSubject.js';
import { speakerBefore } from './speakerBefore.js';
import { tagSentence } from './attributionTagger.js';
import { partsOfSpeech } from './partsOfSpeech.js';
import type { SentenceView } from './sentenceView.js';
import { contentSpan, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';
import { tagContext, type TagLabel } from './tagFeatures.js';
import { wordClass } from './wordClass.js';
import { pronounContraction, taggedDraftChecks } from './taggedDraftChecks.js';
import { labelNamesSpeaker } from './colonLabel.js';

/** A run of tokens with one role: tokens first..last inclusive. */
interface Run {
  role: string;
  first: number;
  last: number;
}

function runsOf(labels: readonly TagLabel[]): Run[] {
  const runs: Run[] = [];
  labels.forEach((label, i) => {
    if (label === 'O') return;
    const role = label.slice(2);
    const open = runs.at(-1);
    if (label.startsWith('I-') && open && open.role === role && open.last === i - 1) open.last = i;
    else runs.push({ role, first: i, last: i });
  });
  return runs;
}

/**
 * The tagger often marks only the head of a long subject ('The Oren
 * *Valley* Front has rejected'); the noun phrase the rules read before the
 * cue is taken instead when it holds the marked source. When it marks a cue
 * and its content but no source, that noun phrase is the source ('Democratic
 * candidate Hillary Clinton *has said* she will hold firm').
 */
function widened(tokens: readonly Token[], source: Run | undefined, cue: Run): Run | undefined {
  if (source && source.last >= cue.first) return source;
  const phrase = speakerBefore(tokens, cue.first) ?? looseSubject(tokens, cue.first);
  if (!phrase) return source;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  const last = tokens.findIndex((t) => t.end === phrase.end);
  if (first < 0 || last < 0) return source;
  if (!source) return { role: 'S', first, last };
  return first <= source.first && last >= source.last ? { role: 'S', first, last } : source;
}

/** Words a source run cannot end in: the tagger ran one word on ('the Supreme Court *this* month rejected', 'one source *on the* committee said', 'Mr. Burman *(a* ...'). */
const danglingEnds = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'by', '(', ',', '-', '--', '—', '–']);

/** Relative pronouns that are the object of the clause they open: 'which *Valdoria* later acknowledged had been ...'. */
const objectRelatives = new Set(['which', 'that', 'whom']);

/** Words that stand where a subject would and name nobody: '*there*'s little in his plan', '*please* ask', 'came *away* convinced'. */
const neverSources = new Set(['there', 'here', 'please', 'back', 'away']);

/**
 * The source run without the words it ran on into, or undefined when
 * nothing is left: no speaker is a time ('and *last week* released a
 * call'). An object relative pronoun before a subject is not the speaker.
 */
function trimmedSource(tokens: readonly Token[], source: Run | undefined): Run | undefined {
  if (!source) return source;
  let { first, last } = source;
  while (last >= first && danglingEnds.has(lower(tokens[last]))) last--;
  if (last > first && objectRelatives.has(lower(tokens[first]))) first++;
  // The subject of a free relative inside the run is the speaker ('matches *what* Brigadier Hollin said'), which taggedDraftChecks.ts then weighs.
  for (let k = last - 1; k > first; k--) {
    if (freeRelatives.has(lower(tokens[k]))) {
      first = k + 1;
      break;
    }
  }
  // A time after the source is no part of it: 'Kasteria *for the first time* acknowledged', 'the ministry *on Friday* said'.
  let time = last;
  while (time > first && (timeWords.has(lower(tokens[time])) || timeLeadWords.has(lower(tokens[time])) || timeFillers.has(lower(tokens[time])))) time--;
  if (time < last && ['for', 'on', 'in', 'at', 'last', 'this', 'earlier', 'later'].includes(lower(tokens[time + 1]))) last = time;
  const words = tokens.slice(first, last + 1).map((t) => lower(t).replace(/['’]s$/u, ''));
  // An adverb or a word that is never a speaker is no source: 'Obama's aides were complimentary, *perhaps* recognizing
  // that ...' (the clause's subject speaks), '*there*'s little in his plan that matches'.
  if (words.length === 0 || words.every((word) => timeWords.has(word) || timeLeadWords.has(word) || skippedBeforeCue.has(word) || neverSources.has(word))) return undefined;
  return { ...source, first, last };
}

/** Words between a comma and a participle cue that leave it hanging on the clause before: 'complained about his mic, *even* suggesting'. */
const participleAdverbs = new Set(['even', 'also', 'further', 'again', 'then', 'later', 'instead', 'repeatedly', 'apparently', 'perhaps', 'probably', 'possibly', 'maybe']);
/** Auxiliaries between a coordinator and its verb: 'but *has* said', 'and *would* insist'. */
const coordinatedAuxiliaries = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'did', 'was', 'is', 'repeatedly']);

/**
 * The source of a cue that hangs on the clause before it with no subject
 * of its own: a participle after a comma ('The GOP nominee complained about
 * his mic, even *suggesting* he may have been sabotaged') or a verb after
 * 'and' or 'but' ('Clinton has encouraged European nations to spend more
 * but *has said* she will hold firm'). Its source is that clause's subject,
 * as the rules read ', saying' and '... and said'.
 */
function clauseSubject(view: SentenceView, cue: Run): Run | undefined {
  const tokens = view.tokens;
  // The verb past the adverbs the tagger took into the cue: '*even suggesting*'.
  let verb = cue.first;
  while (verb < cue.last && participleAdverbs.has(lower(tokens[verb]))) verb++;
  let k = cue.first - 1;
  const participle = /ing$/u.test(lower(tokens[verb]));
  while (k >= 0 && (participle ? participleAdverbs : coordinatedAuxiliaries).has(lower(tokens[k]))) k--;
  const hangs = participle ? tokens[k]?.text === ',' || ['and', 'while'].includes(lower(tokens[k] ?? tokens[0])) : ['and', 'but'].includes(lower(tokens[k] ?? tokens[0]));
  if (k <= 0 || !hangs) return undefined;
  const subject = sentenceSubject(view, k);
  if (!subject) return undefined;
  const first = tokens.findIndex((t) => t.start === subject.start);
  let last = tokens.findIndex((t) => t.end === subject.end);
  // The clause's own verb is no part of its subject: '*The man* refers to ..., but does not mention'.
  while (last > first && wordClass(lower(tokens[last])) !== '') last--;
  return first >= 0 && last >= first && last < k ? { role: 'clause', first, last } : undefined;
}

/**
 * The clauses a semicolon outside quotes joins, each read by the tagger on
 * its own: in 'Witnesses describe a man carried up to the villages; the
 * security chief admits his account was wrong' the second clause has its
 * own source and cue, which a reading of the whole line takes for more of
 * the first content. The semicolon stays with the clause before it.
 */
function clausesOf(tokens: readonly Token[], quotes: readonly Span[]): { first: number; last: number }[] {
  const clauses: { first: number; last: number }[] = [];
  let first = 0;
  tokens.forEach((t, k) => {
    if (t.text !== ';' || k === tokens.length - 1 || quotes.some((q) => q.start < t.start && t.end <= q.end)) return;
    clauses.push({ first, last: k });
    first = k + 1;
  });
  clauses.push({ first, last: tokens.length - 1 });
  return clauses;
}

const gap = (a: Run, b: Run): number => (a.last < b.first ? b.first - a.last : a.first - b.last);

/**
 * A headline drops its articles and auxiliaries, so a verb the tagger
 * marks there is a cue only when it is a reporting verb, or what follows it
 * holds a proposition or names a claim: 'Report claims Michael Jackson *is*
 * father of Bruno Mars', but not 'Tesla chooses Nevada for battery factory',
 * 'Woman catches husband cheating', 'Police identify shooter', whose verbs
 * WordNet counts among those of cognition.
 */
function reportsInHeadline(tokens: readonly Token[], cue: { first: number; last: number }, content: string): boolean {
  return tokens.slice(cue.first, cue.last + 1).some((t) => reportingVerbForms.has(lower(t))) || holdsProposition(content) || refersToClaim(content);
}

/**
 * Statements the learned tagger (attributionTagger.ts) marks in a
 * sentence: each cue run with the source run and the content run nearest
 * to it (the whole quote when that run is quoted), as in 'Sanders *blasted* the deal' (B-S B-C B-K I-K) or '“We
 * will win,” the senator *vowed*'. A fallback like the lexicon's: its
 * drafts give way to any rule's they touch (withoutUnclaimedOverlaps.ts).
 * A cue without content is no statement, and each draft must pass
 * taggedDraftChecks.ts, which keep the stage's narrower idea of a statement.
 */
export function parseTaggedSpans(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  if (tokens.length < 3) return [];
  const pos = partsOfSpeech(text, tokens);
  const runs = runsOf(clausesOf(tokens, quotes).flatMap(({ first, last }) => tagSentence(tagContext(tokens.slice(first, last + 1), quotes, view.kind === 'title', pos.slice(first, last + 1)))));
  const cues = runs.filter((r) => r.role === 'C');
  if (cues.length === 0) return [];
  // Each content and source run goes to its nearest cue, the earlier on a tie; runs do not overlap, so that is
  // the last cue before it or the first after. Asking every cue for every run, per cue, was cubic in a sentence
  // with thousands of cues ('The report said word1 said word2 said ...' without a full stop).
  const byCue = new Map<Run, { contents: Run[]; sources: Run[] }>(cues.map((cue) => [cue, { contents: [], sources: [] }]));
  let after = 0;
  for (const run of runs) {
    if (run.role === 'C') {
      after++;
      continue;
    }
    if (run.role !== 'K' && run.role !== 'S') continue;
    const before = cues[after - 1];
    const next = cues[after];
    const nearest = !next || (before && gap(run, before) <= gap(run, next)) ? before : next;
    const group = byCue.get(nearest)!;
    (run.role === 'K' ? group.contents : group.sources).push(run);
  }
  const drafts: StatementDraft[] = [];
  for (const cue of cues) {
    const { contents, sources } = byCue.get(cue)!;
    if (contents.length === 0) continue;
    // A quote marked for the cue is its content before any unquoted run: in '“...,” the minister told *Harbor News Agency*', the words after 'told' name the listener.
    const quotedRuns = contents.filter((r) => quotes.some((q) => q.start <= tokens[r.first].start && tokens[r.last].end <= q.end));
    const main = (quotedRuns.length > 0 ? quotedRuns : contents).reduce((best, r) => (gap(r, cue) < gap(best, cue) ? r : best));
    // A quote is the content whole, though the tagger saw only this sentence of it.
    const quote = quotes.find((q) => q.start <= tokens[main.first].start && tokens[main.last].end <= q.end);
    const content = quote ? contentSpan(text, quote.start, quote.end) : contentSpan(text, tokens[main.first].start, tokens[main.last].end);
    if (!content) continue;
    const source = trimmedSource(tokens, widened(tokens, sources.length > 0 ? sources.reduce((best, r) => (gap(r, cue) < gap(best, cue) ? r : best)) : undefined, cue)) ?? clauseSubject(view, cue);
    const quoted = /^["“]/.test(tokens[main.first].text);
    if (!taggedDraftChecks.every((check) => check.passes({ tokens, source, cue, content: main, sourceOfClause: source?.role === 'clause', title: view.kind === 'title' }))) continue;
    if (view.kind === 'title' && !reportsInHeadline(tokens, cue, content.text)) continue;
    // 'Jihadi John: Isis fighter named as ...': a headline's topic before its colon, as the colon parser reads it.
    const colonAt = tokens[cue.first].text === ':' ? cue.first : -1;
    if (view.kind === 'title' && source && colonAt > 0 && !labelNamesSpeaker(tokens.slice(source.first, source.last + 1), tokens.slice(colonAt + 1), text, doc.entities)) continue;
    drafts.push({
      speaker: source ? speakerRef(text, tokens[source.first].start, tokens[source.last].end - (pronounContraction.test(tokens[source.last].text) ? 2 : 0)) : null,
      cue: quoteSpan(text, tokens[cue.first].start, tokens[cue.last].end),
      content,
      kind: view.kind === 'title' ? 'headline' : quoted ? 'direct' : 'indirect',
      rule: 'learned-tagger',
      sentence: view.index,
    });
  }
  return drafts;
}
