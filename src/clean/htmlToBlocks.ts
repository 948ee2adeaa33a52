import type { Block } from './Block.js';
import { normaliseText } from './normaliseText.js';

/*
 * Elements that start a new paragraph, and the hint each gives. Anything not
 * listed is inline: its text joins the paragraph being built. Containers
 * (div, section, ...) only close the current paragraph; their children are
 * walked in turn, so text directly inside a <div> is not lost.
 */
const LEAF_HINTS: Record<string, Block['hint']> = {
  P: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', DT: 'list-item', DD: 'list-item',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption', CAPTION: 'caption',
  TD: 'cell', TH: 'cell',
  PRE: 'paragraph', ADDRESS: 'paragraph',
};
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FORM', 'FIELDSET', 'CENTER', 'BODY', 'HTML', 'DETAILS', 'HR', 'BR']);
// RT and RP are ruby readings printed above Japanese text ('子<rt>こ</rt>'); the article text is the base characters.
const SKIPPED = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD']);

const FORMATTING = new Set(['RUBY', 'RB', 'A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SUP', 'SUB', 'ABBR', 'CODE', 'MARK', 'SMALL', 'U', 'S', 'TIME', 'FONT', 'Q', 'CITE', 'DFN', 'KBD', 'VAR', 'BDI', 'BDO', 'WBR', 'INS', 'DEL', 'BIG', 'TT', 'NOBR']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Pending {
  text: string;
  linked: number;
  hint: Block['hint'];
}

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) {
    if (child.tagName in LEAF_HINTS || (CONTAINERS.has(child.tagName) && child.tagName !== 'BR')) return true;
  }
  return false;
}

/** Turns an extracted article element into text-only blocks, one per paragraph-level element. */
export function htmlToBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let pending: Pending = { text: '', linked: 0, hint: 'paragraph' };

  const flush = () => {
    const text = normaliseText(pending.text);
    if (text.length > 0) {
      const linked = Math.min(pending.linked, text.length);
      blocks.push({ text, hint: pending.hint, linkDensity: linked / text.length });
    }
    pending = { text: '', linked: 0, hint: 'paragraph' };
  };

  const walk = (node: Node, inLink: boolean, hint: Block['hint'] | null) => {
    if (node.nodeType === TEXT_NODE) {
      // Soft hyphens only say where a word may break ('schlen&shy;dern'); the text is the word whole.
      const value = (node.nodeValue ?? '').replace(/\u00ad/g, '');
      pending.text += value;
      if (inLink) pending.linked += normaliseText(value).length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName;
    if (SKIPPED.has(tag)) return;
    const leafHint = LEAF_HINTS[tag];
    if (leafHint && !hasBlockChild(element)) {
      flush();
      pending.hint = hint === 'caption' ? 'caption' : leafHint;
      for (const child of element.childNodes) walk(child, inLink, pending.hint);
      flush();
      return;
    }
    if (leafHint || CONTAINERS.has(tag)) {
      flush();
      const inherited = leafHint === 'caption' || hint === 'caption' ? 'caption' : leafHint === 'quote' ? 'quote' : hint;
      for (const child of element.childNodes) walk(child, inLink, inherited);
      flush();
      return;
    }
    if (tag === 'IMG') return;
    if (pending.text.length === 0 && hint) pending.hint = hint;
    // Formatting tags can split a word ('Bag<b>hdadi</b>'), so they join tight; any other
    // element is padded so '<label>Name</label><output>X</output>' does not fuse into 'NameX'.
    const padded = !FORMATTING.has(tag);
    if (padded) pending.text += ' ';
    for (const child of element.childNodes) walk(child, inLink || tag === 'A', hint);
    if (padded) pending.text += ' ';
  };

  walk(root, false, null);
  flush();
  return blocks;
}
