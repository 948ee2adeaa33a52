/** 0: all good; 1: some input failed but the rest was stored; 2: the command could not run (usage, store). */
export const exitCodes = { ok: 0, someInputFailed: 1, cannotRun: 2 } as const;
