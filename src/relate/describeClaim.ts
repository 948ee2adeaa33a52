import type { Claim, Predicate } from './types.js';

/** How each predicate reads in a claim's canonical text; {s} is the subject. */
const templates: Record<Predicate, string> = {
  killed: '{s} was killed',
  injured: '{s} was injured',
  alive: '{s} is alive',
  fled: '{s} fled',
  hiding: '{s} is hiding',
  present: '{s} was present',
  absent: '{s} was not there',
  attended: '{s} attended',
  'survived-attack': '{s} survived an attack on him',
  captured: '{s} was captured',
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

/**
 * A claim with its readable text and place filled in:
 * 'Abu Bakr al-Baghdadi was killed (near Raqqa) (2017-05-28)'.
 */
export function describeClaim(claim: Claim): Claim {
  const place = commonPlace(claim);
  const time = claim.eventTime ? (claim.eventTime.from === claim.eventTime.to ? claim.eventTime.from : `${claim.eventTime.from} – ${claim.eventTime.to}`) : null;
  const text = [templates[claim.predicate].replace('{s}', claim.subjectName), place ? `(${place})` : '', time ? `(${time})` : ''].filter(Boolean).join(' ');
  return { ...claim, place, text };
}
