import type { StatementKey } from '../../model/correction.js';
import type { ClaimMember } from '../types.js';

/**
 * The members of an article that are the statement a key names: those with
 * the same words first, so a reanalysis that renumbers the statements
 * ('s4' becomes 's5' when a new cue is found before it) still finds them;
 * by the id only when no member has those words any more.
 */
export function membersOfStatement(members: readonly ClaimMember[], key: StatementKey): ClaimMember[] {
  const inArticle = members.filter((m) => m.ref.articleId === key.articleId);
  const byWords = inArticle.filter((m) => m.ref.text === key.text);
  const found = byWords.length ? byWords : inArticle.filter((m) => m.ref.statementId === key.statementId);
  // 'He was killed and his aide fled' bears on two claims; a key taken from one claim holds the one with its trigger.
  const triggered = key.trigger === undefined ? [] : found.filter((m) => m.proposition.trigger.text === key.trigger);
  return triggered.length ? triggered : found;
}

/**
 * How surely a member is one of the statements a claim was anchored by: 2
 * for the same statement (words or id) read from the same trigger, 1 for the
 * same statement alone, 0 for another; the claim holding the most is the
 * anchored claim.
 */
export function anchorScore(member: ClaimMember, keys: readonly StatementKey[]): number {
  let best = 0;
  for (const key of keys) {
    if (key.articleId !== member.ref.articleId || (key.text !== member.ref.text && key.statementId !== member.ref.statementId)) continue;
    best = Math.max(best, key.trigger === undefined || key.trigger === member.proposition.trigger.text ? 2 : 1);
  }
  return best;
}

/** The key of a member as a claim holds it: article, statement id, words and trigger. */
export const keyOfMember = (member: ClaimMember): StatementKey =>
  ({ articleId: member.ref.articleId, statementId: member.ref.statementId, text: member.ref.text, trigger: member.proposition.trigger.text });
