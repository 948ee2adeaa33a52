import { spanIndex } from '../spans/spanIndex.js';
import type { Entity, Span, SpeakerRef } from '../types.js';
import { ReferentIndex, wordsOf, type Referent } from './referentIndex.js';
import { bodyHeads, personHeads, personTitles, pronounReachParagraphs, pronounReferents, type ReferentClass } from './referentWords.js';
import type { SentenceView } from './sentenceView.js';
import type { StatementDraft } from './statementDraft.js';

/** What follows the head of a speaker phrase: 'the *head* of security for Korvath', 'Chris *Woods* of Airwars'. */
const postModifier = /\s+(?:of|for|with|from|at|in)\s+/;

/** The head word of a speaker phrase, as a span: the last word before any 'of', 'for', ... ('the hospital’s *director*'). */
function headOf(speaker: SpeakerRef | Span & { text: string }): Span {
  const match = postModifier.exec(speaker.text);
  const before = match ? speaker.text.slice(0, match.index) : speaker.text;
  const word = /[\p{L}\p{N}.'’-]+$/u.exec(before)?.[0] ?? before;
  return { start: speaker.start + before.length - word.length, end: speaker.start + before.length };
}

/** Without an entity type, the name's shape decides: 'and' or a plural head is a group, a known head a body, a capitalised name a person. */
function classOf(name: string, entity?: Entity): ReferentClass {
  const words = wordsOf(name.replace(/[.,]/g, ''));
  const headWords = wordsOf(name.split(postModifier)[0].replace(/[.,]/g, '').replace(/['’]s$/, ''));
  const head = words.at(-1) ?? '';
  if (/\band\b/.test(name) || /^[a-z]+[^s]s$/.test(head) || /^\p{Lu}\p{Ll}+(?:ans|ists|ers|ians)$/u.test(head)) return 'group';
  if (entity) return entity.type === 'person' ? 'person' : 'body';
  // 'its spokesman', 'the head of security for Korvath province': one person, described.
  if (personHeads.has((headWords.at(-1) ?? '').toLowerCase())) return 'person';
  // 'al-Basri', 'bin Laden': a lower-case particle still makes a name.
  const named = /^\p{Lu}/u.test(head) || /^\p{Ll}{1,3}-\p{Lu}/u.test(head);
  if (bodyHeads.has(head.toLowerCase()) || /^\p{Lu}{2,}$/u.test(head) || words.length < 2 || !named) return 'body';
  return 'person';
}

/**
 * The entity that names the speaker: the longest one over the phrase's head
 * word, so 'Korvath security head' is not 'Korvath' and 'Lessarian
 * intelligence' not 'Lessarian', while 'SDF spokesman Mustafa Bali' is 'Mustafa Bali'.
 * Entities come sorted by start, so only those starting within the longest
 * entity's length before the head are looked at (ties: the first in the list).
 */
function entityAt(entities: EntitiesByStart, speaker: SpeakerRef, name?: Span): Entity | undefined {
  const head = name ?? headOf(speaker);
  let best: { entity: Entity; order: number } | undefined;
  let lo = 0;
  let hi = entities.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities.sorted[mid].entity.start < head.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && entities.sorted[i].entity.start > head.start - entities.longest; i--) {
    const { entity, order } = entities.sorted[i];
    if (head.start >= entity.end) continue;
    const length = entity.end - entity.start;
    const bestLength = best ? best.entity.end - best.entity.start : -1;
    if (!best || length > bestLength || (length === bestLength && order < best.order)) best = { entity, order };
  }
  return best?.entity;
}

interface EntitiesByStart {
  sorted: { entity: Entity; order: number }[];
  longest: number;
}

function byStart(entities: readonly Entity[]): EntitiesByStart {
  const sorted = entities.map((entity, order) => ({ entity, order })).sort((a, b) => a.entity.start - b.entity.start);
  return { sorted, longest: entities.reduce((longest, e) => Math.max(longest, e.end - e.start), 0) };
}

/**
 * A pronoun subject of a speech verb continues the latest speaker it fits
 * ('Danek said the deputy, Emil Vantosh, may have been killed ... *He* said'
 * is Danek), while that speaker is at most a couple of paragraphs back; only
 * then the latest fitting entity written outside any statement's content.
 */
function pronounAntecedent(referents: ReferentIndex, classes: readonly ReferentClass[], paragraph: number, sentence: number): Referent | undefined {
  const speakerAt = referents.latestSpeakerOf(classes);
  // Someone named in the narration after that speaker, in the pronoun's own sentence, takes over:
  // 'Hollin's news conference came as ..., a case *he* said was ...'.
  const newer = referents.latestOutsideOf(classes, sentence);
  if (newer > speakerAt) return referents.at(newer);
  const speaker = referents.at(speakerAt);
  if (speaker && paragraph - (speaker.speakerParagraph ?? 0) <= pronounReachParagraphs) return speaker;
  return referents.at(referents.latestOutsideOf(classes));
}

/** Words of telling before 'to': 'confirming the story *to* CNN', 'said *to* Reuters', 'in a statement *to* AFP'. */
const tellingWords = /^(?:said|say|says|saying|told|tell|spoke|speak|speaking|talked|talking|confirmed|confirming|confirm|denied|denying|explained|explaining|statement|interview|remarks|comments|story|wrote|writing|message|letter)$/iu;

/**
 * Whether a name is the one told, not one who tells: 'in confirming the
 * story *to CNN*, they said ...' (they are the officials, not CNN), 'he
 * *told Reuters*'. A pronoun after it does not point to it. Not 'according
 * to CNN' nor 'fighters loyal to the group'.
 */
function isAddressee(entity: Entity, view: SentenceView | undefined): boolean {
  if (!view) return false;
  const at = view.tokens.findIndex((t) => t.start >= entity.start);
  const before = view.tokens[at - 1];
  if (!before) return false;
  if (/^(?:told|tell|tells|telling)$/iu.test(before.text)) return true;
  if (before.text.toLowerCase() !== 'to') return false;
  return view.tokens.slice(Math.max(0, at - 5), at - 1).some((t) => tellingWords.test(t.text));
}

/**
 * What a description of an organisation ('the ministry', 'the group')
 * points back to, as a pronoun does: first the latest speaker with that
 * head word, who is the one the article keeps quoting ('The Defence
 * Ministry said ... the ministry said'); only then the latest named one
 * written in the narration, not inside another's words nor in an apposition
 * of another speaker ('Hollin, the intelligence director of the Lessarian
 * Interior Ministry, said' does not make that ministry 'the ministry').
 */
function describedAntecedent(referents: ReferentIndex, head: string, description: string): Referent | undefined {
  return referents.at(referents.latestDescribed(head, description, 'speakers')) ?? referents.at(referents.latestDescribed(head, description, 'narration'));
}

function canonicalFor(speaker: SpeakerRef, referents: ReferentIndex): string | undefined {
  const words = wordsOf(speaker.text);
  const head = (words.at(-1) ?? '').toLowerCase();
  const described = (): string | undefined => (bodyHeads.has(head) ? describedAntecedent(referents, head, speaker.text) : referents.at(referents.latestLonger(head, words.length)))?.canonical;
  // 'the ministry', 'the colonel', 'the officials': a description naming nothing itself.
  if (/^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*$/u.test(speaker.text) && /^\p{Ll}/u.test(words.at(-1) ?? '')) return described();
  if (/^the$/i.test(words[0] ?? '') && words.length === 2) return described();
  // 'Hamdan' -> 'Jumah Hamdi Hamdan'; 'Mr Basri' -> 'Abu Ali al-Basri'.
  const bare = words.filter((w) => !personTitles.has(w.toLowerCase().replace(/\.$/, '')));
  if (bare.length === 1 && /^\p{Lu}/u.test(bare[0])) return referents.at(referents.latestWithSurname(bare[0].toLowerCase()))?.canonical;
  return undefined;
}

/** 'Colonel Teodor Maslan' -> 'Teodor Maslan' when no entity names the apposition. */
const withoutTitles = (name: string): string => {
  const words = wordsOf(name);
  let k = 0;
  while (k < words.length - 1 && personTitles.has(words[k].toLowerCase().replace(/\.$/, ''))) k++;
  return words.slice(k).join(' ');
};


/**
 * Gives each speaker its fullest name: the entity stage's canonical name
 * when an entity covers the speaker's head (or the name in its apposition),
 * else an earlier speaker or entity the pronoun, description or surname
 * points back to. Drafts must be in text order; views are the sentences
 * their `sentence` indexes.
 */
export function resolveSpeakers(drafts: StatementDraft[], entities: readonly Entity[], views: readonly SentenceView[]): StatementDraft[] {
  // Views are in text order, so the first ending after an offset is found by halving.
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = views.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (views[mid].end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < views.length ? lo : -1;
  };
  const referents = new ReferentIndex();
  const named = entities.filter((e) => e.type !== 'place').sort((a, b) => a.end - b.end);
  const entitiesByStart = byStart(entities);
  const contents = spanIndex(drafts.map((d) => d.content));
  const quoted = (e: Entity): boolean => contents.covers(e.start, e.end);
  // The speaker with its apposition: 'Hollin*, the director of the Interior Ministry,* said', '“...,” said Basri*, head of the department*.'
  const speakerWithApposition = (d: StatementDraft): Span | null => {
    if (!d.speaker) return null;
    if (d.speaker.start < d.cue.start) return { start: d.speaker.start, end: d.cue.start };
    return { start: d.speaker.start, end: Math.max(d.speaker.end, views[d.sentence]?.end ?? 0) };
  };
  const speakerSpans = spanIndex(drafts.flatMap((d) => speakerWithApposition(d) ?? []));
  const inSpeaker = (e: Entity): boolean => speakerSpans.covers(e.start, e.end);
  const directDrafts = drafts.flatMap((d, i) => (d.kind === 'direct' ? [i] : []));
  const directContents = spanIndex(directDrafts.map((i) => drafts[i].content));
  const directOrder = new Map(directDrafts.map((draftIndex, i) => [draftIndex, i]));
  let e = 0;
  return drafts.map((draft, index) => {
    const speaker = draft.speaker;
    if (!speaker) return draft;
    while (e < named.length && named[e].end <= speaker.start) {
      if (isAddressee(named[e], views[sentenceAt(named[e].start)])) {
        e++;
        continue;
      }
      referents.push({ canonical: named[e].canonical, class: classOf(named[e].canonical, named[e]), quoted: quoted(named[e]), inSpeaker: inSpeaker(named[e]), sentence: sentenceAt(named[e].start) });
      e++;
    }
    const paragraph = views[draft.sentence]?.paragraph ?? 0;
    const classes = pronounReferents.get(speaker.text.toLowerCase());
    // 'They say nothing civilian was hit' inside Sorel's quote is her words, not the narrator's reference.
    const inQuote = directContents.covers(speaker.start, speaker.end, directOrder.get(index));
    if (classes && inQuote) return draft;
    // The subject of a fallback cue ('*which* seems to', 'Sanders *blasted*') is resolved but not continued: its readings are less sure.
    const continued = !draft.rule.startsWith('lexicon-');
    if (classes) {
      const found = pronounAntecedent(referents, classes, paragraph, draft.sentence);
      if (!found) return draft;
      if (continued) referents.push({ canonical: found.canonical, class: found.class, speakerParagraph: paragraph });
      return found.canonical === speaker.canonical ? draft : { ...draft, speaker: { ...speaker, canonical: found.canonical } };
    }
    const entity = entityAt(entitiesByStart, speaker, draft.speakerName);
    const name = draft.speakerName && withoutTitles(speaker.text.slice(draft.speakerName.start - speaker.start, draft.speakerName.end - speaker.start));
    const canonical = entity?.canonical || name || canonicalFor(speaker, referents) || speaker.canonical;
    if (continued) referents.push({ canonical, class: name && !entity ? 'person' : classOf(canonical, entity), speakerParagraph: paragraph });
    return canonical === speaker.canonical ? draft : { ...draft, speaker: { ...speaker, canonical } };
  });
}
