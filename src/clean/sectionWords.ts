/**
 * Words of site menus and section fronts. A short line made mostly of them is
 * navigation: 'News Korvath Politics Business Culture Letters',
 * 'Sign in Subscribe', 'World | Europe | Conflicts'.
 */
export const sectionWords: ReadonlySet<string> = new Set([
  'home', 'news', 'world', 'politics', 'business', 'economy', 'culture', 'opinion', 'opinions', 'weather', 'contact', 'about',
  'archive', 'archives', 'sport', 'sports', 'science', 'tech', 'technology', 'health', 'entertainment', 'lifestyle', 'travel',
  'video', 'videos', 'podcast', 'podcasts', 'letters', 'europe', 'africa', 'asia', 'americas', 'us', 'uk', 'middle', 'east',
  'subscribe', 'sign', 'in', 'up', 'log', 'login', 'register', 'menu', 'search', 'more', 'local', 'national', 'international',
  'environment', 'conflicts', 'analysis', 'features', 'investigations', 'photos', 'education', 'newsletters', 'newsletter',
  'live', 'latest', 'top', 'stories', 'blog', 'comment', 'media', 'arts', 'books', 'food', 'style', 'markets', 'jobs', 'shop',
  'donate', 'account', 'edition', 'editions', 'en', 'español', 'français', 'deutsch', 'the', 'and', '&',
]);
