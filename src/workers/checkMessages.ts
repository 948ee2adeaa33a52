import type { CheckResult } from '../model/checkRecord.js';

/** Main thread → check thread: its share of the claims, each with the id and the candidate articles the main thread found. */
export interface CheckRequest {
  claims: { claim: string; id: string; candidates: string[] }[];
}

/**
 * Check thread → main thread: a query for the store (the embedded store
 * lives on the main thread and answers one query at a time), then the
 * results, or why there are none.
 */
export type CheckThreadMessage =
  | { query: number; sql: string; params?: unknown[] }
  | { checks: CheckResult[] }
  | { failed: string };

/** Main thread → check thread: a query's rows, or its error. */
export type QueryAnswer = { query: number; rows: unknown[] } | { query: number; error: string };
