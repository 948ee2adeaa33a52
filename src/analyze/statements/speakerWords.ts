/**
 * Word lists that bound a speaker's noun phrase. Without a part-of-speech
 * tagger, a speaker is a run of words none of which is in these lists.
 * Compared lower-case.
 */

/** Words that end a speaker phrase: 'Trump *and* ...' is allowed separately; 'the reports *by* ...' is not. */
export const speakerStopWords: ReadonlySet<string> = new Set([
  // prepositions except 'of' ('head *of* the department' stays inside): 'witnesses *in* Mosul said'
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind', 'below',
  'beside', 'between', 'beyond', 'by', 'despite', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like',
  'near', 'off', 'on', 'onto', 'out', 'outside', 'over', 'per', 'since', 'than', 'through', 'throughout', 'to',
  'toward', 'towards', 'under', 'until', 'up', 'upon', 'via', 'with', 'within', 'without',
  // conjunctions and clause openers: '*Though* the country's foreign minister later said'
  'of', 'and', 'or', 'although', 'as', 'because', 'but', 'if', 'nor', 'once', 'or', 'so', 'that', 'though', 'unless', 'when', 'whenever',
  'where', 'whereas', 'whether', 'which', 'while', 'who', 'whom', 'yet', 'however', 'meanwhile', 'moreover',
  'still', 'instead', 'then', 'thus', 'therefore', 'also', 'now', 'even', 'just', 'only', 'here', 'there',
  // particles and requests: 'dialing *back* plans', 'came *away* convinced', '*please* ask yourself'
  'back', 'away', 'please',
  // auxiliaries and common verbs: 'the man who *was* arrested said'
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', "n't", 'never', 'get', 'got',
  'go', 'went', 'make', 'made', 'take', 'took', 'give', 'gave', 'come', 'came', 'seem', 'seems', 'appear', 'appears',
  'become', 'became', 'let', 'put', 'keep', 'kept', 'held', 'left', 'met', 'won', 'lost', 'ran', 'run', 'hit', 'set',
  // irregular past forms, which no -ed marks: 'The minister *spoke* for an hour, praising ...'
  'spoke', 'told', 'wrote', 'thought', 'knew', 'found', 'brought', 'began', 'felt', 'sent', 'stood', 'led', 'built',
  'paid', 'heard', 'meant', 'sought', 'taught', 'caught', 'fought', 'bought', 'drew', 'grew', 'threw', 'struck', 'swore',
  'broke', 'chose', 'drove', 'forgot', 'spent', 'fled',
  // object pronouns: 'they asked *him* ...'
  'me', 'him', 'us', 'them', 'itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves',
]);

/** Adverbs and auxiliaries between a speaker and the verb: 'Russia *has* said', 'the minister *later* said'. */
export const skippedBeforeCue: ReadonlySet<string> = new Set([
  'also', 'later', 'earlier', 'recently', 'previously', 'repeatedly', 'publicly', 'privately', 'once', 'often',
  'still', 'then', 'now', 'just', 'again', 'already', 'first', 'initially', 'subsequently', 'separately', 'further',
  'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'could', 'might', 'may', 'reportedly', 'long',
  'however', 'flatly', 'quickly', 'simply', 'originally', 'ultimately', 'finally', 'always', 'never', 'not', "n't",
  // 'I *cannot* fathom', 'Obama's aides were complimentary, *perhaps* recognizing'
  'cannot', 'can', 'should', 'must', 'shall', 'perhaps', 'maybe', 'probably', 'possibly', 'apparently', 'even',
  // 'China and the United States, which *together* vowed to'
  'together', 'jointly', 'collectively', 'unanimously',
  // 'professors would *sometimes* dismiss her proposals'
  'sometimes', 'usually', 'occasionally', 'rarely', 'frequently', 'routinely', 'typically', 'generally', 'regularly', 'seldom',
  // 'Clinton has *nevertheless* called his vote an irresponsible one'
  'nevertheless', 'nonetheless', 'instead', 'indeed', 'meanwhile', 'thus', 'therefore', 'otherwise',
]);

/** Words of a time adjunct next to a cue: 'the Russian military *on Friday* claimed', 'said *at the time*'. */
export const timeWords: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'time', 'recently', 'earlier',
  'later', 'previously', 'ago', 'past', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

/** Words that may open a time adjunct: '*on* Friday', '*at the* time', '*this* week', '*last* month'. */
export const timeLeadWords: ReadonlySet<string> = new Set([
  'on', 'at', 'in', 'from', 'this', 'last', 'that', 'the', 'late', 'early', 'next', 'same', 'earlier', 'a', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Words ending in -ed or -ly that are still part of a noun phrase: '*armed* forces', '*unnamed* officials', 'the *family*'. */
export const nounPhraseExceptions: ReadonlySet<string> = new Set([
  'armed', 'unnamed', 'elected', 'retired', 'detained', 'concerned', 'related', 'hundred', 'red', 'united', 'noted',
  'respected', 'renowned', 'speed', 'seed', 'need', 'creed', 'bed', 'family', 'ally', 'rally', 'supply', 'assembly',
  'italy', 'daily', 'weekly', 'monthly', 'early', 'ruling', 'leading', 'governing', 'opposing', 'incoming',
  'outgoing', 'remaining', 'king', 'thing', 'building', 'wing', 'ring', 'polling', 'intelligence', 'sibling', 'spring',
  'monitoring', 'training', 'planning', 'meeting', 'hearing', 'briefing', 'reporting', 'spending', 'funding', 'housing',
]);

/** Nouns that name a whole class of sources, used alone when a headline has no comma: '... air strike *sources* say'. */
export const bareSourceNouns: ReadonlySet<string> = new Set([
  'sources', 'officials', 'reports', 'witnesses', 'analysts', 'experts', 'residents', 'activists', 'report', 'source',
]);

/**
 * The words that join a clause of its own to the one before it, at the end of
 * the text before the new clause's subject: 'the campaign planned a protest*,
 * though* she acknowledged ...', '... any building was struck*, and* Mereth
 * repeated ...'. Its match is what is cut when the first clause ends there.
 */
export const clauseJoinerBefore = /(?:[,;—–]\s*(?:and|but|though|although|while|whereas|yet)|,?\s+(?:though|although|whereas))\s+$/u;

/** Words said as a formula, which assert nothing: 'saying *goodbye*', 'said *grace*'. */
export const formulaWords: ReadonlySet<string> = new Set(['goodbye', 'hello', 'farewell', 'thanks', 'grace', 'amen', 'goodnight', 'bye', 'hi', 'cheers']);

/** Words of a time phrase besides the times themselves: 'for the *first* time', 'once *again*'. */
export const timeFillers: ReadonlySet<string> = new Set(['for', 'first', 'second', 'third', 'last', 'once', 'again']);

/** Words that open a free relative: 'matches *what* Brigadier Hollin said'. */
export const freeRelatives: ReadonlySet<string> = new Set(['what', 'whatever']);

/** Plurals without an -s, which a bare verb form agrees with: 'the *data* show', 'Lessarian *media* say'. */
export const irregularPlurals: readonly string[] = ['data', 'media', 'men', 'women', 'children', 'criteria', 'personnel'];

/**
 * Words that count or pick without naming what they count, and adjectives
 * that only say which: as a whole subject they leave the next word to be its noun, and a plural's verb has
 * no -s, so in 'some *calls* into the VA hotline', 'too many *calls*' and
 * 'further *sanctions*' the -s word is the noun ('some say' is a statement).
 */
export const headlessQuantifiers: ReadonlySet<string> = new Set([
  'some', 'many', 'few', 'several', 'both', 'all', 'most', 'more', 'fewer', 'other', 'these', 'those', 'further', 'too', 'numerous', 'various',
  // and the adjectives that only say which: 'imposed sweeping *new* sanctions'
  'new', 'additional', 'fresh', 'sweeping', 'tougher', 'tough', 'harsh', 'broad', 'wider',
]);

/** Whether a subject of such words only, before an -s form ('some calls'), makes that form its plural noun. */
export const quantifiesNoun = (subjectWords: readonly string[], cueWord: string): boolean =>
  subjectWords.length > 0 && subjectWords.every((word) => headlessQuantifiers.has(word) || countWords.test(word)) && /[^s'’]s$/u.test(cueWord);

/** A number, or a determiner before one: 'Of *the 10* judges who will hear the case'. */
const countWords = /^(?:\d[\d,.]*|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)$/u;


/** Participles that give a name: 'a stream *called* Miracle Run', 'a report *titled* Arrogant'. */
const namingVerbs = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'labelled', 'labeled']);
/** Prepositions before a noun phrase that make it an object, not a subject: 'built *near* a meandering stream called ...'. */
const objectPrepositions = new Set(['near', 'in', 'at', 'of', 'from', 'with', 'by', 'on', 'to', 'for', 'into', 'about', 'over', 'under', 'behind']);

/**
 * Whether the cue at `cue` is a participle naming the phrase that opens at
 * `first`: 'a leader of a Pakistan-based group *called* Lashkar-e-Taiba
 * belongs', 'built near a meandering mountain stream *called* Miracle Run'
 * (the phrase is the object of a preposition), not 'Trump *called* Clinton a
 * liar' or 'A spokesman *called* the claims absurd'.
 */
export function namesThing(tokens: readonly { text: string }[], first: number, cue: number): boolean {
  if (!namingVerbs.has(tokens[cue].text.toLowerCase())) return false;
  // The phrase may start at its article, which the speaker parser leaves out before an -ing word ('a *meandering* stream').
  const article = [first, first - 1, first - 2].find((k) => k >= 0 && ['a', 'an', 'the'].includes(tokens[k].text.toLowerCase()));
  const start = article ?? first;
  return start > 0 && objectPrepositions.has(tokens[start - 1].text.toLowerCase());
}
