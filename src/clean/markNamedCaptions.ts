import { innerTextBlocks } from './innerTextBlocks.js';

/*
 * Captions the page marks by name rather than by <figcaption>: '<p class="media__caption
 * media__caption--source">', '<p class="icaption_nonfloating">', '<div class="wp-caption-text">',
 * '<div class="bildunterschrift">'. Readability drops class names, so the element is made a
 * <figcaption> before it runs, and the caption is set apart from the body as a <figcaption> is.
 * Only short text: a caption is a line or two, and a wrapper named 'caption-wrapper' round a
 * whole section is not one.
 */
const CAPTION_NAME = /caption|bildunterschrift|bildtext|legende|leyenda|didascalia|pie-?de-?foto/;
const MAX_CAPTION_CHARS = 400;
/**
 * Only a block is made a caption: '<p class="image-annotation"><em class="caption">...</em></p>'
 * followed by '<p class="image-annotation"><em class="copyright">© ...</em></p>' keeps caption and
 * credit as the page shows them, two lines under the picture, rather than a caption and a stray
 * credit in the body.
 */
const CAPTION_TAGS = new Set(['P', 'DIV', 'DD', 'DT', 'TD']);

const namesOf = (element: Element) => `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);

export function markNamedCaptions(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    if (!element.isConnected || !CAPTION_TAGS.has(element.tagName) || element.closest('figcaption')) continue;
    if (!namesOf(element).some((name) => CAPTION_NAME.test(name))) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_CAPTION_CHARS) continue;
    // A caption holds no paragraphs of its own: 'caption' on a block of several is a layout name.
    if (innerTextBlocks(element).length > 1) continue;
    const caption = document.createElement('figcaption');
    caption.append(...element.childNodes);
    element.replaceWith(caption);
  }
}
