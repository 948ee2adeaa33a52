import { sentencesIn } from '../analyze/segment/splitSentences.js';
import { wordClass } from '../analyze/statements/wordClass.js';
import type { ArticleRecord } from '../record/articleRecord.js';
import { findTollGiver } from './findTollGiver.js';
import type { StoryStatement } from './storyStatement.js';

/** A sentence that asks: it asserts nothing ('Is Vasko Dren alive?'), though it may raise a claim (see asksForAPart). */
const question = /\?["'”’]?\s*$/u;
/** A question that opens with a question word, after a label if any: 'Kasteria's drone programme: *who* builds the aircraft?'. */
const asksForAPart = /^(?:[^:?]{0,80}:\s*)?(?:who|whom|whose|what|which|where|when|why|how)\b/iu;

/** Words a clause cut before a statement ends in, which belong to what follows: 'which killed 19 people *and which*'. */
const trailingJoiners = /(?:[\s,;:—–-]|\b(?:and|but|or|which|that|who|whom|as|while|though|although|because)\b)+$/iu;
/** Fewer words than this before a statement are an adjunct ('On Friday,'), not a clause of the outlet's. */
const clauseWords = 5;

/**
 * The part of a sentence before the first statement in it, when the outlet
 * says something there of its own: 'The blast has revived memories of the
 * air strike on Tolbek hospital, which killed 19 people, and which Valdoria
 * later acknowledged had been carried out by its air force': the strike
 * killing 19 is the outlet's word, Valdoria's statement is only the rest.
 */
function leadingClause(text: string, sentence: { start: number; end: number }, covered: readonly { start: number; end: number }[]): { start: number; end: number } | null {
  const firstCovered = Math.min(...covered.filter((span) => span.start < sentence.end && sentence.start < span.end).map((span) => span.start));
  if (firstCovered <= sentence.start) return null;
  const end = sentence.start + text.slice(sentence.start, firstCovered).replace(trailingJoiners, '').length;
  const words = text.slice(sentence.start, end).match(/\p{L}+/gu) ?? [];
  // A clause has a verb, and not only a participle: 'In a statement on Friday,' and 'Speaking to reporters on Friday,' have none.
  const hasVerb = words.some((word) => !/ing$/u.test(word) && wordClass(word.toLowerCase()) !== '');
  return words.length >= clauseWords && hasVerb ? { start: sentence.start, end } : null;
}

/**
 * The outlet's own unattributed assertions: the headline and each narrator's
 * sentence ('Baghdadi fled to the desert in early January') that no
 * attributed statement covers, or the clause of its own before the first
 * statement in a sentence (leadingClause); what each asserts is read from it like any
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
    for (const sentence of sentences) {
      // A question that asks for a part ('who builds the aircraft?') raises no claim; one that asks whether ('Was the Batmobile
      // stolen in Detroit?', 'Macaulay Culkin Dead?') raises the claim it asks about, which judgeStance reads as reported.
      const said = record.text.slice(sentence.start, sentence.end);
      if (question.test(said) && asksForAPart.test(said)) continue;
      const own = overlapsStatement(sentence.start, sentence.end) ? leadingClause(record.text, sentence, covered) : sentence;
      if (!own) continue;
      const { start, end } = own;
      const text = record.text.slice(start, end);
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
