/** What a pronoun speaker can point back to: '*he* told AFP' -> the last named person. */
export type ReferentClass = 'person' | 'group' | 'body';

/**
 * The classes each pronoun may point back to, compared lower-case. 'who',
 * 'which' and 'that' are named by their antecedent in the parser instead.
 */
export const pronounReferents: ReadonlyMap<string, readonly ReferentClass[]> = new Map<string, readonly ReferentClass[]>([
  // "he told AFP" -> "SDF spokesman Mustafa Bali"
  ['he', ['person']],
  ['she', ['person']],
  // "They said the information was gleaned" -> "American and Iraqi officials"; "The Marennians said they ..." and
  // "The ministry ... They" are both written, so a body fits too.
  ['they', ['group', 'body']],
  // "It said the military began planning the hit" -> "The ministry"
  ['it', ['body']],
]);

/** How many paragraphs back a pronoun still continues the last speaker: 'Danek said ... \n\n He said ...'. */
export const pronounReachParagraphs = 2;

/**
 * Head nouns of a description that names one person, so 'its spokesman' and
 * 'the hospital's director' are what 'he' and 'she' point back to.
 */
export const personHeads: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'director', 'official', 'officer', 'chief', 'head', 'analyst',
  'researcher', 'commander', 'colonel', 'general', 'president', 'senator', 'man', 'woman', 'doctor', 'shepherd',
  'smuggler', 'leader', 'governor', 'mayor', 'secretary', 'ambassador', 'aide', 'adviser', 'advisor', 'witness',
  'resident', 'expert', 'journalist', 'reporter', 'lawmaker', 'councillor', 'villager', 'deputy', 'source', 'diplomat',
  'envoy', 'lawyer', 'prosecutor', 'judge', 'surgeon', 'nurse', 'farmer', 'soldier', 'fighter', 'owner', 'shopkeeper',
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
