/**
 * The two extractors the boilerplate evaluations compare, page by page in
 * one process on the same decoded text (decodeBytes, as `corroborate
 * analyze` decodes a file):
 *   ours         cleanArticle, every paragraph but the title (and, unless
 *                captions are asked for, the captions);
 *   readability  plain @mozilla/readability on a linkedom document of the
 *                same text, nothing done before or after; its article
 *                element is turned into lines by the same htmlToBlocks, so
 *                the two differ only in what they choose and drop. Figure
 *                captions (<figcaption>) are left out on the same terms as ours.
 * A page readability finds no article in gives null: the baseline has nothing.
 */
import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { htmlToBlocks } from '../../src/clean/htmlToBlocks.js';
import type { Decoded } from '../../src/ingest/decodeBytes.js';

export type ExtractorName = 'ours' | 'readability';
export const extractorNames: readonly ExtractorName[] = ['ours', 'readability'];

/** Ours on a page as decodeBytes gave it (the one decoder `analyze` uses). */
export function extractOurs(source: string, decoded: Decoded, withCaptions: boolean): string {
  const clean = cleanArticle({ source, format: 'html', content: decoded.text, encoding: decoded.encoding });
  const left = new Set(withCaptions ? ['title'] : ['title', 'caption']);
  return clean.paragraphs.filter((p) => !left.has(p.kind)).map((p) => clean.text.slice(p.start, p.end)).join('\n');
}

export function extractReadability(content: string, withCaptions: boolean): string | null {
  const document = parseHTML(content).document as unknown as Document;
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return null;
  return htmlToBlocks(article.content)
    .filter((block) => withCaptions || block.hint !== 'caption')
    .map((block) => block.text)
    .join('\n');
}

/** A fixed half of a set, by a hash of the page's file name: 'A' is tuned on, 'B' only reported. */
export function halfOf(file: string): 'A' | 'B' {
  return createHash('sha1').update(file).digest()[0] % 2 === 0 ? 'A' : 'B';
}
