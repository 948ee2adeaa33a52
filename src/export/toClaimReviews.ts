import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { ArticleRecord } from '../model/articleRecord.js';
import type { ClaimRecord } from '../model/storyRecord.js';
import { articleAddress, articlesById } from './articleAddress.js';
import { compareDates } from './compareDates.js';
import type { ExportInput } from './ExportInput.js';
import { bestRating, statusMeaning, statusRating, worstRating } from './statusRating.js';

type Statement = ClaimRecord['statements'][number];

/**
 * One schema.org ClaimReview per claim, as search engines and Google's Fact
 * Check Explorer read them: the claim as the item reviewed (its first
 * asserting speaker as author, the articles carrying it as appearances), and
 * its status as the rating's alternateName.
 */
export function toClaimReviews(input: ExportInput): WithContext<ClaimReview>[] {
  const articles = articlesById(input.articles);
  return input.story.claims.map((claim) => toClaimReview(claim, articles, input));
}

function toClaimReview(claim: ClaimRecord, articles: Map<string, ArticleRecord>, input: ExportInput): WithContext<ClaimReview> {
  const carrying = articlesCarrying(claim, articles);
  const author = firstAsserter(claim);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(claim.id, input.baseUrl),
    claimReviewed: claim.text,
    datePublished: input.exportedAt.slice(0, 10),
    author: { '@type': 'Organization', name: input.publisher },
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author: speakerOf(author, articles.get(author.article)) } : {}),
      ...(firstReported(claim) ? { datePublished: firstReported(claim)! } : {}),
      ...(carrying.length ? { appearance: carrying.map(toCreativeWork), firstAppearance: toCreativeWork(carrying[0]) } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.status,
      ratingValue: statusRating[claim.status],
      bestRating,
      worstRating,
      ratingExplanation: `${claim.status}: ${statusMeaning[claim.status]} (${claim.independent_sources} independent sources, ${claim.statements.length} statements)`,
    },
  };
}

/**
 * Where the review is read: the claim's section of the published report
 * ('https://news.example/halvek.html#claim-dren.killed.1'), or a URN naming
 * the claim when no address was given.
 */
export function reviewUrl(claimId: string, baseUrl: string | null): string {
  return baseUrl ? `${baseUrl}#claim-${encodeURIComponent(claimId)}` : `urn:corroborate:claim:${encodeURIComponent(claimId)}`;
}

const byReportDate = (a: Statement, b: Statement): number => compareDates(a.reported_on, b.reported_on);

/** The statement that first put the claim forward: the earliest that asserts it, else the earliest of any stance. */
function firstAsserter(claim: ClaimRecord): Statement | undefined {
  const ordered = [...claim.statements].sort(byReportDate);
  return ordered.find((s) => s.stance === 'asserts') ?? ordered[0];
}

function firstReported(claim: ClaimRecord): string | null {
  return [...claim.statements].sort(byReportDate)[0]?.reported_on ?? null;
}

/**
 * A speaker as a Person or an Organization: an outlet speaking in its own
 * voice, or a name the article tags as an organisation or a place ('Kasteria
 * says', a government), is an Organization; anyone else a Person.
 */
function speakerOf(statement: Statement, article: ArticleRecord | undefined): Person | Organization {
  if (statement.speaker === statement.outlet) return { '@type': 'Organization', name: statement.speaker };
  const entity = article?.entities.find((e) => e.canonical === statement.speaker || e.text === statement.speaker);
  return entity && entity.type !== 'person' ? { '@type': 'Organization', name: statement.speaker } : { '@type': 'Person', name: statement.speaker };
}

/** The articles with a statement on the claim, earliest published first (undated last). */
function articlesCarrying(claim: ClaimRecord, articles: Map<string, ArticleRecord>): ArticleRecord[] {
  const ids = [...new Set(claim.statements.map((s) => s.article))];
  return ids
    .flatMap((id) => articles.get(id) ?? [])
    .sort((a, b) => compareDates(a.published.value, b.published.value) || (a.id < b.id ? -1 : 1));
}

function toCreativeWork(article: ArticleRecord): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: articleAddress(article),
    ...(article.title ? { headline: article.title } : {}),
    ...(article.published.value ? { datePublished: article.published.value } : {}),
    publisher: { '@type': 'Organization', name: article.outlet.name },
  };
}
