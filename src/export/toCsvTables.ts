import { stringify } from 'csv-stringify/sync';
import type { ExportInput, ExportedFile } from './ExportInput.js';
import { articleAddress, articlesById } from './articleAddress.js';
import { claimColumns, correctionColumns, sourceColumns, statementColumns } from './csvColumns.js';
import { describeTarget } from '../model/describeCorrection.js';

type Row<Columns> = Record<keyof Columns, string | number | boolean | null>;

/**
 * The story as three tables for a spreadsheet: statements.csv (one row per
 * statement on a claim), claims.csv and sources.csv, and corrections.csv
 * when any were made by hand, columns as csvColumns.ts describes them. UTF-8 with a byte order mark, so Excel reads 'Lessarian'
 * and 'Marennia' with their accents; a text cell beginning with = + - or @ is
 * prefixed with an apostrophe, so a spreadsheet shows it rather than running
 * it as a formula ('=HYPERLINK(...)' in a quoted tweet).
 */
export function toCsvTables(input: ExportInput): ExportedFile[] {
  const articles = articlesById(input.articles);
  const statements: Row<typeof statementColumns>[] = input.story.claims.flatMap((claim) =>
    claim.statements.map((s) => ({
      claim: claim.id, article: s.article, statement: s.statement, reported_on: s.reported_on, published_on: s.published_on,
      outlet: s.outlet, speaker: s.speaker, chain: s.chain.join(' > '), source: s.source, stance: s.stance, hedged: s.evidence.hedged,
      stance_words: s.evidence.words.join('; '), event_time: s.event_time, place: s.place, text: s.text, start: s.start, end: s.end,
      article_url: articleAddress({ id: s.article, url: articles.get(s.article)?.url ?? null }),
    })),
  );
  const claims: Row<typeof claimColumns>[] = input.story.claims.map((claim) => {
    const sources = input.story.sources.filter((s) => s.claim === claim.id);
    const count = (stance: string) => sources.filter((s) => s.stance === stance).length;
    const reported = claim.statements.flatMap((s) => s.reported_on ?? []).sort();
    return {
      id: claim.id, text: claim.text, subject: claim.subject, subject_kind: claim.subject_kind, predicate: claim.predicate, status: claim.status,
      statements: claim.statements.length, independent_sources: claim.independent_sources,
      asserting: count('asserts'), denying: count('denies'), doubting: count('doubts'), reporting: count('reports'),
      first_reported: reported[0] ?? null, last_reported: reported.at(-1) ?? null,
      event_from: claim.event_time?.from ?? null, event_to: claim.event_time?.to ?? null, place: claim.place,
    };
  });
  const sources: Row<typeof sourceColumns>[] = input.story.sources.map((source) => ({
    id: source.id, name: source.name, kind: source.kind, side: source.side, claim: source.claim, stance: source.stance,
    echoes: source.statements.length,
    outlets: [...new Set(source.statements.map((s) => s.outlet))].join('; '),
    articles: [...new Set(source.statements.map((s) => s.article))].join('; '),
  }));
  const corrections: Row<typeof correctionColumns>[] = input.corrections.map((c) => ({
    id: c.id, made_at: c.at, made_by: c.by, kind: c.target.kind, change: describeTarget(c.target), note: c.note, undone_at: c.undone_at, undone_by: c.undone_by,
  }));
  return [
    csvFile('statements.csv', statementColumns, statements),
    csvFile('claims.csv', claimColumns, claims),
    csvFile('sources.csv', sourceColumns, sources),
    ...(corrections.length ? [csvFile('corrections.csv', correctionColumns, corrections)] : []),
  ];
}

function csvFile<Columns extends object>(name: string, columns: Columns, rows: Row<Columns>[]): ExportedFile {
  const text = stringify(rows, {
    bom: true,
    header: true,
    columns: Object.keys(columns),
    cast: { string: defuseFormula, boolean: (value) => String(value) },
  });
  return { name, mediaType: 'text/csv; charset=utf-8', text };
}

/** '=1+1' → "'=1+1": shown as text by Excel, LibreOffice and Google Sheets. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
