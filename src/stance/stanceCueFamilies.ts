import { doubtPhrases, wordPattern } from './stanceCues.js';

/**
 * Families of cue words the stance judge counts in a text, each a list of
 * regular-expression sources matched case-insensitively as whole words.
 * Hand-written, not learned from any data set, so they carry over to new
 * stories; the model learns only how much each family's count weighs.
 * The order is the order of the features (see stanceFeatures.ts).
 */
export const cueFamilies = {
  /** The text calls a claim false: 'The photo is a hoax', 'police debunked the story', 'it is not true'. */
  refute: [
    'fake[sd]?|faking|hoax(?:es)?|false(?:ly)?|untrue|fabricat\\w*|debunk\\w*|bogus|myth|satir\\w*|spoof|parody|prank(?:sters?)?|doctored|photoshopped',
    'den(?:y|ies|ied|ying|ial)|refut\\w*|reject(?:s|ed)?|dismiss(?:es|ed)?|rebuff\\w*|deni(?:al|als)',
    'lie|lies|lied|lying|misleading|wrong|incorrect|erroneous|scam|fraud\\w*|baseless|unfounded|nonsense|not true|no truth|no evidence|not real',
  ],
  /** The text hedges: 'reportedly', 'claims he', 'may have', 'the rumour'. */
  hedge: [
    'reported(?:ly)?|alleged(?:ly)?|purported(?:ly)?|supposedly|apparently|seemingly|rumou?r(?:s|ed)?|speculat\\w*|unconfirmed|unverified',
    'claim(?:s|ed|ing)?|may|might|could|possibly|perhaps|likely|probably|suggest(?:s|ed)?|appear(?:s|ed)? to|seem(?:s|ed)? to|believed|if true|would',
    // A report relayed, not made: 'NHL expansion plans in the works: reports', 'sources say', 'is said to be'
    'reports?|sources?|(?:said|believed|thought|rumou?red) to(?: be| have)?',
  ],
  /**
   * A suspicion, a fear, a forecast or an open question, not a finding: 'fighter feared killed',
   * 'rapper a suspect in beheading', 'Possible audio tape of the shooting', 'Analyst: Watch to cost $950',
   * 'official accuses ISIS of harvesting organs', 'the mystery of the giant crab', 'police probe claims'.
   */
  speculation: [
    'fear(?:s|ed)?|suspect(?:s|ed)?|possible|potential(?:ly)?|analysts?|predict(?:s|ed|ion)?|accus(?:e|es|ed|ing|ation)|probe[sd]?|investigat\\w*',
    'mystery|mysterious|questions?|wonder(?:s|ing)?|hints?|hinted|tease[sd]?|emerges?|emerged|linked|tipped|pegs|sees|bets?',
  ],
  /** Plans and forecasts, not events: 'Apple Watch to start at $349', 'is expected to', 'in talks to buy'. */
  plan: ['(?:is|are|was|were) (?:set|expected|planning|preparing|poised|due) to|in talks|plans? to|planning|forecasts?|predicts?|working on|considering|eyes|eyeing'],
  /** Negation: 'did not', 'never', 'no sign of', "isn't". */
  negation: ["not|no|never|none|nothing|neither|nor|without|cannot|\\w+n['’]t"],
  /** Attribution: the text relays someone: 'said', 'according to', 'a spokesman told'. */
  attribution: [
    'said|says|say|told|tells|according to|stated|states|announced|tweeted|wrote|posted|statement|spokes(?:man|woman|person)|sources?|report(?:s|ed)? that',
  ],
  /** The text confirms: 'police confirmed', 'the footage shows', 'it is true', 'officially'. */
  confirm: [
    'confirm(?:s|ed|ing|ation)?|prov(?:e|es|ed|en)|proof|reveal(?:s|ed)?|show(?:s|ed|n)?|verified|officially|indeed|actually|in fact|true|real|genuine|authentic',
  ],
  /** Withheld belief, the lists of the rule-based judge: 'could not independently verify', 'no confirmation', 'unclear'. */
  doubt: doubtPhrases,
  /** A question or a quotation in the sentence: 'Is the video real?', 'called it “nonsense”', scare quotes: 'ISIS ‘beheads’ ...'. */
  question: ['\\?'],
  quote: ['["“”]|(?<![\\p{L}])[\'‘]|[\'’](?![\\p{L}])'],
  /** A colon or dash that hangs the source on a headline: 'Apple Watch delayed: report', 'BMO: 19M watches', 'Lenovo to bid - report'. */
  source: [':(?=\\s)|\\s[-–—|]\\s'],
} satisfies Record<string, readonly string[]>;

export type CueFamily = keyof typeof cueFamilies;
export const cueFamilyNames = Object.keys(cueFamilies) as CueFamily[];

/** One global pattern per family; punctuation families match anywhere, word families as whole words. */
export const cuePatterns: Record<CueFamily, RegExp> = Object.fromEntries(
  cueFamilyNames.map((family) => {
    const sources = cueFamilies[family];
    const pattern = family === 'question' || family === 'quote' || family === 'source' ? new RegExp(sources.join('|'), 'gu') : new RegExp(wordPattern(sources).source, 'giu');
    return [family, pattern];
  }),
) as Record<CueFamily, RegExp>;

/** Families whose words explain a judgement ('words' of a StanceEstimate): punctuation explains nothing. */
export const explainingFamilies: readonly CueFamily[] = ['refute', 'doubt', 'negation', 'hedge'];
