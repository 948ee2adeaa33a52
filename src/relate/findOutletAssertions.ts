import { sentencesIn } from '../analyze/segment/splitSentences.js';
import type { ArticleRecord } from '../record/articleRecord.js';
import { findTollGiver } from './findTollGiver.js';
import type { StoryStatement } from './storyStatement.js';

/** A sentence that asks or exclaims an appeal asserts nothing: 'Is Vasko Dren alive?'. */
const question = /\?["'”’]?\s*$/u;

/**
 * The outlet's own unattributed assertions: the headline and each narrator's
 * sentence ('Baghdadi fled to the desert in early January') that no
 * attributed statement covers; what each asserts is read from it like any
 * statement's content. They become statements of the outlet, with no speaker,
 * except a count the sentence says someone gave, which is theirs
 * (findTollGiver). Captions are left out: they repeat the body and are not
 * the outlet's argument.
 */
export function findOutletAssertions(record: ArticleRecord): StoryStatement[] {
  const covered = record.statements.flatMap((s) => [s.content, s.cue, ...(s.speaker ? [s.speaker] : [])]);
  const overlapsStatement = (start: number, end: number): boolean => covered.some((span) => span.start < end && start < span.end);
  const found: StoryStatement[] = [];
  record.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'caption') return;
    const sentences = paragraph.kind === 'title' ? [{ start: paragraph.start, end: paragraph.end }] : sentencesIn(record.text, paragraph.start, paragraph.end, index);
    for (const { start, end } of sentences) {
      const text = record.text.slice(start, end);
      if (question.test(text) || overlapsStatement(start, end)) continue;
      // A count the sentence says somebody gave is that body's word: 'Health ministry lowers hospital toll to 87'.
      const giver = findTollGiver(record, start, end);
      if (giver) {
        found.push({
          id: `o${found.length + 1}`, speaker: giver.speaker, cue: giver.cue, content: { text, start, end },
          kind: paragraph.kind === 'title' ? 'headline' : 'narration', hedges: [], negated: false, negation: [], rule: 'count-given', own: false,
        });
        continue;
      }
      found.push({
        id: `o${found.length + 1}`,
        speaker: null,
        cue: { text: '', start, end: start },
        content: { text, start, end },
        kind: paragraph.kind === 'title' ? 'headline' : 'narration',
        hedges: [],
        negated: false,
        negation: [],
        rule: 'outlet-assertion',
        own: true,
      });
    }
  });
  return found;
}
