import type { ArticleRecord } from '../model/articleRecord.js';
import type { StoryStatement } from './storyStatement.js';

/** A speaker who is whoever speaks or writes: 'we now believe', 'I would not be surprised'. */
const firstPerson = /^(?:i|we)$/iu;

/** Where each quotation of a text opens and closes: curly marks pair as written, straight ones in turn. */
function quotations(text: string, from: number, to: number): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  let open: number | null = null;
  for (let i = from; i < to; i += 1) {
    const mark = text[i];
    if (mark === '“' || (mark === '"' && open === null)) open = i;
    else if ((mark === '”' || mark === '"') && open !== null) {
      spans.push({ open, close: i });
      open = null;
    }
  }
  return spans;
}

/**
 * A first-person speaker inside someone's quotation is that someone: in
 * '"Our assessment has been revised ... we now believe that Vasko Dren was
 * seriously wounded," the ministry's spokesman, Colonel Teodor Maslan,
 * said', the attribution stage reads 'we now believe' as a statement of its
 * own, whose speaker 'we' names no one and so spoke for no side. It takes
 * the speaker of the statement that quotes the rest of the same quotation.
 * Outside quotation marks, 'I' and 'we' are the writer's, so the statement
 * is the outlet's own ('I suspected these reports were a false trail' in a
 * column); in a quotation nobody is named for, it is left as it is.
 */
export function resolveQuotedFirstPerson(record: ArticleRecord, statements: StoryStatement[]): StoryStatement[] {
  return statements.map((statement) => {
    const speaker = statement.speaker;
    if (!speaker || !firstPerson.test(speaker.text.trim())) return statement;
    const paragraph = record.paragraphs.find((p) => p.start <= speaker.start && speaker.end <= p.end);
    if (!paragraph) return statement;
    const quote = quotations(record.text, paragraph.start, paragraph.end).find((q) => q.open < speaker.start && speaker.end <= q.close);
    // Outside quotation marks the first person is the writer's: 'I suspected these reports were a false trail' is the outlet's own voice.
    if (!quote) return { ...statement, speaker: null, own: true };
    const quoter = statements.find((other) => other !== statement && other.speaker && !firstPerson.test(other.speaker.text.trim())
      && other.content.start < quote.close && quote.open < other.content.end);
    return quoter?.speaker ? { ...statement, speaker: quoter.speaker } : statement;
  });
}
