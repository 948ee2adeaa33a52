import type { Clause } from './clauseParts.js';
import { canonicalHead } from './canonicalHead.js';
import { isSite, resolveSubject, siteNamedIn, type Referent, type ReferentContext } from './resolveSubject.js';

/** What is fired or thrown, and what is left of it: 'a rocket', 'fragments from the strike', 'debris'. */
const projectiles = new Set(['rocket', 'missile', 'shell', 'bomb', 'munition', 'round', 'projectile', 'grenade', 'mortar', 'fragment', 'debris', 'shrapnel', 'drone']);
/** Verbs of a projectile's arrival: 'reached the hospital grounds', 'fell on the hospital', 'landed in the car park'. */
const arrivals = new Set(['reach', 'fall', 'land', 'crash', 'slam', 'come down', 'smash']);
const onto = new Set(['on', 'onto', 'into', 'in', 'inside']);

export interface Arrival {
  site: Referent;
  projectile: Referent;
}

/**
 * A projectile arriving on a site is the site being hit by it: 'fragments
 * from the strike may have reached the hospital grounds' is the hospital
 * hit by fragments, 'a rocket ... had misfired and fallen on Mirvane
 * Municipal Hospital' the hospital hit by the rocket. So these meet 'the
 * hospital was hit by an air strike' in one block and contradict it by
 * agent. Null unless the subject is a projectile and the place a site
 * (isSite), or a part of one ('the hospital grounds').
 */
export function arrivalOnSite(clause: Clause, context: ReferentContext): Arrival | null {
  const verb = clause.particle ? `${clause.head.lemma} ${clause.particle.lower}` : clause.head.lemma;
  if (clause.form !== 'verb' || !arrivals.has(verb) || !clause.subject || !projectiles.has(canonicalHead(clause.subject.head))) return null;
  const target = clause.object ?? clause.preps.find((p) => onto.has(p.word))?.chunk ?? null;
  const resolved = target ? resolveSubject(target, context) : null;
  // 'the hospital grounds': the grounds are the hospital's.
  const site = resolved && isSite(resolved) ? resolved : target ? siteNamedIn(target, context) : null;
  const projectile = resolveSubject(clause.subject, context);
  return site && projectile ? { site, projectile } : null;
}
