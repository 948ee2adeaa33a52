/**
 * Words that end with a period without ending a sentence. Compared
 * case-insensitively, without the final period: 'Brig. Gen. Matthew Isler',
 * 'Nov. 3', 'U.S. officials'. Single capital letters (initials: 'George W. Bush')
 * are handled by the splitter itself.
 */
export const nonFinalAbbreviations: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'hon', 'gov', 'sen', 'rep', 'pres',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'gens', 'insp', 'supt', 'amb',
  // months and weekdays as abbreviated in newswire style
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // dotted acronyms and others
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'approx', 'ft', 'mt', 'fig', 'ave', 'blvd',
]);

/**
 * After 'a.m.' or 'p.m.' a sentence ends unless the clock time continues
 * with a day ('by 6:30 a.m. Tuesday morning') or a zone ('at 9 a.m. EST').
 */
export const clockContinuations: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'local', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'et', 'pt', 'bst', 'cet',
]);
