import { Command } from 'commander';
import { readStoryRecord } from '../usecases/readStory.js';
import { formatSources } from './formatStory.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const sourcesCommand = new Command('sources')
  .description('who said what: each speaker with its original utterances (echoes by several outlets count once) and the outlets that relayed them')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    await withStore(options.db, async (db) => {
      const story = await readStoryRecord(db);
      if (options.json) process.stdout.write(`${JSON.stringify({ sources: story.sources }, null, 2)}\n`);
      else process.stdout.write(formatSources(story.sources, new Map(story.claims.map((c) => [c.id, c.text]))));
    });
  });
