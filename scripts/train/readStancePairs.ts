/**
 * The labelled (claim, text) pairs the stance judge learns from, with the
 * labels mapped onto ours: FNC-1 agree / Emergent for -> asserts, disagree /
 * against -> denies, discuss / observing -> reports, FNC unrelated ->
 * unrelated. `group` keeps pairs that share a text (FNC body) or a claim
 * (Emergent claim) together when folds are cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type PairLabel = 'asserts' | 'denies' | 'reports' | 'unrelated';

export interface StancePair {
  source: 'fnc' | 'emergent';
  group: string;
  claim: string;
  text: string;
  label: PairLabel;
}

const fncLabels: Record<string, PairLabel> = { agree: 'asserts', disagree: 'denies', discuss: 'reports', unrelated: 'unrelated' };
const emergentLabels: Record<string, PairLabel> = { for: 'asserts', against: 'denies', observing: 'reports' };

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function label(table: Record<string, PairLabel>, value: string, file: string): PairLabel {
  const mapped = table[value];
  if (!mapped) throw new Error(`${file}: unknown stance '${value}', expected one of ${Object.keys(table).join(', ')}`);
  return mapped;
}

/** FNC-1 train: the headline is the claim, the body the text. */
export function readFncPairs(folder: string): StancePair[] {
  const bodies = new Map(readCsv(join(folder, 'train_bodies.csv')).map((row) => [row['Body ID'], row.articleBody]));
  const stancesFile = join(folder, 'train_stances.csv');
  return readCsv(stancesFile).map((row) => {
    const text = bodies.get(row['Body ID']);
    if (text === undefined) throw new Error(`${stancesFile}: Body ID ${row['Body ID']} is not in train_bodies.csv`);
    return { source: 'fnc', group: `fnc:${row['Body ID']}`, claim: row.Headline, text, label: label(fncLabels, row.Stance, stancesFile) };
  });
}

/** Emergent train: the claim's headline is the claim, an article's headline the text. */
export function readEmergentPairs(file: string): StancePair[] {
  return readCsv(file).map((row) => ({
    source: 'emergent',
    group: `emergent:${row.claimId}`,
    claim: row.claimHeadline,
    text: row.articleHeadline,
    label: label(emergentLabels, row.articleHeadlineStance, file),
  }));
}

/** Both training sets under a data folder ($CORROBORATE_SHARED/data): fnc-1/ and emergent/emergent-train.csv. */
export function readStancePairs(data: string): StancePair[] {
  return [...readFncPairs(join(data, 'fnc-1')), ...readEmergentPairs(join(data, 'emergent/emergent-train.csv'))];
}
