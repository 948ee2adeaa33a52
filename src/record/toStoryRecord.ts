import type { ClaimContext } from '../store/loadStory.js';
import type { Claim, Relation, Source, StatusChange, Story } from '../relate/types.js';
import { currentStatus } from '../relate/relateSubject.js';
import type { ClaimRecord, SourceRecord, StoryRecord } from './storyRecord.js';

/** One claim with what the story says about it, in the record's shape; `independentSources` is how many sources it has. */
export function toClaimRecord(claim: Claim, relations: Relation[], history: StatusChange[], independentSources: number): ClaimRecord {
  const own = history.filter((change) => change.claimId === claim.id);
  return {
    id: claim.id,
    text: claim.text,
    subject: claim.subjectName,
    subject_kind: claim.subjectKind,
    predicate: claim.predicate,
    object: claim.object,
    agent: claim.agent,
    quantity: claim.quantity,
    place: claim.place,
    event_time: claim.eventTime,
    status: currentStatus({ statusHistory: history }, claim.id),
    independent_sources: independentSources,
    statements: claim.members.map((m) => ({
      article: m.ref.articleId, statement: m.ref.statementId, text: m.ref.text, start: m.ref.start, end: m.ref.end,
      reported_on: m.reportedOn, published_on: m.publishedOn, speaker: m.attribution.speaker, outlet: m.attribution.outlet, chain: m.attribution.chain,
      source: m.sourceId, stance: m.stance, evidence: { words: m.stanceWords, rule: m.stanceRule, hedged: m.hedged },
      event_time: m.proposition.eventTime, place: m.proposition.place,
      trigger: { text: m.proposition.trigger.text, start: m.proposition.trigger.start, end: m.proposition.trigger.end },
      proposition: {
        subject: m.proposition.subjectName, subject_kind: m.proposition.subjectKind, predicate: m.proposition.predicateText,
        object: m.proposition.objectName, agent: m.proposition.agentName, quantity: m.proposition.quantity,
        negated: m.proposition.negated, modality: m.proposition.modality, clause: m.proposition.clause,
      },
      ...(m.corrections ? { corrections: m.corrections } : {}),
    })),
    relations: relations
      .filter((r) => r.from === claim.id || r.to === claim.id)
      .map((r) => ({ type: r.kind, claim: r.from === claim.id ? r.to : r.from, direction: r.from === claim.id ? 'from' as const : 'to' as const, sequence: r.sequence, why: r.why })),
    status_history: own.map((change) => ({
      as_of: change.asOf, status: change.status, rule: change.rule,
      because: change.movedBy.map((ref) => ({ article: ref.articleId, statement: ref.statementId })),
    })),
    ...(claim.corrections ? { corrections: claim.corrections } : {}),
  };
}

export function toSourceRecord(source: Source): SourceRecord {
  const ownVoice = source.echoes.every((echo) => echo.outlet === source.speaker);
  return {
    id: source.id, name: source.speaker, kind: ownVoice ? 'outlet' : 'speaker', side: source.side, claim: source.claimId, stance: source.stance,
    statements: source.echoes.map((echo) => ({ article: echo.ref.articleId, statement: echo.ref.statementId, outlet: echo.outlet, chain: echo.chain })),
    ...(source.corrections ? { corrections: source.corrections } : {}),
  };
}

/** Items by the claims they belong to, so each claim reads its own few instead of the whole story's. */
function byClaim<T>(items: T[], claimsOf: (item: T) => string[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    for (const id of claimsOf(item)) {
      const list = grouped.get(id);
      if (list) list.push(item);
      else grouped.set(id, [item]);
    }
  }
  return grouped;
}

/** Claim records for the claims of one subject (or of the whole story: claims are only ever related within a subject), given what they need. */
export function claimRecorder({ relations, statusHistory, sourceCounts }: ClaimContext): (claim: Claim) => ClaimRecord {
  const relationsOf = byClaim(relations, (r) => [r.from, r.to]);
  const historyOf = byClaim(statusHistory, (h) => [h.claimId]);
  return (claim) => toClaimRecord(claim, relationsOf.get(claim.id) ?? [], historyOf.get(claim.id) ?? [], sourceCounts[claim.id] ?? 0);
}

export function toStoryRecord(story: Story): StoryRecord {
  const sourceCounts: Record<string, number> = {};
  for (const source of story.sources) sourceCounts[source.claimId] = (sourceCounts[source.claimId] ?? 0) + 1;
  return { claims: story.claims.map(claimRecorder({ ...story, sourceCounts })), sources: story.sources.map(toSourceRecord) };
}
