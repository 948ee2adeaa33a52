import type { Token } from '../../analyze/segment/parseText.js';
import type { Clause } from './readClauses.js';

/**
 * Whether a copula says what its subject is, in a claim worth keeping: a
 * name said to be something ('God is a woman', 'Jihadi John is a British
 * rapper'), or anything said not to be something ('the explosion was not a
 * meteorite'), the complement indefinite. Not 'the truth is a third thing',
 * 'the villages are a good place', 'the leadership is not the business of
 * the press'.
 */
export function saysWhatItIs(tokens: Token[], clause: Clause): boolean {
  if (clause.head.pos !== 'NOUN') return false;
  let k = tokens.indexOf(clause.head) - 1;
  while (k >= 0 && ['ADJ', 'NOUN', 'NUM', 'ADV'].includes(tokens[k].pos)) k -= 1;
  if (!/^(?:a|an)$/u.test(tokens[k]?.lower ?? '')) return false;
  return clause.negation.length > 0 || clause.subject?.head.pos === 'PROPN';
}
