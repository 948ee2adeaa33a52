-- Cheap freshness checks for readers, which ask before every story request:
-- which story reader last read the whole store (instead of scanning every
-- article's story_reader), and an index on the subjects waiting to be derived.
CREATE TABLE story_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE INDEX story_subjects_stale ON story_subjects (subject) WHERE version > derived_version;
