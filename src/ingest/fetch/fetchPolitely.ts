import { setTimeout as sleep } from 'node:timers/promises';
import { defaultCacheDir, FetchCache, type CachedPage } from './fetchCache.js';
import { RobotsRules } from './robotsRules.js';
import { userAgent } from './userAgent.js';

/*
 * Fetches web pages the way a careful reader would: one request at a time
 * per host, a User-Agent that says who is asking, a few retries that back
 * off (and wait as long as a 429 or 503 asks, up to a cap), and hard limits
 * so one bad server cannot hold or swamp a batch: a time limit for the whole
 * answer, a size limit enforced while the body streams in (a 60 MB page is
 * cut off at the limit, never held whole), at most 5 redirects with loops
 * caught, and only HTML, text and feeds accepted (a PDF is refused by its
 * Content-Type before its body is read). A site's robots.txt is obeyed
 * (see robotsRules.ts) unless the user says they may fetch it anyway. What
 * was fetched is cached on disk.
 */

export interface FetchLimits {
  /** For the whole answer, headers and body, of one attempt (default 20 s). */
  timeoutMs: number;
  /** The largest body read; more is cut off and the page refused (default 10 MB). */
  maxBytes: number;
  maxRedirects: number;
  /** Further attempts after a 429, a 503 or a network error (default 2). */
  retries: number;
  /** The first back-off, doubled each time (default 1 s). */
  backoffMs: number;
  /** The longest Retry-After honoured (default 30 s); a longer one is waited for this long. */
  maxRetryAfterMs: number;
  /** Where pages are cached; null for no cache (default: see defaultCacheDir). */
  cacheDir: string | null;
  /** Obey each site's robots.txt (default true); false when the user has the site's leave (`--ignore-robots`). */
  obeyRobots: boolean;
}

export const defaultFetchLimits: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 30_000,
  cacheDir: defaultCacheDir(),
  obeyRobots: true,
};

/** A robots.txt is read with a shorter time limit, and only its first 512 KB (RFC 9309 asks parsers for at least 500 KiB). */
const robotsTimeoutMs = 5000;
const robotsMaxBytes = 512 * 1024;

export type FetchedPage = CachedPage & { fromCache: boolean };

/** A URL that gave no page; the message names the URL and the problem: 'https://x/a: answered 404 Not Found'. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    /** The problem alone, for a caller that names the URL itself: 'answered 404 Not Found'. */
    readonly problem: string,
  ) {
    super(`${url}: ${problem}`);
    this.name = 'FetchError';
  }
}

/** Worth another try: the server asked to wait, or the network failed on the way. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** HTML, plain text and feeds; a missing type is accepted and the content sniffed. */
const ACCEPTED = /^(?:text\/(?:html|plain|xml)|application\/(?:xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|feed\+json|json))$/;
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUS = new Set([429, 503]);

export class PoliteFetcher {
  readonly limits: FetchLimits;
  private readonly cache: FetchCache | null;
  /** The last request queued per host: the next one starts when it ends. */
  private readonly hostQueues = new Map<string, Promise<unknown>>();
  /** When the last request to each host ended, for its Crawl-delay. */
  private readonly lastRequestAt = new Map<string, number>();
  private readonly robots = new RobotsRules((robotsUrl) => this.readRobots(robotsUrl));

  constructor(limits: Partial<FetchLimits> = {}) {
    this.limits = { ...defaultFetchLimits, ...limits };
    this.cache = this.limits.cacheDir ? new FetchCache(this.limits.cacheDir) : null;
  }

  /** `fresh` skips the cache for this URL (a feed polled for new items) and still stores what comes back. */
  async fetch(url: string, options: { fresh?: boolean } = {}): Promise<FetchedPage> {
    const checked = checkedUrl(url);
    if (!options.fresh) {
      const cached = await this.cache?.get(checked);
      if (cached) return { ...cached, fromCache: true };
    }
    const host = new URL(checked).host;
    const page = await this.oneAtATime(host, async () => {
      await this.waitForRobots(checked, host);
      try {
        return await this.withRetries(checked);
      } finally {
        this.lastRequestAt.set(host, Date.now());
      }
    });
    await this.cache?.put(page);
    return { ...page, fromCache: false };
  }

  /** Refuses a URL the site's robots.txt disallows for us; waits out its Crawl-delay since the last request to the host. */
  private async waitForRobots(url: string, host: string): Promise<void> {
    if (!this.limits.obeyRobots) return;
    const answer = await this.robots.check(url);
    if (!answer.allowed) {
      throw new FetchError(url, `is disallowed for corroborate by ${answer.robotsUrl}; not fetched (with the site's leave, --ignore-robots fetches it anyway)`);
    }
    const last = this.lastRequestAt.get(host);
    if (answer.delayMs && last !== undefined) await sleep(Math.max(0, last + answer.delayMs - Date.now()));
  }

  /** The text of a robots.txt, or null when there is none to obey (not found, an error status, no answer, too slow). */
  private async readRobots(robotsUrl: string): Promise<string | null> {
    try {
      const response = await fetch(robotsUrl, { signal: AbortSignal.timeout(robotsTimeoutMs), headers: { 'user-agent': userAgent, accept: 'text/plain' } });
      if (!response.ok) {
        await response.body?.cancel();
        return null;
      }
      const bytes = await readLimited(response, robotsMaxBytes, true);
      return bytes ? bytes.toString('utf8') : null;
    } catch {
      return null;
    }
  }

  private async oneAtATime<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.hostQueues.get(host) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.hostQueues.set(host, settled);
    void settled.then(() => {
      if (this.hostQueues.get(host) === settled) this.hostQueues.delete(host);
    });
    return next;
  }

  private async withRetries(url: string): Promise<CachedPage> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchFollowingRedirects(url);
      } catch (error) {
        if (!(error instanceof Retryable)) throw error;
        if (attempt >= this.limits.retries) {
          throw new FetchError(url, `${error.message}, ${attempt + 1} times; try again later`);
        }
        const backoff = this.limits.backoffMs * 2 ** attempt;
        await sleep(Math.min(Math.max(error.retryAfterMs ?? 0, backoff), Math.max(this.limits.maxRetryAfterMs, backoff)));
      }
    }
  }

  private async fetchFollowingRedirects(url: string): Promise<CachedPage> {
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    const seen = [url];
    let current = url;
    try {
      for (;;) {
        const response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.8,*/*;q=0.1' } });
        const location = response.headers.get('location');
        if (REDIRECT.has(response.status) && location) {
          await response.body?.cancel();
          current = this.nextHop(url, current, location, seen);
          continue;
        }
        return await this.pageOf(url, current, response);
      }
    } catch (error) {
      if (error instanceof FetchError || error instanceof Retryable) throw error;
      if (signal.aborted) throw new FetchError(url, `gave no complete answer within ${seconds(this.limits.timeoutMs)}; the page was not read`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Retryable(`could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`);
    }
  }

  private nextHop(url: string, current: string, location: string, seen: string[]): string {
    const next = new URL(location, current).href;
    if (seen.includes(next)) throw new FetchError(url, `redirects in a loop (${[...seen, next].join(' -> ')})`);
    seen.push(next);
    if (seen.length - 1 > this.limits.maxRedirects) throw new FetchError(url, `redirects more than ${this.limits.maxRedirects} times (last to ${next})`);
    if (!/^https?:$/.test(new URL(next).protocol)) throw new FetchError(url, `redirects to ${next}, which is not an http(s) address`);
    return next;
  }

  private async pageOf(url: string, finalUrl: string, response: Response): Promise<CachedPage> {
    if (RETRY_STATUS.has(response.status)) {
      await response.body?.cancel();
      throw new Retryable(`answered ${response.status} ${response.statusText}`.trim(), retryAfterMs(response.headers.get('retry-after')));
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(url, `answered ${response.status} ${response.statusText}`.trim() + (finalUrl !== url ? ` (at ${finalUrl})` : ''));
    }
    const contentType = response.headers.get('content-type') ?? '';
    const refused = refusedType(contentType);
    if (refused) {
      await response.body?.cancel();
      throw new FetchError(url, refused);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > this.limits.maxBytes) {
      await response.body?.cancel();
      throw new FetchError(url, `is ${megabytes(declared)} (its Content-Length), more than the ${megabytes(this.limits.maxBytes)} allowed for one page; not read`);
    }
    const bytes = await readLimited(response, this.limits.maxBytes);
    if (!bytes) throw new FetchError(url, `sent more than the ${megabytes(this.limits.maxBytes)} allowed for one page; cut off there and not read`);
    return { url, finalUrl, contentType, fetchedAt: new Date().toISOString(), bytes };
  }
}

/** Only http(s) URLs are fetched; a file: or ftp: address is refused before any request. */
function checkedUrl(url: string): string {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(url, 'is not a URL; expected an address like https://example.org/news/1');
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new FetchError(url, `is a ${parsed.protocol} address; only http and https are fetched`);
  return parsed.href;
}

/** Why a Content-Type is not read, or null when it is: 'is a PDF (application/pdf); ...'. */
export function refusedType(contentType: string): string | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!type || ACCEPTED.test(type)) return null;
  if (type === 'application/pdf') return 'is a PDF (application/pdf); only HTML, text and feeds are read (save its text as a .txt file and give that)';
  return `is ${type}, not HTML, text or a feed; not read`;
}

/**
 * The body, or null once it passes `maxBytes`: the stream is cancelled there,
 * so a huge page is never held whole. With `keepHead`, the first `maxBytes`
 * are returned instead of null (a robots.txt is read as far as the limit).
 */
async function readLimited(response: Response, maxBytes: number, keepHead = false): Promise<Buffer | null> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return keepHead ? Buffer.concat([...chunks, value]).subarray(0, maxBytes) : null;
    }
    chunks.push(value);
  }
}

/** Retry-After as seconds ('120') or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
