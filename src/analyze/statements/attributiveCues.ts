import type { Token } from '../types.js';
import { lower } from './nounPhraseToken.js';
import { partsOfSpeech } from './partsOfSpeech.js';
import type { SentenceView } from './sentenceView.js';
import type { StatementDraft } from './statementDraft.js';

/*
 * Cue words that are no one's saying where they stand. Headlines write them
 * in title case, where the speaker phrase swallows the verb before them:
 * 'CNN Plays *Alleged* Audio of Michael Brown Shooting' had the speaker 'CNN
 * Plays' and the cue 'Alleged'; 'Jihadi John *named as* Mohammed Emwazi'
 * had the speaker 'Jihadi John'.
 */

/** Participles of hedged report that also modify a noun: 'the *alleged* killer', 'Plays *Purported* Audio'. */
const hedgingModifiers = new Set(['alleged', 'purported', 'suspected', 'supposed', 'rumored', 'rumoured', 'so-called', 'presumed', 'putative']);

/** Parts of speech that open a noun phrase before such a modifier: a verb or preposition whose object it starts, a determiner, an adjective. */
const opensPhrase = new Set(['VERB', 'ADP', 'DET', 'ADJ', 'NUM', 'PRON']);

/** Verbs by which someone is named 'as' who they are: 'Jihadi John *named as* Mohammed Emwazi', 'gunman *identified as* ...'. */
export const namingVerbs: ReadonlySet<string> = new Set(['named', 'identified', 'unmasked', 'revealed', 'exposed', 'outed', 'branded', 'labelled', 'labeled']);

function cueToken(tokens: readonly Token[], draft: StatementDraft): number {
  return tokens.findIndex((t) => t.start >= draft.cue.start && t.end <= draft.cue.end);
}

/**
 * Whether a draft's cue is a modifier inside a noun phrase ('FBI Probing
 * *Alleged* Audio of ...', 'the *alleged* killer was') or a naming in the
 * passive ('Isis fighter *named as* Mohammed Emwazi'), not a verb of saying.
 * Also 'found' before an adjective standing alone ('Culkin *found dead* in
 * his apartment'). Not 'Police *alleged* Dren was there' (a subject before
 * it), nor 'the study *found* widespread abuse'.
 */
function isAttributiveCue(tokens: readonly Token[], tags: readonly string[], draft: StatementDraft): boolean {
  const at = cueToken(tokens, draft);
  if (at < 0) return false;
  const cueWords = tokens.filter((t) => t.start >= draft.cue.start && t.end <= draft.cue.end);
  if (cueWords.length !== 1) return false;
  const word = lower(tokens[at]);
  const next = tokens[at + 1];
  if (namingVerbs.has(word)) return next !== undefined && lower(next) === 'as';
  // 'Macaulay Culkin *found dead* in his apartment', 'was found guilty': a state someone was found in; not 'found widespread abuse'.
  if (word === 'found') return tags[at + 1] === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tags[at + 2] ?? '');
  if (!hedgingModifiers.has(word) || !next || tags[at + 1] !== 'NOUN') return false;
  return at > 0 && opensPhrase.has(tags[at - 1]);
}

/**
 * Whether a draft's speaker is only the article and adjectives of the noun
 * its cue word heads: 'Transgender Teen ... Pens *A Heartbreaking* Note
 * Urging ...' had the speaker 'A Heartbreaking' and the cue 'Note'.
 */
function speakerModifiesCue(tokens: readonly Token[], tags: readonly string[], draft: StatementDraft): boolean {
  const speaker = draft.speaker;
  const at = cueToken(tokens, draft);
  if (!speaker || at < 1 || speaker.end > draft.cue.start || tags[at] !== 'NOUN') return false;
  const words = tokens.map((t, k) => ({ t, k })).filter(({ t }) => t.start >= speaker.start && t.end <= speaker.end);
  // 'Many fear Trump will ...', 'few keep': a quantifier stands for the people it counts, and speaks.
  const describes = words.some(({ t, k }) => tags[k] === 'ADJ' && !quantifiers.has(lower(t)));
  return words.length > 0 && words.at(-1)!.k === at - 1 && describes && words.every(({ k }) => tags[k] === 'ADJ' || tags[k] === 'DET');
}

const quantifiers = new Set(['many', 'few', 'some', 'several', 'most', 'both', 'all', 'each', 'more', 'fewer', 'numerous', 'other', 'others']);

/** The drafts whose cue is a word that modifies or names (see isAttributiveCue), or whose speaker modifies the cue, left out. */
export function withoutAttributiveCues(text: string, drafts: StatementDraft[], views: readonly SentenceView[]): StatementDraft[] {
  return drafts.filter((draft) => {
    const view = views.find((v) => v.start <= draft.cue.start && draft.cue.end <= v.end);
    if (!view) return true;
    const tags = partsOfSpeech(text, view.tokens);
    return !isAttributiveCue(view.tokens, tags, draft) && !speakerModifiesCue(view.tokens, tags, draft);
  });
}
