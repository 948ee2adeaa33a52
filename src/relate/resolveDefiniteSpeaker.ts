import type { StoryStatement } from './storyStatement.js';

/** 'the colonel', 'the official': a speaker given only as 'the' and one noun. */
const definiteRole = /^the\s+(\p{L}+)$/iu;
/** 'A colonel with the Iraqi national security service', 'an official in Baghdad', 'a senior US official': the noun that introduces someone unnamed. */
const indefiniteIntroduction = /^(?:a|an)\s+(?:\p{L}+\s+){0,3}?(\p{L}+)(?:\s+(?:with|from|in|at|of|for)\b.*)?$/iu;

/**
 * The speaker an unnamed definite role points back to: 'the colonel said'
 * after 'A colonel with the Iraqi national security service said' is that
 * colonel, the nearest speaker before it in the article introduced with 'a'
 * and the same noun. Without it one unnamed person counts as two
 * independent sources. Statements come in the order of the text; one whose
 * role no earlier speaker introduces is returned as it was.
 */
export function resolveDefiniteSpeaker(statements: StoryStatement[]): StoryStatement[] {
  const introduced = new Map<string, NonNullable<StoryStatement['speaker']>>();
  return statements.map((statement) => {
    const speaker = statement.speaker;
    if (!speaker) return statement;
    const text = speaker.text.trim();
    const role = definiteRole.exec(text)?.[1]?.toLowerCase();
    const earlier = role ? introduced.get(role) : undefined;
    if (earlier) return { ...statement, speaker: { ...speaker, canonical: earlier.canonical } };
    const noun = indefiniteIntroduction.exec(text)?.[1]?.toLowerCase();
    if (noun) introduced.set(noun, speaker);
    return statement;
  });
}
