/**
 * Words that place a speaker in a country whose name they do not contain.
 * Regular demonyms need no entry: 'Russian' and 'Iraqi' are matched against
 * the place names of the story ('Russia', 'Iraq') by findSide.ts.
 */
export const sideWords: Record<string, string> = {
  // "American officials at the time said"
  american: 'united states', americans: 'united states', us: 'united states', 'u.s.': 'united states',
  // "the Pentagon said at the time that it had no supporting information"
  pentagon: 'united states', washington: 'united states', cia: 'united states',
  // "a week after Moscow first indicated"
  moscow: 'russia', kremlin: 'russia', lavrov: 'russia', tass: 'russia',
  // "Britain's Foreign Office"
  british: 'united kingdom', britain: 'united kingdom', uk: 'united kingdom',
  // "Damascus denied"
  damascus: 'syria', baghdad: 'iraq',
  // Demonyms in -i that no place-name stem catches when the article names no country: "US and Iraqi officials"
  iraqi: 'iraq', israeli: 'israel', saudi: 'saudi arabia', pakistani: 'pakistan', afghani: 'afghanistan', kuwaiti: 'kuwait', yemeni: 'yemen',
};
