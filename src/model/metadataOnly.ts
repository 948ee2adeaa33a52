/**
 * An article whose page held no article text (a live blog shell, a page of
 * navigation, a paywall) is still stored with its title, outlet and date: a
 * reader wants to know it was published, and when. Its text is empty; these
 * say why, the same words whether the article was just analysed or read back
 * from the store.
 */

/** 'no article text found: all 12 blocks looked like page furniture (...)', or 'no article text found in it' when nothing was set aside. */
export function noArticleTextReason(removedBlocks: number): string {
  return removedBlocks
    ? `no article text found: all ${removedBlocks} blocks looked like page furniture (navigation, appeals, comments)`
    : 'no article text found in it';
}

/** The record's `metadata_only` mark: present, with the reason, only when the article holds no text. */
export function metadataOnlyMark(text: string, removedBlocks: number): { metadata_only?: string } {
  return text === '' ? { metadata_only: noArticleTextReason(removedBlocks) } : {};
}
