import { exportFormats, type ExportFormat } from '../../../src/model/exportFormats.js';

const labels: Record<ExportFormat, string> = {
  report: 'HTML report',
  claimreview: 'ClaimReview',
  timeline: 'TimelineJS',
  annotations: 'Web Annotations',
  csv: 'CSV (zip)',
};

/** Downloads of the story, or of one claim, in each export format: plain links to GET /api/export/{format}, so they work without script too. */
export function ExportLinks({ claim }: { claim?: string }) {
  const query = claim ? `?claim=${encodeURIComponent(claim)}` : '';
  return (
    <p class="export-links">
      Download{claim ? ' this claim' : ''}:{' '}
      {exportFormats.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={`/api/export/${format}${query}`} download>
            {labels[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
