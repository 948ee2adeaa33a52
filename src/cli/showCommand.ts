import { Command } from 'commander';
import type { ArticleRecord } from '../record/articleRecord.js';
import { exitCodes } from './exitCodes.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const showCommand = new Command('show')
  .description('show one stored article: metadata and how it was found, statements, times, entities')
  .argument('<id>', 'article id or a unique prefix of it')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print the JSON record')
  .action(async (id: string, options: { db?: string; json?: boolean }) => {
    const { ArticleNotFound, findArticle } = await import('../usecases/findArticle.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      try {
        const record = await findArticle(db, id);
        process.stdout.write(options.json ? `${JSON.stringify(record, null, 2)}\n` : formatArticle(record));
      } catch (error) {
        if (!(error instanceof ArticleNotFound)) throw error;
        process.stderr.write(`corroborate: ${error.message}\n`);
        process.exitCode = exitCodes.cannotRun;
      }
    });
  });

function formatArticle(record: ArticleRecord): string {
  const { published } = record;
  const date = published.value ?? (published.earliest || published.latest ? `between ${published.earliest ?? '?'} and ${published.latest ?? '?'}` : 'unknown');
  const lines = [
    record.title ?? '(no title)',
    `  id ${record.id}   source ${record.source}${record.url ? `   url ${record.url}` : ''}`,
    `  outlet     ${record.outlet.name}  (from ${record.outlet.how})`,
    `  published  ${date}  (from ${published.how}, confidence ${published.confidence})`,
    record.metadata_only
      ? `  text       none: metadata only (${record.metadata_only}); ${record.removed.length} boilerplate blocks removed`
      : `  text       ${record.text.length} characters in ${record.paragraphs.length} paragraphs; ${record.removed.length} boilerplate blocks removed`,
    '',
    `Statements (${record.statements.length})`,
  ];
  for (const statement of record.statements) {
    const speaker = statement.speaker ? statement.speaker.canonical : '(unnamed)';
    const marks = [
      statement.kind,
      ...statement.hedges.map((hedge) => `hedge "${hedge.text}"`),
      ...(statement.negated ? [`negated "${statement.negation.map((n) => n.text).join(' ')}"`] : []),
    ];
    lines.push(`  ${statement.id.padEnd(4)} ${speaker} — ${statement.cue.text}: ${quote(statement.content.text)}  [${marks.join('; ')}]`);
  }
  lines.push('', `Times (${record.times.length})`);
  for (const time of record.times) lines.push(`  ${quote(time.text)} → ${time.value} (${time.type}${time.how.inferred.length ? `; ${time.how.inferred.join(', ')} inferred` : ''})`);
  const byName = new Map<string, { type: string; count: number }>();
  for (const entity of record.entities) {
    const key = entity.canonical;
    byName.set(key, { type: entity.type, count: (byName.get(key)?.count ?? 0) + 1 });
  }
  lines.push('', `Entities (${byName.size})`);
  for (const [name, { type, count }] of [...byName].sort((a, b) => b[1].count - a[1].count)) lines.push(`  ${type.padEnd(12)} ${name} ×${count}`);
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 140 ? `${flat.slice(0, 137)}...` : flat}"`;
}
