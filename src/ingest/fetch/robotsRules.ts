import { createRequire } from 'node:module';

/** The parts of robots-parser's Robot used here. Its types declare an ES default export that its CommonJS module does not have, so it is required. */
interface Robot {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robot;

/*
 * What a site's robots.txt (RFC 9309) allows corroborate to fetch. It is
 * read once per origin and per run: 'User-agent: corroborate' groups apply,
 * else 'User-agent: *'. A robots.txt that cannot be read (404, an error, no
 * answer within a few seconds) allows everything, as it does for a reader's
 * browser: corroborate fetches only the pages and feeds its user lists,
 * never links it finds, so it is a user agent acting for a person rather
 * than a crawler, and a broken robots.txt should not stop a journalist's
 * batch. Crawl-delay is honoured between requests to the host, capped.
 */

export interface RobotsAnswer {
  allowed: boolean;
  /** Where the rules came from, for the error: 'https://example.org/robots.txt'. */
  robotsUrl: string;
  /** Crawl-delay for us, in ms, capped; 0 when none. */
  delayMs: number;
}

/** Reads a robots.txt; null when there is none to obey (not found, an error, no answer). */
export type RobotsLoader = (robotsUrl: string) => Promise<string | null>;

/** The product token robots.txt groups name: 'User-agent: corroborate'. */
export const robotsToken = 'corroborate';
const longestDelayMs = 30_000;

export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Robot | null>>();

  constructor(private readonly load: RobotsLoader) {}

  async check(url: string): Promise<RobotsAnswer> {
    const robotsUrl = new URL('/robots.txt', url).href;
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(robotsUrl).then((text) => (text === null ? null : robotsParser(robotsUrl, text)), () => null);
      this.byOrigin.set(origin, rules);
    }
    const robot = await rules;
    if (!robot) return { allowed: true, robotsUrl, delayMs: 0 };
    const delay = robot.getCrawlDelay(robotsToken) ?? 0;
    return { allowed: robot.isAllowed(url, robotsToken) !== false, robotsUrl, delayMs: Math.min(delay * 1000, longestDelayMs) };
  }
}
