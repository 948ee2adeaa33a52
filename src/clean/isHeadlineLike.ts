/*
 * A headline is short and has no final full stop: 'ISIS Leader Likely Fled
 * Mosul As Net Tightens', 'Russia says it’s ‘highly likely’ IS leader killed
 * in recent airstrike'. A question or exclamation mark may end one; a full
 * stop, colon or comma does not (those end sentences and lead-ins).
 */
const MAX_CHARS = 200;
const MAX_WORDS = 30;

export function isHeadlineLike(text: string): boolean {
  if (text.length < 3 || text.length > MAX_CHARS) return false;
  if (/[.:;,…]["'”’)\]]?$/.test(text)) return false;
  return text.split(/\s+/).length <= MAX_WORDS;
}
