/**
 * The story-wide key of a name: its last word, lower case, without an Arabic
 * article or a possessive, so the forms different outlets use meet.
 * 'Abu Bakr al-Baghdadi', 'Al-Baghdadi' and 'Baghdadi's' -> 'baghdadi';
 * 'Vasko Dren' -> 'dren'.
 */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .split(/[\s]+/u)
    .filter((word) => /\p{L}/u.test(word));
  const last = words[words.length - 1] ?? '';
  return last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
}
