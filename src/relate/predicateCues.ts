import type { Predicate } from './types.js';

/**
 * Words that name what happened to a subject, as regular-expression sources
 * matched case-insensitively on word boundaries. An entry names the
 * predicate it stands for; `negatedAs` turns a negated predicate into its
 * own positive claim ('was not in Raqqa' is the claim 'absent', not a
 * denial of being somewhere). Event predicates happen once, at a time;
 * state predicates hold as of the report ('is alive', 'is hiding').
 */
export interface PredicateCue {
  pattern: string;
  predicate: Predicate;
  negatedAs?: Predicate;
}

export const predicateKind: Record<Predicate, 'event' | 'state'> = {
  killed: 'event',
  injured: 'event',
  fled: 'event',
  present: 'event',
  absent: 'event',
  attended: 'event',
  'survived-attack': 'event',
  captured: 'event',
  alive: 'state',
  hiding: 'state',
};

/** Earlier entries win where two overlap ('survived a coup' is an attack, 'survived' alone is alive). */
export const predicateCues: readonly PredicateCue[] = [
  // "Baghdadi overcame an attempted coup in a two-day battle with his foreign bodyguards"
  { pattern: '(?:overcame|fought off|survived) (?:an? )?(?:attempted coup|coup attempt|coup|assassination attempt|attempt on his life)', predicate: 'survived-attack' },
  // "Vasko Dren ... survived the March strike ... with serious wounds"
  { pattern: 'survived|resurfaced|(?:is|was|remains|still) alive|alive|proof of life|in good health', predicate: 'alive' },
  // "Al-Baghdadi ‘severely injured’ by Russian air strike"; "he was badly wounded"
  { pattern: '(?:severely |seriously |badly |gravely )?(?:injured|wounded|injuries|wounds|hurt)', predicate: 'injured' },
  // "It May Have Killed ISIS Leader al-Baghdadi"; "may have been eliminated"; "Dren is dead"; "his reported death".
  // Not 'kill', 'die', 'killing': infinitives and participles name what someone would do or did to others.
  { pattern: 'killed|dead|death|died|eliminated|martyred|slain|perished', predicate: 'killed' },
  // "Baghdadi is still alive and hiding"; "he has taken to ground in a desert area"; "remains at large"
  { pattern: 'hiding|hideout|hidden|hid|taken to ground|gone to ground|at large|in hiding', predicate: 'hiding' },
  // "he may have escaped Mosul"; "in early January he fled to the desert"; "Dren crossed into Marennia"
  { pattern: 'fled|flee|fleeing|escaped|escape|crossed|moved (?:out of|to)|carried (?:up|there|across)|taken (?:to|across|out of)|brought across', predicate: 'fled' },
  // "Dren was at the depot that night"; "Baghdadi was not believed to have been in Raqqa at the time of the strike"
  { pattern: '(?:had )?been (?:in|at|inside)|was (?:in|at|inside) (?:the )?(?:town|city|depot|building|compound|meeting)|present', predicate: 'present', negatedAs: 'absent' },
  // "Baghdadi attended the meeting of IS leaders"
  { pattern: 'attended|attending|took part in', predicate: 'attended' },
  // "Baghdadi was captured"
  { pattern: 'captured|arrested|detained', predicate: 'captured' },
];
