/**
 * Word lists that decide a statement's stance toward a claim, as
 * regular-expression sources matched case-insensitively on word boundaries.
 * src/relate/judgeStance.ts reads them in the order its rules list.
 */

/** Withholding belief: the speaker neither asserts nor denies. */
export const doubtPhrases: readonly string[] = [
  // "I have no one-hundred-percent confirmation of the information"; "she had no firm confirmation of his death";
  // "I do not have one hundred percent confirmation that Dren is dead"; "there was not \"100 percent confirmation\""
  '(?:no|not|not have|do not have|don[\'’]t have)(?: any)?(?: firm| official| independent)? "?(?:(?:one-hundred|one hundred|100|hundred)[- ]percent )?confirmation',
  // "they had no evidence to corroborate the report"; "no supporting information"
  'no (?:evidence|supporting information|information)',
  // "could not independently verify the accounts"; "cannot confirm"
  '(?:cannot|can\'t|could not|couldn\'t|unable to)(?: independently)? (?:verify|confirm|corroborate)',
  // "it was still unclear when and by whom Baghdadi had been hit"
  'unclear|unconfirmed|unverified',
  // "the death was “being verified through various channels”"; "being checked"
  'being (?:verified|checked|assessed)',
  // "The video proved nothing either way"; "proves nothing"
  'prove[sd]? nothing|proof of nothing',
  // "What I cannot tell you is when it was made"
  'cannot tell',
];

/** The speaker calls a relayed claim false: 'the Russian claim that he was dead was wrong'. */
export const falsifiers: readonly string[] = [
  // "showed that the Russian claim that he was dead was wrong"; "they lied"
  'wrong|false|untrue|fabricated|lied|a lie|lies|fairy tale|not true|baseless|debunked',
  // "previous reports of his death did not turn out to be true"; "the claim proved false"
  // "The figure of 212 ... is too high"; "the ministry's toll was grossly inflated"
  'too high|too low|(?:grossly |wildly )?(?:inflated|exaggerated|overstated)',
  'did not turn out to be (?:true|correct|accurate)|turned out to be (?:false|wrong|untrue|mistaken)|proved (?:false|wrong|untrue|unfounded)|(?:was|were) (?:premature|mistaken)',
];

/**
 * Earlier reports of the same kind, which a sentence may call false
 * without judging the one at hand: 'There had been previous reports of
 * al-Baghdadi being killed but they did not turn out to be true'; 'It is
 * not the first time he has been reported dead'.
 */
export const earlierReportFrames: readonly string[] = [
  '(?:previous|earlier|past|prior|older) (?:reports?|claims?|accounts?|rumou?rs?)',
  'not the first time',
];

/** A frame that relays a claim without taking a side, in front of the predicate. */
export const relayFrames: readonly string[] = [
  // "rumours that he was dead"; "reports that he had been killed"; "the Russian claim that he was dead";
  // "accusations by Hesran officials that a Valdorian air strike had killed hundreds"
  '(?:rumou?rs?|reports?|claims?|allegations?|accusations?|suggestions?|speculation) (?:\\w+ ){0,3}that',
  // "previous reports of his death"; "earlier reports said he had been killed": a recap relays, it does not assert
  '(?:previous|earlier|past|prior|initial|conflicting|several|multiple|repeated) (?:reports?|claims?|accounts?)(?: \\w+){0,3}',
  // "his reported death"; "the alleged killing"
  'reported|reportedly|alleged|allegedly|purported|purportedly|supposed',
  // A report nested in the content: "showed him alive two weeks after Kasteria said he might have been killed",
  // "for three months the ministry told us the commander was dead"
  '(?:said|says|claimed|claims|announced|insisted|asserted|told|tells)(?: that)?',
];

/**
 * The speaker withdraws a claim it made before, in front of the predicate:
 * the claim is denied, not relayed.
 */
export const retractionFrames: readonly string[] = [
  // "the Russians mistakenly thought he had been killed"; "wrongly reported"; "falsely claimed": an error, reported as one
  '(?:mistakenly|wrongly|falsely|erroneously|incorrectly) (?:thought|believed|reported|said|claimed|announced|assumed|declared)',
  // "revising its earlier assessment that he had most likely been killed"; "withdrew its claim that"; "walked back its statement that"
  '(?:revis|withdr[ae]w|retract|correct|abandon|walk(?:ed|ing)? back|back(?:ed|ing)? away from)\\w* (?:its|his|her|their|the|an) (?:(?:earlier|previous|initial|first|original) )?(?:assessment|claim|statement|report|position|account|conclusion)s? (?:\\w+ ){0,2}that',
];

/**
 * A denying verb in its -ing form before a relay frame, up to its 'that':
 * the claim it relays is rejected in the same breath ('rejecting
 * accusations by Hesran officials that a Valdorian air strike had killed
 * hundreds', 'denying reports that he had fled'). The first group is the verb.
 */
export const rejectedRelayFrame = String.raw`(?<!\p{L})(rejecting|denying|dismissing|refuting|disputing)\s+(?:the\s+|all\s+|any\s+)?(?:accusations?|allegations?|claims?|reports?|rumou?rs?|suggestions?|charges?|assertions?)\b[^.;:!?]{0,80}?\bthat\s+`;

/** Reporting verbs that themselves deny: 'the ministry denied that ...'. */
export const denyVerbs: readonly string[] = [
  // "Kasteria denied any civilian building had been struck"; "rejected reports that"
  'denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|disputed',
];

/** Reporting verbs that withhold belief: 'cautioned', 'questioned'. */
export const doubtVerbs: readonly string[] = [
  // "Lavrov cautions there is no confirmation"; "analysts questioned the claim"
  'cautions?|cautioned|questioned|questions|doubted|doubts|declined to confirm',
];

/** Speakers that are themselves only relays: 'according to new reports', 'Lessarian media reported'. */
export const relayingSpeakers: readonly string[] = [
  // "according to new reports"; "Recent reports however suggest"; "Lessarian media reported"
  'reports?|media|rumou?rs?|press reports|news reports|sources say',
];

/**
 * Hedges strong enough that a negated predicate is doubt, not denial:
 * 'One of Baghdadi's aides may have been killed rather than Baghdadi himself'.
 */
export const strongHedges: readonly string[] = [
  // "may have been killed rather than"; "probably"; "not believed to"
  'may|might|could|probably|possibly|perhaps|not believed|likely|more likely',
];

/** A hypothetical: the statement says what would follow, not what happened. */
export const hypotheticalFrames: readonly string[] = [
  // "If confirmed, al-Baghdadi's death would mark a major military success"; "information leading to his death or capture";
  // "There is an outside possibility – if this story is true – that the air strike that injured him was not Russian"
  'if confirmed|if true|if (?:this|the|that|these|those) (?:\\w+ )?(?:is|are|was|were|proves?) (?:true|correct|accurate)|if (?:he|she) (?:is|was|were|has)|would (?:mark|be|mean)|could be|leading to|in the event of|whether',
];

/**
 * A speaker disowning their own words as a guess: it takes no position,
 * whatever the words before it say. "suggests to me that he may have been
 * hurt. But that is a guess."; "he is probably in Syria, but I am only speculating".
 */
export const selfDisclaimers: readonly string[] = [
  "(?:that|this|it)(?: i|['’])s (?:(?:just|only|purely|merely) )?(?:a guess|guesswork|speculation)|(?:i am|i['’]m|we are|we['’]re) (?:just |only |merely )?(?:guessing|speculating)|(?:just|only|purely|merely) (?:a guess|speculation)",
];

/** One case-insensitive pattern of a list's entries, matched as whole words: 'no (?:evidence|information)' in 'it had no evidence'. */
export const wordPattern = (sources: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${sources.join('|')})(?![\\p{L}])`, 'iu');
