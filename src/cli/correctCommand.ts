import { Command } from 'commander';
import { stances } from '../model/vocabulary.js';
import { CannotRun } from './exitCodes.js';
import { storeOptionHelp, withStore } from './withStore.js';

interface CommonOptions {
  note?: string;
  as?: string;
  db?: string;
  json?: boolean;
}

/** Who corrects: --as, else $CORROBORATE_USER; the log needs a name. */
function whoCorrects(options: CommonOptions): string {
  const by = (options.as ?? process.env.CORROBORATE_USER ?? '').trim();
  if (!by) throw new CannotRun('say who corrects, for the log: --as "Your Name", or set CORROBORATE_USER');
  return by;
}

/** 'ARTICLE:STATEMENT' as the claim pages show it ('3f2a9c1e0b7d:s4'). */
function statementArgument(value: string): { article: string; statement: string } {
  const at = value.lastIndexOf(':');
  if (at <= 0 || at === value.length - 1) throw new CannotRun(`"${value}" is not a statement: give ARTICLE_ID:STATEMENT_ID, as 'corroborate claim ID' shows them (3f2a9c1e0b7d:s4)`);
  return { article: value.slice(0, at), statement: value.slice(at + 1) };
}

/** Checks the change as the API does, makes it, and says what it did; a name that is not there is exit code 2. */
async function makeCorrection(change: unknown, options: CommonOptions): Promise<void> {
  const by = whoCorrects(options);
  const { correctionRequest } = await import('../model/correction.js');
  const parsed = correctionRequest.safeParse({ change, note: options.note ?? '', by });
  if (!parsed.success) throw new CannotRun(parsed.error.issues.map((issue) => `${issue.path.slice(1).join('.') || 'correction'}: ${issue.message}`).join('; '));
  const { addCorrection } = await import('../usecases/correctStory.js');
  const { describeTarget } = await import('../model/describeCorrection.js');
  await withStore(options.db, async (db) => {
    const { correction, story } = await asUserError(() => addCorrection(db, parsed.data));
    process.stdout.write(options.json
      ? `${JSON.stringify({ correction, story }, null, 2)}\n`
      : `correction ${correction.id}: ${describeTarget(correction.target)} (read ${story.reread} article(s) again, related ${story.derived} subject(s))\n`);
  });
}

/** The use case's "not there" and "cannot" are the user's to fix: exit code 2 with the message. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  const { CorrectionRefused, CorrectionTargetNotFound } = await import('../usecases/correctStory.js');
  try {
    return await work();
  } catch (error) {
    if (error instanceof CorrectionTargetNotFound || error instanceof CorrectionRefused) throw new CannotRun(error.message);
    throw error;
  }
}

/** A subcommand with the options every correction takes. */
function correction(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .option('--note <text>', 'why: kept in the log beside it')
    .option('--as <name>', 'who corrects (default $CORROBORATE_USER)')
    .option('--db <dir|url>', storeOptionHelp)
    .option('--json', 'print JSON');
}

const statementHelp = 'ARTICLE_ID:STATEMENT_ID, as corroborate claim ID shows them (3f2a9c1e0b7d:s4)';

const subcommands = [
  correction('merge', 'merge two claims: the second joins the first')
    .argument('<claim>', 'the claim that stays')
    .argument('<other>', 'the claim merged into it')
    .action((claim: string, other: string, options: CommonOptions) => makeCorrection({ kind: 'merge', claims: [claim, other] }, options)),
  correction('split', 'split a claim: the statements given leave it and form a claim of their own')
    .argument('<claim>', 'the claim')
    .argument('<statements...>', statementHelp)
    .action((claim: string, statements: string[], options: CommonOptions) => makeCorrection({ kind: 'split', claim, statements: statements.map(statementArgument) }, options)),
  correction('move', 'move a statement to another claim')
    .argument('<statement>', statementHelp)
    .requiredOption('--to <claim>', 'the claim it joins')
    .action((statement: string, options: CommonOptions & { to: string }) => makeCorrection({ kind: 'move', statement: statementArgument(statement), to: options.to }, options)),
  correction('stance', "set a statement's stance")
    .argument('<statement>', statementHelp)
    .argument('<stance>', stances.join(', '))
    .action((statement: string, stance: string, options: CommonOptions) => makeCorrection({ kind: 'stance', statement: statementArgument(statement), stance }, options)),
  correction('speaker', "set a statement's speaker")
    .argument('<statement>', statementHelp)
    .argument('<name>', 'who said it')
    .action((statement: string, speaker: string, options: CommonOptions) => makeCorrection({ kind: 'speaker', statement: statementArgument(statement), speaker }, options)),
  correction('same-source', 'mark two speakers as one source (or, with --not, as two)')
    .argument('<speaker>', "a speaker's name as corroborate sources shows it, or its key")
    .argument('<other>', 'the other speaker')
    .option('--not', 'two different sources, however alike their names or words')
    .action((first: string, second: string, options: CommonOptions & { not?: boolean }) =>
      makeCorrection({ kind: 'same-source', speakers: [first, second], same: !options.not }, options)),
  correction('outlet', "set an article's outlet")
    .argument('<article>', 'article id or a unique prefix of it')
    .argument('<name>', 'the outlet')
    .action((article: string, outlet: string, options: CommonOptions) => makeCorrection({ kind: 'outlet', article, outlet }, options)),
  correction('date', "set an article's publication date")
    .argument('<article>', 'article id or a unique prefix of it')
    .argument('<date>', 'YYYY-MM-DD')
    .action((article: string, date: string, options: CommonOptions) => makeCorrection({ kind: 'date', article, date }, options)),
  correction('exclude', 'exclude an article: its statements leave the story')
    .argument('<article>', 'article id or a unique prefix of it')
    .action((article: string, options: CommonOptions) => makeCorrection({ kind: 'exclude', article }, options)),
  new Command('list')
    .description('the corrections, in the order made, undone ones included')
    .option('--db <dir|url>', storeOptionHelp)
    .option('--json', 'print JSON')
    .action(async (options: CommonOptions) => {
      const { listCorrectionLog } = await import('../usecases/correctStory.js');
      const { formatCorrections } = await import('../model/describeCorrection.js');
      await withStore(options.db, async (db) => {
        const items = await listCorrectionLog(db);
        process.stdout.write(options.json ? `${JSON.stringify({ total: items.length, items }, null, 2)}\n` : formatCorrections(items));
      });
    }),
  new Command('undo')
    .description('undo a correction: it stays in the log, marked undone, and the automatic reading comes back')
    .argument('<id>', 'correction id, as corroborate correct list shows it')
    .option('--as <name>', 'who undoes it (default $CORROBORATE_USER)')
    .option('--db <dir|url>', storeOptionHelp)
    .option('--json', 'print JSON')
    .action(async (id: string, options: CommonOptions) => {
      if (!/^[1-9]\d{0,15}$/u.test(id.trim())) throw new CannotRun(`"${id}" is not a correction id: a whole number, as corroborate correct list shows it`);
      const by = whoCorrects(options);
      const { undoCorrection } = await import('../usecases/correctStory.js');
      const { describeTarget } = await import('../model/describeCorrection.js');
      await withStore(options.db, async (db) => {
        const { correction, story } = await asUserError(() => undoCorrection(db, Number(id), by));
        process.stdout.write(options.json
          ? `${JSON.stringify({ correction, story }, null, 2)}\n`
          : `undid correction ${correction.id} (${describeTarget(correction.target)}); read ${story.reread} article(s) again, related ${story.derived} subject(s)\n`);
      });
    }),
];

export const correctCommand = new Command('correct')
  .description('correct the automatic reading by hand (merge, split, move, stance, speaker, same-source, outlet, date, exclude), kept as a log that every re-derivation and reanalysis honours');
// Each subcommand throws on a usage error rather than exiting with 1, the code for "some input failed" (see main.ts).
for (const subcommand of subcommands) correctCommand.addCommand(subcommand.exitOverride());
