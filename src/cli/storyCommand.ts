import { Command } from 'commander';
import { readCorpusSpan, readStoryRecord } from '../usecases/readStory.js';
import { formatStory } from './formatStory.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const storyCommand = new Command('story')
  .description('a one-minute summary of the story across all stored articles: the claims, their stances and status over time')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--all', 'every claim, not only those with more than one statement')
  .option('--json', 'print the claims and sources as JSON')
  .action(async (options: { db?: string; all?: boolean; json?: boolean }) => {
    await withStore(options.db, async (db) => {
      const story = await readStoryRecord(db);
      if (options.json) process.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
      else process.stdout.write(formatStory(story, await readCorpusSpan(db), options.all ?? false));
    });
  });
