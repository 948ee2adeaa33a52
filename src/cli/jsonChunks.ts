/**
 * The text of `JSON.stringify(value, null, 2)`, every line shifted right by
 * `indent`, in pieces no larger than the largest single string or number in
 * the value. A claim with 20,000 statements, or one whose every statement
 * carries a 1 MB outlet, is then written piece by piece instead of first
 * becoming one string of hundreds of megabytes (V8 refuses strings past
 * about 512 MB: "RangeError: Invalid string length").
 *
 * Only what the records hold is handled: plain objects, arrays, strings,
 * numbers, booleans and null; an undefined property is left out and an
 * undefined array item becomes null, as JSON.stringify does.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    const inner = `${indent}  `;
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      yield* jsonChunks(value[i] === undefined ? null : value[i], inner);
    }
    return yield `\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return yield '{}';
    const inner = `${indent}  `;
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      yield `${i ? ',' : ''}\n${inner}${JSON.stringify(entries[i][0])}: `;
      yield* jsonChunks(entries[i][1], inner);
    }
    return yield `\n${indent}}`;
  }
  yield JSON.stringify(value);
}
