import { z } from 'zod';
import { stances, statuses } from './vocabulary.js';

/**
 * The JSON form of a check: a claim its user states ("Abu Bakr al-Baghdadi
 * was killed in a Russian airstrike"), every stored article that bears on
 * it with its stance and the sentences that show it, the claim's status
 * over time, and the derived claims that say the same. What `check --json`
 * prints, `POST /api/check` returns and a watched claim's page shows.
 */

const stance = z.enum(stances);
const status = z.enum(statuses);

export const checkEvidenceRecord = z.object({
  statement: z.string().describe("statement id within the article ('s3'), or 'o<n>' for the outlet's own headline or sentence"),
  kind: z.enum(['statement', 'headline', 'narration']).describe("an attributed statement, the headline, or the outlet's own sentence"),
  text: z.string().describe("the statement (speaker, cue and content: 'The ministry denied that the hospital was hit') or sentence, as written"),
  start: z.number().int().nonnegative().describe('offset of the text in the article text'),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable().describe("who said it; null for the outlet's own words"),
  side: z.string().describe("the party the speaker belongs to ('russia'), used to count independent sides; the outlet for its own words; '' when unknown"),
  chain: z.array(z.string()).describe('outlet first, then relaying agencies, then the speaker'),
  event_time: z.string().nullable().describe("TIMEX3 value of a date stated in it ('2017-05-28'): the event clock"),
  reported_on: z.string().nullable().describe('when it was made public: the date the article gives the speech act, else its publication date'),
  stance,
  confidence: z.number().min(0).max(1).describe('how sure the judge is of this stance (0-1)'),
  related: z.number().min(0).max(1).describe('how likely this sentence bears on the claim at all (0-1)'),
  words: z.array(z.string()).describe("the words that decided the stance ('denied', 'no confirmation'), as written"),
  decided_by: z.enum(['model', 'rule']).describe('the learned stance judge, or a rule over the words of the attribution stage'),
  rule: z.string().nullable().describe("the rule that decided, when one did ('deny-verb')"),
});

export const checkArticleRecord = z.object({
  article: z.object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string(),
    published: z.string().nullable(),
  }),
  stance: stance.describe("the article's stance toward the claim as a whole"),
  confidence: z.number().min(0).max(1),
  related: z.number().min(0).max(1).describe('how likely the article bears on the claim (0-1)'),
  evidence: z.array(checkEvidenceRecord).describe('the sentences that bear on the claim, in article order'),
});

export const checkStatusChange = z.object({
  as_of: z.string().describe('report date from which this status holds'),
  status,
  rule: z.string(),
  because: z.array(z.object({ article: z.string(), statement: z.string() })).describe('the evidence reported that day that moved the status'),
});

export const checkMatchRecord = z.object({
  id: z.string().describe('a derived claim (corroborate claim ID)'),
  text: z.string(),
  status,
  stance: stance.describe("how the derived claim stands to the checked one: 'asserts' says the same, 'denies' says the opposite"),
  same_subject: z.boolean().describe('it is about what the checked claim names, by the same predicate class'),
  related: z.number().min(0).max(1),
});

export const checkResultRecord = z.object({
  id: z.string().describe('the id given with the claim, or one made from its words'),
  claim: z.string().describe('the claim as stated'),
  status: status.describe('status as of the latest report that bears on it'),
  status_history: z.array(checkStatusChange).describe('the report clock: each date the status changed'),
  status_from: z.string().nullable().describe("the derived claim whose history this is, when the claim says what one derived claim says ('baghdadi.killed.1': same subject, same predicate class), so the check and the story agree; null when it is computed from the evidence listed here, by the same rules"),
  event_time: z.object({ from: z.string(), to: z.string() }).nullable().describe('the event clock: earliest and latest date stated in the evidence that asserts it (TIMEX3 values); null when none states one'),
  articles: z.array(checkArticleRecord).describe('the articles that bear on the claim, by publication date; articles that do not are left out'),
  matches: z.array(checkMatchRecord).describe('derived claims about the same thing, closest first'),
});

export const checkReport = z.object({ checks: z.array(checkResultRecord) });

export const watchedClaimRecord = z.object({
  id: z.string(),
  claim: z.string(),
  added: z.string().describe('ISO time it was added to the watch list'),
  status: status,
  articles: z.number().int().nonnegative().describe('stored articles that bear on it'),
});

export type CheckEvidence = z.infer<typeof checkEvidenceRecord>;
export type CheckArticle = z.infer<typeof checkArticleRecord>;
export type CheckStatusChange = z.infer<typeof checkStatusChange>;
export type CheckMatch = z.infer<typeof checkMatchRecord>;
export type CheckResult = z.infer<typeof checkResultRecord>;
export type CheckReport = z.infer<typeof checkReport>;
export type WatchedClaim = z.infer<typeof watchedClaimRecord>;
