import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/analyzeCommand.js';
import { emptySummary } from '../../src/usecases/analyzeSources.js';

describe('formatSummary', () => {
  it('escapes control characters in the names and reasons it prints', () => {
    const summary = {
      ...emptySummary(),
      stored: [{ id: 'abc', source: 'a.txt' }],
      failed: [{ source: 'x', reason: 'bad\u001b[2J.txt: is empty' }],
      warnings: ['forged\nwarning: line.txt: skipped: hidden'],
    };
    const text = formatSummary(summary);
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')).toEqual([
      'stored 1, skipped 0 already stored, failed 1, 1 warning (0.0 s)',
      '  failed: bad\\x1b[2J.txt: is empty',
      '  warning: forged\\nwarning: line.txt: skipped: hidden',
      '',
    ]);
  });

  it('does not end a batch that read nothing with a silent "stored 0"', () => {
    const text = formatSummary({ ...emptySummary(), warnings: ['/in/.a.txt: skipped: hidden', '/in: holds no article files'] });
    expect(text).toMatch(/^stored 0, skipped 0 already stored, failed 0, 2 warnings/);
    expect(text).toContain('nothing was read: every input was skipped (see the warnings above)');
  });
});
