/** Elements that make a box of items rather than one run of text. */
const BLOCKS = 'p, div, section, article, ul, ol, li, table, h1, h2, h3, h4, h5, h6, figure, blockquote';

/**
 * The blocks inside an element that hold text: a folded paragraph has none
 * ('<div class="js_readmore"><span>...</span><div></div></div>', the empty div a button's),
 * a caption at most one; a box of related stories or a section has several.
 */
export const innerTextBlocks = (element: Element): Element[] =>
  [...element.querySelectorAll(BLOCKS)].filter((block) => (block.textContent ?? '').trim() !== '');
