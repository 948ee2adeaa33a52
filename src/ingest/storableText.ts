import { fieldLimits, type LimitedField } from '../model/fieldLimits.js';

export { fieldLimits, type LimitedField };
/*
 * What text the store accepts, decided in one place for every way in (files,
 * JSONL lines, manifest rows, uploads, pasted text):
 *
 * - NUL (U+0000): PostgreSQL refuses it in text and JSON, and no article or
 *   name holds one. In article text it means binary content: the article is
 *   refused with the offset. In a supplied field (title, outlet, url,
 *   published, name) the field is refused, naming it.
 * - Lone surrogates ('\ud800' in a JSON string): not Unicode, so not UTF-8,
 *   and PostgreSQL's JSON refuses them. In article text they are replaced by
 *   U+FFFD with a warning (an emoji cut in half by a scraper should not lose
 *   the article); in a supplied field the field is refused.
 * - Length: supplied fields have the limits of src/model/fieldLimits.ts; a longer one is refused
 *   ('outlet is 1,048,576 characters; at most 300 allowed'), since a 1 MB
 *   outlet is a wrong column, not a name. Values the analysis finds itself
 *   (a page's <title>, a speaker) are cut to the same limits with a warning.
 */


const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const count = (n: number) => n.toLocaleString('en-US');

/** Article text with its lone surrogates replaced, a warning when there were any, or the reason it is refused. */
export function storableArticleText(text: string, what = 'the text'): { text: string; warning?: string } | { refused: string } {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return { refused: `${what} contains a NUL character (at character ${count(nul)}), so it is binary, not an article; expected text, HTML or JSONL` };
  }
  const first = text.search(LONE_SURROGATE);
  if (first < 0) return { text };
  let replaced = 0;
  const repaired = text.replace(LONE_SURROGATE, () => {
    replaced++;
    return '\uFFFD';
  });
  return {
    text: repaired,
    warning: `${what} had ${replaced} lone surrogate${replaced === 1 ? '' : 's'} (half an emoji or other character, first at character ${count(first)}); replaced by U+FFFD`,
  };
}

/** Why a supplied field cannot be stored ('outlet contains a NUL character at 12'), or null when it can. */
export function suppliedFieldProblem(field: LimitedField, value: string): string | null {
  const limit = fieldLimits[field];
  if (value.length > limit) return `${field} is ${count(value.length)} characters; at most ${count(limit)} allowed`;
  const nul = value.indexOf('\u0000');
  if (nul >= 0) return `${field} contains a NUL character (at character ${count(nul)}), which cannot be stored`;
  const surrogate = value.search(LONE_SURROGATE);
  if (surrogate >= 0) return `${field} contains a lone surrogate (at character ${count(surrogate)}), which is not valid Unicode`;
  return null;
}

/** A value the analysis found, cut to its field's limit, with a warning when it was cut. */
export function limitFoundValue(field: LimitedField, value: string): { value: string; warning?: string } {
  const limit = fieldLimits[field];
  if (value.length <= limit) return { value };
  return { value: value.slice(0, limit), warning: `${field} found in the page is ${count(value.length)} characters; cut to the first ${count(limit)}` };
}

/** NUL anywhere, or a lone surrogate: what a path or query parameter must not hold. */
export function hasUnstorableCharacter(value: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}
