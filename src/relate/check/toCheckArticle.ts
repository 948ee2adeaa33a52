import type { CheckArticle } from '../../model/checkRecord.js';
import type { ArticleRecord } from '../../record/articleRecord.js';
import type { ArticleJudgement } from './judgeArticle.js';

/** A date a time expression can stand for on the event clock ('2017-05-28', '2017-06', '2017'), not 'PAST_REF' or 'P5M'. */
const datedValue = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** The first date stated inside a span of the article ('killed on 28 May 2017' → '2017-05-28'). */
function statedDate(record: ArticleRecord, start: number, end: number): string | null {
  return record.times.find((t) => t.type === 'DATE' && datedValue.test(t.value) && t.start >= start && t.end <= end)?.value ?? null;
}

const rounded = (p: number): number => Math.round(p * 1000) / 1000;

/** An article's judgement as the check record shows it and the watch list keeps it. */
export function toCheckArticle(judgement: ArticleJudgement): CheckArticle {
  const { record } = judgement;
  return {
    article: { id: record.id, title: record.title, outlet: record.outlet.name, published: record.published.value },
    stance: judgement.stance,
    confidence: rounded(judgement.confidence),
    related: rounded(judgement.related),
    evidence: judgement.evidence.map(({ unit, stance, confidence, estimate, words, decidedBy, rule }) => ({
      statement: unit.statement.id,
      kind: unit.statement.own ? (unit.statement.kind === 'headline' ? 'headline' : 'narration') : 'statement',
      // The whole sentence the judge read, speaker and cue with the content: 'The ministry denied that ...'.
      text: record.text.slice(unit.span.start, unit.span.end),
      start: unit.span.start,
      end: unit.span.end,
      speaker: unit.statement.own ? null : unit.attribution.speaker,
      side: unit.attribution.side,
      chain: unit.attribution.chain,
      event_time: statedDate(record, unit.statement.content.start, unit.statement.content.end),
      reported_on: unit.reportedOn,
      stance,
      confidence: rounded(confidence),
      related: rounded(estimate.related),
      words,
      decided_by: decidedBy,
      rule,
    })),
  };
}
