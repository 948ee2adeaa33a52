/** A search snippet with its matches marked; the highlights are offsets into the text, rendered as text nodes. */
export function Snippet({ text, highlights }: { text: string; highlights: [number, number][] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span class="snippet">{parts}</span>;
}
