import { describe, expect, it } from 'vitest';
import { findSide } from '../../src/relate/findSide.js';

describe('the side a speaker speaks for', () => {
  const places = new Set(['kasteria', 'halvek']);

  it('is the country its words name', () => {
    expect(findSide('Kasterian officials', 'kasterian officials', places)).toBe('kasteria');
  });

  it("is the owner named first, when the story's places do not list it: \"Lessaria's Interior Ministry\"", () => {
    expect(findSide("Lessaria's Interior Ministry", 'interior ministry', places)).toBe('lessaria');
    expect(findSide("the Front's spokesman Ilko Marant", 'ilko marant', places)).toBe('front');
  });

  it('is the speaker itself when nothing names a party', () => {
    expect(findSide('Kasimir Hollin', 'kasimir hollin', places)).toBe('kasimir hollin');
    // A possessive later in the name is not its owner: 'Colonel Aurel Danek's office' is Danek's.
    expect(findSide("Colonel Aurel Danek's office", 'aurel danek', places)).toBe('aurel danek');
  });
});
