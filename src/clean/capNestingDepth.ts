/*
 * Why a cap on nesting: linkedom and @mozilla/readability walk the tree
 * recursively and look at every element's ancestors, so a page nested
 * 10,000 <div>s deep fails with "Maximum call stack size exceeded", and
 * even 800 levels cost half a minute (measured: 200 levels 0.8 s, 400
 * levels 5 s, 800 levels 30 s on the development machine). Real news pages
 * are 15 to 60 levels deep. So before parsing, a single pass over the tags
 * drops every element opened deeper than the cap (its start and end tags;
 * its text stays where it was): '<div><div>...<p>Text</p>...</div></div>'
 * 10,000 deep keeps its first 150 <div>s and the text of the rest.
 * Pages within the cap are returned untouched.
 */
export const MAX_NESTING_DEPTH = 150;

/** Elements that never hold content, so they open no level: '<br>', '<img src=...>'. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex']);
/** Elements whose content is raw text, where '<div>' is not a tag: '<script>if (a<b) ...</script>'. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** A start tag of these closes an open one of the same name right above it: '<p>One<p>Two', '<li>a<li>b'. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** How far up an end tag looks for its start tag; a stray '</div>' further away is left alone. */
const END_TAG_REACH = 64;

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?(\/?)>/g;

export function capNestingDepth(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  // Fewer tags than the cap cannot nest deeper than it.
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= maxDepth; at = html.indexOf('<', at + 1)) tags++;
  if (tags <= maxDepth) return html;
  const open: { name: string; dropped: boolean }[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let droppedAny = false;
  const drop = (start: number, end: number): void => {
    pieces.push(html.slice(copiedTo, start));
    copiedTo = end;
    droppedAny = true;
  };
  const pattern = new RegExp(TAG.source, TAG.flags);
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const [whole, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const start = match.index;
    const end = start + whole.length;
    if (closing) {
      const reach = Math.max(0, open.length - END_TAG_REACH);
      let k = open.length - 1;
      while (k >= reach && open[k].name !== name) k--;
      if (k < reach) continue;
      if (open[k].dropped) drop(start, end);
      open.length = k;
      continue;
    }
    // Raw text is one leaf, kept whole at any depth; the scan goes on at its end tag.
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      pattern.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1)?.name === name) open.pop();
    const dropped = open.length >= maxDepth;
    if (dropped) drop(start, end);
    open.push({ name, dropped });
  }
  if (!droppedAny) return html;
  pieces.push(html.slice(copiedTo));
  return pieces.join('');
}
