import { Hono } from 'hono';
import { zipFiles } from '../export/zipFiles.js';
import { exportFormats, isExportFormat } from '../model/exportFormats.js';
import type { Database } from '../store/Database.js';
import { exportStory } from '../usecases/exportStory.js';
import { ApiError } from './apiError.js';

/**
 * GET /api/export/{format}[?claim=ID&as=NAME&base_url=URL]: the same export
 * as `corroborate export`, as a download (Content-Disposition: attachment);
 * csv comes as one zip of its three files.
 */
export function exportRoutes(db: Database): Hono {
  return new Hono().get('/export/:format', async (c) => {
    const format = c.req.param('format');
    if (!isExportFormat(format)) throw new ApiError(400, `format must be one of ${exportFormats.join(', ')}; got "${format}"`);
    const claim = c.req.query('claim') || null;
    const files = await exportStory(db, format, { claim, publisher: c.req.query('as'), baseUrl: c.req.query('base_url') });
    const stem = claim ? `corroborate-${claim.replace(/[^\w.-]+/g, '_')}` : 'corroborate';
    c.header('Cache-Control', 'no-store');
    if (files.length > 1) {
      c.header('Content-Type', 'application/zip');
      c.header('Content-Disposition', `attachment; filename="${stem}-${format}.zip"`);
      return c.body(zipFiles(files, new Date()) as Uint8Array<ArrayBuffer>);
    }
    const [file] = files;
    c.header('Content-Type', file.mediaType);
    c.header('Content-Disposition', `attachment; filename="${stem}-${file.name}"`);
    return c.body(file.text);
  });
}
