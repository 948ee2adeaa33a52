import type { Hono } from 'hono';
import type { Database } from '../../src/store/Database.js';
import { cell, internalErrorPattern, type Finding, type Property } from './finding.js';
import type { FuzzCase } from './fuzzCase.js';
import { changedArticles, fingerprintOf, type StoreFingerprint } from './storeFingerprint.js';

const readRoutes = ['/api/story', '/api/claims', '/api/timeline', '/api/sources'];

interface IngestJob {
  id: string;
  status: 'running' | 'finished';
  stored: { source: string }[];
  duplicates: { source: string }[];
  failed: { source: string; reason: string }[];
}

/** An upload answers 202 with a job; its outcomes are final once the job says 'finished' (the analysis has its own time budget). */
async function finishedJob(app: Hono, job: IngestJob): Promise<IngestJob> {
  for (let answer = job; ; ) {
    if (answer.status === 'finished') return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = (await (await app.request(`/api/ingest/jobs/${encodeURIComponent(job.id)}`)).json()) as IngestJob;
  }
}

/**
 * One case through the HTTP upload route, in process (`app.request`, as the
 * API tests do): the case's files as one multipart upload (a manifest has no
 * place there), each object line of a JSONL file also pasted as JSON, then
 * the read routes. Every answer must be under 500, every file named in the
 * upload's answer, and the articles stored before unchanged.
 */
export async function postCase(app: Hono, db: Database, fuzzCase: FuzzCase, before: StoreFingerprint): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (property: Property, detail: string) => findings.push({ family: fuzzCase.name.split('/')[0], case: `http ${fuzzCase.name}`, property, detail: cell(detail) });
  const checkStatus = async (what: string, response: Response) => {
    if (response.status >= 500) add('http', `${what}: ${response.status} ${await response.text().catch(() => '')}`);
    return response;
  };

  const form = new FormData();
  for (const file of fuzzCase.files) form.append('files', new File([new Uint8Array(file.bytes)], file.path.split('/').pop() as string));
  const response = await checkStatus('POST /api/ingest (multipart)', await app.request('/api/ingest', { method: 'POST', body: form }));
  if (response.status === 202) {
    const answer = await finishedJob(app, (await response.json()) as IngestJob);
    const named = [...answer.stored, ...answer.duplicates, ...answer.failed].map((item) => `${item.source} ${'reason' in item ? item.reason : ''}`).join('\n');
    for (const file of fuzzCase.files) {
      const token = new RegExp(`${fuzzCase.token}\\d?`).exec(file.path)?.[0] ?? fuzzCase.token;
      if (!named.includes(token)) add('unnamed', `${JSON.stringify(file.path)} not in the upload's answer`);
    }
    const accounted = answer.stored.length + answer.duplicates.length + answer.failed.length;
    if (accounted < fuzzCase.expectedItems) add('unnamed', `${accounted} of ${fuzzCase.expectedItems} items in the upload's answer`);
    for (const failure of answer.failed.filter((f) => internalErrorPattern.test(f.reason))) add('internal', failure.reason);
  }

  for (const file of fuzzCase.files.filter((f) => /\.(jsonl|ndjson)$/i.test(f.path))) {
    for (const line of Buffer.from(file.bytes).toString('utf8').split('\n')) {
      let object: unknown;
      try {
        object = JSON.parse(line);
      } catch {
        continue;
      }
      if (!object || typeof object !== 'object' || Array.isArray(object)) continue;
      let body: string;
      try {
        body = JSON.stringify({ ...object, name: `pasted ${fuzzCase.token}` });
      } catch {
        continue; // nested too deep for this process to write back out: the line was tried as a file above
      }
      await checkStatus('POST /api/ingest (JSON)', await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    }
  }

  for (const route of readRoutes) {
    const answer = await app.request(route);
    if (answer.status >= 500) add('readers', `GET ${route} after the upload: ${answer.status}`);
  }
  const changed = changedArticles(before, await fingerprintOf(db));
  if (changed.length) add('store', `${changed.length} articles stored before changed: ${changed.slice(0, 3).join(', ')}`);
  return findings;
}
