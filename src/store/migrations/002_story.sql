-- The story across articles. Each article's own bearing on it (its claim
-- members: proposition, stance, attribution) is read when the article is
-- stored, in the same statement, so several workers can store at once. The
-- cross-article step (grouping into claims, relations, status) is derived per
-- subject, only for subjects whose members changed since it last ran.

-- Which version of the story reader read the article; NULL or an older
-- version means its members must be read again (articles stored before this
-- migration, or after the reader changed).
ALTER TABLE articles ADD COLUMN story_reader text;

CREATE TABLE story_members (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  subject text NOT NULL,
  member jsonb NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX story_members_subject ON story_members (subject);

-- version counts the changes to a subject's members; derived_version is the
-- version the stored derivation was computed from. A subject is stale when
-- version > derived_version.
CREATE TABLE story_subjects (
  subject text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 1,
  derived_version bigint NOT NULL DEFAULT 0,
  statement_count integer NOT NULL DEFAULT 0,
  derived jsonb
);

-- One row per claim, for listing and paging without loading whole subjects.
CREATE TABLE claims (
  id text PRIMARY KEY,
  subject text NOT NULL REFERENCES story_subjects (subject) ON DELETE CASCADE,
  predicate text NOT NULL,
  text text NOT NULL,
  status text NOT NULL,
  statement_count integer NOT NULL,
  source_count integer NOT NULL,
  -- Independent sources per stance: {"asserts": 3, "denies": 1, "doubts": 2, "reports": 0}.
  stances jsonb NOT NULL,
  first_reported date,
  last_reported date
);

CREATE INDEX claims_subject ON claims (subject);
CREATE INDEX claims_statement_count ON claims (statement_count DESC, id);
