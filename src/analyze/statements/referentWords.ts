/** What a pronoun speaker can point back to: '*he* told AFP' -> the last named person. */
export type ReferentClass = 'person' | 'group' | 'body';

/** Compared lower-case. 'who', 'which' and 'that' are named by their antecedent in the parser instead. */
export const pronounReferents: ReadonlyMap<string, ReferentClass> = new Map([
  // "he told AFP" -> "SDF spokesman Mustafa Bali"
  ['he', 'person'],
  ['she', 'person'],
  // "They said the information was gleaned" -> "American and Iraqi officials"
  ['they', 'group'],
  // "It said the military began planning the hit" -> "The ministry"
  ['it', 'body'],
]);

/** Head nouns of organisations, so 'the Russian Defense Ministry' is not taken for a person: '... *Ministry* said'. */
export const bodyHeads: ReadonlySet<string> = new Set([
  'ministry', 'military', 'government', 'forces', 'army', 'police', 'agency', 'department', 'office', 'council',
  'committee', 'campaign', 'party', 'group', 'team', 'service', 'services', 'news', 'times', 'post', 'press',
  'guardian', 'observatory', 'coalition', 'pentagon', 'kremlin', 'house', 'state', 'states', 'nations', 'union',
  'court', 'administration', 'regime', 'command', 'channel', 'network', 'media', 'reuters', 'afp', 'cnn', 'bbc',
  'tass', 'organisation', 'organization', 'alliance', 'watch', 'institute', 'center', 'centre', 'university',
  'company', 'corporation', 'report', 'statement', 'study', 'poll', 'survey', 'magazine', 'newspaper', 'journal',
]);

/** Titles before a surname: '*Mr* Basri said' resolves through 'Basri'. */
export const personTitles: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'maj', 'lt', 'capt', 'president', 'senator', 'general', 'colonel']);
