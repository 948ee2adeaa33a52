import type { Status } from './types.js';

/**
 * Where a claim stands as of one report date, from the independent sides
 * (countries, or the speaker when it names none) whose latest word on it is:
 * `asserting`; `denying` it; `doubting`; `contradicting` (they assert a
 * claim that contradicts it: enough to dispute it, and to refute it once
 * that claim is corroborated and its own sides are no more than they); and
 * `retracted`, sides that asserted it once and now deny it.
 * The first rule that fires decides.
 */
export interface SideCounts {
  asserting: number;
  /** Articles that carry those sides' word: one article alone never corroborates, however many voices it quotes. */
  assertingArticles: number;
  denying: number;
  doubting: number;
  contradicting: number;
  retracted: number;
  /** Sides that have ever asserted it: a claim nobody put forward cannot be refuted, only unverified. */
  everAsserted: number;
  /** Rival claims, corroborated as of this date (in the last reading), with a statement that counts against this one. */
  corroboratedRivals: number;
}

export interface StatusRule {
  status: Status;
  rule: string;
  test: (c: SideCounts) => boolean;
}

export const statusRules: readonly StatusRule[] = [
  // Kasteria says Dren was killed, then "was not eliminated": withdrawn by its own source.
  { status: 'refuted', rule: 'withdrawn-by-source', test: (c) => c.retracted > 0 && c.asserting === 0 },
  // Russia says Baghdadi was killed; US and Iraqi sources say 'not actually killed', an outlet calls the claim wrong.
  { status: 'refuted', rule: 'denied-by-more-sides', test: (c) => c.everAsserted > 0 && c.denying >= 2 && c.denying > c.asserting },
  // 'Dren was not in Halvek that night' (a provincial official), once the ministry's intelligence chief and KRT's source independently
  // say he was at the depot there: the weight of independent sides is on the other side, not merely against it.
  { status: 'refuted', rule: 'contradicted-by-corroborated-claim', test: (c) => c.everAsserted > 0 && c.corroboratedRivals > 0 && c.asserting <= c.contradicting },
  // Lessarian intelligence and the Kasterian ministry both say Dren was injured.
  { status: 'corroborated', rule: 'asserted-by-independent-sides', test: (c) => c.asserting >= 2 && c.assertingArticles >= 2 && c.asserting > c.denying + c.doubting + c.contradicting },
  // Russia says he was killed; Lavrov has no confirmation, an Iraqi colonel believes he was not there.
  { status: 'disputed', rule: 'asserted-and-contested', test: (c) => c.asserting >= 1 && c.denying + c.doubting + c.contradicting >= 1 },
  // One side says so and nobody has contested it yet.
  { status: 'claimed', rule: 'asserted', test: (c) => c.asserting >= 1 },
  // Only reports, doubts or speculation: nobody stands behind it.
  { status: 'unverified', rule: 'nobody-asserts', test: () => true },
];
