import { describe, expect, it } from 'vitest';
import { claimOfArticle, halfOf } from '../../scripts/eval/emergent.js';
import { headlineWords, similarPairs, singleLink, tfidfVectors } from '../../scripts/eval/emergentTfidf.js';

describe('Emergent grouping', () => {
  it('puts a headline in the claim holding most of its statements', () => {
    const span = (claim: string) => ({ claim, article: 'a', start: 0, end: 1, from: 'statement' as const });
    expect(claimOfArticle([span('x'), span('y'), span('y')])).toBe('y');
    expect(claimOfArticle([])).toBeNull();
  });

  it('splits claims into stable halves', () => {
    expect(halfOf('8faeb4b0-c41b-11e4-88c9-eb158a06b9a5')).toBe(halfOf('8faeb4b0-c41b-11e4-88c9-eb158a06b9a5'));
    expect(['tune', 'test']).toContain(halfOf('x'));
  });
});

describe('tf-idf baseline', () => {
  it('drops stopwords and possessives', () => {
    expect(headlineWords("Apple's Watch: the 19M sales!")).toEqual(['apple', 'watch', '19m', 'sales']);
  });

  it('links headlines sharing rare words and leaves others apart', () => {
    const headlines = ['Apple Watch sales hit 19M', 'BMO: 19M Apple Watch sales', 'Oldest burger kept for 20 years', 'Man kept burger 20 years'];
    const pairs = similarPairs(tfidfVectors(headlines));
    const labels = singleLink(headlines.length, pairs, 0.3);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[2]).toBe(labels[3]);
    expect(labels[0]).not.toBe(labels[2]);
    expect(new Set(singleLink(headlines.length, pairs, 1.01)).size).toBe(4);
  });
});
