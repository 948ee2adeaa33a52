/**
 * Phrases that name a source without a verb. Each is matched as a word
 * sequence, lower-case, and the source follows it.
 */
export const accordingToCues: readonly (readonly string[])[] = [
  // "according to a recent report by the UN sanctions monitoring team"
  ['according', 'to'],
  // "as reported by the state news agency"
  ['as', 'reported', 'by'],
  // "as quoted by Iraqi media"
  ['as', 'quoted', 'by'],
  // "in the words of one commander"
  ['in', 'the', 'words', 'of'],
];
