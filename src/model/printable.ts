/**
 * A file name, source label or request path as it may be printed to a
 * terminal or a log: control characters become escapes, so a file named
 * 'a\x1b[2Jb.txt' cannot clear the screen and a request for
 * '/api/articles/%0Aforged' cannot start a forged log line. Tabs are kept.
 * 'report\n.txt' -> 'report\\n.txt', '\x1b[31m' -> '\\x1b[31m'.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => {
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    const code = character.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
