/**
 * Maps offsets in a cleaned text back to the raw text it came from, so spans
 * found by `analyze` (whose cleaning collapses white space, drops lines and
 * trims) can be scored against gold spans on the raw file. Characters are
 * walked side by side; white space on either side is skipped; on any other
 * mismatch the next 24 cleaned characters are looked for ahead in the raw
 * text ('Fox News\n\nThe senator said' cleaned to 'The senator said' resyncs
 * past the dropped line). A cleaned character that cannot be placed maps to
 * the raw position reached so far.
 */
export function alignOffsets(cleaned: string, raw: string): (offset: number) => number {
  const map = new Int32Array(cleaned.length + 1);
  let r = 0;
  for (let c = 0; c < cleaned.length; c++) {
    const ch = cleaned[c];
    if (/\s/.test(ch)) {
      map[c] = r;
      continue;
    }
    while (r < raw.length && /\s/.test(raw[r])) r++;
    if (raw[r] !== ch) {
      const probe = cleaned.slice(c, c + 24).replace(/\s+/g, ' ');
      const ahead = findAhead(raw, probe, r);
      if (ahead >= 0) r = ahead;
    }
    map[c] = r;
    if (raw[r] === ch) r++;
  }
  map[cleaned.length] = r;
  return (offset) => map[Math.max(0, Math.min(offset, cleaned.length))];
}

/** Where `probe` (white space collapsed) starts in raw at or after `from`, comparing with raw's white space collapsed too; -1 when absent. */
function findAhead(raw: string, probe: string, from: number): number {
  const words = probe.trim().split(' ');
  if (!words[0]) return -1;
  let at = raw.indexOf(words[0], from);
  while (at >= 0) {
    let r = at;
    let ok = true;
    for (const ch of probe.trimStart()) {
      if (ch === ' ') {
        if (!/\s/.test(raw[r] ?? '')) { ok = false; break; }
        while (/\s/.test(raw[r] ?? '')) r++;
      } else if (raw[r++] !== ch) { ok = false; break; }
    }
    if (ok) return at;
    at = raw.indexOf(words[0], at + 1);
  }
  return -1;
}
