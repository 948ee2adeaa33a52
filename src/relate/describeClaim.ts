import { predicateNouns } from './propositions/predicateClasses.js';
import type { Claim, ClaimMember } from './types.js';

/** How a known predicate class reads when no member says it plainly; {s} is the subject. */
const templates: Record<string, string> = {
  killed: '{s} was killed',
  injured: '{s} was injured',
  alive: '{s} is alive',
  fled: '{s} fled',
  hiding: '{s} is hiding',
  present: '{s} was there',
  absent: '{s} was not there',
  attended: '{s} attended',
  'survived-attack': '{s} survived an attack',
  captured: '{s} was captured',
  hit: '{s} was hit',
  destroyed: '{s} was destroyed',
  caused: '{s} was caused',
  fake: '{s} is fake',
  authentic: '{s} is authentic',
  recorded: '{s} was recorded',
};

/** The place most members name, as they assert it; ties go to the first named. */
function commonPlace(claim: Claim): string | null {
  const counts = new Map<string, number>();
  for (const member of claim.members) {
    const place = member.proposition.place;
    if (place && member.stance === 'asserts') counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [place, count] of counts) if (best === null || count > counts.get(best)!) best = place;
  return best;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A wording cut short by the parse: 'has survived being', 'tried to'. */
const cutShort = /\b(?:being|been|be|to|that|and|or|of|the|a|an|was|were|is|are|has|have|had|by|with)$/iu;

/**
 * Words that make a statement's wording unfit to stand for the claim: a
 * modal, a negation, a relay, a predicate noun ("his escape from Mosul"
 * does not read as a sentence), a wording cut short.
 */
const notPlain = (member: ClaimMember): boolean =>
  member.proposition.modality.length > 0 || member.proposition.negated || predicateNouns.has(member.proposition.trigger.text.toLowerCase()) ||
  cutShort.test(member.proposition.predicateText.replace(/[\s.,;:]+$/u, '')) || /^(?:from|of|to|in|at|on|by|with|for|['’]s)\b/iu.test(member.proposition.predicateText) || member.proposition.relayed || /\b(?:may|might|could|would|reportedly|allegedly|possibly|probably)\b/iu.test(member.proposition.predicateText);

/**
 * The member whose own words best state the claim: one that asserts it
 * plainly (no modal, negation or relay), preferring the one saying most
 * (a count, an agent, a time), then the shortest wording.
 */
function plainestMember(claim: Claim): ClaimMember | null {
  const plain = claim.members.filter((m) => m.stance === 'asserts' && !notPlain(m) && m.proposition.predicateText.split(/\s+/u).length <= 14);
  // A figure says more than a vague count: '212 people were killed' stands for the claim before 'hundreds of people ...'.
  const said = (m: ClaimMember) => (m.proposition.quantity ? (/\d/u.test(m.proposition.quantity.text) ? 3 : 2) : 0) + (m.proposition.agent ? 1 : 0) + (m.proposition.eventTime ? 1 : 0);
  return plain.sort((a, b) => said(b) - said(a) || a.proposition.predicateText.length - b.proposition.predicateText.length)[0] ?? null;
}

/**
 * A claim with its readable text and place filled in, as a journalist would
 * write it from the statements: 'At least 212 people were killed in the
 * blast at Al-Rahma hospital', 'Vasko Dren was killed'. The subject is
 * its fullest name; the predicate is a plain member's own wording, else the
 * class's template.
 */
export function describeClaim(claim: Claim): Claim {
  const place = commonPlace(claim);
  // No member says it plainly: the first whose wording is whole ('may have poisoned ...'), rather than a bare lemma.
  const member = plainestMember(claim) ?? claim.members.find((m) => m.proposition.predicateText.split(/\s+/u).length <= 14 && !cutShort.test(m.proposition.predicateText.replace(/[\s.,;:]+$/u, '')) && !predicateNouns.has(m.proposition.trigger.text.toLowerCase())) ?? null;
  // The members of a count's claim give one figure ('hundreds' groups with 'at least 212'); the text states it as a figure when one was given.
  const own = member?.proposition.quantity ?? null;
  const quantity = own && !/\d/u.test(own.text) && claim.quantity && /\d/u.test(claim.quantity.text) ? claim.quantity : (own ?? claim.quantity);
  // 'hundreds of people', 'dozens of patients': a count in words of the plural takes 'of'.
  const counted = quantity ? `${quantity.text}${/^(?:hundreds|dozens|thousands|scores|tens of thousands|millions)$/iu.test(quantity.text) ? ' of' : ''}` : '';
  const subject = quantity && claim.subjectKind === 'quantity' ? `${counted} ${quantity.unit ?? claim.subjectName}` : claim.subjectName;
  const template = templates[claim.predicate] ?? `{s} ${claim.predicate}${claim.object ? ` ${claim.members[0].proposition.objectName ?? claim.object}` : ''}`;
  // '87 people were killed', not '87 people was killed': a count of more than one takes the plural.
  const plural = quantity !== null && claim.subjectKind === 'quantity' && (quantity.high ?? quantity.low ?? 2) !== 1;
  const fallback = (plural ? template.replace('{s} was ', '{s} were ').replace('{s} is ', '{s} are ') : template).replace('{s}', subject);
  // 'the death toll rose to 87' as a claim is '87 people were killed', not '87 people rose to 87'.
  const restatesCount = member !== null && quantity !== null && member.proposition.predicateText.includes(quantity.text);
  const wording = member && !restatesCount ? `${subject} ${member.proposition.predicateText}` : fallback;
  const text = capitalise(wording.replace(/[\s.,;:]+$/u, '').replace(/\s+/gu, ' '));
  return { ...claim, place, text };
}
