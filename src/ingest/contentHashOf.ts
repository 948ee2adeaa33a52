import { createHash } from 'node:crypto';

/**
 * The hash that decides whether an article is already stored. White space and
 * Unicode forms are normalised so that a re-scrape with other line endings
 * (or the same page saved in another encoding) is recognised as the same.
 */
export function contentHashOf(content: string): string {
  return createHash('sha256').update(content.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}
