import type { ArticleRecord } from '../model/articleRecord.js';
import type { ClaimRecord } from '../model/storyRecord.js';
import type { ExportInput } from './ExportInput.js';
import { articleAddress } from './articleAddress.js';
import { textSelectors, type TextPositionSelector, type TextQuoteSelector } from './textSelectors.js';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'identifying' | 'tagging' | 'classifying';
  format: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'identifying' | 'tagging';
  created: string;
  /** Who publishes the annotations (--as); the program that read them is the generator. */
  creator: { type: 'Organization'; name: string };
  generator: { type: 'Software'; name: 'corroborate' };
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

type Member = ClaimRecord['statements'][number] & { claim: ClaimRecord };

/**
 * W3C Web Annotations (https://www.w3.org/TR/annotation-model/) on every
 * statement, speaker and time of the articles, for Hypothesis and other
 * annotation clients: each targets the article's URL (or its URN) with a
 * quote and a position selector on corroborate's clean text. A statement on
 * claims says, in its body, how it stands towards each ('asserts
 * dren.killed.1: Vasko Dren had been killed in the strike'); an outlet's own
 * assertion (a headline the outlet states, 'o1') is annotated from the claim.
 */
export function toWebAnnotations(input: ExportInput): AnnotationCollection {
  const members = membersByArticle(input.story.claims);
  const annotate = annotator(input);
  const items = [...input.articles]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((article) => annotateArticle(article, members.get(article.id) ?? [], annotate));
  const id = `urn:corroborate:annotations:${input.exportedAt}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `corroborate: statements, speakers and times in ${input.articles.length} articles`,
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

type Annotate = (article: ArticleRecord, what: string, span: { start: number; end: number }, motivation: WebAnnotation['motivation'], body: TextualBody[]) => WebAnnotation;

function annotator(input: ExportInput): Annotate {
  return (article, what, span, motivation, body) => ({
    id: `urn:corroborate:annotation:${article.id}:${what}`,
    type: 'Annotation',
    motivation,
    created: input.exportedAt,
    creator: { type: 'Organization', name: input.publisher },
    generator: { type: 'Software', name: 'corroborate' },
    body,
    target: { source: articleAddress(article), selector: textSelectors(article.text, span.start, span.end) },
  });
}

const textual = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, purpose, format: 'text/plain' });

function annotateArticle(article: ArticleRecord, members: Member[], annotate: Annotate): WebAnnotation[] {
  const annotations: WebAnnotation[] = [];
  const onClaims = (statementId: string) => members.filter((m) => m.statement === statementId).map((m) => textual(`${m.stance} ${m.claim.id}: ${m.claim.text}`, 'classifying'));
  for (const s of article.statements) {
    const who = s.speaker ? s.speaker.canonical : 'an unnamed source';
    annotations.push(annotate(article, `${s.id}:content`, s.content, 'describing', [textual(`statement ${s.id} (${s.kind}) by ${who}`, 'describing'), ...onClaims(s.id)]));
    if (s.speaker) annotations.push(annotate(article, `${s.id}:speaker`, s.speaker, 'identifying', [textual(s.speaker.canonical, 'identifying')]));
  }
  const ownAssertions = new Map(members.filter((m) => !article.statements.some((s) => s.id === m.statement)).map((m) => [m.statement, m]));
  for (const [id, m] of ownAssertions) {
    annotations.push(annotate(article, `${id}:content`, m, 'describing', [textual(`the outlet's own assertion ${id}, by ${m.outlet}`, 'describing'), ...onClaims(id)]));
  }
  article.times.forEach((time, i) => {
    annotations.push(annotate(article, `t${i + 1}`, time, 'tagging', [textual(time.value, 'tagging'), textual(`${time.type} ${time.value}, read by ${time.how.rule}`, 'describing')]));
  });
  return annotations;
}

function membersByArticle(claims: ClaimRecord[]): Map<string, Member[]> {
  const byArticle = new Map<string, Member[]>();
  for (const claim of claims) {
    for (const s of claim.statements) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), { ...s, claim }]);
  }
  return byArticle;
}
