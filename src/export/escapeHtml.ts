const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Article text as HTML text, never as markup: '<script>alert(1)</script>'
 * becomes '&lt;script&gt;alert(1)&lt;/script&gt;'. Quotes are escaped too,
 * so the same function is safe inside attribute values.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}
