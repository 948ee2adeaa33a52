-- Claims a user watches ('Abu Bakr al-Baghdadi was killed in a Russian
-- airstrike'), and what each stored article says about each of them. An
-- article is checked against every watched claim once, when the story is
-- brought up to date after it is stored (relateStory); the result is kept,
-- bearing or not, so it is never checked again until it is re-analysed,
-- which deletes its rows. A watched claim's page and status read only
-- these rows.
CREATE TABLE watched_claims (
  id text PRIMARY KEY,
  claim text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE watch_checks (
  claim_id text NOT NULL REFERENCES watched_claims (id) ON DELETE CASCADE,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- NULL when the article does not bear on the claim; else its CheckArticle record (src/model/checkRecord.ts) with the evidence's sides.
  judgement jsonb,
  PRIMARY KEY (claim_id, article_id)
);

CREATE INDEX watch_checks_article ON watch_checks (article_id);
