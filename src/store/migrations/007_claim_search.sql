-- `check` looks up the derived claims that share words with a stated claim
-- (findCandidateClaims: to_tsvector('english', text) @@ query). Without an
-- index every claim's text is parsed on every check: a store of 10,000
-- articles holds thousands of claims. The expression must stay the one the
-- query uses for the index to serve it.
CREATE INDEX claims_text_search ON claims USING GIN (to_tsvector('english', text));
