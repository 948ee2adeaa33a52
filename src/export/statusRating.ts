import type { Status } from '../model/vocabulary.js';

/**
 * The numeric scale of an exported ClaimReview's rating, 1 (false) to 5
 * (true), as Google's fact-check markup reads ratingValue. The status itself
 * travels as the rating's alternateName ('disputed'); the number is for
 * readers that sort or colour by it. An automatic reading never gives 5: that
 * a claim is corroborated by independent sides is not proof that it is true,
 * so 'corroborated' is 4, and 5 is left for a journalist's own verdict.
 * 'claimed' (one side asserts, nobody contests yet) and 'unverified' (nobody
 * asserts) both leave the question open: 3.
 */
export const statusRating: Record<Status, number> = {
  refuted: 1,
  disputed: 2,
  unverified: 3,
  claimed: 3,
  corroborated: 4,
};

export const worstRating = 1;
export const bestRating = 5;

/** What each status means, for the rating's explanation and the report's legend. */
export const statusMeaning: Record<Status, string> = {
  claimed: 'one side asserts it and nobody has contested it yet',
  disputed: 'asserted, and denied, doubted or contradicted by another side',
  corroborated: 'asserted by independent sides in more than one article, more than it is contested',
  refuted: 'withdrawn by its own source, or denied by more sides than assert it',
  unverified: 'only reported, doubted or speculated: nobody stands behind it',
};
