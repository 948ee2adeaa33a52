import type { CheckArticle, CheckEvidence } from '../../model/checkRecord.js';
import { computeStatusHistory } from '../computeStatusHistory.js';
import { widenSpan, type TimeSpan } from '../timeSpan.js';
import type { Claim, ClaimMember, Proposition, StatusChange } from '../types.js';

/** The evidence as a member of the claim it checks: the stated claim is its proposition, the evidence its trigger. */
function asMember(claimId: string, claimText: string, evidence: CheckEvidence, article: CheckArticle): ClaimMember {
  const ref = { articleId: article.article.id, statementId: evidence.statement, text: evidence.text, start: evidence.start, end: evidence.end };
  const proposition: Proposition = {
    subject: claimId, subjectName: claimText, subjectKind: 'event', predicate: 'stated', kind: 'event',
    predicateText: claimText, object: null, objectName: null, quantity: null, agent: null, agentName: null,
    negated: evidence.stance === 'denies', negation: [], modality: [], trigger: ref, clause: { start: evidence.start, end: evidence.end },
    place: null, eventTime: evidence.event_time, relayed: evidence.stance === 'reports',
  };
  const speaker = evidence.speaker ?? article.article.outlet;
  return {
    ref, reportedOn: evidence.reported_on, publishedOn: article.article.published, proposition,
    attribution: { speaker, speakerKey: speaker.toLowerCase(), side: evidence.side, outlet: article.article.outlet, chain: evidence.chain },
    stance: evidence.stance, stanceWords: evidence.words, hedged: evidence.stance === 'doubts', stanceRule: evidence.rule ?? 'model', sourceId: '',
  };
}

/**
 * The stated claim's status over time, by the same rules as a derived
 * claim's (statusRules): independent sides counted from the speakers of the
 * evidence, an outlet restating its own speaker counted once, one article
 * alone never corroborating.
 */
export function checkStatus(claimId: string, claimText: string, articles: CheckArticle[]): StatusChange[] {
  const members = articles.flatMap((article) => article.evidence.map((evidence) => asMember(claimId, claimText, evidence, article)));
  const claim: Claim = {
    id: claimId, key: claimId, text: claimText, subject: claimId, subjectName: claimText, subjectKind: 'event', predicate: 'stated', kind: 'event',
    object: null, agent: null, quantity: null, place: null, firstReported: null, eventTime: null, members,
  };
  return computeStatusHistory([claim], []);
}

/** The event clock of a stated claim: the span of the dates stated in the evidence that asserts it, or null when none states one. */
export function checkEventTime(articles: CheckArticle[]): TimeSpan | null {
  let span: TimeSpan | null = null;
  for (const evidence of articles.flatMap((article) => article.evidence)) if (evidence.stance === 'asserts') span = widenSpan(span, evidence.event_time);
  return span;
}
