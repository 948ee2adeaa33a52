/**
 * A candidate paragraph before it is kept or dropped: one line of scraped
 * text, or one block element of extracted HTML. Cleaning works on blocks so
 * that the plain-text and the HTML paths share one boilerplate filter.
 */
export interface Block {
  /** Whitespace-collapsed text, never empty. */
  text: string;
  /** What the source said the block is; 'line' when it came from plain text and nothing is known. */
  hint: 'line' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'cell';
  /** Share of the text inside links (0 for plain text); high values mark menus and related-link lists. */
  linkDensity: number;
}
