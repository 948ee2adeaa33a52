import type { Token } from '../../analyze/segment/parseText.js';
import type { StoryStatement } from '../storyStatement.js';

/**
 * A cue set in the middle of what it reports ('The strike, *the ministry
 * said*, killed 12 people') lies inside its own content: the clause is read
 * without the speaker, the cue and the commas around them, so 'the strike'
 * is the subject of 'killed'.
 */
export function withoutOwnFrame(text: string, statement: StoryStatement, tokens: Token[]): Token[] {
  const { speaker, cue, content } = statement;
  if (!speaker || speaker.start <= content.start || cue.end >= content.end) return tokens;
  const from = text.lastIndexOf(',', speaker.start);
  const comma = text.indexOf(',', cue.end);
  if (from < content.start || comma < 0 || comma >= content.end) return tokens;
  return tokens.filter((t) => t.end <= from || t.start > comma);
}
