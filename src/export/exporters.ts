import type { ExportFormat } from '../model/exportFormats.js';
import type { ExportInput, ExportedFile } from './ExportInput.js';
import { toClaimReviews } from './toClaimReviews.js';
import { toCsvTables } from './toCsvTables.js';
import { toHtmlReport } from './toHtmlReport.js';
import { toTimelineJs } from './toTimelineJs.js';
import { toWebAnnotations } from './toWebAnnotations.js';

const json = (name: string, mediaType: string, value: unknown): ExportedFile[] => [{ name, mediaType, text: `${JSON.stringify(value, null, 2)}\n` }];

/** One exporter per format, each a pure function of the story and its articles. */
export const exporters: Record<ExportFormat, (input: ExportInput) => ExportedFile[]> = {
  claimreview: (input) => json('claimreview.json', 'application/ld+json', toClaimReviews(input)),
  csv: toCsvTables,
  timeline: (input) => json('timeline.json', 'application/json', toTimelineJs(input)),
  annotations: (input) => json('annotations.jsonld', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', toWebAnnotations(input)),
  report: (input) => [{ name: 'report.html', mediaType: 'text/html; charset=utf-8', text: toHtmlReport(input) }],
};
