/*
 * A browser puts everything outside <head> into the one <body>; linkedom
 * keeps a page's markup where it stands. On broken pages the text then lies
 * beside the body ('<html><head>...</head><div id="page">...' with the body
 * opened later and empty) or in a second <body> (a script string
 * 'doc.write("<body onload=...>")' in the head opens an empty one early,
 * and a <noscript> after </head> moves the real one). Readability and the
 * furniture pruning only read document.body, so such pages came out empty.
 * This moves every such element into document.body, in page order.
 */
export function gatherBody(document: Document): void {
  const body = document.body;
  const root = document.documentElement;
  if (!body || !root) return;
  for (const stray of [...document.querySelectorAll('body')]) {
    if (stray === body || stray.contains(body) || body.contains(stray)) continue;
    body.append(...stray.childNodes);
    stray.remove();
  }
  const first = body.firstChild;
  let passed = false;
  for (const child of [...root.children]) {
    if (child === body || child.contains(body)) {
      passed = true;
      continue;
    }
    if (child.tagName === 'HEAD') continue;
    if (passed) body.append(child);
    else body.insertBefore(child, first);
  }
}
