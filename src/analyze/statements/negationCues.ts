/**
 * Words that deny the reported content, as regular-expression sources
 * matched case-insensitively on word boundaries.
 */
export const negationCues: readonly string[] = [
  // "though he was not actually killed"
  'not',
  // "didn't travel through town with them"
  "\\w+n['’]t",
  // "the Russians never released the source of their information"
  'never',
  // "they had no evidence to corroborate the report"
  'no',
  // "the Pentagon denied that it had carried out the strike"
  'denied', 'denies', 'deny', 'denying',
  // "nothing apparently being done to track him down"
  'nothing', 'none', 'nobody', 'neither', 'nor',
];
