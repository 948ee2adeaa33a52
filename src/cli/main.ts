import { Command } from 'commander';
import { analyzeCommand } from './analyzeCommand.js';
import { articlesCommand } from './articlesCommand.js';
import { showCommand } from './showCommand.js';

const program = new Command('corroborate')
  .description('Rebuild who claimed what, and when, from news articles about a contested story.')
  .version('0.1.0')
  .addCommand(analyzeCommand)
  .addCommand(articlesCommand)
  .addCommand(showCommand);

await program.parseAsync(process.argv);
