import { ARTICLE_BODY_SELECTOR, hasArticleBodyName } from './articleBodyNames.js';
import { HIDDEN } from './prunePage.js';
import { FURNITURE_ROLES, FURNITURE_TAGS, matchContainerRule } from './boilerplateContainers.js';
import { innerTextBlocks } from './innerTextBlocks.js';

/*
 * Removes page furniture (boilerplateContainers.ts) from the document before
 * the main content is chosen, so readability neither picks a comment thread
 * or a link box as the article nor keeps share bars and 'related' boxes that
 * sit inside the article container.
 *
 * Some sites name the wrapper of the whole page after what it also holds
 * ('<div class="content has-sidebar">', ASP.NET's '<form id="form1">' around
 * everything), so an element is kept when it is or holds the headline, an
 * element named as the article body (articleBodyNames.ts), or most of the
 * page's paragraph text. Comment threads and dialogs are exempt from the last
 * test: on a busy blog the comments are most of the text, and a pop-up
 * ('<div role="dialog" aria-hidden="true">' holding a training programme's
 * whole brochure) can hold more than the article it pops up over.
 */
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
const NEVER_FURNITURE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const INVISIBLE = 'script, style, noscript, template, svg, iframe';
const ARTICLE_MARKERS = `h1, ${ARTICLE_BODY_SELECTOR}`;
/** Share of the page's paragraph text above which a matching element is taken to be the page wrapper. */
const WRAPPER_SHARE = 0.5;

const textLength = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').length;
/** Characters of text, outside links, from which a single paragraph is prose. */
const PARAGRAPH_PROSE_CHARS = 150;

/**
 * A class on one block of text says how the page shows it, not what it is: 'read more' on a
 * '<p class="presentation-box-txt js_readmore">' of four sentences (or a '<div class="js_readmore">'
 * round a span of text and an empty div for the button) is text folded behind a 'read more'
 * button, not a box of links to more stories. A related-stories box is a list, or blocks that are
 * mostly links.
 */
function isFoldedParagraph(element: Element): boolean {
  if (innerTextBlocks(element).length > 0) return false;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + textLength(a), 0);
  return textLength(element) - linked >= PARAGRAPH_PROSE_CHARS && linked < 0.3 * textLength(element);
}
/** Text in paragraphs: what an article has much of and a share bar or menu has none of. */
const proseLength = (element: Element) => [...element.querySelectorAll('p')].reduce((sum, p) => sum + textLength(p), 0);

export function pruneBoilerplateContainers(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of [...body.querySelectorAll(INVISIBLE)]) element.remove();
  const pageProse = proseLength(body);
  const bodies = [...body.querySelectorAll('[class], [id]')].filter(hasArticleBodyName);
  const holdsArticle = (element: Element, mayWrapPage: boolean) =>
    element.matches(ARTICLE_MARKERS) ||
    element.querySelector(ARTICLE_MARKERS) !== null ||
    bodies.some((candidate) => element === candidate || element.contains(candidate)) ||
    (mayWrapPage && pageProse > 0 && proseLength(element) > WRAPPER_SHARE * pageProse);

  for (const element of [...body.querySelectorAll(`${HIDDEN}, ${FURNITURE_TAGS}, [role], [class], [id]`)]) {
    if (!element.isConnected || NEVER_FURNITURE.has(element.tagName)) continue;
    const role = element.getAttribute('role');
    const matched = matchContainerRule(element);
    const rule = matched?.name === 'related' && isFoldedParagraph(element) ? null : matched;
    const furniture = element.matches(HIDDEN) || element.matches(FURNITURE_TAGS) || (role !== null && FURNITURE_ROLES.has(role)) || rule !== null;
    if (furniture && !holdsArticle(element, rule?.name !== 'comments' && !DIALOG_ROLES.has(role ?? ''))) element.remove();
  }
}
