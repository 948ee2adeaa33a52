import { z } from 'zod';
import { stances } from './vocabulary.js';

/**
 * Corrections by hand: a journalist's word over the automatic reading,
 * kept as an append-only audit log. One discriminated union on `kind` for
 * what a user asks (`correctionRequest`: the API body, the CLI's arguments)
 * and one for what the store keeps (`correctionTarget`: the same kinds with
 * their targets pinned down so that they are found again after a reanalysis
 * renumbers statements or a new article renames claims).
 */

const name = z.string().trim().min(1, { error: 'must not be empty' }).max(300, { error: 'at most 300 characters' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'a date is YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: 'not a day of the calendar' });

/** A statement as a user names it: article id (or a unique prefix) and statement id, as the claim pages show them ('3f2a9c', 's4'). */
export const statementName = z.object({ article: name, statement: name });

/**
 * What a user asks to correct. Claims are named by their id as shown now;
 * the store keeps them as the statements they hold (claim ids are
 * re-derived and may change when articles arrive).
 */
export const correctionChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), claims: z.tuple([name, name]).describe('the claim that stays first, then the one merged into it') }),
  z.object({ kind: z.literal('split'), claim: name, statements: z.array(statementName).min(1).max(500).describe('these leave the claim and form a new one together') }),
  z.object({ kind: z.literal('move'), statement: statementName, to: name.describe('id of the claim the statement joins') }),
  z.object({ kind: z.literal('stance'), statement: statementName, stance: z.enum(stances) }),
  z.object({ kind: z.literal('speaker'), statement: statementName, speaker: name.describe('who said it, as a name') }),
  z.object({
    kind: z.literal('same-source'),
    speakers: z.tuple([name, name]).describe('two speakers as the sources list names them'),
    same: z.boolean().describe('true: one source however named; false: two sources even if their names or words look alike'),
  }),
  z.object({ kind: z.literal('outlet'), article: name, outlet: name }),
  z.object({ kind: z.literal('date'), article: name, date: day.describe('publication date, YYYY-MM-DD') }),
  z.object({ kind: z.literal('exclude'), article: name.describe('its statements leave the story') }),
]);

/** The body of POST /api/corrections: the change, why, and who. */
export const correctionRequest = z.object({
  change: correctionChange,
  note: z.string().trim().max(2000, { error: 'a note is at most 2,000 characters' }).default('').describe('why'),
  by: name.describe("who corrects: the journalist's name"),
});

/** The body of POST /api/corrections/{id}/undo. */
export const undoRequest = z.object({ by: name.describe('who undoes it') });

/** A statement found again after a reanalysis: by its article and its words first, its id only when the words are gone. */
export const statementKey = z.object({
  articleId: z.string(),
  statementId: z.string(),
  text: z.string(),
  trigger: z.string().optional().describe("the predicate's words ('killed'), when the statement is held as one member of a claim: a statement may bear on two claims"),
});

/** A claim as the statements it held when the correction was made: 'the claim that holds these statements'. */
export const claimAnchor = z.object({
  claimId: z.string().describe('its id when corrected (for reading the log; not used to find it)'),
  subject: z.string(),
  statements: z.array(statementKey),
});

/** A speaker as shown (the name) and as the story keys it ('peskov'). */
export const speakerRef = z.object({ name: z.string(), key: z.string() });

/** What the store keeps: each kind with its targets pinned down. */
export const correctionTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), claims: z.tuple([claimAnchor, claimAnchor]) }),
  z.object({ kind: z.literal('split'), claim: claimAnchor, statements: z.array(statementKey) }),
  z.object({ kind: z.literal('move'), statement: statementKey, to: claimAnchor }),
  z.object({ kind: z.literal('stance'), statement: statementKey, stance: z.enum(stances) }),
  z.object({ kind: z.literal('speaker'), statement: statementKey, speaker: z.string() }),
  z.object({ kind: z.literal('same-source'), speakers: z.tuple([speakerRef, speakerRef]), same: z.boolean() }),
  z.object({ kind: z.literal('outlet'), articleId: z.string(), outlet: z.string() }),
  z.object({ kind: z.literal('date'), articleId: z.string(), date: z.string() }),
  z.object({ kind: z.literal('exclude'), articleId: z.string() }),
]);

export const correctionKinds = ['merge', 'split', 'move', 'stance', 'speaker', 'same-source', 'outlet', 'date', 'exclude'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** One entry of the log. */
export const correctionRecord = z.object({
  id: z.number().int().positive(),
  at: z.string().describe('ISO time it was made'),
  by: z.string(),
  note: z.string(),
  target: correctionTarget,
  previous: z.object({
    outlet: z.object({ name: z.string(), how: z.string() }).optional(),
    published: z.object({ value: z.string().nullable(), earliest: z.string().nullable(), latest: z.string().nullable(), how: z.string(), confidence: z.number() }).optional(),
  }).nullable().describe("for outlet and date: the article's value before it, which undo restores; else null"),
  undone_at: z.string().nullable().describe('ISO time it was undone; null while in force'),
  undone_by: z.string().nullable(),
});

/** What a corrected claim, statement, source or article carries, so a reader sees 'corrected by hand' beside it. */
export const correctionMark = z.object({
  id: z.number().int().positive(),
  kind: z.enum(correctionKinds),
  by: z.string(),
  at: z.string(),
  note: z.string(),
});

export const correctionList = z.object({ total: z.number().int(), items: z.array(correctionRecord) });

/** What making or undoing a correction answers: the log entry, and what bringing the story up to date redid. */
export const correctionOutcome = z.object({
  correction: correctionRecord,
  story: z.object({ reread: z.number().int().describe('articles read again'), derived: z.number().int().describe('subjects derived again') }),
});

export type CorrectionChange = z.infer<typeof correctionChange>;
export type CorrectionRequest = z.infer<typeof correctionRequest>;
export type StatementName = z.infer<typeof statementName>;
export type StatementKey = z.infer<typeof statementKey>;
export type ClaimAnchor = z.infer<typeof claimAnchor>;
export type SpeakerRef = z.infer<typeof speakerRef>;
export type CorrectionTarget = z.infer<typeof correctionTarget>;
export type CorrectionRecord = z.infer<typeof correctionRecord>;
export type CorrectionMark = z.infer<typeof correctionMark>;
export type CorrectionOutcomeView = z.infer<typeof correctionOutcome>;

/** The mark a record leaves on what it changed. */
export const markOf = (correction: CorrectionRecord): CorrectionMark =>
  ({ id: correction.id, kind: correction.target.kind, by: correction.by, at: correction.at, note: correction.note });
