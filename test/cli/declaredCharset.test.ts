import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from '../ingest/legacyEncoder.js';

/*
 * Pages in legacy encodings that say so in their head, through the real CLI:
 * `analyze` into a temporary store, then `show --json`. Before one decoder
 * served every path, the ISO-8859-2 page read '£ód¼' here (its bytes taken as
 * Windows-1252) while the evaluation scripts read it right.
 */
const run = promisify(execFile);
const cli = path.resolve('bin/corroborate.js');

async function corroborate(...args: string[]): Promise<string> {
  const { stdout } = await run('node', [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

const polishPage = `<!DOCTYPE html>
<html lang="pl"><head><meta charset="iso-8859-2"><title>Łódź: prezydent zapowiada nowe linie tramwajowe</title></head>
<body><article><h1>Łódź: prezydent zapowiada nowe linie tramwajowe</h1>
<p>Prezydent Łodzi powiedziała w czwartek, że miasto zbuduje do 2027 roku dwie nowe linie tramwajowe. "Łódź potrzebuje szybkiej komunikacji" - dodała na konferencji prasowej.</p>
<p>Radni opozycji twierdzą, że budżet miasta nie wystarczy na tak duże inwestycje, a mieszkańcy Bałut i Widzewa czekają na remonty ulic od wielu lat.</p>
</article></body></html>`;

const japanesePage = `<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>日本の大雨、気象庁が警戒を呼びかけ</title></head>
<body><article><h1>日本の大雨、気象庁が警戒を呼びかけ</h1>
<p>気象庁によりますと、日本の西部では今夜から大雨になるおそれがあります。川の近くに住む人は早めに避難してください。</p>
<p>政府は午後に会議を開き、被害の情報を集めることを決めました。首相は「命を守る行動をとってほしい」と話しました。</p>
</article></body></html>`;

interface Shown {
  encoding: string;
  title: string;
  text: string;
}

let folder: string;
let db: string;
const shown = new Map<string, Shown>();

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'corroborate-charset-'));
  db = path.join(folder, 'store');
  const polish = encodeLegacy('iso-8859-2', polishPage);
  const japanese = encodeLegacy('shift_jis', japanesePage);
  // The bytes the test rests on, written out: Ł ó d ź in ISO-8859-2, 日本 in Shift_JIS.
  expect(Buffer.from(polish).includes(Buffer.from([0xa3, 0xf3, 0x64, 0xbc]))).toBe(true);
  expect(Buffer.from(japanese).includes(Buffer.from([0x93, 0xfa, 0x96, 0x7b]))).toBe(true);
  await writeFile(path.join(folder, 'lodz.html'), polish);
  await writeFile(path.join(folder, 'ooame.html'), japanese);
  await corroborate('analyze', path.join(folder, 'lodz.html'), path.join(folder, 'ooame.html'), '--db', db, '--quiet');
  const { articles } = JSON.parse(await corroborate('articles', '--json', '--db', db)) as { articles: { id: string; source: string }[] };
  for (const article of articles) shown.set(path.basename(article.source), JSON.parse(await corroborate('show', '--json', '--db', db, article.id)) as Shown);
}, 300_000);

describe('pages that declare their charset, through analyze and show', () => {
  it('reads "Łódź" from an ISO-8859-2 page with <meta charset>', () => {
    const article = shown.get('lodz.html')!;
    expect(article.encoding).toBe('iso-8859-2 (meta charset)');
    expect(article.title).toBe('Łódź: prezydent zapowiada nowe linie tramwajowe');
    expect(article.text).toContain('"Łódź potrzebuje szybkiej komunikacji"');
    expect(article.text).toContain('mieszkańcy Bałut i Widzewa czekają');
    expect(article.text).not.toMatch(/£|¼/);
  });

  it('reads Japanese from a Shift_JIS page with <meta http-equiv>', () => {
    const article = shown.get('ooame.html')!;
    expect(article.encoding).toBe('shift_jis (meta http-equiv)');
    expect(article.title).toBe('日本の大雨、気象庁が警戒を呼びかけ');
    expect(article.text).toContain('日本の西部では今夜から大雨になるおそれがあります。');
    expect(article.text).toContain('首相は「命を守る行動をとってほしい」と話しました。');
    expect(article.text).not.toContain('\uFFFD');
  });
});
