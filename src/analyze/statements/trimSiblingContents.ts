import { clauseJoinerBefore } from './speakerWords.js';
import { contentSpan, type StatementDraft } from './statementDraft.js';

/**
 * Two attributions side by side in one sentence each get only their own
 * clause. 'the country's foreign minister later said there was not "100
 * percent confirmation," the Russian military on Friday claimed it may
 * have killed ...': the minister's content stops at the comma before 'the
 * Russian military'. And 'Analysts suspect he has taken to ground ...,
 * analyst Hisham al-Hashimi ... told Reuters': the analyst's content starts
 * after the first cue, not at the sentence start. A clause coordinated
 * after a comma ends the one before it too: 'the ministry has denied that
 * any building was struck, *and Mereth on Thursday repeated* that denial'
 * (or after a dash: 'would be more intense — *and he noted* that ...'), and
 * so does a participle after a comma, the same speaker's next statement.
 */
export function trimSiblingContents(text: string, drafts: StatementDraft[]): StatementDraft[] {
  // Only drafts of the same sentence are siblings: grouping them first keeps this linear in the sentences.
  const bySentence = new Map<number, StatementDraft[]>();
  for (const draft of drafts) {
    const siblings = bySentence.get(draft.sentence);
    if (siblings) siblings.push(draft);
    else bySentence.set(draft.sentence, [draft]);
  }
  return drafts.map((draft) => {
    let { start, end } = draft.content;
    for (const other of bySentence.get(draft.sentence) ?? []) {
      if (other === draft || !other.speaker) continue;
      // A statement inside a quotation is part of it and cuts nothing: '“God forbid *we ask* the FBI anything,” Gowdy said'.
      if (draft.kind === 'direct' && other.cue.start >= draft.content.start && other.cue.end <= draft.content.end && other.speaker.start >= draft.content.start) continue;
      const speakerStart = other.speaker.start;
      const before = text.slice(Math.max(0, speakerStart - 8), speakerStart);
      const afterComma = /[,;—–]["”]?\s*$/.test(before);
      const joiner = clauseJoinerBefore.exec(text.slice(Math.max(0, speakerStart - 12), speakerStart));
      if ((afterComma || joiner) && speakerStart > start && speakerStart < end && other.cue.start > speakerStart) end = speakerStart - (joiner?.[0].length ?? 0);
      // 'the Wisconsin Republican criticized the president’s foreign policy *and said* allies ...': the second verb's clause is its own.
      if (other.rule.startsWith('coordinated-') && other.cue.start > start && other.cue.start < end) {
        const joiner = /,?\s+(?:and|but)\s+(?:\p{L}+\s+)?$/u.exec(text.slice(start, other.cue.start));
        if (joiner) end = start + joiner.index;
      }
      // 'Trump is defending his tweets*, saying* it shows he'd be awake': the participle's clause is the speaker's next statement.
      if (other.rule === 'participle-after-comma' && other.cue.start > start && other.cue.start < end) {
        const comma = text.lastIndexOf(',', other.cue.start);
        if (comma > start) end = comma;
      }
      const leftContent = draft.content.end <= (draft.speaker?.start ?? draft.cue.start);
      if (leftContent && other.cue.end > start && other.cue.end <= end && other.cue.start < draft.cue.start) start = other.cue.end;
    }
    if (start === draft.content.start && end === draft.content.end) return draft;
    const content = contentSpan(text, start, end);
    return content ? { ...draft, content } : draft;
  });
}
