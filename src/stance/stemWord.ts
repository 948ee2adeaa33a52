/**
 * Words that carry no topic, so overlap between a claim and a text counts
 * only what the claim is about: 'the', 'was', 'said' match everything.
 * Negations ('not', 'no', 'never') are left out of this list on purpose:
 * they are stance cues, counted by the cue features instead.
 */
export const functionWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself nor now of off on once only or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours yourself yourselves says said say told according just like one two new via will get got may might must us'
  ).split(' '),
);

/**
 * Suffixes stripped longest first, keeping a stem of at least three letters:
 * 'killed', 'killing', 'kills' -> 'kill'; 'reportedly' -> 'report'; 'sightings' -> 'sight'.
 * A light stemmer, not Porter's: it only has to make a claim's words meet
 * the same words inflected in an article.
 */
const suffixes = ['ationally', 'ations', 'ation', 'edly', 'ingly', 'ings', 'ing', 'ness', 'ments', 'ment', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's'];

/** 'Baghdadi’s' -> 'baghdadi'; 'Attacked' -> 'attack'; 'ies'/'ied' become 'y': 'denied' -> 'deny'. */
export function stemWord(word: string): string {
  let lower = word.toLowerCase().replace(/['’]s$/u, '');
  for (const suffix of suffixes) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) {
      lower = lower.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  // 'stopped' -> 'stopp' -> 'stop': a doubled final consonant left by '-ed'/'-ing'.
  if (/([b-df-hj-np-tv-z])\1$/u.test(lower) && !/(ll|ss|zz)$/u.test(lower)) lower = lower.slice(0, -1);
  return lower;
}
