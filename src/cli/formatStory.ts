import { stances } from '../model/vocabulary.js';
import type { ClaimRecord, SourceRecord, StoryRecord } from '../record/storyRecord.js';
import type { ClaimView } from '../usecases/readStory.js';

/**
 * Terminal text for the story commands. Pure: records in, lines out, so the
 * shells stay thin and the layout is tested without a store.
 */

export function flat(text: string, max = 110): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** 'asserts 10 · denies 3 · doubts 6', counting statements. */
export function stanceCounts(claim: ClaimRecord): string {
  return stances
    .map((stance) => [stance, claim.statements.filter((s) => s.stance === stance).length] as const)
    .filter(([, n]) => n > 0)
    .map(([stance, n]) => `${stance} ${n}`)
    .join(' · ');
}

export function statusLine(claim: ClaimRecord): string {
  return claim.status_history.map((h) => `${h.status} ${h.as_of}`).join(' → ') || 'no dated report';
}

function relationPhrase(relation: ClaimRecord['relations'][number]): string {
  if (relation.sequence) return relation.direction === 'from' ? `followed by ${relation.claim}` : `follows ${relation.claim}`;
  if (relation.type === 'contradicts') return `contradicts ${relation.claim}`;
  if (relation.type === 'refines') return relation.direction === 'from' ? `corrects ${relation.claim}` : `corrected by ${relation.claim}`;
  return relation.direction === 'from' ? `supports ${relation.claim}` : `supported by ${relation.claim}`;
}

export function relationsLine(claim: ClaimRecord): string {
  return [...new Set(claim.relations.map(relationPhrase))].join('; ');
}

/**
 * One witness line per stance: the most-echoed utterance of that stance (the
 * one most outlets carried), the earliest on a tie, so the line shows what the
 * story's readers actually saw repeated.
 */
function witnesses(claim: ClaimRecord): string[] {
  const echoes = new Map<string, number>();
  for (const s of claim.statements) echoes.set(s.source, (echoes.get(s.source) ?? 0) + 1);
  return stances.flatMap((stance) => {
    const first = claim.statements.filter((s) => s.stance === stance).reduce<ClaimRecord['statements'][number] | null>((best, s) => (best === null || echoes.get(s.source)! > echoes.get(best.source)! ? s : best), null);
    if (!first) return [];
    const via = first.outlet === first.speaker ? first.outlet : `${first.speaker}, via ${first.chain.slice(0, -1).join(' → ')}`;
    return [`${stance.padEnd(8)} ${via} ${first.reported_on ?? 'undated'}: "${flat(first.text, 90)}"`];
  });
}

export function formatStory(story: StoryRecord, articles: { count: number; outlets: number; first: string | null; last: string | null }, all: boolean): string {
  const claims = [...story.claims].sort((a, b) => b.statements.length - a.statements.length);
  const shown = all ? claims : claims.filter((c) => c.statements.length > 1 || c.status !== 'claimed').slice(0, 12);
  const statementCount = claims.reduce((n, c) => n + c.statements.length, 0);
  const lines = [
    `${articles.count} articles from ${articles.outlets} outlets, reported ${articles.first ?? '?'} to ${articles.last ?? '?'}:` +
      ` ${claims.length} claims, ${statementCount} statements, ${story.sources.length} independent sources`,
    '',
  ];
  if (!claims.length) lines.push('No claims yet: the stored articles say nothing the story reader recognises (killed, injured, alive, fled, hiding, ...).');
  for (const claim of shown) {
    lines.push(`[${claim.status.toUpperCase()}] ${claim.text}   ${claim.id}`);
    lines.push(`    ${claim.statements.length} statements, ${claim.independent_sources} sources: ${stanceCounts(claim)}`);
    lines.push(`    status: ${statusLine(claim)}`);
    const related = relationsLine(claim);
    if (related) lines.push(`    ${related}`);
    for (const line of witnesses(claim)) lines.push(`    ${line}`);
    lines.push('');
  }
  if (shown.length < claims.length) lines.push(`${claims.length - shown.length} more claims with a single statement: corroborate claims`);
  lines.push('Details: corroborate claim ID · corroborate timeline · corroborate sources');
  return `${lines.join('\n')}\n`;
}

export function formatClaimList(claims: { id: string; status: string; statementCount: number; sourceCount: number; firstReported: string | null; lastReported: string | null; text: string }[]): string {
  if (!claims.length) return 'no claims yet; add articles with: corroborate analyze PATH...\n';
  const width = Math.max(...claims.map((c) => c.id.length));
  return claims
    .map((c) => `${c.id.padEnd(width)}  ${c.status.padEnd(12)} ${String(c.statementCount).padStart(4)} stmts ${String(c.sourceCount).padStart(3)} srcs  ${c.firstReported ?? '?'} – ${c.lastReported ?? '?'}  ${c.text}\n`)
    .join('');
}

export function formatClaim(view: ClaimView): string {
  const { claim } = view;
  const lines = [
    `${claim.text}   [${claim.status}]`,
    `  id ${claim.id}; subject ${claim.subject}; predicate ${claim.predicate}` +
      `${claim.place ? `; place ${claim.place}` : ''}${claim.event_time ? `; happened ${claim.event_time.from}${claim.event_time.to !== claim.event_time.from ? ` – ${claim.event_time.to}` : ''}` : ''}`,
    `  ${claim.statements.length} statements from ${claim.independent_sources} independent sources`,
    '',
    'Status over time (report clock)',
    ...claim.status_history.map((h) => `  ${h.as_of}  ${h.status.padEnd(12)} ${h.rule}; moved by ${h.because.map((b) => `${b.article.slice(0, 8)}/${b.statement}`).join(', ')}`),
    '',
  ];
  for (const stance of stances) {
    const members = claim.statements.filter((s) => s.stance === stance);
    if (!members.length) continue;
    lines.push(`${stance[0].toUpperCase()}${stance.slice(1)} (${members.length})`);
    for (const s of members) {
      lines.push(`  ${s.reported_on ?? 'undated   '}  ${s.speaker}${s.outlet !== s.speaker ? ` (${s.chain.slice(0, -1).join(' → ')})` : ''}`);
      lines.push(`      "${flat(s.text, 150)}"`);
      lines.push(`      ${s.evidence.words.length ? `decided by "${s.evidence.words.join('", "')}"; ` : ''}${s.evidence.rule}; see: corroborate show ${s.article.slice(0, 12)} (${s.statement})`);
    }
    lines.push('');
  }
  if (view.related.length) {
    lines.push('Related claims');
    for (const relation of claim.relations) {
      const other = view.related.find((r) => r.id === relation.claim)!;
      lines.push(`  ${relationPhrase(relation).padEnd(40)} [${other.status}] ${other.text}`);
      lines.push(`      ${relation.why}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Sources by speaker: each original utterance once, with the outlets that echoed it. */
export function formatSources(sources: SourceRecord[], claimText: Map<string, string>): string {
  const bySpeaker = new Map<string, SourceRecord[]>();
  for (const source of sources) bySpeaker.set(source.name, [...(bySpeaker.get(source.name) ?? []), source]);
  const lines: string[] = [];
  for (const [name, own] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const outlets = new Set(own.flatMap((s) => s.statements.map((st) => st.outlet)));
    lines.push(`${name}  (${own[0].kind}; side ${own[0].side}; ${own.length} utterances, echoed by ${[...outlets].join(', ')})`);
    for (const source of own) lines.push(`    ${source.stance.padEnd(8)} ${claimText.get(source.claim) ?? source.claim}  ×${source.statements.length}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : 'no sources yet\n';
}
