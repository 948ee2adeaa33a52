import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';

const html = (content: string) => cleanArticle({ source: 'test.html', format: 'html', content, encoding: 'utf-8' });

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says the ministry was still verifying the claim through various channels, officials said on Thursday.</p>`).join('\n');

describe('cleanArticle on HTML', () => {
  it('drops scripts, navigation and footer, and keeps text only', () => {
    const article = html(`<!doctype html><html><head><title>Strike report | Example News</title>
      <script>var tracking = "SECRET_SCRIPT";</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Strike report</h1>${prose(6)}<p>The <b>Defense</b> <a href="/x">Ministry</a> added it had warned the US.</p></article>
      <footer>© 2019 Example News. All rights reserved.</footer></body></html>`);
    expect(article.text).not.toContain('SECRET_SCRIPT');
    expect(article.text).not.toContain('World');
    expect(article.text).not.toContain('All rights reserved');
    expect(article.text).not.toMatch(/<[a-z]/);
    expect(article.text).toContain('The Defense Ministry added it had warned the US.');
    expect(article.paragraphs[0].kind).toBe('title');
    expect(article.text.split('Strike report')).toHaveLength(2);
  });

  it('marks a figcaption as caption', () => {
    const article = html(`<html><body><article><h1>Minaret destroyed</h1>
      <figure><img src="a.jpg"><figcaption>The leaning minaret in Mosul on June 19, 2017.</figcaption></figure>
      ${prose(6)}</article></body></html>`);
    const captions = article.paragraphs.filter((p) => p.kind === 'caption').map((p) => article.text.slice(p.start, p.end));
    expect(captions).toEqual(['The leaning minaret in Mosul on June 19, 2017.']);
  });

  it('reads page metadata and date candidates with where they came from', () => {
    const article = html(`<html><head><title>Raw title</title>
      <meta property="og:title" content="Russia says IS leader likely killed">
      <meta property="og:site_name" content="The Times of Israel">
      <link rel="canonical" href="https://www.timesofisrael.com/russia-says/">
      <meta property="article:published_time" content="2017-06-22T14:05:00+03:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2017-06-22T11:05:00Z","publisher":{"@type":"Organization","name":"ToI"}}</script>
      </head><body><article><header><time datetime="2017-06-22">June 22, 2017</time></header>${prose(6)}</article></body></html>`);
    expect(article.page.title).toBe('Russia says IS leader likely killed');
    expect(article.page.siteName).toBe('The Times of Israel');
    expect(article.page.url).toBe('https://www.timesofisrael.com/russia-says/');
    expect(article.page.published.slice(0, 3)).toEqual([
      { value: '2017-06-22T11:05:00Z', from: 'json-ld:datePublished' },
      { value: '2017-06-22T14:05:00+03:00', from: 'meta[article:published_time]' },
      { value: '2017-06-22', from: 'article time[datetime]' },
    ]);
  });

  it('never fails on an empty page', () => {
    expect(html('').text).toBe('');
  });
});
