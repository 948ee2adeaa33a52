-- The original input of every article, as read (decoded text with its format
-- and encoding, and the metadata supplied beside it by a manifest or JSONL
-- fields), so that `corroborate reanalyze` can run a newer pipeline over it.
-- The article's id is derived from the hash of this content, so re-analysing
-- it keeps the id. Articles stored before this migration have no row here.
CREATE TABLE article_inputs (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  format text NOT NULL,
  encoding text NOT NULL,
  content text NOT NULL,
  supplied jsonb
);

-- Every command that reads the store counts the articles analysed by another
-- version of the analyzer; the index keeps that count off a full table scan.
CREATE INDEX articles_analyzer_version ON articles (analyzer_version);
