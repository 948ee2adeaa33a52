import { WARCRecord, WARCSerializer } from 'warcio';

/** One record for a test archive: a captured HTTP response, or a request (which readers skip). */
export interface TestRecord {
  url: string;
  type?: 'response' | 'request' | 'resource';
  date?: string;
  status?: number;
  contentType?: string;
  body: Uint8Array | string;
}

/** The records serialised by warcio as one archive, each its own gzip member when `gzip` (as .warc.gz files are written). */
export async function warcRecords(records: readonly TestRecord[], gzip = false): Promise<Buffer[]> {
  const serialised: Buffer[] = [];
  for (const record of records) {
    const body = typeof record.body === 'string' ? new TextEncoder().encode(record.body) : record.body;
    const type = record.type ?? 'response';
    const created = WARCRecord.create(
      {
        url: record.url,
        date: record.date ?? '2019-10-28T06:00:00Z',
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'resource'
          ? { warcHeaders: { 'Content-Type': record.contentType ?? 'text/plain' } }
          : {
              statusline: type === 'request' ? `GET ${new URL(record.url).pathname} HTTP/1.1` : `HTTP/1.1 ${record.status ?? 200} OK`,
              httpHeaders: type === 'request' ? { Host: new URL(record.url).host } : { 'Content-Type': record.contentType ?? 'text/html; charset=utf-8' },
            }),
      },
      [body],
    );
    serialised.push(Buffer.from(await WARCSerializer.serialize(created, { gzip })));
  }
  return serialised;
}
