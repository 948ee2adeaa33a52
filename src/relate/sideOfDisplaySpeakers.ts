import type { ArticleRecord } from '../record/articleRecord.js';
import type { ClaimMember } from './types.js';

/** Whether a member's words stand in the headline or the standfirst, above the story that reports them. */
function inDisplay(record: ArticleRecord, member: ClaimMember): boolean {
  const paragraph = record.paragraphs.find((p) => p.start <= member.ref.start && member.ref.start < p.end);
  return paragraph?.kind === 'title' || paragraph?.kind === 'standfirst';
}

/*
 * A description of one person: 'Provincial official', 'Korvath security head'.
 * 'Villagers say ...' over residents and an official quoted below names a
 * group, not the body's speaker, and keeps its own side.
 */
const namesOnePerson = (speaker: string): boolean => !/\p{L}*[^siu]s$/u.test(speaker.trim().split(/\s+/u).at(-1) ?? '');

const said = (member: ClaimMember): string => `${member.proposition.subject}|${member.proposition.predicate}|${member.stance}`;

/** A side of its own: a country or body the speaker's words named, not the speaker's own key. */
const hasSide = (member: ClaimMember): boolean => member.attribution.side !== '' && member.attribution.side !== member.attribution.speakerKey;

/**
 * A headline or standfirst gives its speaker a headline's name: 'Provincial
 * official says the Oren Valley Front commander was elsewhere ... and that his
 * deputy may have died in his place' over a report in which Colonel Aurel
 * Danek, who heads the provincial security directorate in Korvath, says so.
 * The description is the body's speaker, not a second, independent one: a
 * member of the headline or standfirst whose speaker has no side of its own
 * takes the side (and, when it is one, the speaker) of the body's members of
 * the same article that say the same thing (subject, predicate and stance),
 * when those are all of one side. Otherwise, one person counts as two
 * sources and corroborates themselves. Only a description of one person:
 * a group named in a headline may be more than the speakers below.
 */
export function sideOfDisplaySpeakers(record: ArticleRecord, members: ClaimMember[]): void {
  const display = members.filter((m) => !hasSide(m) && m.attribution.chain.length > 1 && namesOnePerson(m.attribution.speaker) && inDisplay(record, m));
  if (!display.length) return;
  const body = new Map<string, ClaimMember[]>();
  for (const member of members) {
    if (inDisplay(record, member) || !hasSide(member)) continue;
    const key = said(member);
    body.set(key, [...(body.get(key) ?? []), member]);
  }
  for (const member of display) {
    const same = body.get(said(member)) ?? [];
    const sides = new Set(same.map((m) => m.attribution.side));
    if (sides.size !== 1) continue;
    const speakers = new Map(same.map((m) => [m.attribution.speakerKey, m.attribution]));
    const only = speakers.size === 1 ? [...speakers.values()][0] : null;
    member.attribution = {
      ...member.attribution,
      side: [...sides][0],
      ...(only ? { speaker: only.speaker, speakerKey: only.speakerKey, chain: [...member.attribution.chain.slice(0, -1), only.speaker] } : {}),
    };
  }
}
