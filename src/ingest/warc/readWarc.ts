import { WARCParser, type WARCRecord } from 'warcio';
import { DecodeError, decodeBytes } from '../decodeBytes.js';
import { formatOfPage } from '../fetch/formatOfPage.js';
import { NotRegularFile, openRegularFile } from '../openRegularFile.js';
import type { SourceItem } from '../types.js';

/*
 * A web archive (WARC, or WARC.gz as Webrecorder, Browsertrix and the
 * Internet Archive write it) holds every capture of a crawl: pages, images,
 * scripts, the requests themselves. Each response (or resource) record whose
 * HTTP status is 2xx and whose body is HTML or text becomes an article; its
 * WARC-Target-URI is the article's url and its WARC-Date the day it was
 * captured, which bounds the publication date. The body is decoded with the
 * charset of the captured HTTP header ('text/html; charset=iso-8859-2'),
 * else the page's own declaration. The rest is skipped and counted in one
 * warning. The file streams through warcio: an archive of gigabytes is never
 * held whole, only one record at a time.
 */

export interface WarcOptions {
  maxArticleBytes: number;
  onWarning?: (warning: string) => void;
}

const ARTICLE_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** A WARC file starts 'WARC/1.'; a compressed one with gzip's magic bytes (its first member is a record). */
export function looksLikeWarc(head: Uint8Array, filePath: string): boolean {
  if (Buffer.from(head.subarray(0, 6)).toString('latin1') === 'WARC/1') return true;
  return head[0] === 0x1f && head[1] === 0x8b && /\.(?:warc|arc)\.gz$|\.gz$/i.test(filePath);
}

export async function* readWarc(filePath: string, fileBytes: number, options: WarcOptions): AsyncGenerator<SourceItem> {
  const fileFailure = (reason: string): SourceItem => ({ failure: { source: filePath, reason: `${filePath}: ${reason}` }, bytes: 0 });
  let opened;
  try {
    opened = await openRegularFile(filePath);
  } catch (error) {
    return yield fileFailure(error instanceof NotRegularFile ? error.message : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const parser = new WARCParser(opened.handle.createReadStream({ autoClose: false }));
  let number = 0;
  let skipped = 0;
  try {
    for (;;) {
      let record: WARCRecord | null;
      try {
        record = await parser.parse();
      } catch (error) {
        yield fileFailure(`record ${number + 1} (at byte ${parser.offset}) is damaged (${(error as Error).message}); the records after it could not be read`);
        return;
      }
      if (!record) break;
      number++;
      const item = await articleOfRecord(record, `${filePath} record ${number}`, options.maxArticleBytes);
      if (item) yield item;
      else skipped++;
    }
    if (!number) {
      yield fileFailure('holds no WARC records; expected a web archive (.warc or .warc.gz) as Webrecorder or wget --warc-file write it');
    } else if (parser.offset < fileBytes) {
      // warcio stops quietly at a gzip member it cannot inflate: what is left unread is the damage.
      yield fileFailure(`is damaged at byte ${parser.offset.toLocaleString('en-US')} of ${fileBytes.toLocaleString('en-US')} (a truncated or corrupt record); ${number} record${number === 1 ? ' was' : 's were'} read before it, the rest could not be`);
    }
    if (skipped) options.onWarning?.(`${filePath}: ${skipped} of ${number} records skipped (not a 2xx HTML or text response: requests, metadata, images, scripts, redirects)`);
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

/** The record as an article, a failure naming the record and its URI, or null when it is not a page (skipped). */
async function articleOfRecord(record: WARCRecord, source: string, maxArticleBytes: number): Promise<SourceItem | null> {
  const url = record.warcTargetURI ?? undefined;
  const fail = (reason: string): SourceItem => ({ failure: { source, reason: `${source}${url ? ` (${url})` : ''}: ${reason}` }, bytes: 0 });
  const type = record.warcType;
  const status = Number(record.httpHeaders?.statusCode ?? 200);
  const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
  if ((type !== 'response' && type !== 'resource') || status < 200 || status > 299 || !ARTICLE_TYPE.test(contentType)) {
    await record.skipFully();
    return null;
  }
  if (record.warcContentLength > maxArticleBytes) {
    await record.skipFully();
    return fail(`is ${(record.warcContentLength / 1024 / 1024).toFixed(1)} MB, larger than the ${(maxArticleBytes / 1024 / 1024).toFixed(1)} MB allowed for one article`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await record.readFully(true);
  } catch (error) {
    return fail(`could not be read (${(error as Error).message}); the record is damaged`);
  }
  // The record's reader counts down its Content-Length: bytes still owed when the file ended mean it was cut short.
  const owed = (record._reader as { limit?: number }).limit ?? 0;
  if (owed > 0) return fail(`is truncated: the file ends ${owed.toLocaleString('en-US')} bytes before the record's declared length`);
  if (!url) return fail('has no WARC-Target-URI, so the page it holds has no address');
  let decoded;
  try {
    decoded = decodeBytes(bytes, contentType);
  } catch (error) {
    if (error instanceof DecodeError) return fail(error.message);
    throw error;
  }
  if (!decoded.text.trim()) return fail('holds an empty page');
  return {
    article: {
      source,
      format: formatOfPage(contentType, decoded.text),
      content: decoded.text,
      encoding: decoded.encoding,
      supplied: { from: 'warc', url, ...(record.warcDate ? { captured: record.warcDate } : {}), textHow: `WARC ${type} record` },
      ...(decoded.warnings.length ? { warnings: decoded.warnings.map((warning) => `${source}: ${warning}`) } : {}),
    },
    bytes: bytes.length,
  };
}
