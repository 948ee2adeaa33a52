/**
 * What `corroborate export`, GET /api/export/{format} and the web app's
 * download menu offer. A plain list, no imports: the web bundle reads it at
 * run time.
 */
export const exportFormats = ['claimreview', 'timeline', 'annotations', 'csv', 'report'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (name: string): name is ExportFormat => (exportFormats as readonly string[]).includes(name);

/** One line per format, for --help, the OpenAPI document and the web app's menu. */
export const exportFormatHelp: Record<ExportFormat, string> = {
  claimreview: 'schema.org ClaimReview JSON-LD, one per claim (what search engines and the Fact Check Explorer read)',
  timeline: 'TimelineJS JSON: events when they happened, reports when they were made, grouped by claim',
  annotations: 'W3C Web Annotations (JSON-LD) on every statement, speaker and time, anchored by quote and position',
  csv: 'statements, claims and sources as three CSV files (a folder, or a zip)',
  report: 'one self-contained HTML page of the story: board, claim pages, timeline; no script',
};
