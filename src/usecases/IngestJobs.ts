import { randomUUID } from 'node:crypto';
import type { SourceItem } from '../ingest/readSources.js';
import type { Database } from '../store/Database.js';
import type { AnalysisPool } from '../workers/AnalysisPool.js';
import type { ItemResult } from './analyzeAndStoreInOrder.js';
import { ingestArticles, type IngestSummary } from './ingestArticles.js';

/** One input of an upload: waiting for its turn, or what became of it. */
export type IngestItem =
  | { source: string; outcome: 'waiting' }
  | { source: string; outcome: 'stored'; id: string }
  | { source: string; outcome: 'duplicate'; id: string; storedFrom?: string }
  | { source: string; outcome: 'failed'; reason: string };

export interface IngestJob extends IngestSummary {
  id: string;
  status: 'running' | 'finished';
  /** ISO times. */
  started: string;
  finished: string | null;
  /** Inputs (files, JSONL lines, pasted text) in the order sent; `done` of them decided. */
  total: number;
  done: number;
  items: IngestItem[];
  /** What was set aside or repaired while reading and analysing the inputs, as `analyze` lists it (a supplied date that is not a day, a replaced lone surrogate). */
  warnings: string[];
}

export interface JobLimits {
  /** Finished jobs remembered at most (the oldest are forgotten first). */
  keepFinished: number;
  /** A finished job is forgotten after this long. */
  keepFinishedMs: number;
}

type RunningJob = Pick<IngestJob, 'id' | 'status' | 'started' | 'finished' | 'items' | 'warnings'>;

const defaultLimits: JobLimits = { keepFinished: 200, keepFinishedMs: 60 * 60 * 1000 };

/**
 * Uploads analysed in the background, so the request that sent them is
 * answered at once (202) and the server keeps answering reads: each upload
 * becomes a job whose items are decided one by one, in the order sent, and a
 * client polls the job for progress and every input's outcome. Jobs live in
 * memory: a restart forgets them (what they stored stays stored), and
 * finished ones are forgotten after a while or beyond a count.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, RunningJob>();
  private readonly finishing = new Map<string, Promise<void>>();
  private readonly limits: JobLimits;

  constructor(
    private readonly db: Database,
    private readonly pool: () => AnalysisPool,
    limits: Partial<JobLimits> = {},
  ) {
    this.limits = { ...defaultLimits, ...limits };
  }

  /** Starts a job over inputs already read; returns it as it stands (inputs that could not be read are already failed). */
  start(inputs: readonly SourceItem[]): IngestJob {
    this.forgetOld();
    const job: RunningJob = {
      id: randomUUID(),
      status: 'running',
      started: new Date().toISOString(),
      finished: null,
      warnings: [],
      items: inputs.map((input) =>
        'failure' in input ? itemOf(input.failure.source, { outcome: 'unread', failure: input.failure }) : { source: input.article.source, outcome: 'waiting' },
      ),
    };
    this.jobs.set(job.id, job);
    this.finishing.set(job.id, this.run(job, inputs));
    return viewOf(job);
  }

  /** The job as it stands, or undefined when there is no such job (never was, or forgotten). */
  get(id: string): IngestJob | undefined {
    const job = this.jobs.get(id);
    return job && viewOf(job);
  }

  /** Resolves when the job has finished (tests, shutdown). */
  async whenFinished(id: string): Promise<IngestJob | undefined> {
    await this.finishing.get(id);
    return this.get(id);
  }

  private async run(job: RunningJob, inputs: readonly SourceItem[]): Promise<void> {
    try {
      await ingestArticles(this.db, this.pool(), inputs, (index, result) => {
        job.items[index] = itemOf(job.items[index].source, result);
        if ((result.outcome === 'stored' || result.outcome === 'duplicate') && result.analyzed) job.warnings.push(...(result.analyzed.warnings ?? []));
      });
    } catch (error) {
      // The pool or the store broke down: every input not decided yet fails with the reason.
      const reason = error instanceof Error ? error.message : String(error);
      job.items = job.items.map((item) => (item.outcome === 'waiting' ? { source: item.source, outcome: 'failed', reason: `${item.source}: not analysed (${reason})` } : item));
    }
    job.status = 'finished';
    job.finished = new Date().toISOString();
    this.finishing.delete(job.id);
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((job) => job.finished !== null);
    const cutoff = Date.now() - this.limits.keepFinishedMs;
    const excess = finished.length - this.limits.keepFinished;
    finished.forEach((job, index) => {
      if (index < excess || Date.parse(job.finished!) < cutoff) this.jobs.delete(job.id);
    });
  }
}

function itemOf(source: string, result: ItemResult): IngestItem {
  if (result.outcome === 'unread') return { source, outcome: 'failed', reason: result.failure.reason };
  if (result.outcome === 'failed') return { source, outcome: 'failed', reason: result.reason };
  if (result.outcome === 'stored') return { source, outcome: 'stored', id: result.id };
  return { source, outcome: 'duplicate', id: result.id, ...(result.storedFrom ? { storedFrom: result.storedFrom } : {}) };
}

/** A copy for the caller (the running job keeps changing), with the summary of what is decided so far in the order sent. */
function viewOf(job: RunningJob): IngestJob {
  const items = job.items.map((item) => ({ ...item }));
  return {
    ...job,
    warnings: [...job.warnings],
    total: items.length,
    done: items.filter((item) => item.outcome !== 'waiting').length,
    items,
    stored: items.flatMap((item) => (item.outcome === 'stored' ? [{ id: item.id, source: item.source }] : [])),
    duplicates: items.flatMap((item) => (item.outcome === 'duplicate' ? [{ id: item.id, source: item.source, ...(item.storedFrom ? { storedFrom: item.storedFrom } : {}) }] : [])),
    failed: items.flatMap((item) => (item.outcome === 'failed' ? [{ source: item.source, reason: item.reason }] : [])),
  };
}
