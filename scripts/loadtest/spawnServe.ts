import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts `corroborate serve ARGS` in a process of its own, as a user would,
 * and resolves with its address once it prints 'at http://...': the load
 * tests and the API bench measure the real server, not the app in-process.
 */
export async function spawnServe(cli: string, args: string[], cwd?: string): Promise<{ server: ChildProcess; base: string }> {
  const server = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'inherit'], cwd });
  const base = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /at (http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code}) before listening:\n${output}`)));
  });
  return { server, base };
}
