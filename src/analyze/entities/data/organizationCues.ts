/**
 * The last word of an organisation's name: 'Russian Defense Ministry',
 * 'Syrian Democratic Forces', 'Human Rights Watch', 'Apple Inc.'.
 * Lowercase, without periods.
 */
export const organizationHeads: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'forces', 'force', 'army', 'navy', 'police', 'guard', 'guards', 'militia', 'brigade', 'brigades',
  'battalion', 'regiment', 'corps', 'observatory', 'council', 'committee', 'commission', 'agency', 'office', 'department',
  'service', 'services', 'bureau', 'institute', 'institution', 'foundation', 'university', 'college', 'academy', 'party', 'front',
  'movement', 'group', 'organisation', 'organization', 'association', 'federation', 'league', 'alliance', 'coalition',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'gmbh', 'ag', 'sa', 'airlines', 'airways', 'bank',
  'fund', 'media', 'news', 'network', 'press', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian',
  'gazette', 'channel', 'television', 'tv', 'radio', 'watch', 'international', 'administration', 'authority', 'court',
  'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'board', 'systems', 'technologies', 'industries',
  'holdings', 'partners', 'records', 'studios', 'entertainment', 'motors', 'electric', 'enterprises', 'labs',
  'laboratories', 'software', 'pharmaceuticals', 'command', 'directorate', 'secretariat', 'club', 'union',
]);

/**
 * Words after which 'of' or 'for' continues the same name:
 * 'Russian Ministry of Defence', 'Syrian Observatory for Human Rights',
 * 'The Times of London', 'Secretary of State', 'Gulf of Aden'.
 */
export const connectorHeads: ReadonlySet<string> = new Set([
  ...organizationHeads, 'secretary', 'minister', 'republic', 'kingdom', 'emirate', 'state', 'states', 'gulf', 'bay', 'sea',
  'city', 'province', 'isle', 'island', 'islands', 'cape', 'strait', 'museum', 'church', 'friends', 'chamber', 'director',
  'house',
]);

/**
 * Names that are organisations without a telling last word. Case-sensitive:
 * 'IS' is the group, 'Is' is a verb in a title-case headline.
 */
export const knownOrganizations: ReadonlySet<string> = new Set([
  // news agencies and outlets: 'told Reuters', 'via state news agency TASS'
  'Reuters', 'AFP', 'AP', 'TASS', 'Tass', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox News', 'Sky News', 'Xinhua', 'RIA Novosti',
  'Interfax', 'Sputnik', 'RT', 'Al Jazeera', 'Al Arabiya', 'Guardian', 'Independent', 'Bloomberg', 'Associated Press',
  // government bodies known by one word: 'the Pentagon said'
  'Pentagon', 'Kremlin', 'White House', 'Downing Street', 'Elysee', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'MI5', 'MI6', 'NASA',
  // armed groups and alliances: 'Islamic State (IS)', 'ISIS leader', 'Isis captives'
  'IS', 'ISIS', 'ISIL', 'Isis', 'Daesh', 'Islamic State', 'al-Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda', 'Hezbollah', 'Hamas',
  'Taliban', 'Boko Haram', 'al-Shabab', 'Nusra Front', 'YPG', 'PKK', 'SDF', 'FSA', 'PMF', 'Hashd al-Shaabi',
  'NATO', 'UN', 'U.N.', 'EU', 'E.U.', 'OPEC', 'WHO', 'IMF', 'UNICEF', 'UNESCO', 'Red Cross', 'Red Crescent', 'Amnesty International',
]);
