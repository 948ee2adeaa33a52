import { Command } from 'commander';
import { formatStory } from './formatStory.js';
import { JsonArrayWriter } from './writeJsonFile.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const storyCommand = new Command('story')
  .description('a one-minute summary of the story across all stored articles: the claims, their stances and status over time')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--all', 'every claim, not only those with more than one statement')
  .option('--json', 'print the claims and sources as JSON')
  .action(async (options: { db?: string; all?: boolean; json?: boolean }) => {
    const { readCorpusSpan, readStoryRecord } = await import('../usecases/readStory.js');
    const { streamStoryRecord } = await import('../usecases/streamStoryRecord.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      if (options.json) {
        const json = await JsonArrayWriter.open('-');
        await streamStoryRecord(db, json);
        await json.close();
      } else {
        process.stdout.write(formatStory(await readStoryRecord(db), await readCorpusSpan(db), options.all ?? false));
      }
    });
  });
