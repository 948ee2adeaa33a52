import { ARTICLE_BODY_SELECTOR, hasArticleBodyName } from './articleBodyNames.js';

/*
 * The element a page itself marks as its article text, in the order
 * trafilatura tries them: a schema.org or CMS article-body container
 * ('<div itemprop="articleBody">', '<div class="entry-content">'), else the
 * first <article>, else <main>. Readability scores paragraphs instead and
 * sometimes picks a part of the article (one section between two headings)
 * or a neighbour (an address table); this candidate is the check on it.
 * Of nested body containers the outermost is taken ('article-body' around
 * 'article-body__text'), so no part of the text is left out.
 */
export function findArticleBody(document: Document): Element | null {
  const body = document.body;
  if (!body) return null;
  const marked = body.querySelector(ARTICLE_BODY_SELECTOR) ?? [...body.querySelectorAll('[class], [id]')].find(hasArticleBodyName);
  return marked ?? body.querySelector('article') ?? body.querySelector('main') ?? null;
}
