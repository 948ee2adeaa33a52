import type { ArticleRecord } from '../model/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/** Pronouns that can speak: 'he said', 'we believe'. Not 'which', 'that', 'it'. */
const speakingPronouns = /^(?:i|we|you|he|she|they)$/iu;
/** A speaker starting with a relative or demonstrative word is a clause the extractor took for one: 'which showed', 'that'. */
const notASpeaker = /^(?:which|that|who|whom|what|it|this|these|those|there|previous|earlier|initial|first|other|new|recent|several|many|some)\b/iu;
/** A speaker that is no one: 'Nobody who has seen the site believes ...', 'No one in the ministry said ...'. */
const noOne = /^(?:nobody|no one|no-one|none|neither)\b/iu;

/** Whether a statement's speaker is no one at all ('Nobody who has seen the site'): what it says, nobody says. */
export function spokenByNoOne(statement: StoryStatement): boolean {
  return statement.speaker !== null && noOne.test(statement.speaker.text.trim());
}

/**
 * Nouns that name someone who can say something: people by role, bodies,
 * reports and media. 'death' or 'a result of the Russian air strike' is
 * not among them.
 */
const sourceNouns = /(?:^|\s)(?:officials?|spokes(?:man|woman|person|people)|sources?|ministry|ministries|minister|military|army|police|government|group|agency|reports?|media|press|witness(?:es)?|residents?|villagers?|analysts?|experts?|observers?|officers?|colonel|general|commander|chief|head|director|leaders?|president|secretary|council|committee|statement|intelligence|services?|monitor|observatory|authorities|people|smugglers?|researchers?|doctors?|staff|army|forces|troops|militia|channel|newspaper|website|broadcaster|tv|radio|agencies|aides?|diplomats?|member|members|lawmakers?|mp|senator|pentagon|kremlin|state|department|office|embassy|team|company|firm|spokesperson|correspondent|reporter|journalist|sources say|someone|person|man|woman|men|women|family|relatives?|neighbou?rs?|shopkeeper|nurse|surgeon|officer|guard|fighters?|militants?|commanders?|activists?|ngo|charity|organi[sz]ation|union|party|coalition|alliance|court|judge|prosecutors?|investigators?|us|u\.s\.)$/iu;

/**
 * Whether a statement's speaker is one: a named person or organisation, a
 * pronoun that can speak, or a noun phrase whose head names a source
 * ('a colonel with the Iraqi national security service', 'Lessarian media').
 * 'which', 'death', 'a result of the Russian air strike' are not: such a
 * statement is read as the outlet's own.
 */
export function isSpeaker(record: ArticleRecord, statement: StoryStatement): boolean {
  const speaker = statement.speaker;
  if (!speaker) return true;
  const words = speaker.text.trim();
  if (record.entities.some((e) => (e.type === 'person' || e.type === 'organization') && e.start < speaker.end && speaker.start < e.end)) return true;
  if (speakingPronouns.test(words)) return true;
  // 'The Hesran Health Ministry, *which* announced that ...': a relative pronoun the extraction resolved speaks as its antecedent.
  if (/^(?:which|who)$/iu.test(words) && speaker.canonical && speaker.canonical.toLowerCase() !== words.toLowerCase()) return isSourceWords(speaker.canonical);
  if (notASpeaker.test(words) || noOne.test(words)) return false;
  return isSourceWords(words);
}

/** Whether words name a source: a capitalised name the entity stage did not label ('Russia and the Syrian regime', 'CNN'), or a phrase whose head names one. */
function isSourceWords(words: string): boolean {
  if (/^(?:the\s+)?\p{Lu}/u.test(words) && !/^(?:The|A|An)\s+\p{Ll}/u.test(words)) return true;
  const head = words.replace(/\s+(?:of|in|with|from|at|for|on)\s.*$/iu, '');
  return sourceNouns.test(head);
}
