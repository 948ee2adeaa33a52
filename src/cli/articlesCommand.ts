import { Command } from 'commander';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const articlesCommand = new Command('articles')
  .description('list the stored articles')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    const { listArticleSummaries } = await import('../store/loadArticles.js');
    const articles = await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      return listArticleSummaries(db);
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
      return;
    }
    if (!articles.length) {
      process.stdout.write('no articles stored yet; add some with: corroborate analyze PATH...\n');
      return;
    }
    for (const article of articles) {
      process.stdout.write(
        `${article.id}  ${article.published ?? '????-??-??'}  ${article.outlet.padEnd(22).slice(0, 22)}  ` +
          `${article.metadata_only ? 'metadata only' : `${String(article.statements).padStart(3)} stmts`}  ${article.title ?? '(no title)'}\n`,
      );
    }
  });
