import { cell, type Finding } from './finding.js';

export interface FamilyTally {
  family: string;
  cases: number;
  failing: number;
  seconds: number;
}

/** The findings as a Markdown table (it goes into docs/fuzz.md as printed), then the cases per family. */
export function formatFindings(findings: readonly Finding[], tallies: readonly FamilyTally[]): string {
  const lines = ['| family | case | property | detail |', '|---|---|---|---|'];
  for (const finding of findings) lines.push(`| ${finding.family} | ${cell(finding.case, 70)} | ${finding.property} | ${cell(finding.detail).replaceAll('|', '\\|')} |`);
  lines.push('', '| family | cases | cases with findings | seconds |', '|---|---:|---:|---:|');
  for (const tally of tallies) lines.push(`| ${tally.family} | ${tally.cases} | ${tally.failing} | ${tally.seconds.toFixed(0)} |`);
  return `${lines.join('\n')}\n`;
}
