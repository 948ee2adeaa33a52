/**
 * Words that weaken a claim, as regular-expression sources matched
 * case-insensitively on word boundaries. Longer entries come first so that
 * 'may have' wins over 'may'.
 */
export const hedgeCues: readonly string[] = [
  // "So far, I have no one-hundred-percent confirmation of the information"
  'no (?:one-hundred|100|hundred)[- ]percent confirmation',
  // "the country's foreign minister later said there was not \"100 percent confirmation\""
  'not "?(?:one-hundred|100|hundred)[- ]percent confirmation',
  // "American officials at the time said they had no evidence to corroborate the report"
  'no evidence to corroborate',
  // "the Pentagon said at the time that it had no supporting information"
  'no supporting information',
  // "Baghdadi was not believed to have been in Raqqa"
  'not believed',
  // "it was “highly likely” the leader of the Islamic State terror group was killed"
  'highly likely',
  // "he may have died along with dozens of other IS jihadists"
  'may have', 'might have', 'could have',
  // "it may have killed Abu Bakr al-Baghdadi"
  'may', 'might', 'could',
  // "he probably remains at large"
  'probably', 'possibly', 'likely', 'unlikely', 'perhaps',
  // "The clash reportedly took place in September"
  'reportedly', 'apparently', 'allegedly', 'purportedly', 'supposedly', 'presumably', 'unconfirmed',
  // "it was still unclear when and by whom Baghdadi had been hit"
  'unclear',
  // "Recent reports however suggest that parts of the claim ... may have been true"
  'suggests?', 'suggested',
  // "it seems likely that they are true"
  'it seems', 'seems to', 'seemed to', 'appears? to', 'appeared to',
  // "the death was “being verified through various channels”"
  'being verified', 'yet to be confirmed', 'not (?:yet )?confirmed',
];
