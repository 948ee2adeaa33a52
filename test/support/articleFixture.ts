import type { AnalyzedArticle } from '../../src/analyze/analyzeArticle.js';
import { contentHashOf } from '../../src/ingest/contentHashOf.js';
import type { RawArticle } from '../../src/ingest/types.js';

/**
 * A hand-built analysed article, so store tests do not depend on the
 * analysis stages. The text is written for the project.
 */
export function articleFixture(text = 'Ministry says commander killed\n\n"He was killed on May 28," the ministry said on Thursday.'): AnalyzedArticle {
  const hash = contentHashOf(text);
  const quoteStart = text.indexOf('He was');
  const cueStart = text.indexOf('said');
  return {
    id: hash.slice(0, 12),
    contentHash: hash,
    source: 'fixture.txt',
    url: null,
    format: 'text',
    encoding: 'utf-8',
    title: { value: 'Ministry says commander killed', how: 'first-line' },
    outlet: { name: 'Fixture Post', how: 'manifest' },
    published: { value: '2025-06-02', earliest: '2025-06-02', latest: '2025-06-02', how: 'manifest', confidence: 1 },
    authors: [],
    textHow: null,
    removed: [{ text: 'Support us on Patreon!', reason: 'donate-appeal' }],
    timings: [],
    document: {
      text,
      paragraphs: [
        { start: 0, end: 30, kind: 'title' },
        { start: 32, end: text.length, kind: 'body' },
      ],
      sentences: [{ start: 32, end: text.length, paragraph: 1 }],
      tokens: [],
      entities: [{ text: 'ministry', start: text.indexOf('ministry'), end: text.indexOf('ministry') + 8, type: 'organization', canonical: 'Ministry of Defence', rule: 'fixture' }],
      times: [
        {
          text: 'May 28',
          start: text.indexOf('May 28'),
          end: text.indexOf('May 28') + 6,
          type: 'DATE',
          value: '2025-05-28',
          how: { rule: 'month-day', stated: ['month', 'day'], inferred: ['year'], anchor: 'publication' },
        },
      ],
      statements: [
        {
          id: 's1',
          speaker: { text: 'the ministry', canonical: 'Ministry of Defence', start: text.indexOf('the ministry'), end: text.indexOf('the ministry') + 12 },
          cue: { text: 'said', start: cueStart, end: cueStart + 4 },
          content: { text: 'He was killed on May 28,', start: quoteStart, end: quoteStart + 24 },
          kind: 'direct',
          hedges: [],
          negated: false,
          negation: [],
          rule: 'quote-then-speaker-said',
        },
      ],
    },
  };
}

/** The input the fixture stands for: its text, read as a plain-text file. */
export function articleInputFixture(article: AnalyzedArticle): RawArticle {
  return { source: article.source, format: article.format, encoding: article.encoding, content: article.document.text };
}
