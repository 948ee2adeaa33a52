import { Command } from 'commander';
import type { TimelineView } from '../usecases/readTimeline.js';
import { flat } from './formatStory.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const timelineCommand = new Command('timeline')
  .description('the story on two clocks kept apart: when events happened, and when each statement was reported')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    const { readTimeline } = await import('../usecases/readTimeline.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      const timeline = await readTimeline(db);
      process.stdout.write(options.json ? `${JSON.stringify(timeline, null, 2)}\n` : formatTimeline(timeline));
    });
  });

export function formatTimeline(timeline: TimelineView): string {
  const lines = ['When it happened (event clock, as the statements state it)'];
  for (const e of timeline.events) lines.push(`  ${(e.from === e.to ? e.from : `${e.from} – ${e.to}`).padEnd(24)} ${e.text}   ${e.claim}`);
  lines.push('', 'When it was reported (report clock, publication dates)');
  let day = '';
  for (const r of timeline.reports) {
    if (r.date !== day) lines.push(`  ${(day = r.date)}`);
    lines.push(`    ${r.stance.padEnd(8)} ${r.claimText} — ${r.speaker}${r.outlet !== r.speaker ? ` (${r.outlet})` : ''}: "${flat(r.text, 80)}"`);
  }
  return `${lines.join('\n')}\n`;
}
