import type { SpeakerSide, StorySides } from '../model/story.js';
import type { Database } from './Database.js';

/**
 * Brings the story's sides up to date with the stored speakers: reads every
 * speaker and side the articles give (story_speakers, a few rows an
 * article), has `resolve` make the story's sides of them, and, when any name
 * now has another side than the stored sides say, marks stale the subjects
 * where that name is a side, so they are derived again on the new sides,
 * and stores them. Under a lock, so two processes refreshing at once do it
 * one after the other and the last stores what the first saw, or more.
 */
export async function updateStorySides(db: Database, resolve: (pairs: SpeakerSide[]) => StorySides): Promise<StorySides> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['corroborate story sides']);
    const pairs = await tx.query<SpeakerSide>('SELECT DISTINCT speaker_key AS "speakerKey", side FROM story_speakers');
    const sides = resolve(pairs);
    const [row] = await tx.query<{ value: string }>("SELECT value FROM story_meta WHERE key = 'story_sides'");
    const stored = new Map<string, string>(row ? (JSON.parse(row.value) as [string, string][]) : []);
    const changed = [...new Set([...stored.keys(), ...sides.keys()])].filter((name) => stored.get(name) !== sides.get(name));
    if (!changed.length) return sides;
    // In subject order, as every writer of story_subjects locks its rows, so two never wait on each other.
    await tx.query(
      `WITH target AS (
         SELECT subject FROM story_subjects WHERE subject IN (SELECT subject FROM story_speakers WHERE side = ANY($1)) ORDER BY subject FOR UPDATE
       )
       UPDATE story_subjects s SET version = s.version + 1 FROM target WHERE s.subject = target.subject`,
      [changed],
    );
    await tx.query(
      `INSERT INTO story_meta (key, value) VALUES ('story_sides', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify([...sides].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))],
    );
    return sides;
  });
}
