import type {
  ArticleRecord, ArticleSummary, CheckReport, CheckResult, ClaimView, CorrectionOutcome, CorrectionRecord, CorrectionRequest, IngestJob,
  ClaimStatement, CursorPage, MatrixView, Page, SearchHit, SourceSummary, Stance, StoryView, TimelineView, WatchedClaim,
} from './types.js';

/** An API answer other than 2xx, with the server's message ({error:{status,message}}). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readJson<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(response.status, message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

async function get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.size > 0 ? `?${params}` : '';
  return readJson<T>(await fetch(`/api${path}${search}`, { headers: { accept: 'application/json' } }));
}

/** A write with a JSON body (or none); the answer's JSON, or nothing for 204. */
async function send<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 204) return undefined as T;
  return readJson<T>(response);
}

const id = encodeURIComponent;

export const api = {
  story: () => get<StoryView>('/story'),
  claim: (claimId: string) => get<ClaimView>(`/claims/${id(claimId)}`),
  /** A claim's statements, earliest reported first: of one stance, or of one article, from `cursor` on. */
  claimStatements: (claimId: string, query: { stance?: Stance; article?: string; cursor?: string; limit?: number } = {}) =>
    get<CursorPage<ClaimStatement>>(`/claims/${id(claimId)}/statements`, query),
  claimSources: (claimId: string, cursor?: string) => get<CursorPage<SourceSummary>>(`/claims/${id(claimId)}/sources`, { cursor }),
  articles: (page: { limit?: number; offset?: number } = {}) => get<Page<ArticleSummary>>('/articles', page),
  article: (articleId: string) => get<ArticleRecord>(`/articles/${id(articleId)}`),
  /** The sources a page at a time; with `echoing`, only those that echo that statement. */
  sources: (query: { cursor?: string; echoing?: { article: string; statement: string } } = {}) =>
    get<CursorPage<SourceSummary>>('/sources', { cursor: query.cursor, article: query.echoing?.article, statement: query.echoing?.statement }),
  matrix: (cursor?: string) => get<MatrixView>('/matrix', { cursor }),
  timeline: (cursor?: string) => get<TimelineView>('/timeline', { cursor }),
  search: (q: string, page: { limit?: number; offset?: number } = {}) => get<Page<SearchHit>>('/search', { q, ...page }),
  /** Sends files for analysis, with the outlet, url and published date the form gives for them; the answer is the job, which goes on on the server (see ingestJob). */
  async ingest(files: File[], metadata: Partial<Record<'outlet' | 'url' | 'published', string>> = {}): Promise<IngestJob> {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    for (const [field, value] of Object.entries(metadata)) if (value?.trim()) form.append(field, value.trim());
    return readJson<IngestJob>(await fetch('/api/ingest', { method: 'POST', body: form }));
  },
  ingestJob: (jobId: string) => get<IngestJob>(`/ingest/jobs/${id(jobId)}`),
  /** Judges a stated claim against every stored article; nothing is kept. */
  check: async (claim: string) => (await send<CheckReport>('POST', '/check', { claim })).checks[0],
  watchList: () => get<Page<WatchedClaim>>('/watch'),
  /** Adds a claim to the watch list; each article stored from now on is checked against it too. */
  watch: (claim: string) => send<WatchedClaim>('POST', '/watch', { claim }),
  watched: (watchId: string) => get<CheckResult>(`/watch/${id(watchId)}`),
  unwatch: (watchId: string) => send<void>('DELETE', `/watch/${id(watchId)}`),
  /** The audit log: every correction by hand, undone ones included. */
  corrections: () => get<Page<CorrectionRecord>>('/corrections'),
  /** Makes a correction; the answer comes once the story is up to date with it. */
  correct: (request: CorrectionRequest) => send<CorrectionOutcome>('POST', '/corrections', request),
  undoCorrection: (correctionId: number, by: string) => send<CorrectionOutcome>('POST', `/corrections/${correctionId}/undo`, { by }),
};
