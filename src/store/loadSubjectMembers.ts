import { fieldLimits } from '../model/fieldLimits.js';
import type { ClaimMember } from '../model/story.js';
import type { Queryable } from './Database.js';

/**
 * Names longer than this are cut when a subject's members are read (with '…'
 * at the cut), the longest name the ingest lets in (an outlet of 300
 * characters). Every member carries its outlet and speaker several times
 * (outlet, chain, speaker, speaker key, side) and every echo of a source
 * repeats them, so a store written before names had a limit, with 20 articles
 * whose outlet is 1 MB, gave one subject of 87 members a derivation of 430 MB:
 * past what PostgreSQL and V8 take in one value, and the story could no longer
 * be read at all.
 */
export const longestName = fieldLimits.outlet;

const cut = (text: string): string => `CASE WHEN length(${text}) > ${longestName} THEN left(${text}, ${longestName - 1}) || '…' ELSE ${text} END`;

const attribution = "m.member->'attribution'";

/**
 * The members of one subject in the order the story unfolded, so grouping
 * (and every claim id) is the same however the articles arrived; their names
 * cut in the database, so an over-long one never reaches this process whole.
 */
export async function loadSubjectMembers(db: Queryable, subject: string): Promise<ClaimMember[]> {
  const rows = await db.query<{ member: ClaimMember }>(
    // Cutting rebuilds every member's JSON, half the cost of the load: only a member whose attribution is longer than one name may need it.
    `SELECT CASE WHEN octet_length((${attribution})::text) <= ${longestName} THEN m.member ELSE jsonb_set(m.member, '{attribution}', ${attribution} || jsonb_build_object(
              'speaker', ${cut(`${attribution}->>'speaker'`)},
              'speakerKey', ${cut(`${attribution}->>'speakerKey'`)},
              'side', ${cut(`${attribution}->>'side'`)},
              'outlet', ${cut(`${attribution}->>'outlet'`)},
              'chain', (SELECT coalesce(jsonb_agg(${cut('link')} ORDER BY place), '[]'::jsonb)
                        FROM jsonb_array_elements_text(${attribution}->'chain') WITH ORDINALITY AS chain(link, place)))) END AS member
     FROM story_members m JOIN articles a ON a.id = m.article_id
     WHERE m.subject = $1 ORDER BY a.published NULLS LAST, m.article_id, m.ordinal`,
    [subject],
  );
  return rows.map((row) => row.member);
}
