import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/*
 * Fetched pages kept on disk, keyed by the URL asked for, so a re-run of the
 * same batch fetches nothing twice. Each entry is two files named by the
 * URL's SHA-256: the body, then a small JSON written last, so an entry
 * without its JSON (a run killed mid-write) is not an entry. Only answers
 * that became articles are kept; a 404 or a timeout is asked again next time.
 */

export interface CachedPage {
  url: string;
  finalUrl: string;
  contentType: string;
  fetchedAt: string;
  bytes: Buffer;
}

/** $CORROBORATE_CACHE, else $XDG_CACHE_HOME/corroborate/fetch, else ~/.cache/corroborate/fetch. */
export function defaultCacheDir(): string {
  if (process.env.CORROBORATE_CACHE) return process.env.CORROBORATE_CACHE;
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'corroborate', 'fetch');
}

const keyOf = (url: string) => createHash('sha256').update(url).digest('hex');

export class FetchCache {
  constructor(readonly dir: string) {}

  async get(url: string): Promise<CachedPage | null> {
    const key = keyOf(url);
    try {
      const meta = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as Omit<CachedPage, 'bytes'>;
      if (meta.url !== url) return null;
      return { ...meta, bytes: await readFile(path.join(this.dir, `${key}.body`)) };
    } catch {
      return null;
    }
  }

  /** A cache that cannot be written (a read-only home) does not fail the fetch. */
  async put(page: CachedPage): Promise<void> {
    const key = keyOf(page.url);
    const { bytes, ...meta } = page;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(path.join(this.dir, `${key}.body`), bytes);
      const temporary = path.join(this.dir, `${key}.json.${process.pid}`);
      await writeFile(temporary, JSON.stringify(meta));
      await rename(temporary, path.join(this.dir, `${key}.json`));
    } catch {
      // Best effort: the page was fetched and is used; only the next run pays again.
    }
  }
}
