import type { ArticleRecord } from '../model/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/** How far apart a description and the name it describes may stand: 'the head of security in Korvath province, Colonel Aurel Danek'. */
const appositionGap = 30;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The person a speaker given only by description is, when the article
 * names them beside the same description elsewhere: 'the head of security
 * in Korvath province said' is Aurel Danek when the article also writes
 * "the head of security in Korvath province, Colonel Aurel Danek," (or
 * "Aurel Danek, the head of security in Korvath province"). Without it one
 * person counts as two independent sources. The statement is returned as
 * it was when the speaker is named already, or no such apposition exists.
 */
export function resolveDescribedSpeaker(record: ArticleRecord, statement: StoryStatement): StoryStatement {
  const speaker = statement.speaker;
  if (!speaker) return statement;
  const people = record.entities.filter((e) => e.type === 'person');
  if (people.some((e) => e.start < speaker.end && speaker.start < e.end)) return statement;
  const description = speaker.text.trim().replace(/^(?:the|a|an)\s+/iu, '');
  if (description.split(/\s+/u).length < 2) return statement;
  const pattern = new RegExp(`(?<!\\p{L})${escape(description)}(?!\\p{L})`, 'giu');
  for (let m = pattern.exec(record.text); m; m = pattern.exec(record.text)) {
    const end = m.index + m[0].length;
    // Within one paragraph: a standfirst ending '... according to the Interior Ministry's intelligence chief' is not in
    // apposition to 'Vasko Dren, the commander ...' opening the next one.
    const named = people.find((p) => (p.start >= end && p.start - end <= appositionGap && /^,?[^\S\n]*(?:\p{Lu}\p{Ll}+\.?[^\S\n]+)?$/u.test(record.text.slice(end, p.start)))
      || (p.end <= m.index && m.index - p.end <= appositionGap && /^,[^\S\n]*(?:the[^\S\n]+)?$/iu.test(record.text.slice(p.end, m.index))));
    if (named) return { ...statement, speaker: { ...speaker, canonical: named.canonical } };
  }
  return statement;
}
