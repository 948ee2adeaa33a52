import { contentSpan, type StatementDraft } from './statementDraft.js';
import { wordClass } from './wordClass.js';

/** A comma, then maybe an adverb or auxiliary, then a word: where the main clause may resume. */
const resumption = /,\s+(?:(?:now|also|then|later|since|has|have|had|quickly|flatly|on\s+\w+)\s+)*([a-z]+)\b/g;

/**
 * A statement made in a non-restrictive relative clause ends where the
 * clause closes, at the comma before the main clause's verb: 'The Hesran
 * Health Ministry, *which said on Tuesday night that at least 212 people
 * had been killed*, rejected the army's version' reports the toll, not
 * 'the toll, rejected the army's version'; 'Smith, who told reporters the
 * plan had failed, resigned'. Only for a speaker 'which' or 'who' right
 * after a comma; the verb is any word WordNet reads as a verb first
 * ('rejected', 'now says', 'resigned'); a relative clause inside the
 * content ('the strike, which killed 40, was lawful') is passed over.
 */
export function closeRelativeClauses(text: string, drafts: StatementDraft[]): StatementDraft[] {
  return drafts.map((draft) => {
    const { speaker, content } = draft;
    if (!speaker || !/^(?:which|who)$/i.test(speaker.text) || !/,\s*$/.test(text.slice(Math.max(0, speaker.start - 3), speaker.start))) return draft;
    // A relative clause inside the content ('the strike, which killed 40, was lawful') closes at its own comma first.
    let inner = 0;
    for (const match of content.text.matchAll(resumption)) {
      if (match[1] === 'which' || match[1] === 'who') inner += 1;
      if (!wordClass(match[1]).startsWith('v')) continue;
      if (inner > 0) {
        inner -= 1;
        continue;
      }
      const closed = contentSpan(text, content.start, content.start + match.index);
      return closed ? { ...draft, content: closed } : draft;
    }
    return draft;
  });
}
