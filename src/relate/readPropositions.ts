import type { ArticleRecord } from '../record/articleRecord.js';
import type { Chunk } from './parse/chunkNouns.js';
import { isTitleCase, parseText, type Token } from '../analyze/segment/parseText.js';
import { headlineVerb, withoutHeadlineLabel } from './parse/headlineVerb.js';
import { repairTags } from './parse/repairTags.js';
import { predicateClassOf, type PredicateReading } from './propositions/predicateClasses.js';
import { readClauses, type Clause } from './propositions/readClauses.js';
import { readQuantity } from './propositions/readQuantity.js';
import { arrivalOnSite } from './propositions/arrivalOnSite.js';
import { dateOfNamedEvent } from './propositions/datedEvents.js';
import { speakerAsSubject } from './propositions/speakerAsSubject.js';
import { saysWhatItIs } from './propositions/saysWhatItIs.js';
import { withoutOwnFrame } from './propositions/withoutOwnFrame.js';
import { alwaysTakesObject } from '../analyze/statements/verbFrames.js';
import { verbLemma, wordClass } from '../analyze/statements/wordClass.js';
import { resolveAgent, resolveSubject, siteStruckBy, type Referent, type ReferentContext } from './propositions/resolveSubject.js';
import { relayFrames } from '../stance/stanceCues.js';
import type { StoryStatement } from './storyStatement.js';
import type { Proposition, Quantity } from './types.js';

const relayBefore = new RegExp(`(?<!\\p{L})(?:${relayFrames.join('|')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`, 'iu');
/** Prepositions that put an agent or cause before us: 'hit by a rocket', 'killed in the strike', 'died after the blast'. */
const agentPrepositions = new Set(['by', 'in', 'after', 'during', 'from']);
/** Prepositions of place: 'killed in Raqqa', 'fled to Baghouz', 'at the hospital'. */
const placePrepositions = new Set(['in', 'near', 'at', 'to', 'from', 'into', 'outside', 'inside', 'across', 'around', 'on']);

/** How a patient-oriented class reads in the passive, for 'the strike killed 23 militants' -> '23 militants were killed'. */
const participles: Record<string, string> = { killed: 'killed', injured: 'injured', captured: 'captured', hit: 'hit', destroyed: 'destroyed' };

/**
 * The predicate as written, after the subject: 'may have been killed in the
 * strike'. When the subject is the object of an active verb ('the strike
 * killed 23 militants and six commanders'), it is turned into the passive
 * with its agent: 'were killed by the strike'.
 */
function predicateWording(text: string, clause: Clause, roles: Roles, reading: PredicateReading, agent: Referent | null, plural: boolean): string {
  const about = roles.about!;
  // 'a badly hurt man in a village': a participle in front of its noun is said of it, as a passive is ('was injured in a village').
  const inFront = about.start > clause.head.start;
  // 'Vasko Dren, the commander who survived a drone strike' reads 'survived a drone strike'.
  if ((about !== clause.object && !inFront) || !participles[reading.name]) return text.slice(Math.max(about.end, clause.start), clause.end).replace(/^[\s,]*(?:(?:who|which|that)\s+)?/u, '').trim();
  const rest = text.slice(about.end, clause.end).replace(/^[\s,]+/u, '').trim();
  // Only the phrases that say where, when or how: 'in the strike'; not the rest of a larger clause ('... that injured him was not Russian').
  const restText = /^(?:in|at|on|near|during|after|before|by|with|from|inside|outside|when|while)\b/u.test(rest) ? ` ${rest}` : '';
  const by = agent && !restText.includes(agent.name) ? ` by ${agent.name}` : '';
  return `${plural ? 'were' : 'was'} ${participles[reading.name]}${restText}${by}`;
}

/** Verbs that only carry the event their object names: 'took a direct hit', 'suffered serious injuries', 'sustained wounds'. */
const lightVerbs = new Set(['take', 'suffer', 'sustain', 'receive', 'incur']);

/** The event a light verb's object names, said of the verb's subject: 'the east wing took a direct hit' is the wing being hit. */
function lightVerbClass(clause: Clause): PredicateReading | null {
  if (clause.form !== 'verb' || clause.passive || !clause.object || !lightVerbs.has(clause.head.lemma)) return null;
  const reading = predicateClassOf(clause.object.head.lemma, clause.object.head.text, false);
  return reading.known && reading.aboutPatient ? { ...reading, aboutPatient: false } : null;
}

/** 'was in Halvek' is presence; 'was not in Halvek' its own claim, absence (not a denial of being somewhere). */
function classOf(clause: Clause, attributed: boolean, tokens: Token[]): PredicateReading | null {
  const { head, form } = clause;
  if (form === 'copula' && head.pos === 'AUX') {
    const where = clause.preps[0];
    if (!where || !placePrepositions.has(where.word)) return null;
    return { name: clause.negation.length ? 'absent' : 'present', kind: 'event', aboutPatient: false, known: true };
  }
  if (head.lower === 'elsewhere') return { name: 'absent', kind: 'event', aboutPatient: false, known: true };
  // 'has gone to ground', 'taken to ground': the idiom is the verb with its phrase.
  const toGround = clause.preps[0]?.word === 'to' && clause.preps[0].chunk.head.lower === 'ground' ? predicateClassOf(`${head.lemma} to ground`, '', false) : null;
  if (toGround?.known) return toGround;
  const phrasal = clause.particle ? predicateClassOf(`${head.lemma} ${clause.particle.lower}`, '', false) : null;
  const reading = phrasal?.known ? phrasal : predicateClassOf(head.lemma, head.text, form === 'copula');
  // 'is a nom de guerre', 'was one of those present': the outlet's description of the subject, not something that happened
  // to it. What a speaker says something is, or that it is not, is a claim (saysWhatItIs): 'Priest claims God is a woman',
  // 'the explosion was not a meteorite, NASA says'.
  const identity = attributed && saysWhatItIs(tokens, clause);
  if (form === 'copula' && !reading.known && !identity && (head.pos === 'NOUN' || head.pos === 'NUM' || head.pos === 'PROPN' || head.pos === 'PRON')) return null;
  // 'survived a coup attempt' is surviving an attack on him; 'survived' alone is being alive.
  if ((reading.name === 'alive' || /^(?:overcome|fight off|repel|foil|thwart)$/u.test(`${head.lemma}${clause.particle ? ` ${clause.particle.lower}` : ''}`)) && clause.object && /coup|attempt|assassination|attack|ambush/u.test(clause.object.tokens.map((t) => t.lower).join(' '))) {
    return { name: 'survived-attack', kind: 'event', aboutPatient: false, known: true };
  }
  if (!reading.known && clause.particle) return { ...reading, name: `${reading.name} ${clause.particle.lower}` };
  return reading;
}

interface Roles {
  about: Chunk | null;
  object: Chunk | null;
  agent: Chunk | null;
}

/** Who the claim is about: the patient of 'kill', 'hit', 'injure' (passive subject or active object), else the subject. */
function rolesOf(clause: Clause, reading: PredicateReading): Roles {
  // A passive takes its 'by' anywhere ('was killed in Raqqa by a drone'); otherwise only right after the predicate:
  // in 'is dead after a raid by US special forces' the forces are the raid's, and the raid is the cause.
  const by = (clause.passive ? clause.preps.find((p) => p.word === 'by') : clause.preps[0]?.word === 'by' ? clause.preps[0] : undefined)?.chunk ?? null;
  if (clause.passive) return { about: clause.subject, object: null, agent: by };
  if (reading.aboutPatient && clause.object) return { about: clause.object, object: null, agent: clause.subject };
  return { about: clause.subject, object: clause.object, agent: by };
}

function agentOf(clause: Clause, roles: Roles, context: ReferentContext): Referent | null {
  if (roles.agent) return resolveAgent(roles.agent, context);
  // 'killed in the strike', 'died after the blast': an event named behind a preposition is the cause.
  for (const { word, chunk } of clause.preps) {
    if (!agentPrepositions.has(word)) continue;
    const referent = resolveSubject(chunk, context);
    if (referent?.kind === 'event') return referent;
  }
  return null;
}

function placeOf(clause: Clause, record: ArticleRecord): string | null {
  for (const { word, chunk } of clause.preps) {
    if (!placePrepositions.has(word)) continue;
    const place = record.entities.find((e) => e.type === 'place' && e.start < chunk.end && chunk.start < e.end);
    if (place) return place.canonical;
  }
  return null;
}

/** Verbs by which money changes hands (WordNet's verbs of possession: 'pay', 'receive', 'steal', 'buy'), and 'spend', 'cost', 'make', 'raise', 'earn'. */
function movesMoney(lemma: string): boolean {
  return wordClass(lemma) === 'v40' || moneyVerbs.has(lemma);
}
const moneyVerbs = new Set(['spend', 'cost', 'price', 'make', 'raise', 'charge', 'fine', 'earn', 'net', 'fetch', 'invest', 'owe', 'bill']);

/** A death toll is a count of the killed: 'the toll rose to 87', 'put the number of dead between 80 and 100', 'the figure of 212'. */
const tollHeads = new Set(['toll', 'tally', 'figure', 'dead', 'death', 'deaths', 'fatality', 'fatalities', 'casualty', 'casualties']);
/** Verbs that give a count: 'put the number at', 'raised the toll to', 'estimates the figure at'. */
const countGivingVerbs = new Set(['put', 'give', 'set', 'estimate', 'raise', 'lower', 'revise', 'place', 'update', 'cut', 'increase', 'reduce']);
const tollSubject: Referent = { key: 'people', name: 'people', kind: 'quantity' };
const killedClass: PredicateReading = { name: 'killed', kind: 'event', aboutPatient: true, known: true };
const hitClass: PredicateReading = { name: 'hit', kind: 'event', aboutPatient: true, known: true };

/** The count a clause gives a death toll, when its subject or object is one and it states a number. */
function tollOf(tokens: Token[], clause: Clause, about: Chunk | null): Quantity | null {
  const phrases = [about, clause.object, ...clause.preps.filter((p) => p.word === 'of').map((p) => p.chunk)].filter((c): c is Chunk => c !== null);
  const first = tokens.findIndex((t) => t.start >= clause.start);
  // '31 of the dead were children', 'twelve of the victims were nurses': a part of the toll described, not the toll.
  if (tokens.some((t, i) => i >= first && t.start < clause.head.start && t.pos === 'NUM' && tokens[i + 1]?.lower === 'of')) return null;
  let last = tokens.reduce((k, t, i) => (t.end <= clause.end ? i : k), first);
  // The count may follow the clause as the parse closes it: 'put the number | between 80 and 100', 'put the number | of dead between 80 and 100'.
  const ofDead = /^of$/u.test(tokens[last + 1]?.lower ?? '') && /^(?:dead|deaths|victims|fatalities|casualties)$/u.test(tokens[last + 2]?.lower ?? '') ? 2 : 0;
  if (/^(?:between|at|to|around|near|of)$/u.test(tokens[last + 1 + ofDead]?.lower ?? '') && tokens[last + 2 + ofDead]?.pos === 'NUM') {
    while (last + 1 < tokens.length && tokens[last + 1].pos !== 'PUNCT' && !/^(?:after|before|when|as|because)$/u.test(tokens[last + 1].lower)) last += 1;
  }
  const clauseWords = tokens.slice(Math.max(0, first), last + 1).map((t) => t.lower).join(' ');
  // 'put the number between 80 and 100': a number a count is given for, in a story of the dead, is the toll.
  const givenNumber = countGivingVerbs.has(clause.head.lemma) && phrases.some((c) => c.head.lemma === 'number') && !clause.preps.some((p) => p.word === 'of');
  const isToll = phrases.some((c) => tollHeads.has(c.head.lemma)) || givenNumber || /number of (?:dead|deaths|people killed|victims|fatalities)|number is \d[\d,]* dead/u.test(clauseWords);
  if (!isToll || first < 0) return null;
  // The count given by the verb comes first: in 'the toll of 212 was too high and put the number between 80 and 100', 'put' gives 80 to 100.
  const head = tokens.indexOf(clause.head);
  return (head > first && head <= last ? readQuantity(tokens, head, last, 'people') : null) ?? readQuantity(tokens, first, last, 'people');
}

const isPlural = (chunk: Chunk, quantity: Quantity | null): boolean => (quantity !== null && (quantity.high ?? 2) > 1) || (chunk.head.pos === 'NOUN' && /[^s]s$/u.test(chunk.head.lower));

function quantityOf(tokens: Token[], clause: Clause, roles: Roles): Quantity | null {
  const index = (t: Token) => tokens.indexOf(t);
  for (const chunk of [roles.about, roles.object, ...clause.preps.filter((p) => p.word === 'to' || p.word === 'of' || p.word === 'at').map((p) => p.chunk)]) {
    if (!chunk) continue;
    const unit = chunk.head.pos === 'NUM' ? null : chunk.head.lower;
    const found = readQuantity(tokens, index(chunk.tokens[0]), index(chunk.tokens[chunk.tokens.length - 1]), unit);
    if (found) return found;
  }
  return null;
}

/**
 * An active clause of a verb that always takes an object, with none: a piece
 * of a sentence the parse cut, not a claim. 'the same one he wore in the
 * November clip' is no 'Vasko Dren wore in the November'; 'He also pointed
 * to something' stays (point has a frame without an object). The story's own
 * predicates (killed, hit, fled ...) are read as before.
 */
function lacksItsObject(clause: Clause, reading: PredicateReading): boolean {
  if (clause.form !== 'verb' || clause.passive || clause.object || clause.particle || reading.known) return false;
  // WordNet lists a verb of a prepositional object as taking one ('rely [on] something'): 'relying on direct combat' has it.
  if (clause.preps[0] && argumentPrepositions.has(clause.preps[0].word)) return false;
  // 'the former grain depot used by the militia': a passive without its auxiliary, whose agent follows.
  if (clause.preps.some((p) => p.word === 'by')) return false;
  return alwaysTakesObject(clause.head.lemma);
}

/** Prepositions that bring a verb's object ('rely on', 'have access to', 'deal with'); 'in', 'during', 'after' bring a place or a time. */
const argumentPrepositions = new Set(['on', 'upon', 'to', 'with', 'for', 'of', 'about', 'into', 'at', 'from', 'against', 'over']);

/** A relative clause opening after a subject: 'Vasko Dren, the commander [who survived a strike in March], was brought across ...'. */
const relativeOpener = /(?<!\p{L})(?:who|which|whose|whom|that)(?!\p{L})/iu;

function nearestTime(record: ArticleRecord, clause: Clause, trigger: { start: number; end: number }, from = 0): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  // A time inside a relative clause on the subject dates that clause, not this one ('who survived a drone strike in March').
  const subjectEnd = clause.subject && clause.subject.end <= trigger.start ? clause.subject.end : null;
  const between = subjectEnd === null ? '' : record.text.slice(subjectEnd, trigger.start);
  const relative = relativeOpener.exec(between);
  // The relative clause ends at the comma that closes it: '..., the commander who survived a strike in March, was brought'.
  const relativeSpan = relative && subjectEnd !== null ? { start: subjectEnd + relative.index, end: subjectEnd + (between.indexOf(',', relative.index) + 1 || between.length) } : null;
  // 'is now being treated in a private house' happens on the day it is told; 'has now been confirmed' tells of something before.
  const perfect = /(?<!\p{L})(?:has|have|had)(?!\p{L})/iu.test(record.text.slice(clause.start, trigger.start));
  const present = perfect ? null : record.published.value;
  for (const t of record.times) {
    const value = t.value === 'PRESENT_REF' ? present : t.value;
    if (t.type !== 'DATE' || value === null || !/^\d{4}/u.test(value)) continue;
    if (relativeSpan && t.start >= relativeSpan.start && t.end <= relativeSpan.end) continue;
    // Only a time inside the clause, or put in front of it ('and in early January he fled to the desert'):
    // 'did not repeat the caution on Thursday' dates the speech, not the death.
    const fronted = t.end <= clause.start && /^[\s,]{0,3}$/u.test(record.text.slice(t.end, clause.start));
    if (!fronted && (t.start < clause.start || t.end > clause.end)) continue;
    if (t.start < from) continue;
    const distance = t.start >= trigger.end ? t.start - trigger.end : Math.max(0, trigger.start - t.end);
    if (distance < bestDistance) [best, bestDistance] = [value, distance];
  }
  return best;
}

/** Copulas in the present tense: 'He is not in Halvek' says where he is on the day it is told. */
const presentCopulas = new Set(['is', 'are', 'am', "'s", '’s']);

/** The day a present-tense 'is (not) in X' is told, as the time of that presence or absence; null for any other clause. */
function whereNow(clause: Clause, predicate: string, record: ArticleRecord): string | null {
  if (predicate !== 'present' && predicate !== 'absent') return null;
  return clause.form === 'copula' && presentCopulas.has(clause.head.lower) ? record.published.value : null;
}

/**
 * Reads the propositions of one statement: each predication of its content
 * (readClauses) with the referent it is about, its predicate class, object,
 * agent or cause, quantity, place, stated time, negation and modality.
 * A statement may hold several ('alive but so seriously injured'). A
 * predication whose subject names nothing certain ('it was', 'they said')
 * yields nothing.
 */
export function readPropositions(record: ArticleRecord, statement: StoryStatement, context: ReferentContext): Proposition[] {
  const { start, end } = statement.content;
  const text = record.text;
  const names = record.entities.filter((e) => e.start >= start && e.end <= end);
  // Headline grammar ('Apple to open stores', 'Baghdadi not dead') is read only in the headline: in prose 'asked Kasteria to share' is no plan of Kasteria's.
  const inHeadline = record.paragraphs.some((p) => p.kind === 'title' && p.start <= start && end <= p.end);
  // A headline's grammar, or a headline's casing wherever it stands (a feed item whose text repeats its title).
  const headlineGrammar = inHeadline || isTitleCase(text.slice(start, end));
  const parsed = parseText(text, start, end, names);
  const tagged = repairTags(headlineGrammar ? withoutHeadlineLabel(parsed) : parsed);
  const tokens = withoutOwnFrame(text, statement, headlineGrammar ? headlineVerb(tagged) : tagged);
  const propositions: Proposition[] = [];
  const seen = new Set<string>();
  const infinitiveSubject = speakerAsSubject(record, statement, tokens);
  // The speaker's own deed in a gerund is a verb, whatever the tagger made of it: 'denies *taking* a selfie'.
  if (infinitiveSubject && tokens[0].pos !== 'VERB' && tokens[0].lower !== 'to') tokens[0] = { ...tokens[0], pos: 'VERB', lemma: verbLemma(tokens[0].lower) ?? tokens[0].lemma };
  // A headline drops its auxiliaries, so there a verb that always takes an object and has none is a passive: 'Armed
  // foreigner found in Marennia'. In prose that is a clause the parse cut ('the same one he wore in the clip').
  const needsObject = (lemma: string): boolean => predicateClassOf(lemma, lemma, false).aboutPatient || (inHeadline && alwaysTakesObject(lemma));
  for (const clause of readClauses(tokens, needsObject, inHeadline, infinitiveSubject)) {
    const read = lightVerbClass(clause) ?? classOf(clause, !statement.own, tokens);
    // A copula may give a toll with no class of its own: 'the number is 87 dead, not 212'.
    const reading = (read || clause.form === 'copula') && tollOf(tokens, clause, clause.subject ?? clause.object) ? killedClass : read;
    if (!reading || lacksItsObject(clause, reading)) continue;
    const light = lightVerbClass(clause);
    const roles = light ? { about: clause.subject, object: null, agent: null } : rolesOf(clause, reading);
    if (!roles.about) continue;
    const toll = tollOf(tokens, clause, roles.about);
    // 'Woman pays 20,000 for ...', 'Teen Makes 72 Million': a bare number that changes hands is an amount, not people.
    const amount = (chunk: Chunk | null): boolean => chunk?.head.pos === 'NUM' && movesMoney(clause.head.lemma);
    const said = toll ? tollSubject : amount(roles.about) ? null : resolveSubject(roles.about, context);
    if (!said) continue;
    // 'The blast was caused by a misfired rocket': the site the blast struck was hit by the rocket (siteStruckBy).
    const landed = arrivalOnSite(clause, context);
    const struck = landed?.site ?? (reading.name === 'caused' ? siteStruckBy(roles.about, context, clause.preps.find((p) => p.word === 'to' || p.word === 'at')?.chunk ?? null) : null);
    const about = struck ?? said;
    const object = roles.object && !amount(roles.object) ? resolveSubject(roles.object, context) : null;
    // A pronoun never means the one its own clause names ('he recognised Dren from posters': 'he' is not Dren), so it stays unresolved.
    if (roles.about.head.pos === 'PRON' && object && roles.object!.head.pos !== 'PRON' && object.key === said.key) continue;
    // 'The UN put the number between 80 and 100': whoever gives a count is its source (findTollGiver), not what killed them.
    const givesToll = toll !== null && clause.object !== null && (tollHeads.has(clause.object.head.lemma) || clause.object.head.lemma === 'number');
    const agent = landed?.projectile ?? (givesToll ? null : agentOf(clause, roles, context));
    if (struck && !agent) continue;
    const predicate = struck ? hitClass : reading;
    const quantity = toll ?? quantityOf(tokens, clause, roles);
    const turned = reading.name === 'absent';
    const negated = clause.negation.length > 0 && !turned;
    const key = `${about.key}|${predicate.name}|${negated}|${object?.key ?? ''}|${quantity?.text ?? ''}|${agent?.key ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const triggerEnd = clause.particle?.end ?? clause.head.end;
    const trigger = { articleId: record.id, statementId: statement.id, text: text.slice(clause.head.start, triggerEnd), start: clause.head.start, end: triggerEnd };
    propositions.push({
      subject: about.key,
      subjectName: about.name,
      subjectKind: about.kind,
      predicate: predicate.name,
      kind: predicate.kind,
      predicateText: (struck ? `was hit by ${agent!.name}` : predicateWording(text, clause, roles, reading, agent, isPlural(roles.about, quantity))) || trigger.text,
      object: object?.key ?? null,
      objectName: object?.name ?? null,
      quantity,
      agent: agent?.key ?? null,
      agentName: agent?.name ?? null,
      negated,
      negation: negated ? clause.negation.map((t) => t.text) : [],
      modality: clause.modals.map((t) => t.text),
      trigger,
      clause: { start: Math.min(clause.start, roles.about.start), end: Math.max(clause.end, roles.about.end) },
      place: placeOf(clause, record),
      // 'The ministry on Wednesday lowered its toll for the blast two weeks ago to 87': the day a count is given is not the day of the deaths.
      eventTime: nearestTime(record, clause, trigger, givesToll ? clause.object!.start : 0) ?? dateOfNamedEvent(tokens, clause.start, clause.end, context.datedEvents) ?? whereNow(clause, predicate.name, record),
      relayed: relayBefore.test(text.slice(Math.max(start, trigger.start - 80), trigger.start)),
    });
  }
  return propositions;
}
