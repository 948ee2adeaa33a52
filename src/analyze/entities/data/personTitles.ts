/**
 * Titles written in front of a person's name. They are kept out of the
 * mention but make it a person: 'Deputy Foreign Minister Oleg Syromolotov',
 * 'Maj. Gen. Ali Alami', 'Mr Basri'. Lowercase, without periods; the longest
 * matching title wins, so 'deputy foreign minister' beats 'minister'.
 */
export const personTitles: readonly string[] = [
  // courtesy and academic: 'Mr Basri', 'Dr. Smith'
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  // religious: 'Ayatollah Ruhollah Khomeini', 'Caliph Ibrahim'
  'sheikh', 'shaikh', 'imam', 'ayatollah', 'grand ayatollah', 'mullah', 'caliph', 'pope', 'cardinal', 'bishop', 'rabbi', 'rev', 'father',
  // state: 'Syrian President Bashar Assad', 'Iraqi Prime Minister Haider al-Abadi'
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'premier', 'chancellor',
  'minister', 'foreign minister', 'deputy foreign minister', 'defence minister', 'defense minister',
  'interior minister', 'finance minister', 'transport minister', 'deputy minister',
  'secretary', 'secretary of state', 'defense secretary', 'defence secretary', 'foreign secretary', 'home secretary',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sultan',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'ambassador', 'amb', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  // military: 'U.S. Air Force Brigadier General Matthew Isler', 'Brig. Gen. Matthew Isler'
  'general', 'gen', 'lieutenant general', 'lt gen', 'major general', 'maj gen', 'brigadier general', 'brig gen',
  'brigadier', 'colonel', 'col', 'lieutenant colonel', 'lt col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'admiral', 'adm', 'rear admiral', 'vice admiral', 'commander', 'cmdr', 'field marshal', 'marshal',
  // corporate and other roles written capitalised before a name: 'CEO Tim Cook', 'Student Abdalaziz Alhamza'
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chief executive', 'chief executive officer', 'chief operating officer',
  'chief financial officer', 'chief technology officer', 'vice-president', 'senior vice president', 'executive vice president', 'director', 'founder', 'co-founder', 'student', 'analyst', 'activist', 'reporter', 'correspondent',
];

/**
 * Lowercase role nouns right before a capitalised name make it a person:
 * 'analyst Hisham al-Hashimi', 'SDF spokesman Mustafa Bali', 'ISIS leader Al-Baghdadi'.
 */
export const personRoleCues: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'minister', 'leader', 'chief', 'commander', 'official',
  'president', 'director', 'general', 'colonel', 'student', 'journalist', 'activist', 'cleric', 'businessman',
  'businesswoman', 'ceo', 'chairman', 'founder', 'co-founder', 'executive', 'secretary', 'envoy', 'ambassador',
  'reporter', 'correspondent', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother',
  'witness', 'resident', 'researcher', 'expert', 'professor', 'author', 'writer', 'lawyer', 'attorney', 'judge',
  'senator', 'governor', 'mayor', 'emir', 'caliph', 'militant', 'fighter', 'singer', 'actor', 'founder',
]);
