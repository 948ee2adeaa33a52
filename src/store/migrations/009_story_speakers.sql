-- Who speaks in each article, and for which side as that article reads it:
-- the story-wide sides ('the military' in a wire story is the Valdorian
-- army another article names) are resolved from these few rows, not from
-- every member's JSON. Kept by triggers on story_members, so every path that
-- stores, replaces or deletes an article's members keeps them too. One row
-- per article, subject, speaker and side: an article owns its rows, so
-- writers of different articles never wait on each other here.
CREATE TABLE story_speakers (
  article_id text NOT NULL,
  subject text NOT NULL,
  speaker_key text NOT NULL,
  side text NOT NULL,
  PRIMARY KEY (article_id, subject, speaker_key, side)
);

CREATE INDEX story_speakers_pair ON story_speakers (speaker_key, side);
CREATE INDEX story_speakers_side ON story_speakers (side);

CREATE FUNCTION story_speakers_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO story_speakers (article_id, subject, speaker_key, side)
  SELECT DISTINCT article_id, subject, coalesce(member->'attribution'->>'speakerKey', ''), coalesce(member->'attribution'->>'side', '')
  FROM added
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Members leave a whole article at a time (replaced, re-read, or the article deleted).
CREATE FUNCTION story_speakers_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM story_speakers s USING (SELECT DISTINCT article_id FROM removed) r WHERE s.article_id = r.article_id;
  RETURN NULL;
END $$;

CREATE TRIGGER story_members_added AFTER INSERT ON story_members
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION story_speakers_added();

CREATE TRIGGER story_members_removed AFTER DELETE ON story_members
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION story_speakers_removed();

INSERT INTO story_speakers (article_id, subject, speaker_key, side)
SELECT DISTINCT article_id, subject, coalesce(member->'attribution'->>'speakerKey', ''), coalesce(member->'attribution'->>'side', '')
FROM story_members;
