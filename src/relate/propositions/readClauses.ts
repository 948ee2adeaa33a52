import { chunkNouns, type Chunk } from '../parse/chunkNouns.js';
import type { Token } from '../../analyze/segment/parseText.js';
import { chunkAt, isBoundary, negators, nextContent, prepsAfter, type Clause } from './clauseParts.js';
import { linksToAdjective, seemingVerbs } from './linkingVerbs.js';
import { elidedCopulas, invertedCopula, isVerbless, openingPhraseBefore } from './headlineClauses.js';
import { isTimeWord } from '../parse/timeWords.js';
import { controlVerbs, predicateNouns, reportingLemmas } from './predicateClasses.js';

export type { Clause } from './clauseParts.js';

/** Speech acts about an earlier claim: 'revising its earlier assessment that ...' reads the assessment, not the revising. */
const retractingLemmas = new Set(['revise', 'withdraw', 'retract', 'correct']);

/** 'revised the toll to 87', 'corrected its figure to 40': a revision that gives the new count says it, it does not withdraw it. */
function givesNewCount(tokens: Token[], i: number): boolean {
  const after = tokens.slice(i + 1, i + 8).map((t) => t.lower).join(' ');
  return /\b(?:toll|figure|count|tally|estimate)\b.*\b(?:to|at)\s+(?:about\s+|some\s+|around\s+)?\d/u.test(after);
}
/** Verbs of refusing, and what a refusal to speak refuses: 'declined to comment', 'refused to say'; not 'refused to leave Halvek'. */
const refusalLemmas = new Set(['decline', 'refuse']);
const speaking = new Set(['comment', 'describe', 'discuss', 'elaborate', 'identify', 'name', 'disclose', 'speak', 'answer', 'respond', 'specify', 'detail', 'explain', 'give', 'provide']);
const refusesToSpeak = (verb: Token | undefined): boolean => verb !== undefined && (speaking.has(verb.lemma) || reportingLemmas.has(verb.lemma));
const auxiliaryLemmas = new Set(['have', 'be', 'do', 'get']);
const modalWords = new Set(['may', 'might', 'could', 'would', 'should', 'must', 'can', 'will', 'shall']);
const relativePronouns = new Set(['which', 'who', 'that']);
/** Particles that make a phrasal verb: 'check into', 'carried up', 'walked back'. Not 'in' or 'on', which mostly start a place or time. */
const particles = new Set(['into', 'up', 'out', 'off', 'down', 'away', 'back', 'across']);
const reflexives = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);

/** A participle read as passive: 'was killed', 'were hit', 'Dren killed in strike' (a headline without its auxiliary). */
function looksParticiple(t: Token): boolean {
  return !/ing$/u.test(t.lower) && (t.lower !== t.lemma || /(?:ed|en|t)$/u.test(t.lower));
}


/**
 * The phrase a relative clause hangs on, when the nearest phrase is that
 * clause's object: in 'the air strike which wounded Al-Baghdadi took place
 * in May', 'took place' is said of the strike, not of Al-Baghdadi.
 */
function antecedentAcrossRelative(tokens: Token[], chunks: Chunk[], object: Chunk, afterPreposition = false): Chunk | null {
  let k = object.first - 1;
  if (afterPreposition && tokens[k]?.pos === 'ADP') k -= 1;
  while (k >= 0 && ['VERB', 'AUX', 'ADV', 'PART'].includes(tokens[k].pos)) k -= 1;
  if (k === object.first - 1 || k < 1 || !relativePronouns.has(tokens[k].lower) || !tokens.slice(k + 1, object.first).some((t) => t.pos === 'VERB')) return null;
  const before = tokens[k - 1].text === ',' ? k - 2 : k - 1;
  return before >= 0 ? chunkAt(chunks, before) : null;
}

/** The subject of a verb group starting at token `from`: the nearest phrase to its left inside the clause, or through a relative pronoun. */
function subjectBefore(tokens: Token[], chunks: Chunk[], from: number): Chunk | null {
  for (let i = from - 1; i >= 0; i -= 1) {
    const t = tokens[i];
    if (t.text === ',' && i === from - 1) return participleAside(tokens, from) ? phraseEndingAt(tokens, chunks, i - 1) : appositionBefore(tokens, chunks, i);
    if (relativePronouns.has(t.lower) && i === from - 1) {
      // 'the strike, which killed 23' / 'a rocket that misfired': the phrase before the relative pronoun.
      const before = i > 0 && tokens[i - 1].text === ',' ? i - 2 : i - 1;
      return before >= 0 ? chunkAt(chunks, before) : null;
    }
    // 'would make sense for a badly wounded commander': a verb group right after an article is inside a noun phrase, and has no subject before it.
    if (i === from - 1 && openingArticles.test(t.lower)) return null;
    const chunk = chunkAt(chunks, i);
    if (chunk) {
      // Not for a participle with no object of its own: in 'a strike that hit a depot used by the militia', 'used' is said of the depot.
      const verb = tokens[from];
      const reduced = verb?.pos === 'VERB' && looksParticiple(verb) && !['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ'].includes(tokens[from + 1]?.pos ?? '');
      const antecedent = reduced ? null : antecedentAcrossRelative(tokens, chunks, chunk);
      if (antecedent) return antecedent;
      // 'four of our brothers were martyred': the nearest phrase is the whole after 'of'; the count before it belongs.
      const count = tokens[chunk.first - 1]?.lower === 'of' ? chunkAt(chunks, chunk.first - 2) : null;
      const whole = count ? partitive(tokens, chunks, count) : null;
      if (whole && whole.last === chunk.last) return whole;
      const owner = ownerOf(tokens, chunks, chunk);
      // 'The figure of 212 that was given on the night of the blast is too high': the phrases after the relative clause's
      // verb are its own; the subject is what the clause hangs on.
      const hungOn = reduced ? null : antecedentAcrossRelative(tokens, chunks, owner, true);
      return hungOn ? ownerOf(tokens, chunks, hungOn) : owner;
    }
    // Another verb between: 'the claim that he was dead was wrong' — 'he' is the subject of 'was dead', not of 'was wrong'.
    if (isBoundary(t) || t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/**
 * The subject of 'its commander, Vasko Dren, may have been eliminated' and
 * 'Emil Vantosh, the deputy of its commander, was killed': a comma closes an
 * apposition; the subject is the phrase before the comma that opens it.
 * Nothing when a verb or clause word stands between ('Dren, who survived, ...').
 */
function appositionBefore(tokens: Token[], chunks: Chunk[], comma: number): Chunk | null {
  for (let i = comma - 1; i > 0 && comma - i <= 12; i -= 1) {
    const t = tokens[i];
    // 'Vasko Dren, *wounded twice*, survived the strike': an aside opened by a participle stands between the subject and its verb.
    if (tokens[i - 1]?.text === ',' && participleAside(tokens, i)) return phraseEndingAt(tokens, chunks, i - 2);
    if (t.text === ',') {
      // 'the leader of the Oren Valley Front, Vasko Dren, may have': a name in apposition is the subject itself.
      const inner = chunkAt(chunks, i + 1);
      if (inner && inner.first === i + 1 && inner.head.pos === 'PROPN') return inner;
      const chunk = chunkAt(chunks, i - 1);
      return chunk && chunk.last === i - 1 ? ownerOf(tokens, chunks, chunk) : null;
    }
    // 'Big Bank Hank, US rapper *and* Sugarhill Gang founder member, dies at 57': an apposition may join two descriptions.
    const joinsDescriptions = t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'or');
    if (t.pos === 'VERB' || t.pos === 'AUX' || (isBoundary(t) && t.pos !== 'PUNCT' && !joinsDescriptions)) return null;
  }
  return null;
}

/**
 * Whether the past participle at token i opens an aside set off by commas
 * and closed before a verb: 'Vasko Dren, *wounded twice*, survived the
 * strike'. Not a verb in a list of the subject's deeds ('the army shelled
 * the town, killed 23 and wounded 40'), which no comma closes before a verb.
 */
function participleAside(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.pos !== 'VERB' || !looksParticiple(t) || tokens[i - 1]?.text !== ',' || tokens[i - 2]?.pos === 'AUX') return false;
  for (let j = i + 1; j < tokens.length && j - i <= 8; j += 1) {
    if (tokens[j].text === ',') return ['VERB', 'AUX'].includes(tokens[nextContent(tokens, j + 1)]?.pos ?? '');
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || isBoundary(tokens[j])) return false;
  }
  return false;
}

/**
 * The phrase that ends at token i (and what it modifies), or null; null too
 * for the object of a preposition, which is no subject: 'Wounded *in
 * Halvek*, taken out of town, hidden in the high villages'.
 */
function phraseEndingAt(tokens: Token[], chunks: Chunk[], i: number): Chunk | null {
  const chunk = i >= 0 ? chunkAt(chunks, i) : null;
  if (!chunk || chunk.last !== i || tokens[chunk.first - 1]?.pos === 'ADP') return null;
  return ownerOf(tokens, chunks, chunk);
}

/** Determiners the chunker leaves out of the phrase they open ('that kind'). */
const demonstratives = new Set(['that', 'this', 'these', 'those']);

/**
 * The phrase a subject found left of a verb modifies, when it is inside a
 * modifier of another: 'the hospital in Halvek was hit' (through a
 * preposition, and a chain of them: 'fragments from the strike on the
 * command post may have reached'); 'a militia video showing Dren alive had
 * been recorded' (through a reduced relative, a participle that is not a
 * verb of its own clause). 'four of our fighters' keeps 'our fighters'.
 */
function ownerOf(tokens: Token[], chunks: Chunk[], chunk: Chunk): Chunk {
  let found = chunk;
  for (let step = 0; step < 4; step += 1) {
    // 'a bomb of that kind would have left a crater': the chunker leaves a demonstrative out of its phrase, so look past it.
    const lead = demonstratives.has(tokens[found.first - 1]?.lower ?? '') && tokens[found.first - 1].pos === 'DET' ? 1 : 0;
    const before = found.first - lead > 1 ? tokens[found.first - lead - 1] : null;
    if (!before) break;
    // 'the town of Halvek' inside 'a strike in the town of Halvek had hit a hospital' reads 'a strike'; a count before 'of' is read by partitive.
    const led = lead ? { ...found, first: found.first - lead } : found;
    const throughPrep = before.pos === 'ADP' && !(before.lower === 'of' ? partitiveOwner(tokens, chunks, led) : reportOwner(tokens, chunks, led));
    // 'video showing Dren', 'a man wearing a uniform': an -ing participle right after a phrase, with no auxiliary, modifies it.
    // Not 'reports saying Dren was killed', where Dren is the subject of the reported clause; but 'showing Dren alive' is a small clause.
    const smallClause = found.tokens[found.tokens.length - 1].pos === 'ADJ';
    const throughParticiple = before.pos === 'VERB' && /ing$/u.test(before.lower) && (!reportingLemmas.has(before.lemma) || smallClause);
    // 'the depot used by the Oren Valley Front was damaged', 'the early death toll given for last week's blast was too high':
    // a passive participle with its agent or another phrase after a preposition modifies the phrase before it.
    const participleBefore = before.pos === 'ADP' && found.first - lead > 2 && tokens[found.first - lead - 2].pos === 'VERB' && looksParticiple(tokens[found.first - lead - 2]);
    const skip = (participleBefore ? 3 : 2) + lead;
    if (!throughPrep && !throughParticiple) break;
    const owner = chunkAt(chunks, found.first - skip);
    if (!owner || owner.last !== found.first - skip) break;
    found = owner;
  }
  return found;
}

/** Heads that count or pick out part of the phrase after 'of': 'four of our fighters', 'dozens of militants', 'some of the patients'. */
const partitiveHeads = new Set(['some', 'many', 'most', 'all', 'several', 'none', 'dozens', 'hundreds', 'thousands', 'scores']);

/**
 * Whether the phrase before 'of' is a count or a quantity word, which partitive reads with it
 * ('four of our fighters'), or a report of what follows. A toll is not: 'the revised toll of 87
 * dead was final' is said of the toll, which readPropositions reads as a count of the killed.
 */
function partitiveOwner(tokens: Token[], chunks: Chunk[], chunk: Chunk): boolean {
  const owner = chunkAt(chunks, chunk.first - 2);
  return !owner || owner.head.pos === 'NUM' || partitiveHeads.has(owner.head.lower) || reportOwner(tokens, chunks, chunk);
}

/** 'rumours of a ceasefire are wrong', 'a report about armed men crossing': what is said of a report is said of what it reports. */
function reportOwner(tokens: Token[], chunks: Chunk[], chunk: Chunk): boolean {
  const owner = chunkAt(chunks, chunk.first - 2);
  return owner !== null && /^(?:rumou?r|report|claim|news|account|story|allegation|speculation|word|talk)s?$/u.test(owner.head.lemma);
}

/** 'four of our fighters' as one phrase about the fighters, so its head is 'fighters' and its count four. */
function partitive(tokens: Token[], chunks: Chunk[], chunk: Chunk): Chunk {
  if (chunk.head.pos !== 'NUM' && !partitiveHeads.has(chunk.head.lower)) return chunk;
  if (tokens[chunk.last + 1]?.lower !== 'of') return chunk;
  const whole = chunkAt(chunks, chunk.last + 2);
  if (!whole || whole.first !== chunk.last + 2 || whole.head.pos === 'NUM' || whole.head.pos === 'PRON') return chunk;
  return { tokens: tokens.slice(chunk.first, whole.last + 1), first: chunk.first, last: whole.last, head: whole.head, start: chunk.start, end: whole.end };
}

/** An article opening a noun phrase: a participle after it, with or without an adverb, describes the noun ('a badly wounded commander'). */
const openingArticles = /^(?:a|an|the)$/u;

/** A participle in front of a noun phrase is said of it: 'Wounded militia chief Dren crossed ...', '... for a badly wounded commander'. */
function attributive(tokens: Token[], chunks: Chunk[], i: number, g: number): Chunk | null {
  const t = tokens[i];
  if (!looksParticiple(t) || !tokens.slice(g, i).every((x) => x.pos === 'ADV')) return null;
  const before = tokens[g - 1];
  // An adverb between only inside a noun phrase an article opens: 'a badly wounded commander', not '"fully shares the assessment'.
  if (g !== i && !(before && openingArticles.test(before.lower))) return null;
  // Not after 'and' or a comma, where the verb shares the subject before it: 'the toll was too high and put the number of dead at 80'.
  if (before && !openingArticles.test(before.lower) && (!isBoundary(before) || /^(?:,|and|or|but)$/u.test(before.lower))) return null;
  const chunk = chunkAt(chunks, i + 1);
  return chunk && chunk.first === i + 1 ? chunk : null;
}

/**
 * Every predication of one tagged sentence: verb groups ('may have been
 * killed', 'hit'), copulas ('is dead', 'was in Halvek'), and predicate
 * nouns with their owner ("Dren's death", 'the death of Vantosh').
 * Reporting verbs followed by what was said are left out: their content is
 * read instead. A control verb hands its subject to the verb after 'to'
 * ('developers told to limit features' reads 'limit'). Negation and modals
 * are read from the subject to the head, so 'was not believed to have been
 * in Halvek' is negated. `headline` allows a passive without its auxiliary
 * ('Dren killed in strike'): `needsObject` says which verbs need an object,
 * so that one without is passive. In a `headline`, a plan ('Apple to open
 * stores') and a dropped 'is' ('Baghdadi not dead') are read too.
 * `infinitiveSubject` is who does what an opening 'to' + verb says, when the
 * sentence's words before it are not among the tokens (speakerAsSubject).
 */
export function readClauses(
  tokens: Token[],
  needsObject: (lemma: string) => boolean = () => false,
  headline = false,
  infinitiveSubject: Chunk | null = null,
): Clause[] {
  const chunks = chunkNouns(tokens);
  const clauses: Clause[] = [];
  let lastSubject: Chunk | null = null;
  let lastAgent: Chunk | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    // 'is dead', 'is a fabrication made in the army's studios'; not the auxiliary of 'was not believed', 'was hit'.
    const copula = (t.pos === 'AUX' && t.lemma === 'be' && tokens[nextContent(tokens, i + 1)]?.pos !== 'VERB') || linksToAdjective(tokens, i);
    // A predicate noun opening a sentence is capitalised and so tagged a name: '*Beheading* of kidnapped journalist James Foley'.
    const predicateNoun = (t.pos === 'NOUN' || (t.pos === 'PROPN' && i === 0)) && predicateNouns.has(t.lower);
    if (t.pos !== 'VERB' && !copula && !predicateNoun) continue;
    // 'Is Vasko Dren alive?': the subject follows an opening 'is'; invertedCopula reads it.
    if (copula && i === 0 && t.pos === 'AUX' && tokens.at(-1)?.text === '?') continue;
    if (predicateNoun) {
      const read = nominal(tokens, chunks, i);
      // 'survived with serious wounds': the wounds are the subject's own.
      if (!read.subject && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'with')) read.subject = lastSubject;
      clauses.push(read);
      continue;
    }
    const g = groupStart(tokens, i);
    const next = tokens[i + 1];
    if (t.pos === 'VERB' && controlVerbs.has(t.lemma) && next?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') continue;
    // 'to have been', 'did not die': an auxiliary the tagger read as a verb.
    if (t.pos === 'VERB' && auxiliaryLemmas.has(t.lemma) && (next?.pos === 'AUX' || next?.pos === 'VERB' || next?.pos === 'PART')) continue;
    // 'declined to describe those sources', 'refused to comment': a refusal to speak says nothing of the story, nor does what was not said.
    if (t.pos === 'VERB' && refusalLemmas.has(t.lemma) && next?.lower === 'to' && refusesToSpeak(tokens[i + 2])) continue;
    if (t.pos === 'VERB' && tokens[g - 1]?.lower === 'to' && refusalLemmas.has(tokens[g - 2]?.lemma ?? '') && refusesToSpeak(t)) continue;
    // '..., says Iraqi TV': a reporting verb after a comma names who said the words before it.
    const inverted = tokens[g - 1]?.text === ',';
    if (t.pos === 'VERB' && reportingLemmas.has(t.lemma) && ((retractingLemmas.has(t.lemma) && !givesNewCount(tokens, i)) || inverted || reportsSpeech(tokens, chunks, i))) continue;
    // 'the recording proves (that) ...', 'the images show ...': what the evidence is said to prove is a claim about the evidence itself.
    // 'to limit features' after a control verb: the subject is the control verb's.
    const infinitive = tokens[g - 1]?.lower === 'to';
    const controlled = infinitive && tokens[g - 2]?.pos === 'VERB';
    // 'Seth Rogen to play Wozniak', 'Apple to open stores': a headline's plan, said of the phrase the headline opens with.
    const planned = headline && infinitive && !controlled ? openingPhraseBefore(tokens, chunks, g - 1) : null;
    // A statement's content that opens on its speaker's deed: '[Apple] plans [to shut down Beats Music]' (speakerAsSubject).
    // ... or a gerund that opens it: '[the doctor] denies [taking a selfie]'.
    const opensOnSpeaker = infinitiveSubject !== null && ((infinitive && g === 1) || (g === 0 && t.pos === 'VERB' && /ing$/u.test(t.lower)));
    let subject = opensOnSpeaker ? infinitiveSubject : infinitive ? (controlled ? subjectBefore(tokens, chunks, groupStart(tokens, g - 2)) : planned) : subjectBefore(tokens, chunks, g);
    const described = t.pos === 'VERB' && !subject ? attributive(tokens, chunks, i, g) : null;
    if (described) subject = described;
    // 'the hospital was hit by an air strike, killing 23 patients': after a passive, the agent did it.
    if (!subject && /ing$/u.test(t.lower) && tokens[g - 1]?.text === ',' && lastAgent) subject = lastAgent;
    // 'was injured and fled', ', killing four patients': the subject carries over from the clause before.
    if (!subject && (tokens[g - 1]?.lower === 'and' || tokens[g - 1]?.text === ',' || /ing$/u.test(t.lower))) subject = lastSubject;
    if (!subject && infinitive && !controlled) continue;
    const beGroup = tokens.slice(g, i).some((x) => x.lemma === 'be' || x.lemma === 'get');
    let j = i + 1;
    let particle: Token | null = null;
    // 'checked herself into rehab' is 'checked into rehab': the subject is its own object.
    if (t.pos === 'VERB' && reflexives.has(tokens[j]?.lower ?? '')) j += 1;
    if (t.pos === 'VERB' && tokens[j] && particles.has(tokens[j].lower) && ['ADP', 'PART', 'ADV'].includes(tokens[j].pos)) {
      particle = tokens[j];
      j += 1;
    }
    // 'died Thursday at age 85': a bare time after the verb is when, not what; the phrases after it are still the verb's.
    const bareTime = chunkAt(chunks, j);
    if (bareTime && bareTime.first === j && isTimeWord(bareTime.head)) j = bareTime.last + 1;
    const found = chunkAt(chunks, j);
    const objectChunk = found && found.first === j ? partitive(tokens, chunks, found) : found;
    const hasObject = objectChunk !== null && objectChunk.first === j;
    const passive: boolean = t.pos === 'VERB' && looksParticiple(t) && (described !== null || beGroup || (!hasObject && subject !== null && needsObject(t.lemma) && g === i));
    // A copula's predicate: an adjective ('dead'), a noun phrase ('a fake'), or a place ('in Halvek', 'elsewhere').
    let head = t;
    let form: Clause['form'] = 'verb';
    let object: Chunk | null = null;
    if (copula) {
      while (tokens[j] && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART') && tokens[j].lower !== 'elsewhere') j += 1;
      const after = tokens[j];
      if (!after) continue;
      form = 'copula';
      const predicateChunk = chunkAt(chunks, j);
      // 'was unable to confirm', 'is likely to': the adjective only frames the verb after 'to'.
      if (after.pos === 'ADJ' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.pos === 'VERB') continue;
      if (after.pos === 'ADJ' || after.pos === 'VERB' || after.lower === 'elsewhere') {
        head = after;
        j += 1;
      } else if (predicateChunk && predicateChunk.first === j) {
        head = predicateChunk.head;
        j = predicateChunk.last + 1;
      } else if (after.pos !== 'ADP') continue;
    } else if (hasObject && !passive && !described) {
      object = objectChunk;
      j = objectChunk.last + 1;
    }
    const { preps, end } = prepsAfter(tokens, chunks, j);
    const span = tokens.slice(subject && subject.last < i ? subject.last + 1 : g, j);
    const modals = [...(planned || (opensOnSpeaker && infinitive) ? [tokens[g - 1]] : []), ...span.filter((x) => modalWords.has(x.lower) || (x === t && seemingVerbs.has(x.lemma) && form === 'copula'))];
    // A subject that names none negates what is said of it: 'No missile struck the hospital', 'Neither side fired'.
    // So does 'not' before 'a' or 'one' opening it: 'Not a single civilian facility was struck', 'not one shell landed'.
    const notOne = subject && subject.last < i && /^(?:a|one)$/u.test(subject.tokens[0].lower) && tokens[subject.first - 1]?.lemma === 'not' ? [tokens[subject.first - 1]] : [];
    const noneOf = subject && subject.last < i && /^(?:no|neither)$/u.test(subject.tokens[0].lower) ? [subject.tokens[0]] : notOne;
    // 'misfired militant rocket, not air strike, caused the blast': a 'not' set off by commas denies the alternative, not the verb.
    const setOff = new Set(span.filter((x, k) => x.lemma === 'not' && span[k - 1]?.text === ',' && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(span[k + 1]?.pos ?? '')));
    const negation = [...noneOf, ...span.filter((x) => (negators.has(x.lower) || x.lemma === 'not') && !setOff.has(x))];
    const last = Math.max(end, j - 1, i);
    const clause: Clause = { head, form, passive, particle, subject, object, preps, modals, negation, start: (subject && subject.start < t.start ? subject : tokens[g]).start, end: tokens[Math.min(last, tokens.length - 1)].end };
    clauses.push(clause);
    clauses.push(...coordinated(tokens, clause, j), ...ratherThan(tokens, chunks, clause, j));
    if (subject) lastSubject = subject;
    lastAgent = passive ? (preps.find((p) => p.word === 'by')?.chunk ?? null) : null;
  }
  const verbless = [...tallies(tokens, chunks), ...(headline && isVerbless(tokens) ? elidedCopulas(tokens, chunks) : []), ...invertedCopula(tokens, chunks)];
  return [...clauses, ...verbless.filter((t) => !clauses.some((c) => c.head === t.head))];
}


/** '212 dead', '87 killed', 'more than 300 wounded': a count with a participle or adjective and no verb (headlines, tallies). */
function tallies(tokens: Token[], chunks: Chunk[]): Clause[] {
  const found: Clause[] = [];
  for (const chunk of chunks) {
    const next = tokens[chunk.last + 1];
    if (chunk.head.pos !== 'NUM' || !next || !(next.pos === 'ADJ' || next.pos === 'VERB') || !/^(?:dead|killed|injured|wounded|hurt|missing)$/u.test(next.lower)) continue;
    if (tokens[chunk.last + 2]?.pos === 'NOUN') continue;
    found.push({ head: next, form: 'copula', passive: true, particle: null, subject: chunk, object: null, preps: [], modals: [], negation: [], start: chunk.start, end: next.end });
  }
  return found;
}

/** 'alive and hiding', 'alive but badly wounded': a second predicate of a copula shares its subject. */
function coordinated(tokens: Token[], clause: Clause, from: number): Clause[] {
  if (clause.form !== 'copula' || !clause.subject) return [];
  const extra: Clause[] = [];
  let k = from;
  while (tokens[k] && /^(?:and|but|,)$/u.test(tokens[k].lower)) {
    let m = k + 1;
    while (tokens[m] && (tokens[m].pos === 'ADV' || tokens[m].pos === 'PART')) m += 1;
    const next = tokens[m];
    if (!next || !['ADJ', 'VERB', 'NOUN'].includes(next.pos) || (next.pos === 'NOUN' && !/ing$/u.test(next.lower))) break;
    // 'alive and put out a video', 'dead, revised its assessment': a verb with its own particle or object is a clause of its own.
    const after = tokens[m + 1];
    if (next.pos === 'VERB' && after && (particles.has(after.lower) || ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(after.pos))) break;
    const negation = tokens.slice(k + 1, m).filter((x) => negators.has(x.lower));
    extra.push({ ...clause, head: next, object: null, preps: [], negation, modals: clause.modals, start: clause.start, end: next.end });
    k = m + 1;
  }
  return extra;
}

/** 'may have been killed rather than Baghdadi himself': the phrase after 'rather than' or 'instead of' is said not to be. */
function ratherThan(tokens: Token[], chunks: Chunk[], clause: Clause, from: number): Clause[] {
  while (tokens[from] && tokens[from].pos === 'ADP' && tokens[from].lower !== 'instead') from += 1;
  const words = tokens.slice(from, from + 2).map((t) => t.lower).join(' ');
  const width = /^(?:rather than|instead of)/u.test(words) ? 2 : 0;
  const other = width ? chunkAt(chunks, from + width) : null;
  if (!other || other.first !== from + width || clause.passive === false && clause.form === 'verb' && clause.object === null && !clause.subject) return [];
  return [{ ...clause, subject: other, negation: tokens.slice(from, from + width), start: clause.start, end: other.end }];
}

/** Whether a reporting verb at i introduces what was said ('said that ...', 'said the experts had ...'), rather than taking a thing as object ('confirmed the death'). */
function reportsSpeech(tokens: Token[], chunks: Chunk[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.lower === 'that' || next.pos === 'PUNCT' || next.pos === 'SCONJ') return true;
  const chunk = chunkAt(chunks, i + 1);
  if (!chunk) return true;
  const after = tokens[chunk.last + 1];
  return after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB' || after.lower === 'that');
}

/** Where the verb group of the head at i starts: 'may have been' before 'killed', 'have' in 'to have been' (which the tagger may read as a verb). */
function groupStart(tokens: Token[], i: number): number {
  let g = i;
  // 'had most likely been killed': the tagger reads 'likely' as an adjective.
  const inGroup = (t: Token) => (['AUX', 'PART', 'ADV'].includes(t.pos) || (t.pos === 'VERB' && auxiliaryLemmas.has(t.lemma)) || /^(?:un)?likely$/u.test(t.lower)) && t.lower !== 'to';
  while (g > 0 && inGroup(tokens[g - 1])) g -= 1;
  return g;
}

/**
 * "Dren's death", 'his escape', 'the death of Vantosh', 'death of the
 * commander': the owner is the subject. What 'of' names goes first, as the
 * one the event happened to ('the army's bombing of the hospital' is about
 * the hospital), and an owner that is a time is no one ("Saturday's killing
 * of a Queens woman" is about the woman, "today's announcement" about nothing).
 */
function nominal(tokens: Token[], chunks: Chunk[], i: number): Clause {
  const head = tokens[i];
  const chunk = chunkAt(chunks, i);
  let subject: Chunk | null = null;
  const ofFollows = tokens[(chunk?.last ?? i) + 1]?.lower === 'of' && chunkAt(chunks, (chunk?.last ?? i) + 2) !== null;
  if (chunk && chunk.head === head && chunk.first < i && !ofFollows) {
    const ownerEnd = chunk.tokens.findIndex((t) => t.pos === 'PART' || /^(?:his|her|their)$/u.test(t.lower));
    if (ownerEnd >= 0) {
      const ownerTokens = chunk.tokens.slice(0, ownerEnd + (chunk.tokens[ownerEnd].pos === 'PART' ? 0 : 1));
      const ownerHead = [...ownerTokens].reverse().find((t) => ['PROPN', 'NOUN', 'PRON'].includes(t.pos) || /^(?:his|her|their)$/u.test(t.lower));
      if (ownerHead && !isTimeWord(ownerHead)) subject = { tokens: ownerTokens, first: chunk.first, last: chunk.first + ownerTokens.length - 1, head: ownerHead, start: ownerTokens[0].start, end: ownerTokens[ownerTokens.length - 1].end };
    }
  }
  const after = (chunk?.last ?? i) + 1;
  if (!subject && tokens[after]?.lower === 'of') subject = chunkAt(chunks, after + 1);
  const { preps, end } = prepsAfter(tokens, chunks, subject && subject.first > i ? subject.last + 1 : after);
  const negation = tokens.slice(Math.max(0, (chunk?.first ?? i) - 2), chunk?.first ?? i).filter((t) => t.lower === 'no' || t.lower === 'not');
  return { head, form: 'nominal', passive: false, particle: null, subject, object: null, preps: preps.filter((p) => p.chunk !== subject), modals: [], negation, start: Math.min(subject?.start ?? head.start, chunk?.start ?? head.start), end: Math.max(tokens[Math.min(end, tokens.length - 1)].end, subject?.end ?? head.end, head.end) };
}
