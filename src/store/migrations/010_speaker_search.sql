-- The statement list's speaker filter ('/api/statements?speaker=varga')
-- matches the words of the speaker's name by their start, through this
-- index: ILIKE '%varga%' read every statement (236 ms p50 for 163,000). The
-- 'simple' configuration lowercases and keeps every word (no stemming, no
-- stop words), so 'Ilko Marant' is indexed as 'ilko' and 'marant', and
-- 'al-Baghdadi' as 'al-baghdadi', 'al' and 'baghdadi'. No extension is needed
-- (pg_trgm would match inside words, but a server may not allow creating it).
-- The expression must stay the one listStatements queries.
CREATE INDEX statements_speaker_words ON statements USING GIN (to_tsvector('simple', coalesce(speaker_canonical, speaker_text, '')));
