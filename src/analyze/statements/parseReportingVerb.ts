import type { AnalyzedDocument, QuotedSpan, Span, StatementKind, Token } from '../types.js';
import { contentAfterCue, hearerEnd, notContentOpeners, skipAdjunctsRight } from './contentAfterCue.js';
import { endsInModifier, partsOfSpeech } from './partsOfSpeech.js';
import { contentBefore } from './contentBefore.js';
import { isCapitalized, isTimeToken, isWord, lower } from './nounPhraseToken.js';
import { isPresentForm, reportingVerbForms, type ReportingVerb } from './reportingVerbs.js';
import type { SentenceView } from './sentenceView.js';
import { relativeSubjectBefore, sentenceSubject } from './sentenceSubject.js';
import { speakerAfter } from './speakerAfter.js';
import { parentheticalContent } from './parentheticalContent.js';
import { skipAdjunctsLeft } from './adjunctsLeft.js';
import { nounPhraseEndingAt } from './nounPhraseEndingAt.js';
import { speakerBefore } from './speakerBefore.js';
import { bareSourceNouns, freeRelatives, irregularPlurals, namesThing, skippedBeforeCue } from './speakerWords.js';
import { contentSpan, earlierCueSpeaker, quoteSpan, speakerRef, type StatementDraft } from './statementDraft.js';

/** A form of 'be' (or 'to') right before the verb: passive or infinitive, left to parseImpersonalCue: 'he *was told* to leave'. */
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'to']);
const relativePronouns = new Set(['who', 'which', 'that']);
const sentenceEnd = /^[.!?…;]$/;

/** Before these a plain 'say' or 'claim' is a verb whatever its subject: 'officials *would* say'. */
const auxiliaries = new Set(['will', 'would', 'did', 'do', 'does', 'could', 'can', 'might', 'may', 'should', 'must', 'not', "n't", 'also', 'often', 'still', 'now', 'never']);

/** Subjects a plural verb agrees with: 'they say', 'officials and activists say', 'the Russians claim', 'the data show'. */
const pluralPronouns = new Set(['i', 'we', 'you', 'they', 'who', 'that', 'which', 'some', 'many', 'others', 'both', 'people', 'police', ...irregularPlurals]);

/** Words that make the noun after them plural: 'those *states*', 'no immediate *plans*'. */
const pluralQuantifiers = new Set(['these', 'those', 'many', 'several', 'few', 'no', 'all', 'both', 'other', 'various', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

/**
 * 'the Russian claim that he was dead' has a noun where 'the Russians
 * claim that' has a verb; only agreement tells them apart. A possessive
 * ('Moscow’s claims') always makes a noun.
 */
function agrees(text: string, phrase: Span, word: string, verb: ReportingVerb, previous: string): boolean {
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  const last = words.at(-1) ?? '';
  // 'Trump’s *claims*', and 'Russia’s *suspected* connection to the leak': after a possessive the cue word is a noun or an adjective.
  if (/['’]s$/.test(last) && words.length > 0 && (isPresentForm(word, verb) || !/^(?:he|she|it|that|who|there|what)['’]s$/iu.test(last))) return false;
  const base = word === (verb.forms?.[0] ?? verb.lemma);
  // '18 *states*', 'those *states* that', 'no immediate *plans* to': after a number or a plural quantifier an -s form is a plural noun.
  if (!base && word === (verb.forms?.[1] ?? `${verb.lemma}s`) && words.some((w) => pluralQuantifiers.has(w.toLowerCase()) || /^\d[\d,.]*$/u.test(w))) return false;
  if (!base || auxiliaries.has(previous)) return true;
  return pluralPronouns.has(last.toLowerCase()) || words.includes('and') || /[^s'’]s$/.test(last);
}

function kindOf(view: SentenceView, direct: boolean): StatementKind {
  if (view.kind === 'title') return 'headline';
  return direct ? 'direct' : 'indirect';
}

/** 'IS leader X, *who* said ...' names X; so does '*a Defense Ministry statement* from June 16 that said'. */
function antecedentOf(text: string, view: SentenceView, pronoun: number): string | undefined {
  let k = pronoun - 1;
  if (view.tokens[k]?.text === ',') k--;
  k = skipAdjunctsLeft(view.tokens, k);
  const phrase = nounPhraseEndingAt(view.tokens, k, false);
  return phrase ? text.slice(phrase.start, phrase.end) : undefined;
}

/** Forms of 'be' that make a progressive with an -ing verb: 'is telling', 'were claiming', 'has been saying'. */
const progressiveAuxiliaries = new Set(['is', 'are', 'was', 'were', 'been', 'am', "'s", '’s', "'re", '’re']);

/**
 * Index of the auxiliary opening a progressive whose -ing verb is at i
 * ('is *also* telling', 'has been saying'), past adverbs between; i itself
 * when the verb is not in a progressive.
 */
function progressiveStart(tokens: readonly Token[], i: number): number {
  if (!/ing$/u.test(lower(tokens[i]))) return i;
  let k = i - 1;
  while (k > 0 && skippedBeforeCue.has(lower(tokens[k])) && !['has', 'have', 'had'].includes(lower(tokens[k]))) k--;
  if (k < 0 || !progressiveAuxiliaries.has(lower(tokens[k]))) return i;
  // 'has been saying': the perfect's auxiliary too.
  return lower(tokens[k]) === 'been' && ['has', 'have', 'had'].includes(lower(tokens[k - 1] ?? tokens[k])) ? k - 1 : k;
}

/** Particles after which a verb of speech takes what is asked for or warned of: 'called for', 'called on', 'warned against'. */
const phrasalParticles = new Map([['call', ['for', 'on']], ['warn', ['against', 'of']], ['argue', ['for', 'against']]]);

/** Words between a coordinator and its verb: 'but *has* said', 'and *would later* insist'. */
const coordinatedAuxiliaries = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'repeatedly', 'did', 'again']);

/** Verbs that take a cue as their infinitive: 'he *appeared to* suggest that', 'continues to insist that'. */
const catenatives = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'continue', 'continues', 'continued']);

/**
 * Index of the verb whose infinitive is the bare cue at i ('Trump
 * *appeared to* suggest that ...', 'the nominee *continues to* insist',
 * 'he *went on to* say'), or i itself. The statement is that verb's
 * subject's; 'appeared' and 'seemed' hedge it (hedgeCues.ts).
 */
function catenativeStart(tokens: readonly Token[], i: number, verb: ReportingVerb): number {
  if (lower(tokens[i]) !== (verb.forms?.[0] ?? verb.lemma) || lower(tokens[i - 1] ?? tokens[i]) !== 'to' || i < 2) return i;
  const k = i - 2;
  if (catenatives.has(lower(tokens[k]))) return k;
  return lower(tokens[k]) === 'on' && k > 0 && ['went', 'goes', 'go', 'going'].includes(lower(tokens[k - 1])) ? k - 1 : i;
}

/** What records a speaker's words: 'a *video* of Dren saying ...', '*footage* of Trump saying ...'. */
const recordingNouns = new Set(['video', 'footage', 'recording', 'audio', 'clip', 'tape', 'film', 'broadcast', 'recordings', 'videos', 'clips', 'tapes']);

/**
 * The speaker a recording shows, right before a participle of speech:
 * 'a video of *Dren* saying', 'footage of *Trump* saying' (the phrase the
 * speaker parser joins across 'of' is cut after it).
 */
function recordedSpeaker(tokens: readonly Token[], participle: number): Span | null {
  for (let k = participle - 2; k >= 1 && participle - k <= 6; k--) {
    if (lower(tokens[k]) !== 'of' || !recordingNouns.has(lower(tokens[k - 1]))) continue;
    const words = tokens.slice(k + 1, participle);
    return words.length > 0 && words.every(isWord) ? { start: words[0].start, end: words[words.length - 1].end } : null;
  }
  return null;
}

/** In a headline without a comma only the source noun speaks: '... by Russian air strike *sources* say'. */
function headlineSource(text: string, phrase: Span): Span | undefined {
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  const head = words.at(-1) ?? '';
  if (words.length < 2 || !bareSourceNouns.has(head.toLowerCase())) return undefined;
  return { start: phrase.end - head.length, end: phrase.end };
}

/**
 * The paragraph below a line that ends in a cue and a colon, which it
 * introduces: 'The governor added:' over 'It’s typical of Hillary Clinton.
 * She knows nothing ...'. Null when the colon does not end its paragraph or
 * no body paragraph follows.
 */
function paragraphAfter(doc: AnalyzedDocument, colonEnd: number): QuotedSpan | null {
  const index = doc.paragraphs.findIndex((p) => p.start < colonEnd && colonEnd <= p.end);
  const own = doc.paragraphs[index];
  const next = doc.paragraphs[index + 1];
  if (!own || !next || next.kind === 'title' || doc.text.slice(colonEnd, own.end).trim()) return null;
  return contentSpan(doc.text, next.start, next.end);
}

/**
 * Statements built around a reporting verb, in four shapes:
 * speaker-cue-clause ('Hamdan said Baghdadi then moved to Baghouz'),
 * clause-speaker-cue ('“...,” he told AFP'), clause-cue-speaker
 * ('“...,” said Abu Ali al-Basri, head of ...') and participle
 * (', saying the battle for Mosul has reached its late stages').
 */
/**
 * Whether the words before a verb end inside a relative clause set off by a
 * comma: 'Donna Sampson Rawlings, 59, of Ashton, Md., *who watched the
 * ceremony on a screen*, said the event brought back memories' is the
 * subject with its aside, and the verb after it is the subject's ('said the
 * event ...' is no inverted speaker). A clause after the relative clause
 * ('Dren, who fled in March, is alive, said the minister') is content.
 */
function endsInRelativeClause(words: string): boolean {
  const relative = /,\s+(?:who|whom|whose|which)\s/giu;
  let last = -1;
  for (const match of words.matchAll(relative)) last = match.index + match[0].length;
  return last >= 0 && !words.slice(last).includes(',') && !/["“”]/u.test(words.slice(last));
}

export function parseReportingVerb(doc: AnalyzedDocument, view: SentenceView, quotes: readonly Span[]): StatementDraft[] {
  const { text } = doc;
  const tokens = view.tokens;
  const inTitle = view.kind === 'title';
  const paragraphStart = doc.paragraphs[view.paragraph]?.start ?? view.start;
  const drafts: StatementDraft[] = [];
  /** End of the quote opening at tokens[first], which may close sentences later. */
  const quotedEnd = (first: number): number | undefined => quotes.find((q) => q.start === tokens[first].start)?.end;

  /** Where a reported clause ends: the sentence's end, or a semicolon outside quotes, which joins a clause of its own ('... describe a man carried up to the villages*;* provincial security chief admits ...'). */
  const clauseEnd = (first: number, speaker: string): number => {
    const end = tokens.find((t, k) => k > first && t.text === ';' && !quotes.some((q) => q.start < t.start && t.end <= q.end))?.start ?? view.end;
    // A clause reported inside a quotation ends with it: in '“God forbid *we ask* the FBI anything,” Gowdy said', not at 'said'.
    const enclosing = quotes.find((q) => q.start < tokens[first].start && tokens[first].start < q.end && q.end < end);
    if (!enclosing) return end;
    // There the quoted speaker may go on in a clause of their own, about themselves or about the speaker they quote:
    // '“The Kasterians said I was dead*, and they lied* about that”'; not in a list after a colon ('told us three
    // things: Dren was at the depot, he was badly wounded*, and he* is alive').
    const head = speaker.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    const plural = /s$/u.test(head) || pluralPronouns.has(head);
    const goesOn = (k: number): boolean => {
      const pronoun = lower(tokens[k + 2] ?? tokens[k]);
      return ['and', 'but'].includes(lower(tokens[k + 1] ?? tokens[k])) && (pronoun === 'i' || pronoun === 'we' || (pronoun === 'they' && plural));
    };
    const own = tokens.findIndex((t, k) => k > first && t.end <= enclosing.end && t.text === ',' && goesOn(k));
    const listed = own > 0 && tokens.slice(first, own).some((t) => t.text === ':');
    return own > 0 && !listed ? tokens[own].start : enclosing.end;
  };

  /**
   * 'Rubio told a crowd in Miami Tuesday *that* ...': the clause after a nearby 'that', across an adjunct, which
   * commas may set off ('continues to insist*, most recently in a Labor Day interview with ABC News,* that').
   */
  const thatClauseAfter = (from: number, verb: ReportingVerb): ReturnType<typeof contentAfterCue> => {
    let commas = 0;
    for (let k = from; k < Math.min(tokens.length - 2, from + 14); k++) {
      if (lower(tokens[k]) === 'that') return commas === 1 ? null : contentAfterCue(tokens, k, verb);
      // 'would add *so* many new layers of complexity *that* it would ...': a clause of result, not what was said;
      // 'must continue *to* push policies *that* help': a relative clause inside an infinitive's object.
      if (['so', 'such', 'to'].includes(lower(tokens[k]))) return null;
      if (tokens[k].text === ',' && commas < 2) commas++;
      else if (!isWord(tokens[k]) || reportingVerbForms.has(lower(tokens[k])) || k >= from + 10 + commas * 2) return null;
    }
    return null;
  };

  // Parts of speech are asked for only where a rule needs them; the article is tagged once (parseText.ts).
  let tags: readonly string[] | undefined;
  /** Whether a span of the sentence holds a verb: an unquoted content before an inverted cue is a clause ('Mathur said'), not a name with its description ('Ivanka Trump, the nominee's eldest daughter, *noted* the rule'). */
  const hasVerb = (span: Span): boolean => {
    tags ??= partsOfSpeech(text, tokens);
    return tokens.some((t, k) => t.start >= span.start && t.end <= span.end && (tags![k] === 'VERB' || tags![k] === 'AUX'));
  };
  tokens.forEach((token, i) => {
    const form = reportingVerbForms.get(lower(token));
    // A participle may open the sentence: '*Claiming* the criticism is designed to pressure moderators, Trump told Fox'.
    if (!form || (isCapitalized(token) && !inTitle && !(i === 0 && form.participle))) return;
    const previous = tokens[i - 1];
    // 'Trump *is telling* a veterans group that ...': a progressive, read from its auxiliary; any other 'be' before the verb is a passive.
    const verb = form.verb;
    const progressive = progressiveStart(tokens, i);
    const auxiliary = progressive === i ? catenativeStart(tokens, i, verb) : progressive;
    // 'to' makes an infinitive of a bare form only: in 'The voters we spoke *to said*' it is a stranded preposition.
    const strandedTo = lower(previous ?? token) === 'to' && lower(token) !== (verb.forms?.[0] ?? verb.lemma);
    if (auxiliary === i && previous && beForms.has(lower(previous)) && !strandedTo) return;
    const push = (draft: Omit<StatementDraft, 'sentence'>): void => {
      drafts.push({ ...draft, sentence: view.index });
    };

    // '“... is insane,” Sanders said, *going on to say* that ...': the participle of 'go on' after a comma reports as a participle of speech does.
    const goingOn = auxiliary < i && lower(tokens[auxiliary]) === 'going' && tokens[auxiliary - 1]?.text === ',';
    if (goingOn) {
      const right = contentAfterCue(tokens, i + 1, verb) ?? thatClauseAfter(i + 1, verb);
      const content = right && contentSpan(text, tokens[right.first].start, quotedEnd(right.first) ?? view.end);
      if (!right || !content) return;
      const earlier = drafts.at(-1)?.speaker;
      const subject = earlier ? null : sentenceSubject(view);
      const speaker = earlier ?? (subject ? speakerRef(text, subject.start, subject.end) : null);
      push({ speaker, cue: quoteSpan(text, tokens[auxiliary].start, token.end), content, kind: kindOf(view, /^["“]$/u.test(tokens[right.first].text)), rule: 'participle-after-comma' });
      return;
    }

    if (form.participle && auxiliary === i) {
      const right = contentAfterCue(tokens, i + 1, verb);
      if (!right) return;
      const content = contentSpan(text, tokens[right.first].start, quotedEnd(right.first) ?? view.end);
      if (!content) return;
      const cue = quoteSpan(text, token.start, token.end);
      // A participle opening the sentence is its subject's, and what it reports ends at the comma before that subject.
      if (i === 0 && !inTitle) {
        const subject = sentenceSubject(view);
        const comma = subject ? text.lastIndexOf(',', subject.start) : -1;
        const fronted = comma > tokens[right.first].start ? contentSpan(text, tokens[right.first].start, comma) : null;
        if (subject && fronted && (verb.bareParticiple || right.that)) {
          push({ speaker: speakerRef(text, subject.start, subject.end), cue, content: fronted, kind: 'indirect', rule: 'fronted-participle' });
        }
        return;
      }
      // A quotation after the participle is what it reports, whatever the verb: '..., *asserting*, “Of course, I pay federal taxes.”'.
      const quotedRight = /^["“]$/u.test(tokens[right.first].text);
      if (previous?.text === ',' && (verb.bareParticiple || right.that || quotedRight)) {
        const earlier = drafts.at(-1)?.speaker;
        const subject = earlier ? null : sentenceSubject(view);
        const speaker = earlier ?? (subject ? speakerRef(text, subject.start, subject.end) : null);
        push({ speaker, cue, content, kind: kindOf(view, quotedRight), rule: 'participle-after-comma' });
        return;
      }
      // 'Obama responded to a mother on Wednesday *by saying* his refusal ... was a manufactured issue': the gerund's speaker is the clause's subject.
      if (previous && gerundPrepositions.has(lower(previous)) && (verb.bareParticiple || right.that || verb.hearer)) {
        const subject = sentenceSubject(view);
        // 'after *telling reporters* that the talks had failed': the hearer belongs to the cue.
        const cueEnd = verb.hearer ? hearerEnd(tokens, i + 1) : i + 1;
        const told = cueEnd > i + 1 ? (contentAfterCue(tokens, cueEnd, verb) ?? thatClauseAfter(cueEnd, verb)) : right;
        // A gerund clause before its subject ends at the comma before it: '*After saying* her foot was swollen, she was whisked off'.
        const fronted = subject && told && subject.start > tokens[told.first].start ? text.lastIndexOf(',', subject.start) : -1;
        const toldEnd = fronted > tokens[told?.first ?? 0].start ? fronted : view.end;
        const toldContent = told && contentSpan(text, tokens[told.first].start, quotedEnd(told.first) ?? toldEnd);
        if (subject && toldContent) {
          push({ speaker: speakerRef(text, subject.start, subject.end), cue: quoteSpan(text, token.start, tokens[cueEnd - 1].end), content: toldContent, kind: kindOf(view, false), rule: 'gerund-after-preposition' });
        }
        return;
      }
      const phrase = speakerBefore(tokens, i);
      if (phrase && lower(tokens[phrase.firstToken - 1] ?? token) === 'with') {
        push({ speaker: speakerRef(text, phrase.start, phrase.end), cue, content, kind: kindOf(view, false), rule: 'with-speaker-participle' });
        return;
      }
      // 'a video of Dren *saying* that he was alive', 'footage of Trump *saying* during the debate, “...”': the recorded words are the speaker's.
      const recorded = recordedSpeaker(tokens, i);
      if (recorded) {
        const quoted = quotes.some((q) => q.start === content.start - 1);
        push({ speaker: speakerRef(text, recorded.start, recorded.end), cue, content, kind: kindOf(view, quoted), rule: 'recorded-speaker-participle' });
      }
      return;
    }

    // A sentence may open on the cue when a line break follows the quote: '“We will win,”\nsaid the mayor'.
    const closesQuote = previous
      ? previous.text === ',' || quotes.some((q) => q.end === previous.end)
      : quotes.some((q) => q.end > paragraphStart && q.end <= token.start && /^[\s,]*$/u.test(text.slice(q.end, token.start)));
    if (verb.invertible && closesQuote) {
      const phrase = speakerAfter(tokens, i + 1);
      const after = phrase ? skipAdjunctsRight(tokens, phrase.next) : -1;
      // '..., said Sen. Jim Whelan *who* represents Atlantic City': a relative clause may follow the speaker.
      const relative = after >= 0 && after < tokens.length && ['who', 'whom', 'whose'].includes(lower(tokens[after]));
      if (phrase && (after >= tokens.length || relative || tokens[after].text === ',' || sentenceEnd.test(tokens[after].text))) {
        const left = contentBefore(text, view, token.start, quotes, paragraphStart);
        if (left && !endsInRelativeClause(left.content.text) && (left.direct || inTitle || hasVerb(left.content))) {
          push({
            speaker: speakerRef(text, phrase.start, phrase.end),
            cue: quoteSpan(text, token.start, token.end),
            content: left.content,
            kind: kindOf(view, left.direct),
            rule: left.direct ? 'quote-cue-speaker' : 'clause-cue-speaker',
          });
          return;
        }
      }
    }

    // 'Anderson agreed with McLenny *and seemed to think* ...': the verb after the coordinator, with its auxiliaries.
    let joined = auxiliary - 1;
    while (joined > 0 && coordinatedAuxiliaries.has(lower(tokens[joined]))) joined--;
    const beforeVerb = tokens[joined];
    const relative = beforeVerb && ['and', 'but'].includes(lower(beforeVerb)) ? relativeSubjectBefore(tokens, joined) : null;
    const coordinated = relative !== null ? { start: tokens[relative].start, end: tokens[relative].end } : beforeVerb && ['and', 'but'].includes(lower(beforeVerb)) ? sentenceSubject(view, auxiliary) : null;
    const phrase = coordinated ? { ...coordinated, firstToken: tokens.findIndex((t) => t.start === coordinated.start) } : speakerBefore(tokens, auxiliary, inTitle);
    // The auxiliary may stand before adverbs and 'not': 'could not *independently* confirm'.
    let helper = i - 1;
    while (helper > 0 && (/^\p{Ll}{3,}ly$/u.test(tokens[helper].text) || lower(tokens[helper]) === 'not')) helper--;
    if (!phrase || !agrees(text, phrase, lower(tokens[auxiliary === progressive ? i : auxiliary]), verb, helper >= 0 ? lower(tokens[helper]) : '')) return;
    // 'What *I cannot tell you* is when it was made': a speaker inside a free relative is part of a noun phrase, not a statement.
    if (!coordinated && phrase.firstToken > 0 && freeRelatives.has(lower(tokens[phrase.firstToken - 1]))) return;
    const before = tokens[phrase.firstToken - 1];
    // 'Gowdy said *that claim* smacked of hypocrisy': right after a verb of saying, 'that' opens its clause, and the cue word is a noun.
    if (!coordinated && lower(tokens[phrase.firstToken]) === 'that' && phrase.end === tokens[phrase.firstToken].end && before && reportingVerbForms.has(lower(before))) return;
    if (!coordinated && namesThing(tokens, phrase.firstToken, i)) return;
    if (!coordinated && !inTitle && isPresentForm(lower(token), verb) && endsInModifier(text, tokens, phrase)) return;
    // 'has called *for* eliminating the tax treatment', 'called *on* people to protest', 'warned *against* hackers': the particle is part of the cue.
    const particle = phrasalParticles.get(verb.lemma)?.includes(lower(tokens[i + 1] ?? token)) && tokens.slice(i + 2).filter(isWord).length >= 2 && isWord(tokens[i + 2]) && !isTimeToken(tokens, i + 2);
    const cueEnd = particle ? i + 2 : verb.hearer ? hearerEnd(tokens, i + 1) : i + 1;
    const cue = quoteSpan(text, tokens[auxiliary].start, tokens[cueEnd - 1].end);
    const pronoun = relativePronouns.has(lower(tokens[phrase.firstToken])) && phrase.end === tokens[phrase.firstToken].end;
    // 'the United Nations, *which said* between 80 and 100 had been killed *and called* the first figure too high': a verb
    // coordinated with an earlier cue of the sentence has that cue's speaker, which may not be the sentence's subject.
    const sharedWith = coordinated ? earlierCueSpeaker(drafts, view.index, beforeVerb.start) : null;
    const speaker = sharedWith?.speaker ?? speakerRef(text, phrase.start, phrase.end, pronoun ? antecedentOf(text, view, phrase.firstToken) : undefined);
    const speakerName = sharedWith ? sharedWith.speakerName : 'name' in phrase ? phrase.name : undefined;
    const right = particle ? { first: cueEnd, that: false } : (contentAfterCue(tokens, cueEnd, verb) ?? thatClauseAfter(cueEnd, verb));
    if (right) {
      const end = quotedEnd(right.first);
      const content = contentSpan(text, tokens[right.first].start, end ?? clauseEnd(right.first, text.slice(speaker?.start ?? 0, speaker?.end ?? 0)));
      const shape = end !== undefined ? 'speaker-cue-quote' : 'speaker-cue-clause';
      if (content) push({ speaker, speakerName, cue, content, kind: kindOf(view, end !== undefined), rule: coordinated ? `coordinated-${shape}` : shape });
      return;
    }
    const afterCue = skipAdjunctsRight(tokens, cueEnd);
    const rest = tokens.slice(afterCue);
    if (coordinated) return;
    // 'The governor added:' at the end of its paragraph: what it reports is the paragraph below.
    const below = rest.length === 1 && rest[0].text === ':' && !inTitle ? paragraphAfter(doc, rest[0].end) : null;
    if (below) {
      push({ speaker, speakerName, cue, content: below, kind: /^["“]/u.test(text.slice(below.start - 1, below.start)) ? 'direct' : 'indirect', rule: 'speaker-cue-colon-paragraph' });
      return;
    }
    // 'The strike, the ministry said, killed 12': the cue right after its speaker ('I do not know, and' is no aside).
    const aside = inTitle || previous?.end !== phrase.end ? null : parentheticalContent(text, view, phrase.start, afterCue, quotes);
    if (aside) {
      push({ speaker, speakerName, cue, content: aside, kind: 'indirect', rule: 'parenthetical-cue' });
      return;
    }
    // A headline's trailing cue ends it: in 'Missing students not among 28 bodies *found* in mass grave' the verb is no cue.
    if (rest.length > 0 && !/^[.!?…,;:]$/.test(rest[0].text) && (inTitle || (!notContentOpeners.has(lower(rest[0])) && lower(rest[0]) !== 'to'))) return;
    const source = inTitle && !/[,:]\s*$/.test(text.slice(view.start, phrase.start)) ? headlineSource(text, phrase) : undefined;
    const left = contentBefore(text, view, source?.start ?? phrase.start, quotes, paragraphStart);
    if (!left) return;
    push({
      speaker: source ? speakerRef(text, source.start, source.end) : speaker,
      speakerName: source ? undefined : speakerName,
      cue,
      content: left.content,
      kind: kindOf(view, left.direct),
      rule: left.direct ? 'quote-speaker-cue' : 'clause-speaker-cue',
    });
  });
  return drafts;
}

/** Prepositions before a gerund cue whose speaker is its clause's subject: 'by saying', 'after telling', 'while insisting'. */
const gerundPrepositions = new Set(['by', 'after', 'before', 'while', 'when', 'since']);
