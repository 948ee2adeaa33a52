import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * The bench articles: the sample corpus varied (paragraphs rotated, numbers
 * and a serial line changed, so every content hash differs), the same for
 * every bench so that their figures compare.
 */

async function sampleTexts(folder: string): Promise<{ ext: string; text: string }[]> {
  const out: { ext: string; text: string }[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    const ext = path.extname(entry.name);
    if (entry.isFile() && (ext === '.txt' || ext === '.html')) {
      out.push({ ext, text: await readFile(path.join(entry.parentPath, entry.name), 'utf8') });
    }
  }
  return out;
}

function vary(text: string, serial: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const [head, ...rest] = paragraphs;
  // A fixed-seed rotation keeps runs comparable while making each article distinct.
  const shift = serial % Math.max(1, rest.length);
  const body = [...rest.slice(shift), ...rest.slice(0, shift)].join('\n\n');
  return `${head}\n\nDispatch ${serial}.\n\n${body.replace(/\b(\d{2,3})\b/g, (n) => String((Number(n) + serial) % 997))}`;
}

/** Writes `count` articles into `folder` (numbered file names, so they are read in order). */
export async function generateArticles(
  folder: string,
  count: number,
  write: (file: string, text: string) => Promise<void>,
  samplesFolder = 'samples/corpus',
): Promise<void> {
  const samples = await sampleTexts(samplesFolder);
  if (!samples.length) throw new Error(`no sample articles found under ${samplesFolder}`);
  for (let serial = 0; serial < count; serial++) {
    const sample = samples[serial % samples.length];
    await write(path.join(folder, `${String(serial).padStart(6, '0')}${sample.ext}`), vary(sample.text, serial));
  }
}
