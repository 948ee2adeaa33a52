import { recentDays } from './claimWhen.js';
import { LatestStances } from './sideStances.js';
import { relationRules } from './relationRules.js';
import { notBefore, overlaps, readTimeInterval, type TimeInterval } from '../model/timeInterval.js';
import { spanInterval } from './timeSpan.js';
import type { Claim, ClaimMember } from './types.js';

/** The relations that set two claims against each other: their statements count against each other. */
export const opposing: ReadonlySet<string> = new Set(['contradicts', 'refines']);

/** A member's own time: its stated event time, or for a state its report date ('still alive', said in 2019). */
export function memberTime(member: ClaimMember): string | null {
  if (member.proposition.eventTime) return member.proposition.eventTime;
  return member.proposition.kind === 'state' ? member.reportedOn : null;
}

/**
 * What decides whether one rival member opposes a claim: the opposing rules
 * that apply to the two (their predicates, counts, agents), worked out once
 * per claim and kind of rival, and the rival's own time, read once. Only the
 * time conditions change as what the claim is known to say widens, so
 * judging a rival again on a later day is a few interval comparisons
 * ('hiding', said in March 2017, does not oppose 'killed on 28 May 2017').
 */
interface RuleChecks {
  /** An 'always' rule applies ('fake' vs 'authentic'): it opposes whatever the times. */
  always: boolean;
  /** The time conditions of the other rules that apply: 'same' or 'after', with the claim first or the rival first. */
  checks: { when: 'same' | 'after'; claimFirst: boolean }[];
}

export interface MemberTimes {
  /** The member's own time; an event told with no date happened by the day it was reported. */
  interval: TimeInterval | null;
  /** An undated event told recently may be the claim's own (isRecent): the day it was told, when it states no time. */
  toldUndated: TimeInterval | null;
  /** What the rules read of its proposition (relationRules' ClaimFacts): members alike in these share their rules. */
  factsKey: string;
}

/** The opposing rules that apply between a claim and a rival's facts, either way round. */
function ruleChecks(claim: Claim, facts: ClaimMember['proposition']): RuleChecks {
  const found: RuleChecks = { always: false, checks: [] };
  for (const rule of opposingRules) {
    for (const claimFirst of [true, false]) {
      if (!(claimFirst ? rule.applies(claim, facts) : rule.applies(facts, claim))) continue;
      if (rule.when === 'always') found.always = true;
      else found.checks.push({ when: rule.when, claimFirst });
    }
  }
  return found;
}

export function timesOf(member: ClaimMember): MemberTimes {
  const stated = memberTime(member);
  const time = stated ?? member.reportedOn;
  const { predicate, subjectKind, agent, quantity, eventTime } = member.proposition;
  return {
    interval: time === null ? null : spanInterval({ from: time, to: time }),
    toldUndated: stated === null && member.reportedOn !== null ? readTimeInterval(member.reportedOn) : null,
    factsKey: `${predicate}|${subjectKind}|${agent ?? ''}|${quantity ? JSON.stringify(quantity) : ''}|${eventTime ?? ''}`,
  };
}

/** A rival statement's verdict: it does not oppose the claim; it does, and will while the claim's known time only widens; it does for now. */
const NO = 0;
const YES_WHILE_WIDENING = 1;
const YES_FOR_NOW = 2;
type Verdict = typeof NO | typeof YES_WHILE_WIDENING | typeof YES_FOR_NOW;

/**
 * Whether a rival member, at its own time, opposes the claim as known (its
 * interval `known`): a rule applies and its time condition holds, an unknown
 * time on either side holding it (relateClaims' holdsBetween), or the rival is
 * an undated event told in the month after the claim's began. Overlapping
 * and not being before hold on as `known` widens; being recent may not.
 */
function opposesAt(rules: RuleChecks, times: MemberTimes, known: TimeInterval | null): Verdict {
  if (rules.always) return YES_WHILE_WIDENING;
  let verdict: Verdict = NO;
  for (const { when, claimFirst } of rules.checks) {
    if (!times.interval) return YES_WHILE_WIDENING;
    // A claim whose time reads as no interval may read as one once it widens.
    if (!known) return YES_FOR_NOW;
    const [a, b] = claimFirst ? [known, times.interval] : [times.interval, known];
    if (when === 'same' ? overlaps(a, b) : notBefore(b, a)) return YES_WHILE_WIDENING;
    if (when === 'same' && isRecent(known, times.toldUndated)) verdict = YES_FOR_NOW;
  }
  return verdict;
}

const opposingRules = relationRules.filter((rule) => opposing.has(rule.kind));

/**
 * Whether an undated event told on a day may be the claim's own event: one
 * that began in the month before ('87 were killed', told on 29 October,
 * counts the blast of the 14th; not an air strike of 2023).
 */
function isRecent(claimSpan: TimeInterval, told: TimeInterval | null): boolean {
  if (!told) return false;
  return claimSpan.earliest <= told.latest && told.earliest - claimSpan.earliest <= recentDays * 86_400_000;
}

/**
 * The rival statements of one claim read so far (in date order), each judged
 * for whether it counts against the claim, and the latest words of those
 * that do. Judging again after what the claim is known to say widens looks
 * only at the rivals whose verdict may change (YES_FOR_NOW or NO), and the
 * latest words are gathered again only when one of them now counts otherwise.
 */
export class RivalStatements {
  latest = new LatestStances();
  private readonly rules: RuleChecks[];
  private readonly times: MemberTimes[];
  private readonly verdicts: Uint8Array;
  private readonly counted: Uint8Array;
  /** Per rival claim, how many of its statements count now. */
  private readonly countedOf = new Map<string, number>();
  /** Rivals read whose verdict may still change while the claim's known time widens. */
  private unsettled: number[] = [];
  private read = 0;
  private judgedAt: TimeInterval | null = null;

  constructor(claim: Claim, private readonly rivals: ClaimMember[], private readonly claimOf: Map<ClaimMember, string>, timesOfMember: (member: ClaimMember) => MemberTimes) {
    const rulesByFacts = new Map<string, RuleChecks>();
    this.times = rivals.map(timesOfMember);
    this.rules = rivals.map((rival, i) => {
      let rules = rulesByFacts.get(this.times[i].factsKey);
      if (!rules) rulesByFacts.set(this.times[i].factsKey, (rules = ruleChecks(claim, rival.proposition)));
      return rules;
    });
    this.verdicts = new Uint8Array(rivals.length);
    this.counted = new Uint8Array(rivals.length);
  }

  /** Judges the rivals read so far again: the claim's known time changed (`knownChanged`), or which rivals stand (`refuted`). */
  judgeAgain(known: TimeInterval | null, refuted: ReadonlySet<string>, knownChanged: boolean, standingChanged: boolean): void {
    let again: number[] = [];
    if (knownChanged) {
      const widened = known !== null && this.judgedAt !== null && known.earliest <= this.judgedAt.earliest && known.latest >= this.judgedAt.latest;
      again = widened ? this.unsettled : Array.from({ length: this.read }, (_, i) => i);
      this.unsettled = [];
      for (const i of again) {
        this.verdicts[i] = opposesAt(this.rules[i], this.times[i], known);
        if (this.verdicts[i] !== YES_WHILE_WIDENING) this.unsettled.push(i);
      }
      this.judgedAt = known;
    }
    if (standingChanged) again = Array.from({ length: this.read }, (_, i) => i);
    let changed = false;
    for (const i of again) {
      const now = this.countsNow(i, refuted);
      if (now !== this.counted[i]) {
        this.setCounted(i, now);
        changed = true;
      }
    }
    if (!changed) return;
    this.latest = new LatestStances();
    for (let i = 0; i < this.read; i += 1) if (this.counted[i]) this.latest.add(this.rivals[i]);
  }

  /** Reads the rival statements told up to `date`, and returns those told on it that count. */
  readUpTo(date: string, known: TimeInterval | null, refuted: ReadonlySet<string>): ClaimMember[] {
    const today: ClaimMember[] = [];
    while (this.read < this.rivals.length && this.rivals[this.read].reportedOn! <= date) {
      const i = this.read++;
      this.verdicts[i] = opposesAt(this.rules[i], this.times[i], known);
      if (this.verdicts[i] !== YES_WHILE_WIDENING) this.unsettled.push(i);
      this.setCounted(i, this.countsNow(i, refuted));
      if (!this.counted[i]) continue;
      this.latest.add(this.rivals[i]);
      if (this.rivals[i].reportedOn === date) today.push(this.rivals[i]);
    }
    return today;
  }

  /** Whether a rival claim has a statement that counts against the claim now. */
  counts(claimId: string): boolean {
    return (this.countedOf.get(claimId) ?? 0) > 0;
  }

  private setCounted(i: number, now: 0 | 1): void {
    if (now === this.counted[i]) return;
    this.counted[i] = now;
    const claimId = this.claimOf.get(this.rivals[i])!;
    this.countedOf.set(claimId, (this.countedOf.get(claimId) ?? 0) + (now ? 1 : -1));
  }

  private countsNow(i: number, refuted: ReadonlySet<string>): 0 | 1 {
    return this.verdicts[i] !== NO && !refuted.has(this.claimOf.get(this.rivals[i])!) ? 1 : 0;
  }
}
