import type { CheckResult, WatchedClaim } from '../model/checkRecord.js';
import { flat } from './formatStory.js';

/** One check as a journalist reads it: status over time, then each article with the sentences that bear on the claim. */
export function formatCheck(check: CheckResult): string {
  const lines = [`${check.claim}   [${check.status}]`, `  id ${check.id}${check.event_time ? `; happened ${check.event_time.from}${check.event_time.to !== check.event_time.from ? ` – ${check.event_time.to}` : ''}` : ''}`];
  if (!check.articles.length) {
    lines.push('  no stored article bears on it', '');
    return `${lines.join('\n')}\n`;
  }
  lines.push('', `Status over time (report clock${check.status_from ? `; that of ${check.status_from}, which says the same` : ''})`);
  for (const change of check.status_history) lines.push(`  ${change.as_of}  ${change.status.padEnd(12)} ${change.rule}`);
  lines.push('', `Articles that bear on it (${check.articles.length})`);
  for (const { article, stance, confidence, evidence } of check.articles) {
    lines.push(`  ${article.published ?? 'undated   '}  ${stance.padEnd(8)} ${confidence.toFixed(2)}  ${article.outlet}: ${flat(article.title ?? '(no title)', 80)}`);
    for (const e of evidence) {
      const how = e.rule ? `rule ${e.rule}` : `model ${e.confidence.toFixed(2)}`;
      lines.push(`      ${e.stance.padEnd(8)} ${e.speaker ?? `${article.outlet} (own words)`}: "${flat(e.text, 130)}"`);
      lines.push(`               ${e.words.length ? `decided by "${e.words.join('", "')}"; ` : ''}${how}; see: corroborate show ${article.id.slice(0, 12)} (${e.statement})`);
    }
  }
  if (check.matches.length) {
    lines.push('', 'Derived claims about the same');
    for (const match of check.matches) lines.push(`  ${match.id}  [${match.status}] ${match.stance === 'denies' ? 'says the opposite: ' : ''}${match.text}`);
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

export function formatWatchList(watched: WatchedClaim[]): string {
  if (!watched.length) return 'no watched claims; add one with: corroborate watch add "CLAIM"\n';
  const width = Math.max(...watched.map((w) => w.id.length));
  return watched.map((w) => `${w.id.padEnd(width)}  ${w.status.padEnd(12)} ${String(w.articles).padStart(4)} articles  ${w.claim}\n`).join('');
}
