import { Argument, Command } from 'commander';
import { exportFormatHelp, exportFormats, type ExportFormat } from '../model/exportFormats.js';
import { CannotRun } from './exitCodes.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

interface ExportCommandOptions {
  db?: string;
  claim?: string;
  out?: string;
  as?: string;
  baseUrl?: string;
}

export const exportCommand = new Command('export')
  .description('the story in a format other tools read: ClaimReview, TimelineJS, Web Annotations, CSV, or an HTML report (docs/export.md)')
  .addArgument(new Argument('<format>', exportFormats.map((f) => `${f}: ${exportFormatHelp[f]}`).join('; ')).choices(exportFormats))
  .option('--claim <id>', "export this claim only (dren.killed.1)")
  .option('--out <file>', 'write to this file (csv: a folder, or a .zip); without it the export goes to stdout')
  .option('--as <name>', 'who publishes the export: the author of each ClaimReview (default corroborate)')
  .option('--base-url <url>', "where the export will be published: ClaimReview urls become <url>#claim-<id> (default a urn:corroborate:claim: URN)")
  .option('--db <dir|url>', storeOptionHelp)
  .action(async (format: ExportFormat, options: ExportCommandOptions) => {
    const { exportStory } = await import('../usecases/exportStory.js');
    const { ClaimNotFound } = await import('../usecases/readStory.js');
    const { writeExport } = await import('./writeExport.js');
    if (format === 'csv' && !options.out) throw new CannotRun('csv writes three files: give --out FOLDER, or --out FILE.zip for one archive');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      try {
        const files = await exportStory(db, format, { claim: options.claim, publisher: options.as, baseUrl: options.baseUrl });
        await writeExport(files, options.out);
      } catch (error) {
        if (error instanceof ClaimNotFound) throw new CannotRun(error.message);
        throw error;
      }
    });
  });
