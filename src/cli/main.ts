import { Command, CommanderError } from 'commander';
import { printable } from '../model/printable.js';
// Each command file declares its name, arguments, options and help with cheap
// imports only; its action imports the use case when it runs. So `corroborate
// --help` or `analyze --help` loads no analysis code (the tagger model alone is
// 1.9 MB), and one command does not load the others' code.
import { analyzeCommand } from './analyzeCommand.js';
import { articlesCommand } from './articlesCommand.js';
import { claimCommand } from './claimCommand.js';
import { checkCommand } from './checkCommand.js';
import { claimsCommand } from './claimsCommand.js';
import { correctCommand } from './correctCommand.js';
import { enqueueCommand } from './enqueueCommand.js';
import { exportCommand } from './exportCommand.js';
import { CannotRun, exitCodes } from './exitCodes.js';
import { reanalyzeCommand } from './reanalyzeCommand.js';
import { relateCommand } from './relateCommand.js';
import { serveCommand } from './serveCommand.js';
import { showCommand } from './showCommand.js';
import { sourcesCommand } from './sourcesCommand.js';
import { storyCommand } from './storyCommand.js';
import { timelineCommand } from './timelineCommand.js';
import { watchCommand } from './watchCommand.js';
import { watchFeedsCommand } from './watchFeedsCommand.js';
import { workerCommand } from './workerCommand.js';

const commands = [
  analyzeCommand, articlesCommand, showCommand, storyCommand, claimsCommand, claimCommand, relateCommand,
  correctCommand, checkCommand, watchCommand, watchFeedsCommand, timelineCommand, sourcesCommand, exportCommand, enqueueCommand, reanalyzeCommand, workerCommand, serveCommand,
];

const program = new Command('corroborate')
  .description('Rebuild who claimed what, and when, from news articles about a contested story.')
  .version('0.1.0')
  .exitOverride();
// Commander would exit with 1 on a usage error, the code for "some input failed"; it throws here instead and exitCodeFor decides.
for (const command of commands) program.addCommand(command.exitOverride());

/** The one place the CLI decides its exit code for an error; commands below set process.exitCode or throw. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.cannotRun; // commander printed it
  if (error instanceof CannotRun) {
    process.stderr.write(`corroborate: ${printable(error.message)}\n`);
    return exitCodes.cannotRun;
  }
  const described = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `corroborate: internal error, corroborate itself failed: ${printable(described).replaceAll('\\n', '\n  ')}\n` +
      'corroborate: please report this, with the command you ran (exit code 3)\n',
  );
  return exitCodes.internalError;
}

// 'corroborate claims | head': the reader closing the pipe is no error; the output it wanted is printed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? exitCodes.ok);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}
