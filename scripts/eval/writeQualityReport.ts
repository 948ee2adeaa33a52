/**
 * Runs every evaluation on the shared development data and rewrites the
 * figures section of docs/quality.md (between the figures markers), with the
 * date, commit and machine, so the published table is always a measurement.
 */
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tasks } from './evalTasks.js';

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const here = path.dirname(fileURLToPath(import.meta.url));
const reportPath = 'docs/quality.md';
const start = '<!-- figures:start (npm run eval -- report) -->';
const end = '<!-- figures:end -->';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Row {
  task: string;
  data: string;
  figure: (json: Json) => string;
  anchor: string;
  extraArgs?: string[];
  /** Data other than the task's default, under $CORROBORATE_SHARED. */
  dataPath?: string;
}

const pct = (value: number) => (100 * value).toFixed(1);
const row = (rows: Json[], measure: string) => rows.find((r) => r.measure === measure) ?? {};

/** Accuracy with the two fixed halves (tune, check) and the gap between them. */
const publishedFigure = (j: Json) =>
  `accuracy **${j.score.accuracy.toFixed(3)}**, unknown ${pct(j.score.unknownShare)} % (of pages with a date ${pct(j.score.missedShare)} %); tune half ${j.halves.tune.accuracy.toFixed(3)} (unknown ${pct(j.halves.tune.unknownShare)} %, with a date ${pct(j.halves.tune.missedShare)} %), check half ${j.halves.check.accuracy.toFixed(3)} (unknown ${pct(j.halves.check.unknownShare)} %, with a date ${pct(j.halves.check.missedShare)} %), gap ${(j.halves.tune.accuracy - j.halves.check.accuracy).toFixed(3)}`;

const rows: Row[] = [
  {
    task: 'times',
    data: 'TempEval-3 TimeBank + AQUAINT (256 docs)',
    figure: (j) =>
      `value F1 **${pct(j.all.valueF1)}** (TimeBank ${pct(j.TimeBank.valueF1)}, AQUAINT ${pct(j.AQUAINT.valueF1)}); relaxed span F1 ${pct(j.all.relaxed.f1)}, strict ${pct(j.all.strict.f1)}; type acc. ${pct(j.all.typeAccuracy)}`,
    anchor: 'HeidelTime value F1 79.2 (TimeBank), 77.6 (platinum test); relaxed span F1 90.3; SUTime value F1 67.4',
  },
  {
    task: 'attribution',
    data: 'PolNeAR dev (84 articles)',
    figure: (j) =>
      `overlap F1: source **${pct(row(j.rows, 'source overlap').f1)}**, cue ${pct(row(j.rows, 'cue overlap').f1)}, content **${pct(row(j.rows, 'content overlap').f1)}**; exact source ${pct(row(j.rows, 'source exact').f1)}; whole attribution ${pct(row(j.rows, 'attribution (cue+content)').f1)}`,
    anchor: 'citron (PARC 3.0): source F1 82.0 exact, whole quote 83.2 overlap; NewsClaims best claimer F1 42.3',
  },
  {
    task: 'boilerplate',
    data: 'trafilatura evaluation set (990 pages)',
    figure: (j) => {
      const half = (h: 'A' | 'B') => `half ${h} ${j.summary[h].ours.f1.toFixed(3)} vs ${j.summary[h].readability.f1.toFixed(3)}`;
      return `P ${j.scores.precision.toFixed(3)}, R ${j.scores.recall.toFixed(3)}, **F1 ${j.scores.f1.toFixed(3)}** (${half('A')}, ${half('B')} for plain Readability in the same run) in ${Math.round(j.seconds)} s`;
    },
    anchor: 'plain @mozilla/readability on linkedom (same run) 0.893; trafilatura 0.924, readability-lxml 0.826 (F1)',
  },
  {
    task: 'published',
    data: 'htmldate news-dev (100 pages)',
    figure: (j) => publishedFigure(j),
    anchor: 'htmldate 0.903 (extensive), newspaper4k 0.680',
  },
  {
    task: 'published',
    data: 'htmldate bbaw (800 pages, mostly German)',
    figure: (j) => publishedFigure(j),
    anchor: '—',
    dataPath: 'data/htmldate-eval/bbaw.json',
  },
  {
    task: 'entities',
    data: 'MEANTIME, 60 Wikinews articles (proper names)',
    figure: (j) => {
      const s = j.rules.scores;
      return `overlap F1 ${s['all types'].overlap.f1.toFixed(3)} (person ${s.person.overlap.f1.toFixed(3)}, organisation ${s.organization.overlap.f1.toFixed(3)}, place ${s.place.overlap.f1.toFixed(3)})`;
    },
    anchor: '—',
    extraArgs: ['--no-compromise'],
  },
  {
    task: 'ecbplus',
    data: 'ECB+ topics 1–35 (772 articles), each through analyze',
    figure: (j) =>
      `B-cubed over ${j.mentions} gold event mentions: P ${pct(j.corroborate.precision)}, R ${pct(j.corroborate.recall)}, **F1 ${pct(j.corroborate.f1)}**; same lemma within topic F1 ${pct(j.sameLemma.f1)}; every mention alone ${pct(j.singletons.f1)}; ${pct(j.coverage)} % of mentions in a claim`,
    anchor: 'systems with pretrained language models about 85 (B-cubed F1)',
  },
  {
    task: 'emergent',
    data: 'Emergent train headlines (2,071), one headline-only article each',
    figure: (j) =>
      `B-cubed vs gold claims: **F1 ${pct(j.corroborate.all.f1)}** (P ${pct(j.corroborate.all.precision)}, R ${pct(j.corroborate.all.recall)}; tune half ${pct(j.corroborate.tune.f1)}, test half ${pct(j.corroborate.test.f1)}); tf-idf single-link (threshold ${j.tfidf.threshold} from the tune half) ${pct(j.tfidf.scores.all.f1)} (tune ${pct(j.tfidf.scores.tune.f1)}, test ${pct(j.tfidf.scores.test.f1)})`,
    anchor: '— (our tf-idf baseline beside it)',
  },
];

export async function writeQualityReport(): Promise<number> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'corroborate-eval-'));
  const lines = [
    start,
    `Measured ${new Date().toISOString().slice(0, 10)} at commit ${execSync('git rev-parse --short HEAD').toString().trim()} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.versions.node}.`,
    '',
    '| task | data | our figure | published anchor |',
    '|---|---|---|---|',
  ];
  const outputs: string[] = [];
  for (const spec of rows) {
    const out = path.join(folder, `${spec.task}-${outputs.length}.json`);
    const dataPath = spec.dataPath ?? tasks[spec.task].defaultPath;
    const args = [path.join(here, tasks[spec.task].script), path.join(shared, dataPath), '--out', out, ...(spec.extraArgs ?? [])];
    console.error(`running ${spec.task} ...`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) {
      console.error(run.stderr);
      return 1;
    }
    lines.push(`| ${spec.task} | ${spec.data} | ${spec.figure(JSON.parse(readFileSync(out, 'utf8')))} | ${spec.anchor} |`);
    const command = spec.dataPath ? `npm run eval -- ${spec.task} $CORROBORATE_SHARED/${spec.dataPath}` : `npm run eval -- ${spec.task}`;
    outputs.push(`### ${spec.task}${spec.dataPath ? ` (${path.basename(spec.dataPath)})` : ''}\n\n\`${command}\`\n\n\`\`\`\n${run.stdout.trim().split('\n').slice(0, 40).join('\n')}\n\`\`\``);
  }
  lines.push('', ...outputs, end);
  const current = readFileSync(reportPath, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${reportPath} has no figures markers (${start} ... ${end})`);
  writeFileSync(reportPath, `${current.slice(0, from)}${lines.join('\n')}${current.slice(to + end.length)}`);
  console.error(`wrote ${reportPath}`);
  return 0;
}
