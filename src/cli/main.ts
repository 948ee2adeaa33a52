import { Command } from 'commander';
import { analyzeCommand } from './analyzeCommand.js';
import { articlesCommand } from './articlesCommand.js';
import { claimCommand } from './claimCommand.js';
import { claimsCommand } from './claimsCommand.js';
import { enqueueCommand } from './enqueueCommand.js';
import { reanalyzeCommand } from './reanalyzeCommand.js';
import { relateCommand } from './relateCommand.js';
import { serveCommand } from './serveCommand.js';
import { showCommand } from './showCommand.js';
import { sourcesCommand } from './sourcesCommand.js';
import { storyCommand } from './storyCommand.js';
import { timelineCommand } from './timelineCommand.js';
import { workerCommand } from './workerCommand.js';

const program = new Command('corroborate')
  .description('Rebuild who claimed what, and when, from news articles about a contested story.')
  .version('0.1.0')
  .addCommand(analyzeCommand)
  .addCommand(articlesCommand)
  .addCommand(showCommand)
  .addCommand(storyCommand)
  .addCommand(claimsCommand)
  .addCommand(claimCommand)
  .addCommand(relateCommand)
  .addCommand(timelineCommand)
  .addCommand(sourcesCommand)
  .addCommand(enqueueCommand)
  .addCommand(reanalyzeCommand)
  .addCommand(workerCommand)
  .addCommand(serveCommand);

await program.parseAsync(process.argv);
