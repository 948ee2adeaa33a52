-- Full-text search across articles and statements (english configuration,
-- queried with websearch_to_tsquery). The vectors are generated columns, so
-- every writer (the CLI, the workers, the API) keeps them current without
-- knowing they exist. to_tsvector with a constant configuration is
-- immutable, which generated columns require; the same DDL runs on PGlite
-- and on a PostgreSQL server.
--
-- Only the first 300,000 characters of an article are indexed: a tsvector
-- holds at most 1 MB, and an article over that would otherwise fail to be
-- stored at all. News articles are far shorter; a 10 MB page of clean text
-- is still stored and shown, only its tail is not searchable.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
  setweight(to_tsvector('english', left(text, 300000)), 'B')
) STORED;

CREATE INDEX articles_search ON articles USING GIN (search);

-- The speaker weighs more than the content: 'Marant' should rank the
-- spokesman's statements above those that only mention him.
ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(speaker_canonical, speaker_text, '')), 'A') ||
  setweight(to_tsvector('english', left(content_text, 300000)), 'B')
) STORED;

CREATE INDEX statements_search ON statements USING GIN (search);
