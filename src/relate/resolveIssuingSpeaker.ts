import type { ArticleRecord } from '../model/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/**
 * Documents that speak for whoever issued them: '"The recording is a
 * fabrication," the statement said', after 'The Ashkar Brigades rejected
 * ... In a statement posted on its channel, the group said ...'. Not 'the
 * group' or 'the militia': those refer back to a body the article
 * mentioned, not to the last one quoted ('the militia' after the ministry
 * that accuses it).
 */
const issuedBy = /^the\s+(?:statement|communiqu[eé]|release|press release|letter|post|message)$/iu;

/**
 * The statements with such a speaker given the canonical name of the
 * nearest named speaker before them in the article (a person or an
 * organisation the entity stage labelled, or one such a speaker was already
 * resolved to), so one body's words are one side, not a second source
 * called 'the statement'. Statements come in the order of the text.
 */
export function resolveIssuingSpeaker(record: ArticleRecord, statements: StoryStatement[]): StoryStatement[] {
  let lastNamed: string | null = null;
  return statements.map((statement) => {
    const speaker = statement.speaker;
    if (!speaker) return statement;
    if (issuedBy.test(speaker.text.trim())) return lastNamed ? { ...statement, speaker: { ...speaker, canonical: lastNamed } } : statement;
    const named = record.entities.some((e) => (e.type === 'person' || e.type === 'organization') && e.start < speaker.end && speaker.start < e.end);
    if (named) lastNamed = speaker.canonical;
    return statement;
  });
}
