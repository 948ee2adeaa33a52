import type { ClaimMember, SpeakerSide, StorySides } from './types.js';

/*
 * 'The military said' in one wire story and 'army spokesman Piet Anderhall'
 * in another speak for one body: the same words for it are read as one name
 * when looking for its fuller forms.
 */
const bodyName = (name: string): string => name.replace(/\b(?:military|armed forces)$/u, 'army');

/*
 * A fuller form of a name puts words for whose it is in front of it:
 * 'valdorian army' of 'army', "kasteria's defence ministry" of 'defence
 * ministry'. A name that ends in another after a preposition is not one:
 * 'a military source in valdoria' says nothing of who 'valdoria' is, nor
 * "kasteria's ambassador to valdoria".
 */
const notAFullerForm = /\b(?:of|in|to|for|at|from|on|with|and)\b/u;

/** Every name a key is a fuller form of, itself included: 'valdorian army' -> ['valdorian army', 'army']. */
function namesCoveredBy(key: string): string[] {
  const words = bodyName(key).split(' ');
  if (notAFullerForm.test(key)) return [words.join(' ')];
  return words.map((_, i) => words.slice(i).join(' '));
}

/**
 * The one side a demonym belongs to, among the sides others speak for:
 * 'lessarian' (an article that named no place: 'Lessarian officials')
 * -> 'lessaria'; 'kasterians' -> 'kasteria'. A one-word side and a stem of
 * four letters or more, as findSide reads demonyms.
 */
function demonymOf(name: string, spokenFor: ReadonlySet<string>): Set<string> | undefined {
  if (name.includes(' ')) return undefined;
  const stems = [...spokenFor].filter((side) => side.length >= 4 && !side.includes(' ') && side !== name && name.startsWith(side) && name.length - side.length <= 3);
  return stems.length === 1 ? new Set(stems) : undefined;
}

/** How many rounds a side may be passed on: 'anderhall' -> 'army' -> 'valdoria'. */
const rounds = 4;

/**
 * The story-wide sides: for each side name an article's reading left on its
 * own (a speaker with no country found, or a body such as 'army'), the one
 * side every fuller form of that name has elsewhere in the story. 'The
 * Defence Ministry' (no country named in that article) -> 'kasteria',
 * because another article writes "Kasteria's Defence Ministry"; 'the
 * military' (a wire story) -> 'valdoria', because others quote 'the
 * Valdorian army'. Only when every fuller form points to one side: 'the
 * interior ministry' of two countries stays apart. Pure and independent of
 * the order of the pairs, so it is the same however the articles arrived.
 */
export function resolveStorySides(pairs: Iterable<SpeakerSide>): StorySides {
  // Each name, and the sides given to the speakers whose keys are it or a fuller form of it.
  const sidesOfName = new Map<string, Set<string>>();
  const names = new Set<string>();
  for (const { speakerKey, side } of pairs) {
    if (!side) continue;
    names.add(side);
    if (side === speakerKey) continue;
    for (const name of namesCoveredBy(speakerKey)) {
      const sides = sidesOfName.get(name);
      if (sides) sides.add(side);
      else sidesOfName.set(name, new Set([side]));
    }
  }
  // The sides other speakers speak for: countries, and bodies such as 'hesran health ministry'.
  const spokenFor = new Set([...sidesOfName.values()].flatMap((sides) => [...sides]));
  // What each name is given before any is passed on: its fuller forms' sides, else the place its demonym names.
  const givenTo = new Map([...names].map((name) => [name, sidesOfName.get(bodyName(name)) ?? demonymOf(name, spokenFor)] as const));
  let resolved = new Map<string, string>();
  for (let round = 0; round < rounds; round += 1) {
    const next = new Map<string, string>();
    for (const name of names) {
      // "Kasteria's deputy defence minister" speaks for Kasteria when the story knows Kasteria as a side.
      const owner = /^(\p{L}+)['’]s /u.exec(name)?.[1];
      if (owner && names.has(owner)) {
        next.set(name, resolved.get(owner) ?? owner);
        continue;
      }
      const given = givenTo.get(name);
      if (!given) continue;
      const sides = new Set([...given].map((side) => resolved.get(side) ?? side));
      const [only] = sides;
      if (sides.size === 1 && only !== name) next.set(name, only);
    }
    const settled = next.size === resolved.size && [...next].every(([name, side]) => resolved.get(name) === side);
    resolved = next;
    if (settled) break;
  }
  return resolved;
}

/** The speakers and sides of some members, for resolveStorySides. */
export const speakerSidesOf = (members: Iterable<ClaimMember>): SpeakerSide[] =>
  [...members].map(({ attribution }) => ({ speakerKey: attribution.speakerKey, side: attribution.side }));

/** A member on the side the story gives its side name, or as it was. */
export function onStorySide(member: ClaimMember, sides: StorySides): ClaimMember {
  const side = sides.get(member.attribution.side);
  return side === undefined || side === member.attribution.side ? member : { ...member, attribution: { ...member.attribution, side } };
}
