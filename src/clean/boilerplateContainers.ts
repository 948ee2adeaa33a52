/**
 * Page furniture recognised by its class, id or role, as data: the element
 * and everything inside it is removed before the main content is chosen, in
 * the spirit of trafilatura's discard XPaths. Each pattern is tested against
 * one lower-cased class name or id at a time; most match a whole part
 * between dashes or underscores ('post-comments', 'article__share'), so
 * 'commentary' or 'shareholders' never match.
 */
export interface ContainerRule {
  name: string;
  pattern: RegExp;
  /**
   * 'layout' rules name regions that wrap the article on some sites
   * ('content-with-sidebar', 'page-header'); they are kept when they hold
   * most of the page's text. 'widget' rules name things that never hold it.
   */
  kind: 'layout' | 'widget';
  /** A name that matches the pattern and also this is not the furniture: 'live-match-comments' is a live ticker's commentary. */
  unless?: RegExp;
}

export const containerRules: readonly ContainerRule[] = [
  // 'comments', 'post-comments', 'comment-respond', 'disqus_thread', 'kommentare', 'leserkommentare', 'commentaires'
  { name: 'comments', kind: 'widget', pattern: /^(?:comments?|kommentare?|comment-?list|commentlist|respond|disqus_thread|dsq-comments|nocomments|leserkommentare|comentarios|commentaires)$|^(?:comments?|kommentar\w*|comol)[-_]|[-_](?:comments|kommentare)(?:$|[-_])|^disqus/,
    // A live blog or ticker calls its running commentary 'comments' ('live-match-comments', 'liveticker-comment'): the article itself.
    unless: /(?:^|[-_])(?:live\w*|\w*ticker)(?:$|[-_])/ },
  // 'share', 'sharedaddy', 'shariff', 'social-icons', 'post-sharing', 'addthis_toolbox', 'teilen'
  { name: 'share', kind: 'widget', pattern: /^(?:shariff|sharedaddy)|(?:^|[-_])(?:share|sharing|social|socials|sociable|teilen|addthis\w*|a2a\w*|sharebar|sharethis)(?:$|[-_])/ },
  // 'related-posts', 'jp-relatedposts', 'aehnliche-artikel', 'more-stories', 'outbrain', 'most-popular', 'meistgelesen'
  { name: 'related', kind: 'widget', pattern: /related|verwandte|(?:^|[-_])(?:aehnliche?|ähnliche?|weitere-?artikel|mehr-?zum-?thema|more-?(?:stories|articles|news)|recommend\w*|empfehlung\w*|outbrain|taboola|plista|most-?(?:popular|read)|meistgelesen\w*|next-?post|prev(?:ious)?-?post|post-?navigation|nav-?links|also-?read|read-?more)(?:$|[-_])/ },
  // 'editorial-disclosure', 'affiliate-disclosure', 'advertiser-disclosure': 'This post contains references to products from our advertisers'
  { name: 'disclosure', kind: 'widget', pattern: /(?:^|[-_])(?:\w+-)?disclosure(?:$|[-_])/ },
  // 'newsletter', 'subscribe-box', 'abo-teaser', 'paywall', 'signup'
  { name: 'newsletter', kind: 'widget', pattern: /newsletter|paywall|(?:^|[-_])(?:subscribe|subscription|signup|sign-up|optin|opt-in|abo|abonnement)(?:$|[-_])/ },
  // 'cookie-banner', 'cookie-notice', 'consent', 'gdpr', 'cmp-container', 'datenschutz-hinweis'
  { name: 'cookie', kind: 'widget', pattern: /cookie|consent|gdpr|(?:^|[-_])(?:cmp|datenschutz-?hinweis)(?:$|[-_])/ },
  // 'ad', 'ads', 'advert', 'anzeige', 'werbung', 'sponsored', 'adsbygoogle', 'banner'
  { name: 'advert', kind: 'widget', pattern: /^(?:ads?|anzeigen?|werbung)(?:$|[-_])|[-_]ad[-_]|(?:^|[-_])(?:advert\w*|adsbygoogle|sponsor\w*|banner|promo\w*|popup)(?:$|[-_])/ },
  // 'tags', 'post-tags', 'tag-cloud', 'tagcloud', 'schlagworte', 'stichwoerter', 'entry-categories'
  { name: 'tags', kind: 'widget', pattern: /(?:^|[-_])(?:tags|tag-?list|tag-?cloud|tagcloud|tagged|schlagw\w*|stichw\w*|keywords|categories|cat-?links|kategorien)(?:$|[-_])/ },
  // 'author-box', 'about-the-author', 'author-bio', 'autor-info', 'byline', 'user-profile', 'sect_profile-descr',
  // 'saboxplugin-wrap' (the Simple Author Box plugin)
  { name: 'author-box', kind: 'widget', pattern: /(?:^|[-_])(?:author-?(?:box|bio|info|profile|card|details|description)|about-?(?:the-?)?author|autor\w*|autorenbox|byline|user-?(?:info|profile)|profile-?descr\w*)(?:$|[-_])|^saboxplugin/ },
  // 'entry-meta', 'post-meta', 'article-meta', 'postmetadata', 'post-info', 'entry-utility' (WordPress: 'This entry was posted in ...')
  { name: 'meta', kind: 'widget', pattern: /(?:^|[-_])(?:meta|postmeta\w*|postmetadata|post-?info|entry-?info|entry-?utility|article-?info|rating|print|druck\w*|breadcrumbs?|bread-?crumbs?|brotkrumen\w*|pagination|pager|skip-?link\w*|skip)(?:$|[-_])/ },
  // 'nav', 'navbar', 'main-navigation', 'menu', 'submenu', 'mega-menu'
  { name: 'navigation', kind: 'layout', pattern: /(?:^|[-_])(?:nav|navi|navbar|navigation|subnav|menu|submenu|menue|mainmenu|topbar|toolbar)(?:$|[-_])/ },
  // 'sidebar', 'widget-area', 'widget_text', 'secondary', 'seitenleiste'
  // ('elementor-widget-container' wraps every part of an Elementor page, the article too, so only names that start with 'widget' count)
  { name: 'sidebar', kind: 'layout', pattern: /sidebar|seitenleiste|^widget|(?:^|[-_])aside(?:$|[-_])/ },
  // 'footer', 'site-footer', 'page-footer', 'fusszeile'
  { name: 'footer', kind: 'layout', pattern: /footer|fusszeile/ },
];

/** ARIA roles of furniture: '<div role="navigation">', '<div role="contentinfo">' (the page footer). */
export const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);

/** Tags that are furniture whatever their class: '<nav>', '<aside>', '<footer>', '<form>'. */
export const FURNITURE_TAGS = 'script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, select, textarea, input';

export function matchContainerRule(element: Element): ContainerRule | null {
  // A BEM modifier says what a block has, not what it is: 'TestReport__Section--Ads' is a section with ads in it.
  // A heading's id is an anchor made from its own words ('<h3 id="nav_nur_die_folie__1">Nur die Folie bleibt zurück'), not a role.
  const id = /^H[1-6]$/.test(element.tagName) ? '' : element.getAttribute('id') ?? '';
  const names = `${element.getAttribute('class') ?? ''} ${id}`
    .toLowerCase()
    .split(/\s+/)
    .map((name) => name.replace(/--.*$/, ''))
    .filter(Boolean);
  if (names.length === 0) return null;
  return containerRules.find((rule) => names.some((name) => rule.pattern.test(name) && !rule.unless?.test(name))) ?? null;
}
