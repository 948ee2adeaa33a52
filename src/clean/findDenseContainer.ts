/*
 * A density-based check on readability's pick, after trafilatura's and
 * jusText's heuristics: paragraphs of prose (long enough, few links, ending
 * like a sentence) mark where the article is, and the article container is
 * the smallest element that holds most of them. Readability scores each
 * paragraph's parent and grandparent and sometimes stops at one section of
 * the text (the method of a recipe without its ingredients, one chapter
 * between two headings); this element holds them all.
 */
/** A paragraph of prose: this long at least, with at most this share of link text. */
const PROSE_CHARS = 80;
const MAX_LINK_DENSITY = 0.3;
/**
 * Share of the page's prose the container must hold. Measured on the trafilatura set (F1, with
 * DENSE_RATIO 1.5): 0.6 gives 0.922, 0.9 gives 0.925, 0.95 gives 0.926; a low share stops at one
 * section again.
 */
const PROSE_SHARE = 0.9;

const BLOCK_TAGS = 'p, li, td, th, dd, dt, blockquote, pre, h1, h2, h3, h4, h5, h6, div, section, article';

const collapsed = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function proseWeight(element: Element): number {
  if (element.querySelector(BLOCK_TAGS)) return 0;
  const text = collapsed(element);
  if (text.length < PROSE_CHARS || !/[.!?:;…"“”»«)]/.test(text)) return 0;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + collapsed(a).length, 0);
  return linked / text.length <= MAX_LINK_DENSITY ? text.length : 0;
}

export function findDenseContainer(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  const weights = new Map<Element, number>();
  let total = 0;
  for (const element of body.querySelectorAll(BLOCK_TAGS)) {
    const weight = proseWeight(element);
    if (weight === 0) continue;
    total += weight;
    for (let node: Element | null = element; node && node !== body.parentElement; node = node.parentElement) weights.set(node, (weights.get(node) ?? 0) + weight);
  }
  if (total === 0) return null;
  // Walk down from the body while one child still holds enough of the prose.
  let container: Element = body;
  for (;;) {
    const next = [...container.children].find((child) => (weights.get(child) ?? 0) >= PROSE_SHARE * total);
    if (!next) return container;
    container = next;
  }
}
