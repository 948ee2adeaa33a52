/*
 * Class names and ids that CMSs give the element holding the article text,
 * after trafilatura's BODY_XPATH: '<div class="entry-content">' (WordPress),
 * '<div itemprop="articleBody">' (schema.org), '<div class="article__body">',
 * '<div class="artikel-text">'. Tested on one lower-cased class name or id
 * at a time, as a substring: 'td-post-content', 'c-article-body__text'.
 */
const ARTICLE_BODY_NAME = /post-?text|post_text|post-?body|post_body|post-?entry|post-?content|post_content|post_inner_wrapper|article-?text|article_text|entry-?content|entry_content|article-?content|article__content|article-?body|article__body|articlebody|art-?content|artikel-?(?:text|inhalt|body)|beitrag-?(?:text|inhalt)|story-?body|story-?content|storycontent|field-?body|fulltext|body-?text|text-?content|single-?content|blog-?content|theme-post-content/;

/** Elements a page marks as its article, whatever their class: '<div itemprop="articleBody">'. */
export const ARTICLE_BODY_SELECTOR = '[itemprop="articleBody"], [itemprop="articlebody"]';

export function hasArticleBodyName(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((name) => name.length > 0 && ARTICLE_BODY_NAME.test(name));
}
