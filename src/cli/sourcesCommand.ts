import { Command } from 'commander';
import { formatSources } from './formatStory.js';
import { JsonArrayWriter } from './writeJsonFile.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const sourcesCommand = new Command('sources')
  .description('who said what: each speaker with its original utterances (echoes by several outlets count once) and the outlets that relayed them')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    const { readStoryRecord } = await import('../usecases/readStory.js');
    const { streamStoryRecord } = await import('../usecases/streamStoryRecord.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      if (options.json) {
        const json = await JsonArrayWriter.open('-');
        await streamStoryRecord(db, json, ['sources']);
        await json.close();
        return;
      }
      const story = await readStoryRecord(db);
      process.stdout.write(formatSources(story.sources, new Map(story.claims.map((c) => [c.id, c.text]))));
    });
  });
