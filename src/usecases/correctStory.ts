import type { ClaimAnchor, CorrectionChange, CorrectionRecord, CorrectionRequest, CorrectionTarget, SpeakerRef, StatementKey, StatementName } from '../model/correction.js';
import { correctArticle } from '../relate/corrections/correctArticle.js';
import { keyOfMember } from '../relate/corrections/matchStatement.js';
import type { Database, Queryable } from '../store/Database.js';
import {
  appendCorrection, articlesOfSpeakers, findStorySpeaker, findStoryStatement, listCorrections, loadArticleMetadata, loadCorrection,
  loadCorrectionsInForce, markArticlesUnread, markCorrectionUndone, saveArticleMetadata,
} from '../store/corrections.js';
import { resolveArticleId } from '../store/loadArticles.js';
import { loadSubjectOfClaim } from '../store/loadStory.js';
import { relateStory, type RelateSummary } from './relateStory.js';

/** A claim, statement, speaker, article or correction the request names is not there; the shells map it to exit code 2 or HTTP 404. */
export class CorrectionTargetNotFound extends Error {
  override name = 'CorrectionTargetNotFound';
}

/** The request names things that are there but cannot be corrected so (a claim merged with itself); exit code 2 or HTTP 400/409. */
export class CorrectionRefused extends Error {
  override name = 'CorrectionRefused';
  constructor(message: string, readonly conflict = false) {
    super(message);
  }
}

async function articleIdOf(db: Queryable, idOrPrefix: string): Promise<string> {
  const ids = await resolveArticleId(db, idOrPrefix.trim());
  if (ids.length === 0) throw new CorrectionTargetNotFound(`no stored article has an id starting with "${idOrPrefix}"; list them with: corroborate articles`);
  if (ids.length > 1) throw new CorrectionTargetNotFound(`"${idOrPrefix}" matches several articles (${ids.join(', ')}); give more of the id`);
  return ids[0];
}

async function statementOf(db: Queryable, name: StatementName): Promise<StatementKey> {
  const articleId = await articleIdOf(db, name.article);
  const key = await findStoryStatement(db, articleId, name.statement.trim());
  if (!key) {
    throw new CorrectionTargetNotFound(
      `article ${articleId} has no statement "${name.statement}" on the story (only statements that bear on a claim can be corrected); see them with: corroborate show ${articleId}`,
    );
  }
  return key;
}

/** A claim as the statements it holds now (its id may change when articles arrive; its statements stay). */
async function anchorOf(db: Queryable, claimId: string): Promise<ClaimAnchor & { keys: StatementKey[] }> {
  const id = claimId.trim();
  const claim = (await loadSubjectOfClaim(db, id))?.claims.find((c) => c.id === id);
  if (!claim) throw new CorrectionTargetNotFound(`no claim has the id "${claimId}"; list them with: corroborate claims`);
  const keys = claim.members.map(keyOfMember);
  return { claimId: id, subject: claim.subject, statements: keys, keys };
}

async function speakerOf(db: Queryable, name: string): Promise<SpeakerRef> {
  const speaker = await findStorySpeaker(db, name);
  if (!speaker) throw new CorrectionTargetNotFound(`no statement of the story has the speaker "${name}"; list them with: corroborate sources`);
  return speaker;
}

/** The statements of a claim a split names, as the claim holds them. */
async function splitStatements(db: Queryable, anchor: ClaimAnchor, names: StatementName[]): Promise<StatementKey[]> {
  const keys: StatementKey[] = [];
  for (const name of names) {
    const { articleId, statementId } = await statementOf(db, name);
    const held = anchor.statements.filter((k) => k.articleId === articleId && k.statementId === statementId);
    if (!held.length) throw new CorrectionTargetNotFound(`statement ${articleId}:${statementId} is not on the claim ${anchor.claimId}`);
    keys.push(...held);
  }
  if (keys.length >= anchor.statements.length) throw new CorrectionRefused(`a split must leave at least one statement on ${anchor.claimId}; it has ${anchor.statements.length}`);
  return keys;
}

const strip = ({ claimId, subject, statements }: ClaimAnchor): ClaimAnchor => ({ claimId, subject, statements });

/** What a request names, pinned down as the store keeps it (see src/model/correction.ts). */
export async function resolveTarget(db: Queryable, change: CorrectionChange): Promise<CorrectionTarget> {
  switch (change.kind) {
    case 'merge': {
      if (change.claims[0].trim() === change.claims[1].trim()) throw new CorrectionRefused(`a claim cannot be merged with itself (${change.claims[0]})`);
      return { kind: 'merge', claims: [strip(await anchorOf(db, change.claims[0])), strip(await anchorOf(db, change.claims[1]))] };
    }
    case 'split': {
      const claim = strip(await anchorOf(db, change.claim));
      return { kind: 'split', claim, statements: await splitStatements(db, claim, change.statements) };
    }
    case 'move':
      return { kind: 'move', statement: await statementOf(db, change.statement), to: strip(await anchorOf(db, change.to)) };
    case 'stance':
      return { kind: 'stance', statement: await statementOf(db, change.statement), stance: change.stance };
    case 'speaker':
      return { kind: 'speaker', statement: await statementOf(db, change.statement), speaker: change.speaker.trim() };
    case 'same-source': {
      const speakers: [SpeakerRef, SpeakerRef] = [await speakerOf(db, change.speakers[0]), await speakerOf(db, change.speakers[1])];
      if (speakers[0].key === speakers[1].key && speakers[0].name.toLowerCase() === speakers[1].name.toLowerCase()) {
        throw new CorrectionRefused(`both are the speaker "${speakers[0].name}" (key "${speakers[0].key}")`);
      }
      return { kind: 'same-source', speakers, same: change.same };
    }
    case 'outlet':
      return { kind: 'outlet', articleId: await articleIdOf(db, change.article), outlet: change.outlet.trim() };
    case 'date':
      return { kind: 'date', articleId: await articleIdOf(db, change.article), date: change.date };
    case 'exclude':
      return { kind: 'exclude', articleId: await articleIdOf(db, change.article) };
  }
}

/** The articles whose members a correction changes: those read again when it is made or undone. */
async function articlesTouched(db: Queryable, target: CorrectionTarget): Promise<string[]> {
  const ofKeys = (keys: StatementKey[]) => keys.map((k) => k.articleId);
  switch (target.kind) {
    case 'merge': return [...new Set(ofKeys([...target.claims[0].statements, ...target.claims[1].statements]))];
    case 'split': return [...new Set(ofKeys(target.statements))];
    case 'move': case 'stance': case 'speaker': return [target.statement.articleId];
    case 'same-source': return articlesOfSpeakers(db, target.speakers);
    case 'outlet': case 'date': case 'exclude': return [target.articleId];
  }
}

/** The outlet and date an article shows with the corrections in force: what was read (or restored), then each correction. */
async function saveCorrectedMetadata(tx: Queryable, articleId: string, base: Awaited<ReturnType<typeof loadArticleMetadata>>, inForce: CorrectionRecord[]): Promise<void> {
  if (!base) return;
  const corrected = correctArticle({ id: articleId, ...base }, inForce);
  await saveArticleMetadata(tx, articleId, { outlet: corrected.outlet, published: { ...corrected.published, confidence: Number(corrected.published.confidence) } });
}

export interface CorrectionOutcome {
  correction: CorrectionRecord;
  /** What bringing the story up to date redid. */
  story: RelateSummary;
}

/**
 * Makes one correction: checks that what it names is there, appends it to
 * the log, sets an article's outlet or date on its row, marks the articles
 * it touches to be read again, and brings the story up to date (only what
 * changed is redone). From then on every re-reading and reanalysis applies it.
 */
export async function addCorrection(db: Database, request: CorrectionRequest): Promise<CorrectionOutcome> {
  const target = await resolveTarget(db, request.change);
  const articles = await articlesTouched(db, target);
  const correction = await db.transaction(async (tx) => {
    const previous = target.kind === 'outlet' || target.kind === 'date' ? await readValueBefore(tx, target) : null;
    const added = await appendCorrection(tx, { by: request.by.trim(), note: request.note.trim(), target, previous });
    if (target.kind === 'outlet' || target.kind === 'date') await saveCorrectedMetadata(tx, target.articleId, await loadArticleMetadata(tx, target.articleId), [added]);
    await markArticlesUnread(tx, articles);
    return added;
  });
  return { correction, story: await relateStory(db) };
}

/**
 * The outlet or date as read from the article, which undo gives back: the
 * one stored now, or, when an earlier correction of it is still in force,
 * the one that correction kept (so undoing both in any order ends where the
 * reading began).
 */
async function readValueBefore(tx: Queryable, target: CorrectionTarget & { kind: 'outlet' | 'date' }): Promise<CorrectionRecord['previous']> {
  const earlier = (await loadCorrectionsInForce(tx)).find((c) => c.target.kind === target.kind && c.target.articleId === target.articleId);
  if (earlier?.previous) return earlier.previous;
  const stored = await loadArticleMetadata(tx, target.articleId);
  if (!stored) return null;
  return target.kind === 'outlet' ? { outlet: stored.outlet } : { published: stored.published };
}

/**
 * Undoes a correction: marks it undone in the log (it stays there), gives an
 * article back the outlet or date it had before (with any later correction
 * of it still in force), and reads what it touched again.
 */
export async function undoCorrection(db: Database, id: number, by: string): Promise<CorrectionOutcome> {
  const existing = await loadCorrection(db, id);
  if (!existing) throw new CorrectionTargetNotFound(`no correction has the id ${id}; list them with: corroborate correct list`);
  if (existing.undone_at) throw new CorrectionRefused(`correction ${id} was undone already, by ${existing.undone_by} at ${existing.undone_at}`, true);
  const articles = await articlesTouched(db, existing.target);
  const correction = await db.transaction(async (tx) => {
    const undone = await markCorrectionUndone(tx, id, by.trim());
    if (!undone) throw new CorrectionRefused(`correction ${id} was undone already`, true);
    const target = undone.target;
    if (target.kind === 'outlet' || target.kind === 'date') {
      const stored = await loadArticleMetadata(tx, target.articleId);
      if (stored) {
        const restored = { outlet: undone.previous?.outlet ?? stored.outlet, published: undone.previous?.published ?? stored.published };
        const inForce = (await loadCorrectionsInForce(tx)).filter((c) => c.target.kind === target.kind);
        await saveCorrectedMetadata(tx, target.articleId, target.kind === 'outlet' ? { ...stored, outlet: restored.outlet } : { ...stored, published: restored.published }, inForce);
      }
    }
    await markArticlesUnread(tx, articles);
    return undone;
  });
  return { correction, story: await relateStory(db) };
}

/** The log, in the order made, undone ones included. */
export const listCorrectionLog = (db: Queryable): Promise<CorrectionRecord[]> => listCorrections(db);
