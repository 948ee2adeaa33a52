/**
 * The columns of the three CSV files, in order, each with what it holds.
 * docs/export.md lists the same; a test keeps the two equal.
 */
export const statementColumns = {
  claim: 'id of the claim the statement bears on',
  article: 'id of the article that carries it (corroborate show ARTICLE)',
  statement: "statement id within the article ('s3'), or 'o<n>' for the outlet's own assertion",
  reported_on: 'when it was made public (the report clock), YYYY-MM-DD',
  published_on: 'publication date of the article, YYYY-MM-DD',
  outlet: 'the outlet that published the article',
  speaker: 'who said it (the outlet itself for its own assertions)',
  chain: "outlet, relaying agencies, then the speaker, joined by ' > '",
  source: 'id of the original utterance it echoes (sources.csv)',
  stance: 'asserts, denies, doubts or reports',
  hedged: 'true when hedged (may have, highly likely)',
  stance_words: "the words that decided the stance, joined by '; '",
  event_time: 'TIMEX3 value of the time it states (the event clock), empty when none',
  place: 'the place it states, empty when none',
  text: 'the statement as written',
  start: 'offset of the text in the article text',
  end: 'offset one past its end',
  article_url: "the article's URL, or urn:corroborate:article:ID when it has none",
} as const;

export const claimColumns = {
  id: 'claim id, stable within a store',
  text: 'readable text of the claim',
  subject: 'the fullest name of what it is about',
  subject_kind: 'person, organisation, place, object, event or quantity',
  predicate: "the predicate class ('killed') or lemma ('limit')",
  status: 'claimed, disputed, corroborated, refuted or unverified, as of the latest report',
  statements: 'statements on it, echoes counted each time',
  independent_sources: 'original utterances, however many outlets echoed them',
  asserting: 'independent sources asserting it',
  denying: 'independent sources denying it',
  doubting: 'independent sources doubting it',
  reporting: 'independent sources reporting it without taking a side',
  first_reported: 'earliest report date of its statements',
  last_reported: 'latest report date of its statements',
  event_from: 'earliest TIMEX3 event time its statements state',
  event_to: 'latest TIMEX3 event time its statements state',
  place: 'the place its statements state',
} as const;

export const sourceColumns = {
  id: 'source id (statements.csv source)',
  name: 'who spoke: a person, a body, or the outlet itself',
  kind: "'outlet' for an outlet in its own voice, else 'speaker'",
  side: 'the party the speaker belongs to, for counting independent sides',
  claim: 'id of the claim',
  stance: 'asserts, denies, doubts or reports',
  echoes: 'how many statements (in how many articles) carry the utterance',
  outlets: "the outlets that carried it, joined by '; '",
  articles: "the articles that carried it, joined by '; '",
} as const;

export const correctionColumns = {
  id: 'correction id (corroborate correct list)',
  made_at: 'when it was made, ISO time',
  made_by: 'who made it',
  kind: 'merge, split, move, stance, speaker, same-source, outlet, date or exclude',
  change: "what it did, in words ('stance of 3f2a9c1e0b7d:s4 set to denies')",
  note: 'why, as its maker wrote',
  undone_at: 'when it was undone, ISO time; empty while in force',
  undone_by: 'who undid it',
} as const;
