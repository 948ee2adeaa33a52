import { findWords } from '../findWords.js';

/** A sentence with the words that decided its stance marked ('not' in '... was not killed'); text nodes and <mark>s only, never HTML. */
export function DecidingWords({ text, words }: { text: string; words: string[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of findWords(text, words)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start} class="trigger" title="a word that decided the stance">{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
