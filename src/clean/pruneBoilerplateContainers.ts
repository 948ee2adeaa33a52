import { ARTICLE_BODY_SELECTOR, hasArticleBodyName } from './articleBodyNames.js';
import { HIDDEN } from './prunePage.js';
import { FURNITURE_ROLES, FURNITURE_TAGS, matchContainerRule } from './boilerplateContainers.js';

/*
 * Removes page furniture (boilerplateContainers.ts) from the document before
 * the main content is chosen, so readability neither picks a comment thread
 * or a link box as the article nor keeps share bars and 'related' boxes that
 * sit inside the article container.
 *
 * Some sites name the wrapper of the whole page after what it also holds
 * ('<div class="content has-sidebar">', ASP.NET's '<form id="form1">' around
 * everything), so an element is kept when it is or holds the headline, an
 * element named as the article body (articleBodyNames.ts), or most of the page's paragraph text. Comment threads are
 * exempt from the last test: on a busy blog they are most of the text.
 */
const NEVER_FURNITURE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const INVISIBLE = 'script, style, noscript, template, svg, iframe';
const ARTICLE_MARKERS = `h1, ${ARTICLE_BODY_SELECTOR}`;
/** Share of the page's paragraph text above which a matching element is taken to be the page wrapper. */
const WRAPPER_SHARE = 0.5;

const textLength = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').length;
/** Text in paragraphs: what an article has much of and a share bar or menu has none of. */
const proseLength = (element: Element) => [...element.querySelectorAll('p')].reduce((sum, p) => sum + textLength(p), 0);

export function pruneBoilerplateContainers(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of [...body.querySelectorAll(INVISIBLE)]) element.remove();
  const pageProse = proseLength(body);
  const bodies = [...body.querySelectorAll('[class], [id]')].filter(hasArticleBodyName);
  const holdsArticle = (element: Element, isComments: boolean) =>
    element.matches(ARTICLE_MARKERS) ||
    element.querySelector(ARTICLE_MARKERS) !== null ||
    bodies.some((candidate) => element === candidate || element.contains(candidate)) ||
    (!isComments && pageProse > 0 && proseLength(element) > WRAPPER_SHARE * pageProse);

  for (const element of [...body.querySelectorAll(`${HIDDEN}, ${FURNITURE_TAGS}, [role], [class], [id]`)]) {
    if (!element.isConnected || NEVER_FURNITURE.has(element.tagName)) continue;
    const role = element.getAttribute('role');
    const rule = matchContainerRule(element);
    const furniture = element.matches(HIDDEN) || element.matches(FURNITURE_TAGS) || (role !== null && FURNITURE_ROLES.has(role)) || rule !== null;
    if (furniture && !holdsArticle(element, rule?.name === 'comments')) element.remove();
  }
}
