import { z } from 'zod';
import { correctionMark } from './correction.js';
import { relationKinds, sourceKinds, stances, statuses, subjectKinds } from './vocabulary.js';

const corrections = z.array(correctionMark).optional().describe('the corrections by hand that changed it (corroborate correct list); absent when none did');

/**
 * The JSON form of the cross-article story: what `analyze --json`,
 * `claims --json`, `claim ID --json`, `sources --json` and the API return.
 * Every conclusion names the article and statement it rests on, so a reader
 * can go back to the sentence (`corroborate show ARTICLE`).
 */

const statementRef = z.object({
  article: z.string().describe('article id'),
  statement: z.string().describe("statement id within the article ('s3'), or 'o<n>' for the outlet's own assertion"),
});

const stance = z.enum(stances);

const quantity = z.object({
  low: z.number().nullable().describe("lowest value the words allow ('at least 212' → 212; 'up to 50' → 0)"),
  high: z.number().nullable().describe("highest value the words allow; null when unbounded ('more than 300')"),
  text: z.string().describe("as written: 'at least 212', 'between 80 and 100'"),
  unit: z.string().nullable().describe("what is counted ('people'); null when the number stands alone ('212 dead')"),
}).describe('a stated number with its bounds');
const status = z.enum(statuses);

export const claimStatementRecord = statementRef.extend({
  text: z.string().describe('the statement content, as written'),
  start: z.number().int().nonnegative().describe('offset of the content in the article text'),
  end: z.number().int().nonnegative(),
  reported_on: z.string().nullable().describe("when the statement was made public (the report clock): the date the article gives the speech act ('said in March') if earlier, else its publication date"),
  published_on: z.string().nullable().describe('publication date of the article that carried it'),
  speaker: z.string(),
  outlet: z.string(),
  chain: z.array(z.string()).describe('outlet first, then relaying agencies, then the speaker'),
  source: z.string().describe('id of the original utterance this statement echoes'),
  stance,
  evidence: z.object({
    words: z.array(z.string()).describe("the words that decided the stance ('not', 'no evidence to corroborate')"),
    rule: z.string(),
    hedged: z.boolean(),
  }),
  event_time: z.string().nullable().describe('TIMEX3 value of the time stated in this statement (the event clock)'),
  place: z.string().nullable(),
  trigger: z.object({
    text: z.string(),
    start: z.number().int().nonnegative().describe('offset of the words the predicate was read from, in the article text'),
    end: z.number().int().nonnegative(),
  }).describe("the words that made this statement a member of the claim ('killed', 'check into')"),
  proposition: z.object({
    subject: z.string().describe("the subject as this article names it ('the IS leader' read as 'Abu Bakr al-Baghdadi')"),
    subject_kind: z.enum(subjectKinds),
    predicate: z.string().describe("the predicate as written, with its complements ('were killed in the blast')"),
    object: z.string().nullable(),
    agent: z.string().nullable().describe("the agent or cause ('an air strike', 'the strike')"),
    quantity: quantity.nullable(),
    negated: z.boolean(),
    modality: z.array(z.string()).describe("modal words of the predicate ('may', 'could')"),
    clause: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).describe('the clause read, in the article text'),
  }).describe('what this statement asserts, as read from its sentence'),
  corrections,
});

export const claimRecord = z.object({
  id: z.string().describe("stable within a store: subject.predicate.serial ('baghdadi.killed.1')"),
  text: z.string().describe('readable canonical text of the proposition'),
  subject: z.string().describe('the fullest name of the subject'),
  subject_kind: z.enum(subjectKinds).describe('what the claim is about: a person, an organisation, a place, an object, an event or a quantity'),
  predicate: z.string().describe("the predicate class ('killed' for 'was killed', 'died', 'is dead'), else the predicate's lemma ('limit')"),
  object: z.string().nullable().describe("what the predicate acts on, when it is not the subject ('features' in 'limit features')"),
  agent: z.string().nullable().describe('the agent or cause its statements name, when they name one'),
  quantity: quantity.nullable().describe('the count its statements state, when they state one'),
  place: z.string().nullable(),
  event_time: z.object({ from: z.string(), to: z.string() }).nullable().describe('earliest and latest TIMEX3 value its statements state'),
  status: status.describe('status as of the latest report'),
  independent_sources: z.number().int().nonnegative().describe('original utterances, however many outlets echoed them'),
  statements: z.array(claimStatementRecord),
  relations: z.array(z.object({
    type: z.enum(relationKinds),
    claim: z.string(),
    direction: z.enum(['from', 'to']).describe("'from': this claim contradicts/refines/supports the other; 'to': the other does so to this one"),
    sequence: z.boolean().describe("one follows the other in time ('fled', then 'hiding')"),
    why: z.string(),
  })),
  status_history: z.array(z.object({
    as_of: z.string().describe('report date from which this status holds'),
    status,
    rule: z.string(),
    because: z.array(statementRef).describe('the statements reported that day that moved the status'),
  })),
  corrections,
});

export const sourceRecord = z.object({
  id: z.string(),
  name: z.string().describe('who spoke: a person, a body, or the outlet itself'),
  kind: z.enum(sourceKinds).describe("'outlet' when an outlet asserts in its own voice (headline, narration)"),
  side: z.string().describe('the party the speaker belongs to, used to count independent sides'),
  claim: z.string(),
  stance,
  statements: z.array(statementRef.extend({ outlet: z.string(), chain: z.array(z.string()) })).describe('every echo of the utterance'),
  corrections,
});

export const storyRecord = z.object({
  claims: z.array(claimRecord),
  sources: z.array(sourceRecord),
});

export type ClaimRecord = z.infer<typeof claimRecord>;
export type SourceRecord = z.infer<typeof sourceRecord>;
export type StoryRecord = z.infer<typeof storyRecord>;
