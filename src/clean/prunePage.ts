/*
 * Page furniture removed before the whole-body fallback reads the page: the
 * elements HTML names as not-the-article, and elements whose class or id says
 * so ('sidebar', 'comments', 'cookie-banner', 'related-posts', 'share-buttons').
 */
const FURNITURE_TAGS = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select';
/** Elements a reader never sees: '<div hidden>', '<span aria-hidden="true">', '<div style="display: none">'. */
export const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], [style*="visibility: hidden"]';
const FURNITURE_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|side-?bar|widget|footer|header|masthead|breadcrumbs?|comments?|comment-list|respond|share|sharing|social|related|recommended|newsletter|subscribe|cookie|consent|banner|advert|ads?|promo|popup|modal|pagination|pager|tags|tag-?cloud|author-?bio|skip)(?:$|[\s_-])/i;

export function prunePage(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  for (const element of [...body.querySelectorAll(`${FURNITURE_TAGS}, ${HIDDEN}`)]) element.remove();
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(name) && element.isConnected) element.remove();
  }
  return body;
}
