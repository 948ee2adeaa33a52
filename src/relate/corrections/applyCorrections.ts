import { markOf, type CorrectionMark, type CorrectionRecord, type SpeakerRef, type StatementKey } from '../../model/correction.js';
import type { ArticleRecord } from '../../record/articleRecord.js';
import { findSide } from '../findSide.js';
import { nameKey } from '../nameKey.js';
import { readMembers } from '../readMembers.js';
import type { ClaimMember, MemberPin } from '../types.js';
import { correctArticle, isExcluded } from './correctArticle.js';
import { membersOfStatement } from './matchStatement.js';

/** The rule a stance set by hand shows in place of the judge's. */
export const correctedStanceRule = 'corrected by hand';

/** The members a correction reaches in one article, each changed by `change`; the rest as they were. */
type Change = (member: ClaimMember) => ClaimMember;

function marked(member: ClaimMember, mark: CorrectionMark): ClaimMember {
  const corrections = member.corrections ?? [];
  return corrections.some((m) => m.id === mark.id) ? member : { ...member, corrections: [...corrections, mark] };
}

const pinned = (member: ClaimMember, pin: MemberPin): ClaimMember => ({ ...member, pins: [...(member.pins ?? []), pin] });

/** A member moved to another subject's claim is derived with that subject (claims are grouped per subject). */
const inSubject = (member: ClaimMember, subject: string): ClaimMember =>
  member.proposition.subject === subject ? member : { ...member, proposition: { ...member.proposition, subject } };

/** 'Vasko Dren' keys as 'dren' when the article knows him as a person ('Dren said' elsewhere); 'The Interior Ministry' as 'interior ministry'. */
function speakerKeyFor(record: ArticleRecord, name: string): string {
  const key = nameKey(name);
  if (record.entities.some((e) => e.type === 'person' && nameKey(e.canonical) === key)) return key;
  return name.toLowerCase().replace(/^the\s+/u, '').trim();
}

function setSpeaker(record: ArticleRecord, name: string): Change {
  const places = new Set(record.entities.filter((e) => e.type === 'place').map((e) => e.canonical.toLowerCase()));
  const speakerKey = speakerKeyFor(record, name);
  const side = findSide(name, speakerKey, places);
  return (member) => {
    const { chain } = member.attribution;
    // The outlet's own assertion (a chain of one) becomes the outlet relaying the speaker.
    const relays = chain.length > 1 ? chain.slice(0, -1) : chain;
    return { ...member, attribution: { ...member.attribution, speaker: name, speakerKey, side, chain: [...relays, name] } };
  };
}

const speaks = (member: ClaimMember, speaker: SpeakerRef, byNameOnly: boolean): boolean =>
  member.attribution.speaker.toLowerCase() === speaker.name.toLowerCase() || (!byNameOnly && member.attribution.speakerKey === speaker.key);

/**
 * Two speakers as one source ('the Kremlin' and 'Peskov': the second takes
 * the first's key, so findSources counts them once), or as two ('John
 * Smith' and 'Jane Smith', both keyed 'smith': the second keyed by its full
 * name, and each kept apart from the other's key however alike their words).
 */
function sourceChange(members: ClaimMember[], [first, second]: [SpeakerRef, SpeakerRef], same: boolean, mark: CorrectionMark): ClaimMember[] {
  const namesOnly = first.key === second.key;
  const secondKey = same ? first.key : namesOnly ? second.name.toLowerCase() : second.key;
  return members.map((member) => {
    if (speaks(member, second, namesOnly)) {
      const apart = same ? {} : { apartFrom: [...(member.apartFrom ?? []), first.key] };
      return marked({ ...member, ...apart, attribution: { ...member.attribution, speakerKey: secondKey } }, mark);
    }
    if (speaks(member, first, namesOnly)) return marked(same ? member : { ...member, apartFrom: [...(member.apartFrom ?? []), secondKey] }, mark);
    return member;
  });
}

/** Changes the members of the statements `keys` name, marking them. */
function changeStatements(members: ClaimMember[], keys: readonly StatementKey[], change: Change, mark: CorrectionMark): ClaimMember[] {
  const reached = new Set(keys.flatMap((key) => membersOfStatement(members, key)));
  return members.map((member) => (reached.has(member) ? marked(change(member), mark) : member));
}

/** One correction in force applied to one article's members. */
function applyOne(record: ArticleRecord, members: ClaimMember[], correction: CorrectionRecord): ClaimMember[] {
  const mark = markOf(correction);
  const { id } = correction;
  const target = correction.target;
  switch (target.kind) {
    case 'stance':
      return changeStatements(members, [target.statement], (m) => ({ ...m, stance: target.stance, stanceRule: correctedStanceRule }), mark);
    case 'speaker':
      return changeStatements(members, [target.statement], setSpeaker(record, target.speaker), mark);
    case 'same-source':
      return sourceChange(members, target.speakers, target.same, mark);
    case 'move':
      return changeStatements(members, [target.statement], (m) => inSubject(pinned(m, { correction: id, kind: 'move', to: target.to.statements }), target.to.subject), mark);
    case 'split':
      return changeStatements(members, target.statements, (m) => pinned(m, { correction: id, kind: 'split' }), mark);
    case 'merge': {
      const [into, from] = target.claims;
      const joined = changeStatements(members, into.statements, (m) => pinned(m, { correction: id, kind: 'merge' }), mark);
      return changeStatements(joined, from.statements, (m) => inSubject(pinned(m, { correction: id, kind: 'merge' }), into.subject), mark);
    }
    case 'outlet':
    case 'date':
      // The values themselves were set on the record (correctArticle) before its members were read.
      return target.articleId === record.id ? members.map((m) => marked(m, mark)) : members;
    case 'exclude':
      return members;
  }
}

/**
 * One article's bearing on the story with the corrections by hand in force:
 * none when the article is excluded; otherwise its outlet and date as set,
 * its members read (readMembers), then each correction in the order made,
 * the later winning (a stance set twice is the second). Merges, splits and
 * moves are pins on the members that relateSubject honours after grouping,
 * so they hold whatever else the subject holds then. Pure.
 */
export function readCorrectedMembers(record: ArticleRecord, corrections: readonly CorrectionRecord[]): ClaimMember[] {
  if (!corrections.length) return readMembers(record);
  if (isExcluded(record.id, corrections)) return [];
  const corrected = correctArticle(record, corrections);
  const ordered = [...corrections].sort((a, b) => a.id - b.id);
  return ordered.reduce((members, correction) => applyOne(corrected, members, correction), readMembers(corrected));
}
