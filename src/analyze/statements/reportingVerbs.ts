/**
 * Verbs that introduce what someone said or thinks. PolNeAR counts cognition
 * ('they believe') and intention ('she wants to') as attributions too, so
 * they are here; the class lets a consumer weigh them differently.
 *
 * invertible: may follow its quote with the speaker after it ('..., said X').
 * hearer: may take the listener as object before the content ('told Reuters').
 * opens: the words the content must start with, for verbs that too often
 * take a plain object ('The photo shows an image', 'he found the car').
 * bareParticiple: may report after a comma without 'that' (', saying the battle
 * is over'); other participles need 'that' (', declaring it their capital' is no report).
 */
export type ReportingClass = 'speech' | 'cognition' | 'intention';

export interface ReportingVerb {
  lemma: string;
  /** Irregular forms; regular ones are derived from the lemma. */
  forms?: string[];
  class: ReportingClass;
  invertible?: boolean;
  hearer?: boolean;
  opens?: readonly string[];
  bareParticiple?: boolean;
}

export const reportingVerbs: readonly ReportingVerb[] = [
  // "..., said Abu Ali al-Basri" / "Hamdan said Baghdadi then moved to Baghouz"
  { lemma: 'say', forms: ['say', 'says', 'said', 'saying'], class: 'speech', invertible: true, bareParticiple: true },
  // "Jumah Hamdi Hamdan, 53, told the Guardian" / "he told AFP"
  { lemma: 'tell', forms: ['tell', 'tells', 'told', 'telling'], class: 'speech', hearer: true, bareParticiple: true },
  // "the Russian military on Friday claimed it may have killed"
  { lemma: 'claim', class: 'speech', bareParticiple: true },
  // "The Defense Ministry added that it had warned the US"
  { lemma: 'add', forms: ['add', 'adds', 'added', 'adding'], class: 'speech', invertible: true, bareParticiple: true },
  // "He reiterated a Defense Ministry statement"
  { lemma: 'reiterate', class: 'speech' },
  // "The New York Post reports that ..."
  { lemma: 'report', class: 'speech', opens: ['that'] },
  // "the Russian Foreign Ministry stated that"
  { lemma: 'state', class: 'speech', opens: ['that'] },
  // "the senator wrote in a letter"
  { lemma: 'write', forms: ['write', 'writes', 'wrote', 'writing'], class: 'speech', invertible: true, bareParticiple: true },
  // "she tweeted"
  { lemma: 'tweet', class: 'speech' },
  // "Military analysts note that official communications have gone silent"
  { lemma: 'note', class: 'speech', invertible: true, bareParticiple: true },
  // "he explained"
  { lemma: 'explain', class: 'speech', invertible: true, opens: ['that'] },
  // "she asked" after a quoted question
  { lemma: 'ask', class: 'speech', invertible: true, hearer: true },
  // "he continued" after a quote, or before a that-clause or a long quote; not "will continue their attacks"
  { lemma: 'continue', class: 'speech', invertible: true, opens: ['that'] },
  // "the minister announced that"
  { lemma: 'announce', class: 'speech' },
  // "the group declared"
  { lemma: 'declare', class: 'speech', opens: ['that'] },
  // "officials confirmed that"
  { lemma: 'confirm', class: 'speech', opens: ['that'] },
  // "the Pentagon denied that"
  { lemma: 'deny', forms: ['deny', 'denies', 'denied', 'denying'], class: 'speech' },
  // "he acknowledged that"
  { lemma: 'acknowledge', class: 'speech', opens: ['that'], bareParticiple: true },
  // "she admitted"
  { lemma: 'admit', forms: ['admit', 'admits', 'admitted', 'admitting'], class: 'speech', opens: ['that'], bareParticiple: true },
  // "the colonel insisted"
  { lemma: 'insist', class: 'speech', invertible: true, bareParticiple: true },
  // "the UN warned that"
  { lemma: 'warn', class: 'speech', invertible: true, opens: ['that'] },
  // "critics argue that"
  { lemma: 'argue', class: 'speech', invertible: true, bareParticiple: true },
  // "she replied"
  { lemma: 'reply', forms: ['reply', 'replies', 'replied', 'replying'], class: 'speech', invertible: true },
  // "he responded"
  { lemma: 'respond', class: 'speech', invertible: true },
  // "Recent reports however suggest that parts of the claim may have been true"
  { lemma: 'suggest', class: 'speech', bareParticiple: true },
  // "he recalled"
  { lemma: 'recall', class: 'speech', invertible: true, opens: ['that'] },
  // "the aide revealed"
  { lemma: 'reveal', class: 'speech', opens: ['that'] },
  // "she stressed that"
  { lemma: 'stress', forms: ['stress', 'stresses', 'stressed', 'stressing'], class: 'speech', opens: ['that'] },
  // "he emphasized"
  { lemma: 'emphasize', class: 'speech' },
  // "the lawyer contended"
  { lemma: 'contend', class: 'speech' },
  // "she maintained"
  { lemma: 'maintain', class: 'speech', opens: ['that'] },
  // "the report concluded that"
  { lemma: 'conclude', class: 'speech', opens: ['that'] },
  // "he predicted"
  { lemma: 'predict', class: 'speech', opens: ['that'] },
  // "prosecutors alleged"
  { lemma: 'allege', class: 'speech' },
  // "he asserted"
  { lemma: 'assert', class: 'speech' },
  // "she complained"
  { lemma: 'complain', class: 'speech', invertible: true, opens: ['that'] },
  // "he boasted"
  { lemma: 'boast', forms: ['boast', 'boasts', 'boasted', 'boasting'], class: 'speech' },
  // "she conceded"
  { lemma: 'concede', class: 'speech' },
  // "he mentioned"
  { lemma: 'mention', class: 'speech', opens: ['that'] },
  // "the data indicate"
  { lemma: 'indicate', class: 'speech', opens: ['that'] },
  // "she observed"
  { lemma: 'observe', class: 'speech', opens: ['that'] },
  // "polls show that"
  { lemma: 'show', forms: ['show', 'shows', 'showed', 'showing'], class: 'speech', opens: ['that'] },
  // "the study found that"
  { lemma: 'find', forms: ['find', 'finds', 'found'], class: 'speech', opens: ['that'] },
  // "he quipped"
  { lemma: 'quip', forms: ['quip', 'quips', 'quipped'], class: 'speech', invertible: true },
  // "she joked"
  { lemma: 'joke', class: 'speech', invertible: true },
  // "he cautioned"
  { lemma: 'caution', class: 'speech' },
  // "she agreed"
  { lemma: 'agree', forms: ['agree', 'agrees', 'agreed'], class: 'speech', opens: ['that'] },
  // "he testified"
  { lemma: 'testify', forms: ['testify', 'testifies', 'testified'], class: 'speech' },
  // "Trump called Clinton “crooked”" (PolNeAR counts evaluations as attributions)
  { lemma: 'call', class: 'speech' },
  // "he described the deal as a disaster"
  { lemma: 'describe', class: 'speech' },
  // "she accused him of lying"
  { lemma: 'accuse', class: 'speech' },
  // "he criticized the president's foreign policy"
  { lemma: 'criticize', class: 'speech' },
  // "she praised Rubio's positions"
  { lemma: 'praise', class: 'speech' },
  // "he cited a poll"
  { lemma: 'cite', class: 'speech', bareParticiple: true },
  // "she defended the decision"
  { lemma: 'defend', class: 'speech' },
  // "he blamed the media"
  { lemma: 'blame', class: 'speech' },
  // "she dismissed the report as nonsense"
  { lemma: 'dismiss', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], class: 'speech' },
  // "officials estimate"
  { lemma: 'estimate', class: 'cognition', opens: ['that'] },
  // "they believe" / "US government experts believe Baghdadi is still alive"
  { lemma: 'believe', class: 'cognition' },
  // "Russia and the Syrian regime said they thought he had been killed"
  { lemma: 'think', forms: ['think', 'thinks', 'thought'], class: 'cognition' },
  // "Analysts suspect he has taken to ground"
  { lemma: 'suspect', class: 'cognition' },
  // "officials fear that"
  { lemma: 'fear', class: 'cognition', opens: ['that'] },
  // "she hopes to"
  { lemma: 'hope', class: 'intention', opens: ['to', 'that'] },
  // "analysts expect"
  { lemma: 'expect', class: 'cognition', opens: ['that'] },
  // "he feels that"
  { lemma: 'feel', forms: ['feel', 'feels', 'felt'], class: 'cognition', opens: ['that'] },
  // "they worry that"
  { lemma: 'worry', forms: ['worry', 'worries', 'worried'], class: 'cognition', opens: ['that'] },
  // "he doubts that"
  { lemma: 'doubt', class: 'cognition', opens: ['that'] },
  // "she knows that"
  { lemma: 'know', forms: ['know', 'knows', 'knew'], class: 'cognition', opens: ['that'] },
  // "Trump wants to build a wall"
  { lemma: 'want', class: 'intention', opens: ['to'] },
  // "the campaign plans to"
  { lemma: 'plan', forms: ['plan', 'plans', 'planned'], class: 'intention', opens: ['to'] },
  // "he vowed to"
  { lemma: 'vow', class: 'intention', opens: ['to'] },
  // "she promised to"
  { lemma: 'promise', class: 'intention', opens: ['to', 'that'] },
  // "he pledged to"
  { lemma: 'pledge', class: 'intention', opens: ['to'] },
  // "the senator urged"
  { lemma: 'urge', class: 'intention', opens: ['to'] },
  // "a spokesman declined to comment"
  { lemma: 'decline', class: 'intention', opens: ['to'] },
  // "he refused to"
  { lemma: 'refuse', class: 'intention', opens: ['to'] },
];

/** 'claim' -> claim, claims, claimed, claiming; 'note' -> notes, noted, noting; 'deny' has its forms listed. */
function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, `${lemma}s`, `${stem}ed`, `${stem}ing`];
}

export interface VerbForm {
  verb: ReportingVerb;
  participle: boolean;
}

export const reportingVerbForms: ReadonlyMap<string, VerbForm> = new Map(
  reportingVerbs.flatMap((verb) =>
    (verb.forms ?? regularForms(verb.lemma)).map((form): [string, VerbForm] => [form, { verb, participle: form.endsWith('ing') }]),
  ),
);

/** 'say', 'claims': the forms that can also be nouns ('new reports', 'a claim'), unlike 'said' or 'saying'. */
export function isPresentForm(word: string, verb: ReportingVerb): boolean {
  const base = verb.forms?.[0] ?? verb.lemma;
  return word === base || word === (verb.forms?.[1] ?? `${verb.lemma}s`);
}
