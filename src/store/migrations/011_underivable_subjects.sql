-- A subject the store cannot hold the derivation of (in the 100,000-article
-- bench, 'bridge' with 201,174 statements: PGlite ran out of memory on its
-- 237 MB JSON) is marked with the version that failed and why, so that
-- relate goes on with the other subjects and does not try it again, every
-- ten seconds in a worker, until one of its members changes.
ALTER TABLE story_subjects ADD COLUMN failed_version bigint;
ALTER TABLE story_subjects ADD COLUMN failed_reason text;
