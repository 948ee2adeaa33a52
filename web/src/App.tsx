import { useEffect, useRef, useState } from 'preact/hooks';
import { ArticleReader } from './pages/ArticleReader.js';
import { Articles } from './pages/Articles.js';
import { CheckPage } from './pages/CheckPage.js';
import { ClaimPage } from './pages/ClaimPage.js';
import { CorrectionLog } from './pages/CorrectionLog.js';
import { Matrix } from './pages/Matrix.js';
import { Search } from './pages/Search.js';
import { StoryBoard } from './pages/StoryBoard.js';
import { Timeline } from './pages/Timeline.js';
import { WatchedClaimPage } from './pages/WatchedClaimPage.js';
import { WatchList } from './pages/WatchList.js';
import { href, useRoute, type Route } from './router.js';

const nav: [string, string, string][] = [
  ['', href.story(), 'Story board'],
  ['timeline', href.timeline(), 'Timeline'],
  ['matrix', href.matrix(), 'Sources × claims'],
  ['articles', href.articles(), 'Articles'],
  ['check', href.check(), 'Check a claim'],
  ['watch', href.watchList(), 'Watched'],
  ['corrections', href.corrections(), 'Corrections'],
];

const titles: Record<string, string> = {
  '': 'Story board', claim: 'Claim', article: 'Article', timeline: 'Timeline', matrix: 'Sources × claims', articles: 'Articles', search: 'Search',
  check: 'Check a claim', watch: 'Watched', corrections: 'Corrections',
};

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case '':
      return <StoryBoard />;
    case 'claim':
      return <ClaimPage id={route.id} />;
    case 'article':
      return <ArticleReader id={route.id} query={route.query} />;
    case 'timeline':
      return <Timeline />;
    case 'matrix':
      return <Matrix />;
    case 'articles':
      return <Articles />;
    case 'search':
      return <Search q={route.query.get('q') ?? ''} />;
    case 'check':
      return <CheckPage claim={route.query.get('claim') ?? ''} />;
    case 'watch':
      return route.id ? <WatchedClaimPage id={route.id} /> : <WatchList />;
    case 'corrections':
      return <CorrectionLog />;
    default:
      return (
        <p class="error" role="alert">
          No page here. <a href={href.story()}>Back to the story board</a>.
        </p>
      );
  }
}

/** '/' jumps to the search box from anywhere but a text field. */
function useSlashToSearch(input: { current: HTMLInputElement | null }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  const [q, setQ] = useState(route.page === 'search' ? (route.query.get('q') ?? '') : '');
  useSlashToSearch(search);
  const routeKey = `${route.page}/${route.id}`;
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${titles[route.page] ?? 'Not found'}${route.id ? ` ${route.id}` : ''} · corroborate`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A new page starts at the top, unless it scrolls to a statement itself; the keyboard continues from the page, not the link.
    if (!route.query.has('statement')) scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [routeKey]);
  const section = route.page === 'claim' ? '' : route.page === 'article' ? 'articles' : route.page;
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => {
        e.preventDefault();
        main.current?.focus();
      }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={href.story()}>corroborate</a>
        <nav aria-label="Pages">
          <ul>
            {nav.map(([page, link, name]) => (
              <li key={page}>
                <a href={link} aria-current={section === page ? 'page' : undefined}>{name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" class="search-form" onSubmit={(e) => {
          e.preventDefault();
          location.hash = href.search(q);
        }}>
          <label for="q" class="sr-only">Search articles and statements</label>
          <input id="q" ref={search} type="search" placeholder="Search  ( / )" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
