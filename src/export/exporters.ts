import type { ExportFormat } from '../model/exportFormats.js';
import type { ExportInput, ExportedFile } from './ExportInput.js';
import { toClaimReviews } from './toClaimReviews.js';
import { toCsvTables } from './toCsvTables.js';
import { toWebAnnotations } from './toWebAnnotations.js';

const json = (name: string, mediaType: string, value: unknown): ExportedFile[] => [{ name, mediaType, text: `${JSON.stringify(value, null, 2)}\n` }];

/** One exporter per format, each a pure function of the story and its articles. */
export const exporters: Record<ExportFormat, (input: ExportInput) => ExportedFile[]> = {
  claimreview: (input) => json('claimreview.json', 'application/ld+json', toClaimReviews(input)),
  csv: toCsvTables,
  timeline: () => { throw new Error('not yet'); },
  annotations: (input) => json('annotations.jsonld', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', toWebAnnotations(input)),
  report: () => { throw new Error('not yet'); },
};
