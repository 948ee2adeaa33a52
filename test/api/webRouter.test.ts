import { describe, expect, it } from 'vitest';
import { href, notFoundPage, parseRoute } from '../../web/src/router.js';

describe('the web app router', () => {
  it('reads pages, ids and queries', () => {
    expect(parseRoute(href.claim('dren.killed.1'))).toMatchObject({ page: 'claim', id: 'dren.killed.1' });
    const route = parseRoute(href.article('17efcee5ce2a', { statement: 's3' }));
    expect(route).toMatchObject({ page: 'article', id: '17efcee5ce2a' });
    expect(route.query.get('statement')).toBe('s3');
    expect(parseRoute('')).toMatchObject({ page: '', id: '' });
  });

  it('holds a checked claim in the address, and a watched claim by its id', () => {
    const check = parseRoute(href.check('Dren was killed in a "Kasterian" strike? #1 & more'));
    expect(check).toMatchObject({ page: 'check', id: '' });
    expect(check.query.get('claim')).toBe('Dren was killed in a "Kasterian" strike? #1 & more');
    expect(parseRoute(href.check())).toMatchObject({ page: 'check', id: '' });
    expect(parseRoute(href.watchList())).toMatchObject({ page: 'watch', id: '' });
    expect(parseRoute(href.watched('dren-killed:2'))).toMatchObject({ page: 'watch', id: 'dren-killed:2' });
  });

  it.each(['#/claim/%', '#/article/%E0%A4%A', '#/claim/%C3%28', '#/%ZZ'])('%j is the not-found page, not a blank one', (hash) => {
    expect(parseRoute(hash)).toMatchObject({ page: notFoundPage, id: '' });
  });
});
