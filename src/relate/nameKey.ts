/** Words after a family name that say which generation: 'Jr.', 'Sr', 'III'. */
const generations = /^(?:jr|sr|ii|iii|iv)\.?$/u;

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
  // A generation is not the family name: 'Vincent Gigante Jr.' -> 'gigante', 'Ken Griffey, Sr.' -> 'griffey'.
  while (words.length > 1 && generations.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1] ?? '';
  return last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
}
