import type { Entity, Token } from '../types.js';
import { namingVerbs } from './attributiveCues.js';
import { isCapitalized, isWord, lower } from './nounPhraseToken.js';
import { partsOfSpeech } from './partsOfSpeech.js';
import { bareSourceNouns } from './speakerWords.js';
import { namesPersonFirst, namesTopic, wordClass } from './wordClass.js';

/*
 * A headline's part before a colon names either who speaks ('Pentagon: ISIS
 * seized materials airdropped to Kurds', 'Jeh Johnson: Politicians Shouldn't
 * Feed The Flames') or what the headline is about ('Ottawa Shooting: Soldier
 * Shot at War Memorial', 'Zombie Cat: Buried Kitty Believed Dead', 'Jihadi
 * John: Isis fighter named as Mohammed Emwazi'). Of 116 such headlines in
 * Emergent's tuning half, about half were topics read as speakers.
 */

/** Nouns for a source that is no person, heading a label: 'Rumor: Apple in late-stage talks', 'Poll: ...', 'Study: ...'. */
const sourceHeads = new Set([...bareSourceNouns, 'rumor', 'rumors', 'rumour', 'rumours', 'poll', 'polls', 'study', 'survey', 'memo', 'statement']);

/** Whether a word of a label is a verb form that makes the label a clause: 'Jihadi John *UNMASKED*', 'Apple *Killing* Beats Music', 'Obama *Denounces* ...'. */
function isVerbForm(word: string): boolean {
  return /(?:ed|ing|es|s)$/u.test(word) && wordClass(word) !== '' && !namesPersonFirst(word);
}

/** The noun phrase a headline's content opens with, up to its first verb: 'Isis fighter' in 'Isis fighter named as ...'. */
function openingPhrase(tokens: readonly Token[], tags: readonly string[]): { head: Token | null; verbAt: number } {
  let head: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] === 'VERB' || tags[i] === 'AUX') return { head, verbAt: i };
    if (tags[i] === 'ADP' || tags[i] === 'PUNCT' || tags[i] === 'CCONJ') return { head, verbAt: -1 };
    if (tags[i] === 'NOUN' || tags[i] === 'PROPN') head = tokens[i];
  }
  return { head, verbAt: -1 };
}

/**
 * Whether what follows the colon is news about the person the label names,
 * not their words: it names them again ('James Foley: American Journalist
 * James Wright *Foley* Beheaded'), or describes one person and says what was
 * done to them ('Jihadi John: Isis *fighter named as* Mohammed Emwazi',
 * 'Mariam Al Mansouri: Female Fighter *Pilot Disowned By* Family'), or has
 * its own speaker ('Bergdahl: *Senator Says* Jihadists Swapped ...'). Not
 * 'Jeh Johnson: Politicians Shouldn't Feed ...', nor 'Bill Clinton: Hillary
 * thinks feds require too many tests'.
 */
function newsAboutLabel(label: readonly Token[], text: string, content: readonly Token[]): boolean {
  const labelHead = lower(label.at(-1)!);
  if (content.some((t) => lower(t) === labelHead)) return true;
  const tags = partsOfSpeech(text, content);
  const { head, verbAt } = openingPhrase(content, tags);
  if (!head || verbAt <= 0) return false;
  const verb = lower(content[verbAt]);
  if (/^(?:says|say|claims|reports)$/u.test(verb)) return true;
  const passive = tags[verbAt] === 'AUX' ? content[verbAt + 1] : content[verbAt];
  const marker = content[content.indexOf(passive!) + 1];
  const headWord = lower(head);
  if (headWord.endsWith('s') || !namesPersonFirst(headWord) || !passive || !marker) return false;
  // 'Pilot *Disowned By* Family': a passive with its agent; 'fighter *named as* Mohammed Emwazi': a naming (not 'director *acted as* judge').
  return (/ed$/u.test(lower(passive)) && lower(marker) === 'by') || (namingVerbs.has(lower(passive)) && lower(marker) === 'as');
}

/**
 * Whether a headline's words before its colon name its speaker. `label` are
 * the label's tokens, `content` the tokens after the colon. Political
 * headlines mostly name one ('Sanders: Clinton needs to ...', 'NY Post:
 * Megyn Kelly Is No Different ...'), so a label is a topic only when it
 * says so: a verb in it ('Jihadi John *UNMASKED*'), a place ('Bosnia',
 * 'China'), a head that names what happens or holds ('Ottawa *Shooting*',
 * 'Star *Wars*', 'Pure *Evil*', 'Categorically *False*'), or content that is
 * news about the person it names.
 */
export function labelNamesSpeaker(label: readonly Token[], content: readonly Token[], text: string, entities: readonly Entity[]): boolean {
  const words = label.filter(isWord);
  if (words.length === 0) return false;
  // '... Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’': words quoted after the colon are someone's.
  if (/^["“‘']/u.test(content[0]?.text ?? '')) return true;
  const head = words.at(-1)!;
  const headWord = lower(head);
  // 'US officials', 'GOP Rep', 'Senator', 'Experts', 'Sources', 'Rumor': a role or a source.
  if (namesPersonFirst(headWord) || sourceHeads.has(headWord)) return true;
  if (words.some((w) => isVerbForm(lower(w)))) return false;
  const entity = entities.find((e) => e.start <= head.start && head.end <= e.end);
  // 'Bosnia: Seven underage girls return ...', 'Syria: Teenage British Jihadi ... Killed': a place heads a dateline or a topic.
  if (entity?.type === 'place' || namesTopic(headWord)) return false;
  // A body ('Pentagon: 1 weapons bundle seized by militants') is not what its news describes; a person may be.
  const body = entities.some((e) => e.type !== 'person' && e.start < head.end && words[0].start < e.end);
  return body || !isCapitalized(head) || !newsAboutLabel(words, text, content);
}
