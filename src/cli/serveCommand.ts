import { Command, InvalidArgumentError } from 'commander';
import { articleTimeoutOption, threadsOption, type AnalysisFlags } from './analysisOptions.js';
import { CannotRun, exitCodes } from './exitCodes.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, storeTarget } from './withStore.js';
import { StoreError, type Database } from '../store/Database.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return n;
}

export const serveCommand = new Command('serve')
  .description('serve the HTTP API and the web app over the store (127.0.0.1 only, unless --host and a token are given)')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--host <host>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
  .option('--port <port>', 'port to listen on', port, 4173)
  .option('--token <token>', 'require this token on every request (default $CORROBORATE_TOKEN)')
  .option('--max-article-mb <mb>', 'refuse single uploaded articles larger than this', '10')
  .addOption(threadsOption())
  .addOption(articleTimeoutOption())
  .action(async (options: { db?: string; host: string; port: number; token?: string; maxArticleMb: string } & AnalysisFlags) => {
    const { ServeRefused, startServer } = await import('../api/startServer.js');
    const { loadWebBundle } = await import('../api/webBundle.js');
    const { openStore } = await import('../store/openStore.js');
    const token = options.token ?? (process.env.CORROBORATE_TOKEN || undefined);
    let db: Database | undefined;
    try {
      db = await openStore(storeTarget(options.db));
      await noteStaleStore(db);
      const web = await loadWebBundle();
      const server = await startServer({
        db, host: options.host, port: options.port, token, web, maxArticleBytes: Number(options.maxArticleMb) * 1024 * 1024,
        threads: options.threads, articleBudgetSeconds: options.articleTimeout,
      });
      process.stdout.write(`corroborate: serving ${db.description} at ${server.url}${token ? '?token=<your token>' : ''}\n`);
      if (!web) process.stdout.write('  the web app is not built (dist/web/ is missing): the API only; build it with `npm run build`\n');
      if (token && !options.host.startsWith('127.')) process.stdout.write('  note: plain HTTP; put a TLS proxy in front before the token crosses a network you do not trust\n');
      process.stdout.write('  stop with Ctrl-C\n');
      const stop = async () => {
        await server.close();
        await db?.close();
        process.exit(exitCodes.ok);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    } catch (error) {
      if (error instanceof StoreError || error instanceof ServeRefused) {
        await db?.close();
        throw new CannotRun(error.message);
      }
      throw error;
    }
  });
