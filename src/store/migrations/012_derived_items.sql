-- A subject's derivation (its claims with their members, its sources,
-- relations and status changes) was one jsonb value in story_subjects. At
-- 100,000 articles the largest ('bridge', 201,174 statements) was a 237 MB
-- value that PGlite ran out of memory storing, and reading one claim's
-- history or neighbours unpacked its whole subject. Each item is now a row of
-- its own, in its list's order; a claim's row holds the claim without its
-- members, which are rows of their own, numbered within their claim, so that
-- one more article appends rows to the claims it joins rather than shifting
-- every member after them. A digest of each item lets a new derivation write
-- only the rows that changed. story_subjects.derived keeps only how many
-- items of each list there are, and is still what says a subject is derived.
CREATE TABLE derived_items (
  subject text NOT NULL REFERENCES story_subjects (subject) ON DELETE CASCADE,
  -- 'claim', 'member', 'source', 'relation' or 'status'.
  list text NOT NULL,
  -- The claim the item belongs to (a relation's: the claim it goes from).
  claim_id text NOT NULL,
  -- The place in the list; a member's, in its claim.
  ordinal integer NOT NULL,
  digest text NOT NULL,
  item jsonb NOT NULL,
  PRIMARY KEY (subject, list, claim_id, ordinal)
);

CREATE INDEX derived_items_claim ON derived_items (claim_id, list, ordinal);

INSERT INTO derived_items (subject, list, ordinal, claim_id, digest, item)
SELECT s.subject, 'claim', c.n - 1, c.item->>'id', md5((c.item - 'members')::text), c.item - 'members'
FROM story_subjects AS s, jsonb_array_elements(s.derived->'claims') WITH ORDINALITY AS c(item, n)
WHERE s.derived ? 'claims';

INSERT INTO derived_items (subject, list, ordinal, claim_id, digest, item)
SELECT s.subject, 'member', m.n - 1, c.item->>'id', md5(m.item::text), m.item
FROM story_subjects AS s, jsonb_array_elements(s.derived->'claims') WITH ORDINALITY AS c(item, n),
     jsonb_array_elements(c.item->'members') WITH ORDINALITY AS m(item, n)
WHERE s.derived ? 'claims';

INSERT INTO derived_items (subject, list, ordinal, claim_id, digest, item)
SELECT s.subject, 'source', x.n - 1, x.item->>'claimId', md5(x.item::text), x.item
FROM story_subjects AS s, jsonb_array_elements(s.derived->'sources') WITH ORDINALITY AS x(item, n)
WHERE s.derived ? 'claims';

INSERT INTO derived_items (subject, list, ordinal, claim_id, digest, item)
SELECT s.subject, 'relation', x.n - 1, x.item->>'from', md5(x.item::text), x.item
FROM story_subjects AS s, jsonb_array_elements(s.derived->'relations') WITH ORDINALITY AS x(item, n)
WHERE s.derived ? 'claims';

INSERT INTO derived_items (subject, list, ordinal, claim_id, digest, item)
SELECT s.subject, 'status', x.n - 1, x.item->>'claimId', md5(x.item::text), x.item
FROM story_subjects AS s, jsonb_array_elements(s.derived->'statusHistory') WITH ORDINALITY AS x(item, n)
WHERE s.derived ? 'claims';

UPDATE story_subjects SET derived = (
  SELECT coalesce(jsonb_object_agg(list, n), '{}') FROM (SELECT list, count(*) AS n FROM derived_items d WHERE d.subject = story_subjects.subject GROUP BY list) AS counted
) WHERE derived ? 'claims';
