/**
 * Other names for the same referent, mapped to the canonical one, so that
 * articles that only say 'ISIS' or 'the US' still meet on one name.
 * Keys are compared exactly (acronyms are case-sensitive: 'IS', not 'Is').
 */
export const canonicalAliases: ReadonlyMap<string, string> = new Map([
  // 'Islamic State (IS) group', 'ISIS leader', 'Isis captives', 'ISIL', 'Daesh'
  ['IS', 'Islamic State'], ['ISIS', 'Islamic State'], ['Isis', 'Islamic State'], ['ISIL', 'Islamic State'],
  ['Daesh', 'Islamic State'], ['Islamic State of Iraq and Syria', 'Islamic State'],
  ['Islamic State of Iraq and the Levant', 'Islamic State'],
  // 'US officials', 'U.S. coalition forces'
  ['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'],
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['EU', 'European Union'], ['E.U.', 'European Union'],
  // 'Al Qaeda' and 'al-Qaeda' in different house styles
  ['Al Qaeda', 'al-Qaeda'], ['Al-Qaeda', 'al-Qaeda'], ['al Qaeda', 'al-Qaeda'],
]);
