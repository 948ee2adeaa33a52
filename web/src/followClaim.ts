import { api } from './api.js';
import type { SourceSummary } from './types.js';

/** A statement by article and statement id, as the claim pages name them. */
export interface StatementRef {
  article: string;
  statement: string;
}

/**
 * The claim that holds a statement now: this one when it still does (a
 * statement may bear on two claims), else the first other. A correction
 * can renumber or merge the claim a page shows ('dren.killed.3' merged into
 * 'dren.killed.1'): the page follows one of its statements there.
 */
export function claimHolding(sources: readonly Pick<SourceSummary, 'claim' | 'statements'>[], ref: StatementRef, current: string): string | null {
  const holders = sources.filter((source) => source.statements.some((s) => s.article === ref.article && s.statement === ref.statement)).map((s) => s.claim);
  return holders.includes(current) ? current : (holders[0] ?? null);
}

/** The first statement that stays on the claim, else the first that leaves (it is followed to its new claim). */
export function statementToFollow(statements: readonly StatementRef[], leaving: ReadonlySet<string>): StatementRef | null {
  const key = (s: StatementRef) => `${s.article}/${s.statement}`;
  return statements.find((s) => !leaving.has(key(s))) ?? statements[0] ?? null;
}

/** After a correction on a claim page: the claim that now holds `keep`, or null to stay (and reload). */
export async function claimAfterCorrection(current: string, keep: StatementRef | null): Promise<string | null> {
  if (!keep) return null;
  // Only the sources that echo the statement: a statement is one source's echo, so this is a few rows, not the story's sources.
  const holder = claimHolding((await api.sources({ echoing: keep })).items, keep, current);
  return holder && holder !== current ? holder : null;
}
