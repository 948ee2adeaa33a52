import { sideWords } from './sideWords.js';

const minimumStem = 4;

/** 'Russian' belongs to 'Russia', 'Kasterian' to 'Kasteria', 'Iraqi' to 'Iraq'. */
function belongsTo(word: string, place: string): boolean {
  if (place.length < minimumStem || word.length < minimumStem) return false;
  return word === place || (word.startsWith(place) && word.length - place.length <= 3);
}

/**
 * The party a speaker speaks for, for counting independent sources: the
 * countries its words name ('US and Iraqi officials' -> 'iraq+united states'),
 * else the speaker itself. Two statements from one side are not
 * corroboration. `places` are the lower-case country and city names of the story.
 */
export function findSide(speakerWords: string, speakerKey: string, places: ReadonlySet<string>): string {
  const found = new Set<string>();
  for (const raw of speakerWords.split(/[^\p{L}.'’]+/u)) {
    const word = raw.toLowerCase().replace(/['’]s$/u, '').replace(/\.$/u, '');
    if (!word) continue;
    const listed = sideWords[word] ?? sideWords[raw.toLowerCase()];
    if (listed) {
      found.add(listed);
      continue;
    }
    if (!/^\p{Lu}/u.test(raw)) continue;
    const place = [...places].find((name) => !name.includes(' ') && belongsTo(word, name));
    if (place) found.add(place);
    // A demonym of a country the article never names: 'Russian' -> 'russia', 'Kasterian' -> 'kasteria'.
    else if (/[ie]an$/u.test(word) && word.length > 5) found.add(word.slice(0, -1));
  }
  // "Lessaria's Interior Ministry", 'Kasteria's deputy defence minister': the owner named first is whom the speaker speaks for.
  const owner = /^(?:the\s+)?(\p{Lu}\p{L}+)['’]s\s+\p{L}/u.exec(speakerWords.trim())?.[1];
  if (!found.size && owner) found.add(owner.toLowerCase());
  return found.size ? [...found].sort().join('+') : speakerKey;
}

/** The parties behind a side string, one per country. */
export function sidesOf(side: string): string[] {
  return side.split('+');
}
