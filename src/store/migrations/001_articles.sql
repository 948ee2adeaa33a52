-- One row per distinct article text. The id is derived from the content hash,
-- so the same article read twice (or from two files) is stored once.
CREATE TABLE articles (
  id text PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  source text NOT NULL,
  format text NOT NULL,
  encoding text NOT NULL,
  url text,
  title text,
  title_how text NOT NULL,
  outlet text NOT NULL,
  outlet_how text NOT NULL,
  published date,
  published_earliest date,
  published_latest date,
  published_how text NOT NULL,
  published_confidence double precision NOT NULL,
  text text NOT NULL,
  paragraphs jsonb NOT NULL,
  sentences jsonb NOT NULL,
  removed jsonb NOT NULL,
  analyzer_version text NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  type text NOT NULL,
  text text NOT NULL,
  canonical text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  rule text NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX entities_canonical ON entities (canonical);

CREATE TABLE time_expressions (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  type text NOT NULL,
  value text NOT NULL,
  text text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  how jsonb NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE statements (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id text NOT NULL,
  ordinal integer NOT NULL,
  kind text NOT NULL,
  speaker_text text,
  speaker_canonical text,
  speaker_start integer,
  speaker_end integer,
  cue_text text NOT NULL,
  cue_start integer NOT NULL,
  cue_end integer NOT NULL,
  content_text text NOT NULL,
  content_start integer NOT NULL,
  content_end integer NOT NULL,
  hedges jsonb NOT NULL,
  negated boolean NOT NULL,
  negation jsonb NOT NULL,
  rule text NOT NULL,
  PRIMARY KEY (article_id, id)
);

CREATE INDEX statements_speaker ON statements (speaker_canonical);
