/*
 * Some pages put the article in a script template for their JavaScript to
 * render and print it again inside <noscript> for readers without it
 * (Blogger: '<script type="text/template">...</script><noscript><p>Over
 * the past few years ...</p></noscript>'). Scripts and noscript blocks are
 * removed as invisible, so such a page would have no text at all. A
 * <noscript> that holds paragraphs of prose is unwrapped instead; one that
 * holds a tracking pixel or 'Please enable JavaScript' stays and goes.
 */
/** Characters of paragraph text that make a <noscript> the article rather than a notice. */
const MIN_PROSE_CHARS = 200;

const paragraphText = (element: Element) => [...element.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent ?? '').trim().length, 0);

export function unwrapNoscriptProse(document: Document): void {
  for (const noscript of [...document.querySelectorAll('noscript')]) {
    if (!noscript.isConnected || paragraphText(noscript) < MIN_PROSE_CHARS) continue;
    noscript.replaceWith(...noscript.childNodes);
  }
}
