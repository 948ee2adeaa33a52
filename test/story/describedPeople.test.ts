import { describe, expect, it } from 'vitest';
import { readMembers } from '../../src/relate/readMembers.js';
import { recordOf } from './recordOf.js';

const subjectsOf = (speaker: string, content: string, people: string[]): string[] =>
  readMembers(recordOf(speaker, content, people)).map((m) => `${m.proposition.subject}|${m.proposition.predicate}`);

describe('a description read as the one person the article describes with its words', () => {
  it("reads 'the provincial security chief' as the colonel the article calls 'the head of the provincial security directorate'", () => {
    const subjects = subjectsOf(
      'Colonel Aurel Danek, the head of the provincial security directorate,',
      // Dren, named three times, is the person the article is about, whom a leader's title alone would be read as.
      'the provincial security chief had been wrong about Vasko Dren; Vasko Dren was alive and Vasko Dren was hiding',
      ['Aurel Danek', 'Vasko Dren'],
    );
    expect(subjects).toContain('dren|alive');
    expect(subjects[0]).toBe('danek|wrong');
  });

  it('reads a plural as no one person: "the IS group\'s leaders" are not "Steve Goose, the group\'s arms director"', () => {
    const subjects = subjectsOf('Steve Goose, the group\'s arms director,', 'the IS group\'s leaders were meeting to discuss the routes out of Raqqa', ['Steve Goose']);
    expect(subjects.some((s) => s.startsWith('goose|'))).toBe(false);
  });
});
