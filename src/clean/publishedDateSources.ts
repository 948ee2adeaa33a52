/**
 * Where a page states its publication date, as data, in order of trust. A
 * meta key is the lower-cased `property`, `name`, `itemprop` or `http-equiv`
 * of a <meta> element. Modification dates come last: a page that gives only
 * a 'last updated' date was usually published the same day or shortly before.
 */
export interface MetaDateSource {
  key: string;
  /** An example of the markup this key matches. */
  example: string;
  kind: 'published' | 'modified';
}

export const metaDateSources: readonly MetaDateSource[] = [
  { key: 'article:published_time', example: '<meta property="article:published_time" content="2017-06-16T10:42:00Z">', kind: 'published' },
  { key: 'og:article:published_time', example: '<meta property="og:article:published_time" content="2017-06-16">', kind: 'published' },
  { key: 'og:published_time', example: '<meta property="og:published_time" content="2017-06-16">', kind: 'published' },
  { key: 'datepublished', example: '<meta itemprop="datePublished" content="2017-06-16">', kind: 'published' },
  { key: 'article.published', example: '<meta name="article.published" content="2017-06-16">', kind: 'published' },
  { key: 'parsely-pub-date', example: '<meta name="parsely-pub-date" content="2017-06-16T10:42:00Z">', kind: 'published' },
  { key: 'sailthru.date', example: '<meta name="sailthru.date" content="2017-06-16 10:42:00">', kind: 'published' },
  { key: 'pubdate', example: '<meta name="pubdate" content="20170616">', kind: 'published' },
  { key: 'publishdate', example: '<meta name="publishdate" content="2017-06-16">', kind: 'published' },
  { key: 'publish-date', example: '<meta name="publish-date" content="2017-06-16">', kind: 'published' },
  { key: 'publish_date', example: '<meta name="publish_date" content="2017-06-16">', kind: 'published' },
  { key: 'published-date', example: '<meta name="published-date" content="2017-06-16">', kind: 'published' },
  { key: 'date_published', example: '<meta name="date_published" content="2017-06-16">', kind: 'published' },
  { key: 'article_date_original', example: '<meta name="article_date_original" content="June 16, 2017">', kind: 'published' },
  { key: 'original-publish-date', example: '<meta name="original-publish-date" content="2017-06-16">', kind: 'published' },
  { key: 'cxenseparse:recs:publishtime', example: '<meta name="cXenseParse:recs:publishtime" content="2017-06-16T10:42:00Z">', kind: 'published' },
  { key: 'dc.date.issued', example: '<meta name="DC.date.issued" content="2017-06-16">', kind: 'published' },
  { key: 'dcterms.issued', example: '<meta name="dcterms.issued" content="2017-06-16">', kind: 'published' },
  { key: 'dc.date.created', example: '<meta name="DC.date.created" content="2017-06-16">', kind: 'published' },
  { key: 'dcterms.created', example: '<meta name="dcterms.created" content="2017-06-16">', kind: 'published' },
  { key: 'dc.date', example: '<meta name="DC.date" content="2017-06-16">', kind: 'published' },
  { key: 'dcterms.date', example: '<meta name="dcterms.date" content="2017-06-16">', kind: 'published' },
  { key: 'date', example: '<meta name="date" content="2017-06-16">', kind: 'published' },
  { key: 'citation_publication_date', example: '<meta name="citation_publication_date" content="2017/06/16">', kind: 'published' },
  { key: 'prism.publicationdate', example: '<meta name="prism.publicationDate" content="2017-06-16">', kind: 'published' },
  { key: 'rnews:datepublished', example: '<meta property="rnews:datePublished" content="2017-06-16">', kind: 'published' },
  { key: 'og:pubdate', example: '<meta property="og:pubdate" content="2017-06-16">', kind: 'published' },
  { key: 'release_date', example: '<meta name="release_date" content="2017-06-16">', kind: 'published' },
  { key: 'created', example: '<meta name="created" content="2017-06-16">', kind: 'published' },
  { key: 'article:modified_time', example: '<meta property="article:modified_time" content="2017-06-17T08:00:00Z">', kind: 'modified' },
  { key: 'og:updated_time', example: '<meta property="og:updated_time" content="2017-06-17T08:00:00Z">', kind: 'modified' },
  { key: 'datemodified', example: '<meta itemprop="dateModified" content="2017-06-17">', kind: 'modified' },
  { key: 'last-modified', example: '<meta http-equiv="last-modified" content="2017-06-17">', kind: 'modified' },
  { key: 'lastmod', example: '<meta name="lastmod" content="2017-06-17">', kind: 'modified' },
];

/*
 * Elements whose class or id names a publication date, read for their
 * `datetime`/`content`/`title` attribute or else their short text:
 * <span class="entry-date">October 9, 2020</span>, <div class="article__date">9.10.2020</div>.
 */
export const DATE_CLASS = /(?:^|[\s_-])(?:pub(?:lish(?:ed)?)?[-_]?(?:date|time|on)|post(?:ed)?[-_]?(?:date|on|time)|entry[-_]?(?:date|time|meta)|article[-_]?(?:date|time)|date[-_]?(?:published|line|header|time)|byline|timestamp|datetime|meta[-_]?date|story[-_]?date|news[-_]?date|time|date|fecha|datum|data)(?:$|[\s_-])/i;
