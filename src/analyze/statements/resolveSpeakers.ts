import type { Entity, SpeakerRef } from '../types.js';
import { bodyHeads, personTitles, pronounReferents, type ReferentClass } from './referentWords.js';
import type { StatementDraft } from './statementDraft.js';

interface Referent {
  canonical: string;
  end: number;
  class: ReferentClass;
}

const wordsOf = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** Without an entity type, the name's shape decides: 'and' or a plural head is a group, a known head a body, a capitalised name a person. */
function classOf(name: string, entity?: Entity): ReferentClass {
  const words = wordsOf(name.replace(/[.,]/g, ''));
  const head = words.at(-1) ?? '';
  if (/\band\b/.test(name) || /^[a-z]+[^s]s$/.test(head) || /^\p{Lu}\p{Ll}+(?:ans|ists|ers|ians)$/u.test(head)) return 'group';
  if (entity) return entity.type === 'person' ? 'person' : 'body';
  // 'al-Basri', 'bin Laden': a lower-case particle still makes a name.
  const named = /^\p{Lu}/u.test(head) || /^\p{Ll}{1,3}-\p{Lu}/u.test(head);
  if (bodyHeads.has(head.toLowerCase()) || /^\p{Lu}{2,}$/u.test(head) || words.length < 2 || !named) return 'body';
  return 'person';
}

function entityAt(entities: readonly Entity[], speaker: SpeakerRef): Entity | undefined {
  return entities
    .filter((e) => e.start < speaker.end && speaker.start < e.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** The latest earlier referent that fits, by class or by sharing the head word ('the ministry' -> 'the Defense Ministry'). */
function antecedent(referents: readonly Referent[], fits: (r: Referent) => boolean): string | undefined {
  for (let i = referents.length - 1; i >= 0; i--) if (fits(referents[i])) return referents[i].canonical;
  return undefined;
}

function canonicalFor(speaker: SpeakerRef, referents: readonly Referent[]): string | undefined {
  const words = wordsOf(speaker.text);
  const lower = speaker.text.toLowerCase();
  const pronounClass = pronounReferents.get(lower);
  if (pronounClass) return antecedent(referents, (r) => r.class === pronounClass);
  const head = (words.at(-1) ?? '').toLowerCase();
  const longer = (r: Referent): boolean => wordsOf(r.canonical).length > words.length && (wordsOf(r.canonical).at(-1) ?? '').toLowerCase() === head;
  // 'the ministry', 'the colonel', 'the officials': a description naming nothing itself.
  if (/^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*$/u.test(speaker.text) && /^\p{Ll}/u.test(words.at(-1) ?? '')) return antecedent(referents, longer);
  if (/^the$/i.test(words[0] ?? '') && words.length === 2) return antecedent(referents, longer);
  // 'Hamdan' -> 'Jumah Hamdi Hamdan'; 'Mr Basri' -> 'Abu Ali al-Basri'.
  const bare = words.filter((w) => !personTitles.has(w.toLowerCase().replace(/\.$/, '')));
  if (bare.length === 1 && /^\p{Lu}/u.test(bare[0])) {
    const surname = bare[0].toLowerCase();
    return antecedent(referents, (r) => wordsOf(r.canonical).length > 1 && (wordsOf(r.canonical).at(-1) ?? '').toLowerCase().replace(/^al-/, '') === surname.replace(/^al-/, ''));
  }
  return undefined;
}

/**
 * Gives each speaker its fullest name: the entity stage's canonical name
 * when an entity covers the speaker, else an earlier speaker or entity the
 * pronoun, description or surname points back to. Drafts must be in text order.
 */
export function resolveSpeakers(drafts: StatementDraft[], entities: readonly Entity[]): StatementDraft[] {
  const referents: Referent[] = [];
  const named = entities.filter((e) => e.type !== 'place').sort((a, b) => a.end - b.end);
  let e = 0;
  return drafts.map((draft) => {
    const speaker = draft.speaker;
    if (!speaker) return draft;
    while (e < named.length && named[e].end <= speaker.start) {
      referents.push({ canonical: named[e].canonical, end: named[e].end, class: classOf(named[e].canonical, named[e]) });
      e++;
    }
    const entity = entityAt(entities, speaker);
    const isPronoun = pronounReferents.has(speaker.text.toLowerCase());
    const canonical = (!isPronoun && entity?.canonical) || canonicalFor(speaker, referents) || speaker.canonical;
    if (!isPronoun || canonical !== speaker.canonical) {
      referents.push({ canonical, end: speaker.end, class: isPronoun ? (pronounReferents.get(speaker.text.toLowerCase()) ?? 'body') : classOf(canonical, entity) });
    }
    return canonical === speaker.canonical ? draft : { ...draft, speaker: { ...speaker, canonical } };
  });
}
