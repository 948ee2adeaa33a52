import { describe, expect, it } from 'vitest';
import { formatPoll, parseInterval } from '../../src/cli/watchFeedsCommand.js';
import { emptySummary } from '../../src/usecases/analyzeSources.js';

/*
 * The command's own parts, in-process: a real `watch-feeds --once` run costs
 * about 17 s of CPU (a process, tsx, a store, the analysis), and each poll is
 * pollFeeds, tested against a local server in test/ingest/storedInputs.test.ts.
 */
describe('watch-feeds', () => {
  it("prints each poll's new, already stored and failed items", () => {
    const summary = {
      ...emptySummary(),
      stored: [{ id: '4f1c2a9b0e7d', source: 'wire.rss item 1' }],
      duplicates: [{ id: '0a1b2c3d4e5f', source: 'wire.rss item 3' }],
      failed: [{ source: 'wire.rss item 2', reason: 'wire.rss item 2: has neither its full text (content:encoded, content, content_html) nor a link to fetch it from' }],
      seconds: 1.25,
    };
    expect(formatPoll(new Date('2025-03-14T10:15:00.123Z'), summary)).toBe(
      'poll 2025-03-14 10:15:00Z: 1 new, 1 already stored, 1 failed (1.3 s)\n' +
        '  new: wire.rss item 1 (4f1c2a9b0e7d)\n' +
        '  failed: wire.rss item 2: has neither its full text (content:encoded, content, content_html) nor a link to fetch it from\n',
    );
  });

  it('reads the pause between polls, and refuses one under 10 s', () => {
    expect([parseInterval('15m'), parseInterval('90s'), parseInterval('1h'), parseInterval('30')]).toEqual([900_000, 90_000, 3_600_000, 30_000]);
    expect(() => parseInterval('5s')).toThrow('expected a pause of at least 10 seconds, such as 15m, 90s or 1h; got "5s"');
  });
});
