/**
 * 0: all good; 1: some input failed but the rest was stored; 2: the command
 * could not run (usage, a store or queue that cannot open); 3: corroborate
 * itself failed (an unexpected exception: a bug to report).
 */
export const exitCodes = { ok: 0, someInputFailed: 1, cannotRun: 2, internalError: 3 } as const;

/**
 * Thrown below the shells when the command cannot run, such as
 * "cannot open the store at postgres://…: connection refused"; main.ts
 * prints the message and exits with code 2, the only place that exits.
 */
export class CannotRun extends Error {}
