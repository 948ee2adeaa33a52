// INTERIM (untracked): replaced by the helper's learned judge on merge.
export type JudgedStance = 'asserts' | 'denies' | 'doubts' | 'reports';
export interface StanceEstimate {
  related: number; stance: JudgedStance; confidence: number;
  probabilities: { asserts: number; denies: number; reports: number };
  words: string[]; decidedBy: 'model' | 'rule';
}
export interface PreparedClaim { words: Set<string> }
export interface PreparedText { words: Set<string>; text: string }
const tokens = (text: string) => new Set((text.toLowerCase().match(/\p{L}[\p{L}'-]*|\d+/gu) ?? []).filter((w) => w.length > 3).map((w) => w.slice(0, 5)));
export function prepareClaim(claim: string): PreparedClaim { return { words: tokens(claim) }; }
export function prepareText(text: string): PreparedText { return { words: tokens(text), text }; }
export function estimateStance(claim: PreparedClaim, text: PreparedText): StanceEstimate {
  let shared = 0; for (const w of claim.words) if (text.words.has(w)) shared++;
  const related = claim.words.size ? shared / claim.words.size : 0;
  const deny = /\b(?:not|denied|denies|false|fake|wrong|alive)\b/iu.exec(text.text);
  const doubt = /\b(?:no confirmation|could not confirm|unverified|not 100 percent)\b/iu.exec(text.text);
  const stance: JudgedStance = doubt ? 'doubts' : deny ? 'denies' : 'asserts';
  return { related, stance, confidence: 0.6, probabilities: { asserts: 0.4, denies: 0.3, reports: 0.3 }, words: [doubt?.[0] ?? deny?.[0]].filter((w): w is string => !!w), decidedBy: doubt ? 'rule' : 'model' };
}
