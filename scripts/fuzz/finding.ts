/** One property a case broke: what the findings table prints. */
export interface Finding {
  family: string;
  case: string;
  property: Property;
  detail: string;
}

/**
 * The properties, each a short name the table and the sample test use:
 * crash       the process died on a signal, exited with an unexpected code, or printed a stack trace
 * summary     no summary line, or an exit code that disagrees with it
 * unnamed     an input file not named as stored, skipped, failed or warned; or items unaccounted for
 * internal    a failure reason that is an internal error (stack overflow, database error), not a named problem
 * terminal    raw control characters (ANSI escapes, CR) printed to the terminal
 * time        over the time bound for its size, or killed at the wall-time limit
 * memory      peak RSS over the bound for its size
 * store       the store no longer opens, or an article stored before changed or vanished
 * readers     `story --json` or `claims` fail afterwards
 * http        an HTTP answer of 500 or more
 */
export type Property = 'crash' | 'summary' | 'unnamed' | 'internal' | 'terminal' | 'time' | 'memory' | 'store' | 'readers' | 'http';

/** Reasons that are the code failing, not the input being named as bad. Example: "Maximum call stack size exceeded". */
export const internalErrorPattern =
  /Maximum call stack|RangeError|TypeError|ReferenceError|Invalid string length|invalid byte sequence|unsupported Unicode escape|null character not permitted|out of memory|Cannot read propert|is not a function|Aborted\(\)/i;

/** A V8 stack frame: "    at readJsonl (file:///…/readSources.ts:97:11)". */
export const stackFramePattern = /^\s+at .+:\d+:\d+\)?$/m;

/** C0 controls other than tab and line feed, and DEL: what a terminal acts on. */
export const rawControlPattern = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Printable and short, for a table cell: controls shown as \u001b, at most `max` characters. */
export function cell(text: string, max = 110): string {
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return printable.length > max ? `${printable.slice(0, max - 1)}…` : printable;
}
