/** Bumped when the analysis changes in a way that makes stored results stale. */
export const analyzerVersion = '62';
